using System.Globalization;
using System.Net;
using System.Text;

namespace Conformance.Runner.Profile;

/// <summary>
/// A figure as a picture: an SVG bar chart of its samples (of min, p50, p95, p99 and max when there are many),
/// with the median marked, so that a report shows the spread at a glance.
/// </summary>
public static class FigureChart
{
    private const int ManySamples = 20;
    private const int Width = 640;
    private const int BarHeight = 22;
    private const int LabelWidth = 110;
    private const int Top = 34;

    public static string Svg(Figure figure)
    {
        var bars = figure.Count <= ManySamples
            ? figure.Samples.Select((s, i) => ($"round {i + 1}", s)).ToList()
            : [("min", figure.Min), ("p50", figure.Median), ("p95", figure.Percentile(95)), ("p99", figure.Percentile(99)), ("max", figure.Max)];
        var scale = Math.Max(bars.Max(b => b.Item2), 1e-9);
        var plot = Width - LabelWidth - 90;
        var height = Top + (bars.Count * (BarHeight + 6)) + 10;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"4\" y=\"18\" font-size=\"14\" font-weight=\"bold\">{Escape(figure.Name)}: median {Number(figure.Median)} {Escape(figure.Unit)} ({figure.Count} samples, spread {Number(figure.SpreadPercent)}%, {(figure.Better == Better.Higher ? "higher" : "lower")} is better)</text>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = Top + (i * (BarHeight + 6));
            var length = Math.Max(1, value / scale * plot);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{y + 15}\">{Escape(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{length:0.#}\" height=\"{BarHeight}\" fill=\"#4a7fc1\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 6:0.#}\" y=\"{y + 15}\">{Number(value)} {Escape(figure.Unit)}</text>");
        }
        var median = LabelWidth + (figure.Median / scale * plot);
        svg.Append(CultureInfo.InvariantCulture,
            $"<line x1=\"{median:0.#}\" y1=\"{Top - 4}\" x2=\"{median:0.#}\" y2=\"{height - 6}\" stroke=\"#c14a4a\" stroke-dasharray=\"4 3\"/></svg>");
        return svg.ToString();
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
