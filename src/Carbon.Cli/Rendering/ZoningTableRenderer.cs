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
        console.Write(new Rule(Markup.Escape(l.T("Zoning.Title"))).LeftJustified());
        console.WriteLine(l.T("Zoning.PackPrefix") + ReportLabels.Text(zoning.Pack.Title, l.Report) + " (" + zoning.Pack.Id + "@" + zoning.Pack.Version + ")"
            + (zoning.Pack.Sample ? l.T("Zoning.SampleData") : string.Empty) + (zoning.Pack.Enforcement == "advisory" ? l.T("Zoning.AdvisoryPack") : string.Empty));
        console.WriteLine(l.T("Zoning.VerdictPrefix") + ReportLabels.Verdict(zoning.Verdict, l.Report)
            + (zoning.VerdictIncludingAdvisory != zoning.Verdict ? l.T("Zoning.IncludingAdvisoryPrefix") + ReportLabels.Verdict(zoning.VerdictIncludingAdvisory, l.Report) + l.T("Punct.CloseParen") : string.Empty));
        foreach (var unit in zoning.Units)
        {
            console.WriteLine(l.T("Zoning.ControlUnitPrefix") + unit.Code + " " + ReportLabels.Text(unit.Name, l.Report) + " — " + ReportLabels.Text(unit.CategoryName, l.Report));
        }

        var table = new Table { Border = TableBorder.Square, Title = new TableTitle(Markup.Escape(l.T("Zoning.Rules"))) };
        foreach (var c in new[] { l.T("Label.RuleId"), l.T("Label.Outcome"), l.T("Label.Effect"), l.T("Label.Clause"), l.T("Label.Detail") })
        {
            table.AddColumn(new TableColumn(new Text(c)));
        }

        foreach (var r in zoning.Results.Where(r => r.Outcome != "not-applicable"))
        {
            var detail = r.Message is { } m ? ReportLabels.Text(m, l.Report) : ReportLabels.Text(r.Title, l.Report);
            if (r.MissingFacts.Length > 0)
            {
                detail += l.T("Zoning.MissingPrefix") + string.Join(", ", r.MissingFacts);
            }

            table.AddRow(
                new Text(r.RuleId + (r.Enforcement == "advisory" ? l.T("Zoning.AdvisoryRule") : string.Empty)),
                new Text(ReportLabels.Outcome(r.Outcome, l.Report)),
                new Text(r.Effect),
                new Text(r.Citation.Document + (r.Citation.Clause is null ? string.Empty : " " + r.Citation.Clause) + (r.Status == "confirmed" ? string.Empty : " [" + ReportLabels.Status(r.Status, l.Report) + "]")),
                new Text(detail));
        }

        console.Write(table);
        console.WriteLine(l.F("Zoning.NotApplicableCount", zoning.Results.Count(r => r.Outcome == "not-applicable")));
        if (zoning.Offsets.Length > 0)
        {
            var offsets = new Table { Border = TableBorder.Square, Title = new TableTitle(Markup.Escape(l.T("Label.RequiredEmissionOffsets"))) };
            foreach (var c in new[] { l.T("Label.Pollutant"), l.T("Label.ProjectTA"), l.T("Label.Ratio"), l.T("Label.RequiredTA"), l.T("Label.Basis") })
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
            console.WriteLine(l.T("Zoning.ConditionPrefix") + ReportLabels.Text(c.Text, l.Report) + " (" + c.RuleId + ")");
        }

        foreach (var a in zoning.Advisories)
        {
            console.WriteLine(l.T("Zoning.AdvisoryPrefix") + ReportLabels.Text(a.Text, l.Report) + " (" + a.RuleId + ")");
        }
    }
}
