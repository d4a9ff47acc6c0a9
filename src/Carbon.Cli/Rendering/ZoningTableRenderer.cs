using Carbon.Cli.Hosting;
using Carbon.Reporting;
using Carbon.Reports;
using Spectre.Console;

namespace Carbon.Cli.Rendering;

/// <summary>Renders the zoning (三线一单) checks: verdict, site and units, each rule's outcome with its clause, offsets, conditions.</summary>
internal static class ZoningTableRenderer
{
    public static void Render(ZoningReport zoning, Language l, IAnsiConsole console)
    {
        console.Write(new Rule(Markup.Escape(l.T("生态环境分区管控（三线一单）", "Zoning (三线一单)"))).LeftJustified());
        console.WriteLine(l.T("管控方案：", "Pack: ") + ReportLabels.Text(zoning.Pack.Title, l.Report) + " (" + zoning.Pack.Id + "@" + zoning.Pack.Version + ")"
            + (zoning.Pack.Sample ? l.T("【示例数据】", " [SAMPLE DATA]") : string.Empty) + (zoning.Pack.Enforcement == "advisory" ? l.T("【试行（仅提示）】", " [advisory]") : string.Empty));
        console.WriteLine(l.T("结论：", "Verdict: ") + ReportLabels.Verdict(zoning.Verdict, l.Report)
            + (zoning.VerdictIncludingAdvisory != zoning.Verdict ? l.T("（含提示性规则：", " (including advisory rules: ") + ReportLabels.Verdict(zoning.VerdictIncludingAdvisory, l.Report) + l.T("）", ")") : string.Empty));
        foreach (var unit in zoning.Units)
        {
            console.WriteLine(l.T("管控单元：", "Control unit: ") + unit.Code + " " + ReportLabels.Text(unit.Name, l.Report) + " — " + ReportLabels.Text(unit.CategoryName, l.Report));
        }

        var table = new Table { Border = TableBorder.Square, Title = new TableTitle(Markup.Escape(l.T("逐条规则", "Rules"))) };
        foreach (var c in new[] { l.T("规则", "Rule"), l.T("结果", "Outcome"), l.T("效力", "Effect"), l.T("依据条款", "Clause"), l.T("说明", "Detail") })
        {
            table.AddColumn(new TableColumn(new Text(c)));
        }

        foreach (var r in zoning.Results.Where(r => r.Outcome != "not-applicable"))
        {
            var detail = r.Message is { } m ? ReportLabels.Text(m, l.Report) : ReportLabels.Text(r.Title, l.Report);
            if (r.MissingFacts.Length > 0)
            {
                detail += l.T("；缺少：", "; missing: ") + string.Join(", ", r.MissingFacts);
            }

            table.AddRow(
                new Text(r.RuleId + (r.Enforcement == "advisory" ? l.T("（提示）", " (advisory)") : string.Empty)),
                new Text(ReportLabels.Outcome(r.Outcome, l.Report)),
                new Text(r.Effect),
                new Text(r.Citation.Document + (r.Citation.Clause is null ? string.Empty : " " + r.Citation.Clause) + (r.Status == "confirmed" ? string.Empty : " [" + ReportLabels.Status(r.Status, l.Report) + "]")),
                new Text(detail));
        }

        console.Write(table);
        console.WriteLine(l.T($"另有 {zoning.Results.Count(r => r.Outcome == "not-applicable")} 条规则不适用。", $"{zoning.Results.Count(r => r.Outcome == "not-applicable")} more rules do not apply."));
        if (zoning.Offsets.Length > 0)
        {
            var offsets = new Table { Border = TableBorder.Square, Title = new TableTitle(Markup.Escape(l.T("污染物倍量削减替代", "Required emission offsets"))) };
            foreach (var c in new[] { l.T("污染物", "Pollutant"), l.T("项目排放 t/a", "Project t/a"), l.T("替代比例", "Ratio"), l.T("需削减 t/a", "Required t/a"), l.T("依据", "Rule") })
            {
                offsets.AddColumn(new TableColumn(new Text(c)));
            }

            foreach (var o in zoning.Offsets)
            {
                offsets.AddRow(new Text(o.Pollutant), new Text(Gbt8170.Format(o.ProjectTonnes, 2)), new Text(o.RatioText), new Text(Gbt8170.Format(o.RequiredTonnes, 2)), new Text(o.RuleId));
            }

            console.Write(offsets);
        }

        foreach (var c in zoning.Conditions)
        {
            console.WriteLine(l.T("条件：", "Condition: ") + ReportLabels.Text(c.Text, l.Report) + " (" + c.RuleId + ")");
        }

        foreach (var a in zoning.Advisories)
        {
            console.WriteLine(l.T("提示：", "Advisory: ") + ReportLabels.Text(a.Text, l.Report) + " (" + a.RuleId + ")");
        }
    }
}
