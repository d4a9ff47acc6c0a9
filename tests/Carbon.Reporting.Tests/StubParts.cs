using Carbon.Reports;

namespace Carbon.Reporting.Tests;

/// <summary>
/// Baselines and review come from the engine (issue 3 merged); zoning is still a stub record until issue 4 merges.
/// </summary>
internal static class StubParts
{
    /// <summary>The cement report as the engine now gives it (real baselines and review) with a zoning verdict added.</summary>
    public static AssessmentReport Add(AssessmentReport report) => report with
    {
        Zoning = new ZoningReport(new ZoningPackReport("test", "1", new MessageReport("测试", "Test"), false, null, "enforce"), "prohibited", "prohibited", new ZoningSiteReport("none", null, null, null, false, []), [], [], [], [], [], [], [], []),
    };

    /// <summary>The report without any of the three parts.</summary>
    public static AssessmentReport Without(AssessmentReport report) => report with { Baselines = [], Review = null, Zoning = null };
}
