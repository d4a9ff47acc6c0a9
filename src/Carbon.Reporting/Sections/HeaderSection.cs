using System.Globalization;
using System.Text.Json;
using Carbon.Reporting.Documents;

namespace Carbon.Reporting.Sections;

/// <summary>Who the report is about (project summary), whether it could be computed at all, and the headline figures.</summary>
internal sealed class HeaderSection : IReportSection
{
    public void Write(RenderContext c, ReportWriter w)
    {
        var r = c.Report;
        w.Paragraph(c.T("碳排放与能耗评估报告", "Carbon and energy assessment report"));
        if (r.Project is { } p)
        {
            var t = new TableBuilder(null, new Column(c.T("项目", "Item")), new Column(c.T("内容", "Value")));
            t.Row(Cell.Text(c.T("项目编号", "Project id")), Cell.Text(p.Id));
            t.Row(Cell.Text(c.T("建设性质", "Nature")), Cell.Text(ReportLabels.Nature(p.Nature, c.Language)));
            t.Row(Cell.Text(c.T("报告年份", "Reporting year")), Cell.Number(p.ReportingYear.ToString(CultureInfo.InvariantCulture)));
            t.Row(Cell.Text(c.T("审查日期", "Review date")), Cell.Text(p.ReviewDate));
            t.Row(Cell.Text(c.T("行业代码（GB/T 4754）", "Industry codes (GB/T 4754)")), Cell.Text(string.Join(", ", p.IndustryCodes)));
            t.Row(Cell.Text(c.T("行政区划代码（GB/T 2260）", "Administrative code (GB/T 2260)")), Cell.Text(p.AdminCode));
            w.Table(t.Build());
        }

        if (r.HasErrors)
        {
            var errors = r.Diagnostics.Count(d => d.Severity == "error");
            w.Callout(CalloutKind.Error, c.T(
                $"项目文件有 {errors.ToString(CultureInfo.InvariantCulture)} 处错误，未计算任何数值。请按下文“诊断”逐条修改项目文件后重新评估。",
                $"The project file has {errors.ToString(CultureInfo.InvariantCulture)} error(s), so nothing was computed. Correct the project file as each diagnostic below says, then assess it again."));
            return;
        }

        w.KeyFigures(Figures(c));
    }

    private static List<KeyFigure> Figures(RenderContext c)
    {
        var r = c.Report;
        var figures = new List<KeyFigure>();
        if (r.Energy is { } e)
        {
            figures.Add(new KeyFigure(c.T("综合能耗（当量值）", "Comprehensive energy (equivalent value)"), DisplayNumber.Tce(e.Totals.EquivalentTce), "tce"));
        }

        if (r.Emissions is { } m)
        {
            figures.Add(new KeyFigure(c.T("温室气体排放总量", "Greenhouse-gas emissions") + " (" + m.GwpSet + ")", DisplayNumber.Tonnes(m.Totals.Co2eTonnes), "t CO2e"));
            foreach (var i in m.Intensities)
            {
                figures.Add(new KeyFigure(c.T("碳排放强度 · ", "Carbon intensity · ") + i.Product, DisplayNumber.Intensity(i.Value), i.Unit));
            }
        }

        // Read by member name so this works for the review and zoning sections as they grow.
        if (c.Json.TryGetProperty("review", out var review) && review.ValueKind == JsonValueKind.Object
            && review.TryGetProperty("tier", out var tier) && tier.ValueKind == JsonValueKind.String)
        {
            figures.Add(new KeyFigure(c.T("节能审查", "Energy-saving review"), ReportLabels.Tier(tier.GetString()!, c.Language), null));
        }

        if (c.Json.TryGetProperty("zoning", out var zoning) && zoning.ValueKind == JsonValueKind.Object
            && zoning.TryGetProperty("verdict", out var verdict) && verdict.ValueKind == JsonValueKind.String)
        {
            figures.Add(new KeyFigure(c.T("三线一单结论", "Zoning (三线一单) verdict"), ReportLabels.Verdict(verdict.GetString()!, c.Language), null));
        }

        var warnings = r.Diagnostics.Count(d => d.Severity == "warning");
        figures.Add(new KeyFigure(c.T("警告", "Warnings"), warnings.ToString(CultureInfo.InvariantCulture), null));
        if (r.Unconfirmed.Length > 0)
        {
            figures.Add(new KeyFigure(c.T("依赖的未核实数据", "UNCONFIRMED records relied on"), r.Unconfirmed.Length.ToString(CultureInfo.InvariantCulture), null));
        }

        return figures;
    }
}
