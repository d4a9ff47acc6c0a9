using Carbon.Projects;
using Carbon.Reports;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Facts;

namespace Carbon.Zoning.Evaluation;

/// <summary>Checks one project against one pack: locate, gather, evaluate, report. Pure: same inputs, same report.</summary>
internal static class ZoningChecker
{
    public static ZoningReport Check(ZoningPack pack, Project project, IEnumerable<(Fact Fact, string Origin)> facts, EnergyReport? energy, EmissionsReport? emissions, List<Diagnostic> diagnostics)
    {
        var content = pack.Content;
        var site = SiteContext.Create(content, project.Location, diagnostics);
        if (project.Location is null)
        {
            diagnostics.Add(ZoningDiagnostics.NoLocation());
        }
        else if (site.Geometry is not null && site.Units.IsEmpty)
        {
            diagnostics.Add(ZoningDiagnostics.OutsideUnits(content.Id));
        }
        else if (site.Units.Length > 1)
        {
            diagnostics.Add(ZoningDiagnostics.Straddles(string.Join(", ", site.Units.Select(i => content.Units[i].Code))));
        }

        var subject = new ZoningSubject(content, project, facts, energy, emissions, site, diagnostics);
        var results = new RuleEvaluator(content, subject, pack.Enforcement, diagnostics).EvaluateAll();
        return ReportBuilder.Build(pack, subject, results);
    }
}
