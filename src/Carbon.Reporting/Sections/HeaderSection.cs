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
        w.Paragraph(c.T("Label.AssessmentReport"));
        if (r.Project is { } p)
        {
            var t = new TableBuilder(null, new Column(c.T("Label.Item")), new Column(c.T("Label.Content")));
            t.Row(Cell.Text(c.T("Label.ProjectId")), Cell.Text(p.Id));
            t.Row(Cell.Text(c.T("Label.Nature")), Cell.Text(ReportLabels.Nature(p.Nature, c.Language)));
            t.Row(Cell.Text(c.T("Label.ReportingYear")), Cell.Number(p.ReportingYear.ToString(CultureInfo.InvariantCulture)));
            t.Row(Cell.Text(c.T("Label.ReviewDate")), Cell.Text(p.ReviewDate));
            t.Row(Cell.Text(c.T("Header.IndustryCodes")), Cell.Text(string.Join(", ", p.IndustryCodes)));
            t.Row(Cell.Text(c.T("Header.AdministrativeCode")), Cell.Text(p.AdminCode));
            w.Table(t.Build());
        }

        if (r.HasErrors)
        {
            var errors = r.Diagnostics.Count(d => d.Severity == "error");
            w.Callout(CalloutKind.Error, c.F("Header.NothingComputed", errors.ToString(CultureInfo.InvariantCulture)));
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
            figures.Add(new KeyFigure(c.T("Label.ComprehensiveEnergyEquivalentValue"), DisplayNumber.Tce(e.Totals.EquivalentTce), "tce"));
        }

        if (r.Emissions is { } m)
        {
            figures.Add(new KeyFigure(c.T("Header.GreenhouseGasEmissions") + " (" + m.GwpSet + ")", DisplayNumber.Tonnes(m.Totals.Co2eTonnes), "t CO2e"));
            foreach (var i in m.Intensities)
            {
                figures.Add(new KeyFigure(c.T("Header.CarbonIntensityOf") + i.Product, DisplayNumber.Intensity(i.Value), i.Unit));
            }
        }

        // Read by member name so this works for the review and zoning sections as they grow.
        if (c.Json.TryGetProperty("review", out var review) && review.ValueKind == JsonValueKind.Object
            && review.TryGetProperty("tier", out var tier) && tier.ValueKind == JsonValueKind.String)
        {
            figures.Add(new KeyFigure(c.T("Label.EnergySavingReview"), ReportLabels.Tier(tier.GetString()!, c.Language), null));
        }

        if (c.Json.TryGetProperty("zoning", out var zoning) && zoning.ValueKind == JsonValueKind.Object
            && zoning.TryGetProperty("verdict", out var verdict) && verdict.ValueKind == JsonValueKind.String)
        {
            figures.Add(new KeyFigure(c.T("Header.ZoningVerdict"), ReportLabels.Verdict(verdict.GetString()!, c.Language), null));
        }

        var warnings = r.Diagnostics.Count(d => d.Severity == "warning");
        figures.Add(new KeyFigure(c.T("Label.Warnings"), warnings.ToString(CultureInfo.InvariantCulture), null));
        if (r.Unconfirmed.Length > 0)
        {
            figures.Add(new KeyFigure(c.T("Header.UnconfirmedRecords"), r.Unconfirmed.Length.ToString(CultureInfo.InvariantCulture), null));
        }

        return figures;
    }
}
