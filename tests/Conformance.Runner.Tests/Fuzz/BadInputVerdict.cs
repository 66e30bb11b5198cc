using Conformance.Runner.Configuration;

namespace Conformance.Runner.Tests.Fuzz;

/// <summary>
/// Runs a reader on each bad input and collects every way it went wrong: an exception other than
/// <see cref="UsageException"/> (which the program shows as an internal error), or an empty message.
/// </summary>
internal sealed class BadInputVerdict
{
    private readonly List<string> _problems = [];

    public int Inputs { get; private set; }
    public int Refused { get; private set; }
    public IReadOnlyList<string> Problems => _problems;

    public async Task TryAsync(FuzzCase input, Func<Task> read)
    {
        Inputs++;
        try
        {
            await read();
        }
        catch (UsageException e) when (!string.IsNullOrWhiteSpace(e.Message))
        {
            Refused++;
        }
        catch (Exception e)
        {
            var message = e.Message.Length <= 300 ? e.Message : e.Message[..300] + "…";
            var where = e.StackTrace?.Split('\n').FirstOrDefault()?.Trim();
            _problems.Add($"{input}: {e.GetType().Name}: {message} ({where})");
        }
    }

    public override string ToString() => $"{Inputs} inputs, {Refused} refused with a usage error, {_problems.Count} problems:\n" + string.Join("\n", _problems.Take(30));
}
