namespace Carbon.Reporting.Charts;

/// <summary>A level of an efficiency indicator (e.g. GB 16780 level 1, 标杆, 基准).</summary>
/// <param name="Name">The level name.</param>
/// <param name="Value">The level's value (after corrections, when any).</param>
/// <param name="ValueText">The value as printed.</param>
/// <param name="Met">Whether the project meets it, or null when unknown.</param>
internal sealed record ScaleLevel(string Name, double Value, string ValueText, bool? Met);

/// <summary>
/// One efficiency indicator on a horizontal scale (lower is better): coloured bands between the levels, a marker
/// per level, and the project's value as a triangle under the axis.
/// </summary>
internal sealed class LevelScaleChart : SvgChart
{
    private const double AxisLeft = 30;
    private const double AxisRight = 690;
    private const double AxisY = 74;

    private readonly double? _value;
    private readonly string _valueLabel;
    private readonly IReadOnlyList<ScaleLevel> _levels;
    private readonly string _betterLabel;
    private readonly double _low;
    private readonly double _high;

    /// <param name="title">The indicator.</param>
    /// <param name="description">The figures in words.</param>
    /// <param name="value">The project's value, or null when unknown.</param>
    /// <param name="valueLabel">The label of the project marker (e.g. "本项目 99.63 kgce/t"), or what is unknown.</param>
    /// <param name="levels">The levels.</param>
    /// <param name="betterLabel">The "← better" hint.</param>
    public LevelScaleChart(string title, string description, double? value, string valueLabel, IReadOnlyList<ScaleLevel> levels, string betterLabel)
        : base(title, description)
    {
        _value = value;
        _valueLabel = valueLabel;
        _levels = [.. levels.OrderBy(l => l.Value)];
        _betterLabel = betterLabel;
        var all = _levels.Select(l => l.Value).Concat(value is { } v ? [v] : []).ToList();
        var lo = all.Count > 0 ? all.Min() : 0;
        var hi = all.Count > 0 ? all.Max() : 1;
        var pad = hi > lo ? (hi - lo) * 0.15 : Math.Max(Math.Abs(hi) * 0.1, 1);
        _low = lo - pad;
        _high = hi + pad;
    }

    public override double Width => 720;

    public override double Height => 124;

    protected override void Draw(SvgBuilder svg)
    {
        // Bands: at or below the best level, between levels, above the worst.
        var edges = new List<double> { AxisLeft };
        edges.AddRange(_levels.Select(l => X(l.Value)));
        edges.Add(AxisRight);
        for (var i = 0; i + 1 < edges.Count; i++)
        {
            var fill = i == 0 ? ChartPalette.Better : i == edges.Count - 2 ? ChartPalette.Worse : ChartPalette.Between;
            svg.Rect(edges[i], AxisY - 12, edges[i + 1] - edges[i], 12, fill);
        }

        svg.Line(AxisLeft, AxisY, AxisRight, AxisY, ChartPalette.Axis, 1.5);
        for (var i = 0; i < _levels.Count; i++)
        {
            var level = _levels[i];
            var x = X(level.Value);
            svg.Line(x, AxisY - 28 + (i % 2 == 0 ? 0 : 14), x, AxisY + 4, ChartPalette.Axis, 1, dashed: true);
            var labelY = i % 2 == 0 ? 40 : 54;
            svg.Text(Clamp(x, 60, Width - 60), labelY, level.Name + " " + level.ValueText, anchor: "middle", size: 11, maxWidth: 160);
        }

        svg.Text(AxisLeft, 14, _betterLabel, size: 11, fill: ChartPalette.Muted);
        if (_value is { } v)
        {
            var x = X(v);
            svg.Polygon(ChartPalette.Project, _valueLabel, (x, AxisY + 2), (x - 7, AxisY + 16), (x + 7, AxisY + 16));
            svg.Text(Clamp(x, 110, Width - 110), AxisY + 34, _valueLabel, anchor: "middle", bold: true, maxWidth: 220);
        }
        else
        {
            svg.Text(Width / 2, AxisY + 34, _valueLabel, anchor: "middle", fill: ChartPalette.Muted);
        }
    }

    private static double Clamp(double x, double lo, double hi) => Math.Clamp(x, lo, Math.Max(lo, hi));

    private double X(double value) => AxisLeft + (AxisRight - AxisLeft) * (value - _low) / (_high - _low);
}
