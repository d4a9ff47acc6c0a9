using System.Collections.Immutable;
using Carbon.Engine;
using Carbon.Reports;
using Carbon.Sdk.Diagnostics;

namespace Carbon.Review;

/// <summary>The baselines and energy-saving review stage of an assessment (issue 3 fills it in).</summary>
internal static class ReviewStage
{
    /// <summary>Compares the project's unit values with the benchmark tables and decides the review outcome.</summary>
    /// <param name="state">The earlier results.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <returns>The baselines and the review section (null when not available).</returns>
    public static (ImmutableArray<BaselineReport> Baselines, ReviewReport? Review) Run(AssessmentState state, List<Diagnostic> diagnostics) => ([], null);
}
