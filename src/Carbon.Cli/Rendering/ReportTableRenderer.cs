using Carbon.Cli.Hosting;
using Carbon.Reporting;
using Carbon.Reports;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Carbon.Cli.Rendering;

/// <summary>
/// Renders a report as tables for reviewers. Numbers are rounded per GB/T 8170 (tce and tonnes to 2 decimals,
/// intensities to 4); every figure matches the JSON. User text is never read as markup.
/// </summary>
internal static class ReportTableRenderer
{
    public static void Render(AssessmentReport report, Language l, bool explain, IAnsiConsole console)
    {
        if (report.Project is { } p)
        {
            console.Write(new Rule(Escape(l.T("项目：", "Project: ") + l.T(p.Name.Zh, p.Name.En) + " (" + p.Id + ")")).LeftJustified());
            console.WriteLine(l.T("性质：", "Nature: ") + ReportLabels.Nature(p.Nature, l.Report) + "   " + l.T("报告年份：", "Reporting year: ") + p.ReportingYear
                + (p.ReviewDate is null ? string.Empty : "   " + l.T("审查日期：", "Review date: ") + p.ReviewDate));
        }

        if (report.Energy is { } energy)
        {
            RenderEnergy(energy, l, explain, console);
        }

        if (report.Emissions is { } emissions)
        {
            RenderEmissions(emissions, l, explain, console);
        }

        ReviewTableRenderer.Render(report.Review, report.Baselines, l, console);
        if (report.Zoning is { } zoning)
        {
            ZoningTableRenderer.Render(zoning, l, console);
        }

        if (report.Indicators.Length > 0)
        {
            var table = NewTable(l.T("不计入排放合计的指标（如产品碳足迹）", "Indicators not added to the emissions (e.g. product footprints)"), l.T("指标", "Indicator"), l.T("活动", "Activity"), ">" + l.T("数值", "Value"), l.T("单位", "Unit"));
            foreach (var i in report.Indicators)
            {
                table.AddRow(Cell(l.T(i.Name.Zh, i.Name.En)), Cell(i.Activity), Num(i.Value, 4), Cell(i.Unit));
            }

            console.Write(table);
            if (explain)
            {
                foreach (var i in report.Indicators)
                {
                    RenderTrace(l.T(i.Name.Zh, i.Name.En), i.Trace, l, console);
                }
            }
        }

        RenderProvenance(report, l, console);
        RenderDiagnostics(report, l, console);
    }

