using Carbon.Engine;
using Carbon.Reports;
using Carbon.Sdk.Diagnostics;
using Carbon.Zoning.Evaluation;

namespace Carbon.Zoning;

/// <summary>
/// The zoning stage of an assessment (三线一单 / 生态环境分区管控): locates the site in the pack, gathers the rules of
/// every level that apply, evaluates them against the project, its energy and emission results and its facts, and
/// reports the verdict, offsets and conditions. Adds warnings and notices only, never errors: a zoning finding does
/// not void the rest of the report.
/// </summary>
internal static class ZoningStage
{
    /// <summary>Checks the project against a zoning pack.</summary>
    /// <param name="state">The earlier results.</param>
    /// <param name="pack">The pack, or null for the embedded sample district.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <returns>The zoning section.</returns>
    public static ZoningReport? Run(AssessmentState state, ZoningPack? pack, List<Diagnostic> diagnostics)
    {
        pack ??= ZoningPackLoader.Sample;
        if (pack.IsSample)
        {
            diagnostics.Add(ZoningDiagnostics.SampleData(pack.Id));
        }

        return ZoningChecker.Check(pack, state.Project, state.Facts, state.EnergyReport, state.Emissions, diagnostics);
    }
}
