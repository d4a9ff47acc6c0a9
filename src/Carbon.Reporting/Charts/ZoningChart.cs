namespace Carbon.Reporting.Charts;

/// <summary>A control unit the site lies in.</summary>
/// <param name="Code">The unit code.</param>
/// <param name="Name">The name.</param>
/// <param name="Category">1 优先保护, 2 重点管控, 3 一般管控, or null.</param>
/// <param name="CategoryName">The category's name, or null.</param>
internal sealed record ZoningUnit(string Code, string Name, int? Category, string? CategoryName);

/// <summary>The zoning verdict as a coloured banner, and the site linked to each control unit it lies in.</summary>
internal sealed class ZoningChart : SvgChart
{
    private const double CardLeft = 200;
    private const double CardWidth = 510;
    private const double CardHeight = 34;
    private const double CardGap = 10;
    private const double CardsTop = 62;

    private readonly string _verdict;
    private readonly string _verdictText;
    private readonly string _siteText;
    private readonly IReadOnlyList<ZoningUnit> _units;
    private readonly string _noUnitText;

    /// <param name="title">The title.</param>
    /// <param name="description">The verdict, site and units in words.</param>
    /// <param name="verdict">The verdict code (for the colour).</param>
    /// <param name="verdictText">The banner text.</param>
    /// <param name="siteText">The site (type and coordinates), or what is unknown.</param>
    /// <param name="units">The control units.</param>
    /// <param name="noUnitText">What to show when the site lies in no unit (or units are not reported).</param>
    public ZoningChart(string title, string description, string verdict, string verdictText, string siteText, IReadOnlyList<ZoningUnit> units, string noUnitText)
        : base(title, description)
    {
        _verdict = verdict;
        _verdictText = verdictText;
        _siteText = siteText;
        _units = units;
        _noUnitText = noUnitText;
        Height = CardsTop + Math.Max(1, units.Count) * (CardHeight + CardGap) + 30;
    }

    public override double Width => 720;

    public override double Height { get; }

    protected override void Draw(SvgBuilder svg)
    {
        svg.Rect(10, 8, 700, 40, ChartPalette.Verdict(_verdict), rx: 4);
        svg.Text(360, 34, _verdictText, anchor: "middle", size: 16, bold: true, fill: "#ffffff", maxWidth: 680);

        var count = Math.Max(1, _units.Count);
        var pinY = CardsTop + (count * (CardHeight + CardGap) - CardGap) / 2;
        for (var i = 0; i < _units.Count; i++)
        {
            var u = _units[i];
            var y = CardsTop + i * (CardHeight + CardGap);
            var colour = ChartPalette.UnitCategory(u.Category);
            svg.Line(80, pinY, CardLeft, y + CardHeight / 2, ChartPalette.Grid, 1.5);
            svg.Rect(CardLeft, y, CardWidth, CardHeight, "#ffffff", u.Code + " " + u.Name, stroke: colour, rx: 3);
            svg.Rect(CardLeft, y, 8, CardHeight, colour);
            svg.Text(CardLeft + 16, y + 22, u.Code + " · " + u.Name + (u.CategoryName is null ? string.Empty : " · " + u.CategoryName), maxWidth: CardWidth - 24);
        }

        if (_units.Count == 0)
        {
            svg.Rect(CardLeft, CardsTop, CardWidth, CardHeight, "#f4f4f4", stroke: ChartPalette.Grid, rx: 3);
            svg.Text(CardLeft + 16, CardsTop + 22, _noUnitText, fill: ChartPalette.Muted, maxWidth: CardWidth - 24);
        }

        // The site: a map pin with its coordinates under it.
        svg.Circle(80, pinY - 8, 9, "#1a1a1a");
        svg.Polygon("#1a1a1a", null, (72, pinY - 4), (88, pinY - 4), (80, pinY + 10));
        svg.Circle(80, pinY - 8, 3.5, "#ffffff");
        svg.Text(80, Height - 10, _siteText, anchor: "middle", size: 11, maxWidth: 180);
    }
}