    private static void RenderEnergy(EnergyReport energy, Language l, bool explain, IAnsiConsole console)
    {
        var table = NewTable(l.T("能源消费（GB/T 2589）", "Energy use (GB/T 2589)"), l.T("能源品种", "Carrier"), l.T("数量", "Amount"), l.T("环节", "Stage"), ">" + l.T("当量值 tce", "Equivalent tce"), ">" + l.T("等价值 tce", "Equal-value tce"));
        foreach (var c in energy.Carriers)
        {
            var name = l.T(c.Name.Zh, c.Name.En) + (c.Direction == "export" ? l.T("（输出）", " (export)") : string.Empty)
                + (c.Use == "feedstock" ? l.T("（原料）", " (feedstock)") : string.Empty)
                + (c.Origin == "waste-heat" ? l.T("（余热发电）", " (waste heat)") : string.Empty)
                + (c.Renewable ? l.T("（可再生）", " (renewable)") : string.Empty);
            table.AddRow(Cell(name), Cell(c.Amount), Cell(c.Stage ?? "-"), Num(c.EquivalentTce, 2), c.EqualValueTce is { } ev ? Num(ev, 2) : Cell("-"));
        }

        console.Write(table);
        var t = energy.Totals;
        var totals = NewTable(l.T("能源合计", "Energy totals"), l.T("项目", "Item"), ">tce");
        totals.AddRow(Cell(l.T("综合能耗（当量值）", "Comprehensive energy (equivalent value)")), Num(t.EquivalentTce, 2));
        totals.AddRow(Cell(l.T("综合能耗（等价值）", "Comprehensive energy (equal value)")), t.EqualValueTce is { } e ? Num(e, 2) : Cell(l.T("未知（见诊断）", "unknown (see diagnostics)")));
        totals.AddRow(Cell(l.T("化石能源", "Fossil energy")), Num(t.FossilTce, 2));
        totals.AddRow(Cell(l.T("可再生能源", "Renewable energy")), Num(t.RenewableTce, 2));
        totals.AddRow(Cell(l.T("外购电力、热力（二次能源）", "Purchased electricity and heat (secondary)")), Num(t.SecondaryTce, 2));
        totals.AddRow(Cell(l.T("原料用能", "Feedstock energy")), Num(t.FeedstockTce, 2));
        totals.AddRow(Cell(l.T("输出能源（已扣减）", "Exported energy (deducted)")), Num(t.ExportedTce, 2));
        console.Write(totals);

        if (energy.UnitConsumption.Length > 0)
        {
            var unit = NewTable(l.T("单位产品能耗", "Unit-product energy consumption"), l.T("产品", "Product"), l.T("环节", "Stage"), l.T("指标", "Indicator"), ">" + l.T("数值", "Value"), l.T("单位", "Unit"));
            foreach (var u in energy.UnitConsumption)
            {
                unit.AddRow(Cell(u.Product), Cell(u.Stage ?? l.T("全厂", "whole project")), Cell(ReportLabels.Basis(u.Basis, l.Report)), Num(u.Value, 2), Cell(u.Unit));
            }

            console.Write(unit);
        }

        if (explain)
        {
            foreach (var c in energy.Carriers)
            {
                RenderTrace($"{c.Path} {l.T(c.Name.Zh, c.Name.En)} → {Gbt8170.Format(c.EquivalentTce, 2)} tce", c.Trace, l, console);
            }
        }
    }

    private static void RenderEmissions(EmissionsReport emissions, Language l, bool explain, IAnsiConsole console)
    {
        var table = NewTable(
            l.T("温室气体排放（GWP：", "Greenhouse-gas emissions (GWP: ") + emissions.GwpSet + l.T("）", ")"),
            l.T("排放源", "Source"), l.T("活动", "Activity"), l.T("气体", "Gas"), ">" + l.T("排放量 t", "Tonnes"), ">t CO2e");
        foreach (var e in emissions.Lines)
        {
            table.AddRow(Cell(ReportLabels.Source(e.Source, l.Report) + (e.Label is null ? string.Empty : " · " + e.Label)), Cell(e.Activity), Cell(e.Gas), Num(e.Tonnes, 2), Num(e.Co2eTonnes, 2));
        }

        console.Write(table);
        var t = emissions.Totals;
        var totals = NewTable(l.T("排放合计", "Emission totals"), l.T("项目", "Item"), ">t");
        totals.AddRow(Cell("CO2e"), Num(t.Co2eTonnes, 2));
        totals.AddRow(Cell("CO2"), Num(t.Co2Tonnes, 2));
        totals.AddRow(Cell("CH4"), Num(t.Ch4Tonnes, 3));
        totals.AddRow(Cell("N2O"), Num(t.N2oTonnes, 3));
        foreach (var s in emissions.BySource)
        {
            totals.AddRow(Cell(l.T("其中：", "of which: ") + ReportLabels.Source(s.Source, l.Report) + " (CO2e)"), Num(s.Co2eTonnes, 2));
        }

        console.Write(totals);
        if (emissions.Intensities.Length > 0)
        {
            var intensity = NewTable(l.T("碳排放强度", "Carbon intensity"), l.T("产品", "Product"), ">" + l.T("数值", "Value"), l.T("单位", "Unit"));
            foreach (var i in emissions.Intensities)
            {
                intensity.AddRow(Cell(i.Product), Num(i.Value, 4), Cell(i.Unit));
            }

            console.Write(intensity);
        }

        if (explain)
        {
            foreach (var e in emissions.Lines)
            {
                RenderTrace($"{e.Path} {ReportLabels.Source(e.Source, l.Report)} {e.Activity} {e.Gas} → {Gbt8170.Format(e.Tonnes, 2)} t (GWP {e.Gwp.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}, {e.GwpRecord})", e.Trace, l, console);
            }
        }
    }

