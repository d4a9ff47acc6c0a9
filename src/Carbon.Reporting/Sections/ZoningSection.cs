using System.Globalization;
using System.Text.Json;
using Carbon.Reporting.Charts;
using Carbon.Reporting.Documents;

namespace Carbon.Reporting.Sections;

/// <summary>
/// The zoning (三线一单) checks: a chart of the verdict with the site and its control units, then the checks. Until
/// the zoning records are final this renders them from their JSON (see <see cref="GenericJson"/>): <c>verdict</c>,
/// <c>site { type, longitude, latitude }</c>, <c>units[] { code, name, category, categoryName }</c>.
/// </summary>
internal sealed class ZoningSection : IReportSection
{
    public void Write(RenderContext c, ReportWriter w)
    {
        if (c.Report.Zoning is null || !c.Json.TryGetProperty("zoning", out var zoning) || zoning.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        w.BeginSection("zoning", c.T("Zoning.Title"));
        var generic = new GenericJson(c, w);
        if (Chart(zoning, c, generic) is { } chart)
        {
            w.Chart(chart);
        }

        generic.Object(zoning, 3);
        w.EndSection();
    }

    internal static ZoningChart? Chart(JsonElement zoning, RenderContext c, GenericJson generic)
    {
        if (GenericJson.String(zoning, "verdict") is not { } verdict)
        {
            return null;
        }

        var verdictText = c.T("Zoning.VerdictPrefix") + ReportLabels.Verdict(verdict, c.Language);
        var siteText = c.T("Label.NoSiteLocationGiven");
        if (zoning.TryGetProperty("site", out var site) && GenericJson.Number(site, "longitude") is { } lon && GenericJson.Number(site, "latitude") is { } lat)
        {
            siteText = c.T("Zoning.SitePrefix") + (GenericJson.String(site, "type") ?? string.Empty) + " " + DisplayNumber.Exact(lon) + ", " + DisplayNumber.Exact(lat);
        }

        var units = new List<ZoningUnit>();
        if (zoning.TryGetProperty("units", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var u in list.EnumerateArray())
            {
                var name = u.TryGetProperty("name", out var n) ? generic.Message(n) : null;
                var categoryName = u.TryGetProperty("categoryName", out var cn) ? generic.Message(cn) : null;
                var category = GenericJson.Number(u, "category") is { } k ? (int?)(int)k : null;
                units.Add(new ZoningUnit(GenericJson.String(u, "code") ?? "?", name ?? string.Empty, category, categoryName));
            }
        }

        var description = verdictText + "; " + siteText + "; "
            + (units.Count == 0
                ? c.T("Zoning.NoControlUnitReportedLower")
                : c.T("Zoning.ControlUnitsPrefix") + units.Count.ToString(CultureInfo.InvariantCulture) + c.Colon + string.Join(", ", units.Select(u => u.Code + " " + u.Name + (u.CategoryName is null ? string.Empty : " (" + u.CategoryName + ")"))));
        return new ZoningChart(c.T("Zoning.ChartTitle"), description, verdict, verdictText, siteText, units, c.T("Zoning.NoControlUnitReported"));
    }
}
