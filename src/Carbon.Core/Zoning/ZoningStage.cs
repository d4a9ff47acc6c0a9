using Carbon.Engine;
using Carbon.Reports;
using Carbon.Sdk.Diagnostics;

namespace Carbon.Zoning;

/// <summary>The zoning stage of an assessment (issue 4 fills it in).</summary>
internal static class ZoningStage
{
    /// <summary>Checks the project against a zoning pack.</summary>
    /// <param name="state">The earlier results.</param>
    /// <param name="pack">The pack, or null for the embedded sample district.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <returns>The zoning section, or null when zoning is not available.</returns>
    public static ZoningReport? Run(AssessmentState state, ZoningPack? pack, List<Diagnostic> diagnostics) => null;
}
