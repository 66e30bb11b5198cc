namespace Conformance.Runner.MultiCloud;

/// <summary>
/// A command line's options as written (<c>--name value</c>, <c>--name=value</c>, or a flag alone), so that some
/// can be taken out and the rest handed on unchanged. A value is the next argument unless that starts with <c>--</c>.
/// </summary>
public sealed class CommandLineOptions
{
    private readonly List<(string Name, string? Value, IReadOnlyList<string> Written)> _items = [];

    public static CommandLineOptions Split(IReadOnlyList<string> args)
    {
        var options = new CommandLineOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.IndexOf('=', StringComparison.Ordinal) is var equals and > 0)
            {
                options._items.Add((arg[..equals], arg[(equals + 1)..], [arg]));
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                options._items.Add((arg, args[i + 1], [arg, args[i + 1]]));
                i++;
            }
            else
            {
                options._items.Add((arg, null, [arg]));
            }
        }
        return options;
    }

    public bool Has(string name) => _items.Any(i => i.Name == name);

    /// <summary>Every value given to <paramref name="name"/>, in order.</summary>
    public IReadOnlyList<string> Values(string name) =>
        _items.Where(i => i.Name == name && i.Value is not null).Select(i => i.Value!).ToList();

    /// <summary>The arguments as written, without the named options.</summary>
    public IReadOnlyList<string> Without(IReadOnlyCollection<string> names) =>
        _items.Where(i => !names.Contains(i.Name)).SelectMany(i => i.Written).ToList();
}
