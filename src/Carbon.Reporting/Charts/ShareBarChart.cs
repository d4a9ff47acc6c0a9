namespace Carbon.Reporting.Charts;

/// <summary>One part of a whole.</summary>
/// <param name="Label">The label.</param>
/// <param name="Value">The value (not negative).</param>
/// <param name="ValueText">The value as printed, with its share.</param>
internal sealed record SharePart(string Label, double Value, string ValueText);

/// <summary>
/// One bar split into the parts of a whole (energy structure: fossil / renewable / secondary), a legend with the
/// printed values, and optionally a second bar for a part that cuts across them (feedstock energy).
/// </summary>
internal sealed class ShareBarChart : SvgChart
{
    private const double Left = 10;
    private const double BarWidth = 700;
    private const double BarHeight = 28;
    private const double LegendRow = 22;

    private readonly IReadOnlyList<SharePart> _parts;
    private readonly double _total;
    private readonly SharePart? _across;

    /// <summary>Creates the chart; the parts must not be negative and must add up to <paramref name="total"/> &gt; 0.</summary>
    public ShareBarChart(string title, string description, IReadOnlyList<SharePart> parts, double total, SharePart? across)
        : base(title, description)
    {
        _parts = parts;
        _total = total;
        _across = across;
        Height = 10 + BarHeight + 10 + parts.Count * LegendRow + (across is null ? 0 : 12 + 14 + LegendRow) + 6;
    }

    public override double Width => 720;

    public override double Height { get; }

    public static bool CanShow(IEnumerable<double> parts, double total) => total > 0 && parts.All(p => p >= 0);

    protected override void Draw(SvgBuilder svg)
    {
        var x = Left;
        for (var i = 0; i < _parts.Count; i++)
        {
            var w = BarWidth * _parts[i].Value / _total;
            svg.Rect(x, 10, w, BarHeight, ChartPalette.At(i), _parts[i].Label + ": " + _parts[i].ValueText);
            x += w;
        }

        svg.Rect(Left, 10, BarWidth, BarHeight, "none", stroke: ChartPalette.Axis);
        var y = 10 + BarHeight + 10;
        for (var i = 0; i < _parts.Count; i++)
        {
            svg.Rect(Left, y + 3, 12, 12, ChartPalette.At(i));
            svg.Text(Left + 18, y + 13, _parts[i].Label + "  " + _parts[i].ValueText, maxWidth: BarWidth - 18);
            y += LegendRow;
        }

        if (_across is { } a)
        {
            y += 12;
            svg.Rect(Left, y, BarWidth, 14, "#eeeeee", stroke: ChartPalette.Grid);
            svg.Rect(Left, y, BarWidth * Math.Clamp(a.Value / _total, 0, 1), 14, ChartPalette.Muted, a.Label + ": " + a.ValueText);
            svg.Text(Left, y + 14 + 16, a.Label + "  " + a.ValueText, maxWidth: BarWidth);
        }
    }
}
