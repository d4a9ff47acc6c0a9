using Carbon.Reports;

namespace Carbon.Reporting.Tests;

/// <summary>
/// Baselines, review and zoning as their records stand on this branch (stubs while issues 3 and 4 build them).
/// When their final records are merged, only this helper changes; the renderer reads them by member name.
/// </summary>
internal static class StubParts
{
    public static AssessmentReport Add(AssessmentReport report) => report with
    {
        Baselines = [new BaselineReport("gb16780-2021.clinker-comprehensive-energy")],
        Review = new ReviewReport("provincial"),
        Zoning = new ZoningReport("prohibited"),
    };
}
