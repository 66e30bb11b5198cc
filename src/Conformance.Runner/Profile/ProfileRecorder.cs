using System.Globalization;
using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Recording;
using Spectre.Console;

namespace Conformance.Runner.Profile;

/// <summary>
/// Collects the profile while it is measured: samples by figure, what could not be measured, and findings; and shows
/// each sample as it is taken (the progress of a run that may take minutes).
/// </summary>
public sealed class ProfileRecorder
{
    private readonly Dictionary<string, (string Unit, Better Better, List<double> Samples)> _figures = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly List<NotMeasured> _notMeasured = [];
    private readonly List<ProfileFinding> _findings = [];
    private readonly Lock _lock = new();

    public void Sample(string figure, string unit, Better better, double value)
    {
        lock (_lock)
        {
            if (!_figures.TryGetValue(figure, out var entry))
            {
                entry = (unit, better, []);
                _figures[figure] = entry;
                _order.Add(figure);
            }
            entry.Samples.Add(value);
        }
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"  [grey]profile[/] {figure}: {value:0.##} {unit}");
    }

    /// <summary>A throughput sample from <paramref name="bytes"/> moved in <paramref name="seconds"/>.</summary>
    public void Throughput(string figure, long bytes, double seconds) => Sample(figure, "MB/s", Better.Higher, bytes / 1e6 / Math.Max(seconds, 1e-6));

    public void Skip(string figure, string reason)
    {
        lock (_lock)
        {
            if (_notMeasured.Any(n => n.Figure == figure))
            {
                return;
            }
            _notMeasured.Add(new NotMeasured(figure, reason));
        }
        AnsiConsole.MarkupLineInterpolated($"  [grey]profile[/] {figure}: not measured: {reason}");
    }

    public void Finding(string what, ApiResponse response) => Finding(what, response.Exchange);

    public void Finding(string what, HttpExchange? exchange)
    {
        var finding = new ProfileFinding(what, exchange);
        lock (_lock)
        {
            _findings.Add(finding);
        }
        AnsiConsole.MarkupLineInterpolated($"  [red]finding[/] {finding.Describe()}");
    }

    public IReadOnlyList<Figure> Figures
    {
        get
        {
            lock (_lock)
            {
                return _order.Select(n => new Figure(n, _figures[n].Unit, _figures[n].Better, _figures[n].Samples.ToList())).ToList();
            }
        }
    }

    public IReadOnlyList<NotMeasured> NotMeasured => _notMeasured;

    public IReadOnlyList<ProfileFinding> Findings => _findings;
}
