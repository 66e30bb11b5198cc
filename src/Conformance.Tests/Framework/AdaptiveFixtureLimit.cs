using System.Globalization;

namespace Conformance.Tests.Framework;

/// <summary>
/// How many fixtures run at once under <c>--parallel auto</c>, adjusted during the run from the cloud's answers
/// (additive increase, multiplicative decrease, as TCP does): every answer's time is compared with the fastest
/// answer to the same operation and status so far; over each window of <see cref="Window"/> answers, a median
/// ratio up to <see cref="GrowBelow"/> admits one fixture more, one above <see cref="ShrinkAbove"/> one fewer (the
/// cloud queues what it is sent), and any distress (no answer, 429, 5xx) halves the limit at once. A fixture waits in
/// <see cref="EnterAsync"/> while the limit is reached; lowering the limit stops none that runs.
/// </summary>
public sealed class AdaptiveFixtureLimit
{
    public const int Window = 16;
    public const double GrowBelow = 2.0;
    public const double ShrinkAbove = 3.0;

    private readonly Lock _gate = new();
    private readonly Queue<TaskCompletionSource> _waiting = new();
    private readonly Dictionary<string, double> _fastest = new(StringComparer.Ordinal);
    private readonly List<double> _ratios = [];
    private readonly List<int> _limits;
    private int _running;

    public AdaptiveFixtureLimit(int initial, int maximum)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, 1);
        Maximum = maximum;
        Limit = Math.Clamp(initial, 1, maximum);
        _limits = [Limit];
    }

    public int Maximum { get; }

    public int Limit { get; private set; }

    /// <summary>Every limit the run had, in order (the first is the initial one).</summary>
    public IReadOnlyList<int> Limits
    {
        get
        {
            lock (_gate)
            {
                return [.. _limits];
            }
        }
    }

    /// <summary>An answer that says the cloud is overrun or failing: none, 429, or any 5xx.</summary>
    public static bool IsDistress(int status) => status is 0 or 429 or >= 500;

    public Task EnterAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_running < Limit)
            {
                _running++;
                return Task.CompletedTask;
            }
            var admitted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            // Cancelled, it stays queued but can no longer be admitted: its turn passes to the next.
            cancellationToken.Register(() => admitted.TrySetCanceled(cancellationToken));
            _waiting.Enqueue(admitted);
            return admitted.Task;
        }
    }

    public void Exit()
    {
        lock (_gate)
        {
            _running--;
            AdmitWhileRoom();
        }
    }

    /// <summary>One answer of the cloud: its operation, its status (0: none), and how long it took.</summary>
    public void Observe(string operation, int status, double milliseconds)
    {
        lock (_gate)
        {
            if (IsDistress(status))
            {
                _ratios.Clear();
                SetLimit(Limit / 2);
                return;
            }
            var key = operation + " " + status.ToString(CultureInfo.InvariantCulture);
            var fastest = _fastest.TryGetValue(key, out var known) ? Math.Min(known, milliseconds) : milliseconds;
            _fastest[key] = fastest;
            _ratios.Add(milliseconds / Math.Max(fastest, 1));
            if (_ratios.Count < Window)
            {
                return;
            }
            var median = _ratios.Order().ElementAt(_ratios.Count / 2);
            _ratios.Clear();
            if (median > ShrinkAbove)
            {
                SetLimit(Limit - 1);
            }
            else if (median <= GrowBelow)
            {
                SetLimit(Limit + 1);
            }
        }
    }

    /// <summary>For the report: how the limit moved.</summary>
    public string Describe()
    {
        var limits = Limits;
        return string.Create(CultureInfo.InvariantCulture,
            $"adaptive from {limits[0]}, between {limits.Min()} and {limits.Max()} of at most {Maximum}, {limits[^1]} at the end ({limits.Count - 1} change(s))");
    }

    private void SetLimit(int limit)
    {
        limit = Math.Clamp(limit, 1, Maximum);
        if (limit == Limit)
        {
            return;
        }
        Limit = limit;
        _limits.Add(limit);
        AdmitWhileRoom();
    }

    private void AdmitWhileRoom()
    {
        while (_running < Limit && _waiting.TryDequeue(out var next))
        {
            if (next.TrySetResult())
            {
                _running++;
            }
        }
    }
}
