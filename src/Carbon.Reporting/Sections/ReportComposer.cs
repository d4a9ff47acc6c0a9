using System.Collections.Immutable;
using Carbon.Reporting.Documents;
using Carbon.Reports;

namespace Carbon.Reporting.Sections;

/// <summary>Puts the sections in their order and frames them with the title and the closing note. The one place to add a section.</summary>
internal static class ReportComposer
{
    /// <summary>The sections in report order: results first, then what they rest on.</summary>
    private static readonly ImmutableArray<IReportSection> Sections =
    [
        new HeaderSection(),
        new EnergySection(),
        new EmissionsSection(),
        new BaselinesSection(),
        new ReviewSection(),
        new ZoningSection(),
        new IndicatorsSection(),
        new UnconfirmedSection(),
        new DiagnosticsSection(),
        new FactsSection(),
        new MethodologiesSection(),
        new DataSetsSection(),
    ];

    public static void Compose(AssessmentReport report, ReportRenderOptions options, ReportWriter writer)
    {
        var c = new RenderContext(report, options);
        writer.BeginDocument(Title(c), c.Language);
        foreach (var section in Sections)
        {
            section.Write(c, writer);
        }

        writer.EndDocument(Footer(c));
    }

    private static string Title(RenderContext c) =>
        c.Report.Project is { } p ? c.Text(p.Name) : c.T("Label.AssessmentReport");

    private static string Footer(RenderContext c)
    {
        var explain = c.Explain ? c.T("Report.FooterExplain") : string.Empty;
        return c.F("Report.Footer", explain, c.Report.EngineVersion, c.Report.SchemaVersion);
    }
}
