namespace Carbon.Reporting.Charts;

/// <summary>One bar: a label, its value (for the length) and the value as the report prints it.</summary>
/// <param name="Label">The label.</param>
/// <param name="Value">The value.</param>
/// <param name="ValueText">The value as printed in the tables (rounded, with unit or share).</param>
internal sealed record Bar(string Label, double Value, string ValueText);

/// <summary>
/// Horizontal bars from a zero line; negative values (deductions for exported energy) extend to the left.
/// Labels on the left, printed values in a column on the right.
/// </summary>
internal sealed class BarChart : SvgChart
{
    private const double LabelWidth = 200;
    private const double PlotLeft = 210;
    private const double PlotWidth = 260;
    private const double ValueLeft = 482;
    private const double RowHeight = 26;
    private const double BarHeight = 16;
    private const double Top = 8;

    private readonly IReadOnlyList<Bar> _bars;

    public BarChart(string title, string description, IReadOnlyList<Bar> bars)
        : base(title, description)
    {
        _bars = bars;
        Height = Top * 2 + Math.Max(1, bars.Count) * RowHeight;
    }

    public override double Width => 720;

    public override double Height { get; }

    protected override void Draw(SvgBuilder svg)
    {
        var positive = _bars.Select(b => b.Value).Where(v => v > 0).DefaultIfEmpty(0).Max();
        var negative = -_bars.Select(b => b.Value).Where(v => v < 0).DefaultIfEmpty(0).Min();
        var span = positive + negative;
        var zero = span > 0 ? PlotLeft + PlotWidth * negative / span : PlotLeft;
        for (var i = 0; i < _bars.Count; i++)
        {
            var bar = _bars[i];
            var y = Top + i * RowHeight;
            var length = span > 0 ? PlotWidth * Math.Abs(bar.Value) / span : 0;
            var x = bar.Value >= 0 ? zero : zero - length;
            svg.Text(LabelWidth, y + 13, bar.Label, anchor: "end", maxWidth: LabelWidth - 4);
            svg.Rect(x, y + (RowHeight - BarHeight) / 2 - 4, length, BarHeight, ChartPalette.At(i), bar.Label + ": " + bar.ValueText);
            svg.Text(ValueLeft, y + 13, bar.ValueText, maxWidth: Width - ValueLeft - 2);
        }

        svg.Line(zero, Top - 4, zero, Height - Top + 2, ChartPalette.Axis);
    }
}