    private static void RenderTrace(string title, TraceReport trace, Language l, IAnsiConsole console)
    {
        var tree = new Tree(new Text(title));
        tree.AddNode(new Text(l.T("公式：", "Formula: ") + trace.Formula));
        foreach (var i in trace.Inputs)
        {
            tree.AddNode(new Text($"{i.Name} = {i.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} {i.Unit} [{ReportLabels.Origin(i.Origin, l.Report)}{(i.Path is null ? string.Empty : " " + i.Path)}]"));
        }

        foreach (var f in trace.Factors)
        {
            tree.AddNode(new Text($"{f.Id} = {f.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} {f.Unit} [{ReportLabels.Status(f.Status, l.Report)}] {f.DataSet}@{f.DataSetVersion} — {f.Source}"));
        }

        if (trace.Note is { } note)
        {
            tree.AddNode(new Text(l.T("说明：", "Note: ") + ReportLabels.Text(note, l.Report)));
        }

        console.Write(tree);
    }

    private static void RenderProvenance(AssessmentReport report, Language l, IAnsiConsole console)
    {
        if (report.DataSets.Length > 0)
        {
            var table = NewTable(l.T("使用的数据集", "Data sets used"), "id", l.T("版本", "Version"), l.T("名称", "Title"));
            foreach (var d in report.DataSets)
            {
                table.AddRow(Cell(d.Id), Cell(d.Version), Cell(l.T(d.Title.Zh, d.Title.En)));
            }

            console.Write(table);
        }

        if (report.Unconfirmed.Length > 0)
        {
            var table = NewTable(l.T("依赖的未核实数据（审批前须核对原文）", "UNCONFIRMED data relied on (check the primary text before approval)"), "id", l.T("数值", "Value"), l.T("来源", "Source"));
            foreach (var u in report.Unconfirmed)
            {
                table.AddRow(Cell(u.Id), Cell(u.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + " " + u.Unit), Cell(u.Source));
            }

            console.Write(table);
        }
    }

    public static void RenderDiagnostics(AssessmentReport report, Language l, IAnsiConsole console)
    {
        if (report.Diagnostics.Length == 0)
        {
            return;
        }

        var table = NewTable(l.T("诊断", "Diagnostics"), l.T("级别", "Severity"), l.T("代码", "Code"), l.T("位置", "Path"), l.T("说明", "Message"));
        foreach (var d in report.Diagnostics)
        {
            table.AddRow(Cell(ReportLabels.Severity(d.Severity, l.Report)), Cell(d.Code), Cell(d.Path.Length == 0 ? "/" : d.Path), Cell(l.T(d.Message.Zh, d.Message.En)));
        }

        console.Write(table);
    }

    private static Table NewTable(string title, params string[] columns)
    {
        var table = new Table { Title = new TableTitle(Escape(title)), Border = TableBorder.Square };
        // A leading '>' marks a numeric column: right-aligned so digits line up; text stays left-aligned.
        foreach (var spec in columns)
        {
            var numeric = spec.StartsWith('>');
            var column = new TableColumn(new Text(numeric ? spec[1..] : spec));
            table.AddColumn(numeric ? column.RightAligned() : column.LeftAligned());
        }

        return table;
    }

    private static Text Cell(string text) => new Text(text);

    private static Text Num(double value, int decimals) => new Text(Gbt8170.Format(value, decimals));

    private static string Escape(string text) => Markup.Escape(text);
}
