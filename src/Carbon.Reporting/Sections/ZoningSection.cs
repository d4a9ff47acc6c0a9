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

        w.BeginSection("zoning", c.T("生态环境分区管控（三线一单）", "Zoning (三线一单, environmental zoning control)"));
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

        var verdictText = c.T("三线一单结论：", "Zoning verdict: ") + ReportLabels.Verdict(verdict, c.Language);
        var siteText = c.T("项目位置未给出", "No site location given");
        if (zoning.TryGetProperty("site", out var site) && GenericJson.Number(site, "longitude") is { } lon && GenericJson.Number(site, "latitude") is { } lat)
        {
            siteText = c.T("项目位置 ", "Site ") + (GenericJson.String(site, "type") ?? string.Empty) + " " + DisplayNumber.Exact(lon) + ", " + DisplayNumber.Exact(lat);
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
                ? c.T("未报告所在管控单元", "no control unit reported")
                : c.T("所在管控单元 ", "control units ") + units.Count.ToString(CultureInfo.InvariantCulture) + c.Colon + string.Join(", ", units.Select(u => u.Code + " " + u.Name + (u.CategoryName is null ? string.Empty : " (" + u.CategoryName + ")"))));
        return new ZoningChart(c.T("三线一单结论、项目位置与所在管控单元", "Zoning verdict, site and control units"), description, verdict, verdictText, siteText, units, c.T("未报告所在管控单元", "No control unit reported"));
    }
}
