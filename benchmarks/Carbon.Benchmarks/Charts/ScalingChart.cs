using System.Globalization;
using System.Text;

namespace Carbon.Benchmarks.Charts;

/// <summary>
/// Draws the scaling curves (issue 11 §1) from BenchmarkDotNet's CSV reports as one SVG: for each scaling benchmark,
/// the measured mean time against the size on log–log axes, with the straight line a linear cost would follow from
/// the smallest size. A hidden quadratic step shows as points above that line.
/// </summary>
internal static class ScalingChart
{
    private static readonly (string Report, string Parameter, string Title)[] Panels =
    [
        ("ActivityLineScaling", "Lines", "Assessment vs activity lines"),
        ("RuleScaling", "Rules", "Assessment vs applicable rules"),
        ("PackLoadScaling", "Units", "Pack load vs control units"),
    ];

    public static int Write(string resultsFolder, string svgPath)
    {
        const int PanelWidth = 300, PanelHeight = 240, Margin = 50;
        var svg = new StringBuilder();
        var width = (Panels.Length * (PanelWidth + Margin)) + Margin;
        var height = PanelHeight + (2 * Margin) + 20;
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"11\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"{height}\" fill=\"white\"/>\n");
        for (var p = 0; p < Panels.Length; p++)
        {
            var (report, parameter, title) = Panels[p];
            var file = Directory.EnumerateFiles(resultsFolder, "*" + report + "-report.csv").SingleOrDefault();
            if (file is null)
            {
                Console.Error.WriteLine("No " + report + " report in " + resultsFolder + "; run the suite with --filter '*Scaling*' first.");
                return 2;
            }

            var points = Read(file, parameter);
            var x0 = Margin + (p * (PanelWidth + Margin));
            Panel(svg, x0, Margin, PanelWidth, PanelHeight, title, parameter, points);
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Margin}\" y=\"{height - 10}\" fill=\"#555\">Dots: measured mean (BenchmarkDotNet). Dashed: linear cost extrapolated from the smallest size. Log–log axes.</text>\n");
        svg.Append("</svg>\n");
        File.WriteAllText(svgPath, svg.ToString(), new UTF8Encoding(false));
        Console.WriteLine("Wrote " + svgPath);
        return 0;
    }

    private static List<(double Size, double Nanoseconds)> Read(string file, string parameter)
    {
        var lines = File.ReadAllLines(file);
        var header = Split(lines[0]);
        var sizeColumn = header.IndexOf(parameter);
        var meanColumn = header.FindIndex(h => h.StartsWith("Mean", StringComparison.Ordinal));
        return [.. lines.Skip(1).Select(Split)
            .Select(c => (double.Parse(c[sizeColumn], CultureInfo.InvariantCulture), double.Parse(c[meanColumn].Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture)))
            .OrderBy(t => t.Item1)];
    }

    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        foreach (var ch in line)
        {
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (ch == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(ch);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }

    private static void Panel(StringBuilder svg, int x0, int y0, int w, int h, string title, string parameter, List<(double Size, double Nanoseconds)> points)
    {
        var linear = points.Select(pt => points[0].Nanoseconds * pt.Size / points[0].Size).ToList();
        var minX = Math.Log10(points[0].Size);
        var maxX = Math.Log10(points[^1].Size);
        var all = points.Select(pt => pt.Nanoseconds).Concat(linear).ToList();
        var minY = Math.Floor(Math.Log10(all.Min()));
        var maxY = Math.Ceiling(Math.Log10(all.Max()));
        double X(double size) => x0 + ((Math.Log10(size) - minX) / Math.Max(maxX - minX, 1e-9) * w);
        double Y(double ns) => y0 + h - ((Math.Log10(ns) - minY) / Math.Max(maxY - minY, 1e-9) * h);
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x0}\" y=\"{y0 - 12}\" font-weight=\"bold\">{title}</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x0}\" y=\"{y0}\" width=\"{w}\" height=\"{h}\" fill=\"none\" stroke=\"#999\"/>\n");
        for (var e = minY; e <= maxY; e++)
        {
            var y = Y(Math.Pow(10, e));
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x0}\" y1=\"{F(y)}\" x2=\"{x0 + w}\" y2=\"{F(y)}\" stroke=\"#eee\"/><text x=\"{x0 - 4}\" y=\"{F(y + 4)}\" text-anchor=\"end\">{Time(Math.Pow(10, e))}</text>\n");
        }

        foreach (var (size, _) in points)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(size))}\" y=\"{y0 + h + 14}\" text-anchor=\"middle\">{size.ToString("N0", CultureInfo.InvariantCulture)}</text>\n");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x0 + (w / 2)}\" y=\"{y0 + h + 30}\" text-anchor=\"middle\">{parameter}</text>\n");
        svg.Append("<polyline fill=\"none\" stroke=\"#888\" stroke-dasharray=\"4 3\" points=\"")
            .AppendJoin(' ', points.Select((pt, i) => F(X(pt.Size)) + "," + F(Y(linear[i])))).Append("\"/>\n");
        svg.Append("<polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\" points=\"")
            .AppendJoin(' ', points.Select(pt => F(X(pt.Size)) + "," + F(Y(pt.Nanoseconds)))).Append("\"/>\n");
        foreach (var (size, ns) in points)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(X(size))}\" cy=\"{F(Y(ns))}\" r=\"3.5\" fill=\"#1f77b4\"><title>{size.ToString("N0", CultureInfo.InvariantCulture)}: {Time(ns)}</title></circle>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(size) + 5)}\" y=\"{F(Y(ns) - 6)}\" fill=\"#1f77b4\">{Time(ns)}</text>\n");
        }
    }

    private static string Time(double ns) => ns switch
    {
        >= 1e9 => (ns / 1e9).ToString("0.##", CultureInfo.InvariantCulture) + " s",
        >= 1e6 => (ns / 1e6).ToString("0.##", CultureInfo.InvariantCulture) + " ms",
        >= 1e3 => (ns / 1e3).ToString("0.##", CultureInfo.InvariantCulture) + " µs",
        _ => ns.ToString("0.#", CultureInfo.InvariantCulture) + " ns",
    };
}
