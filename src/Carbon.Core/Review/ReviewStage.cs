using System.Collections.Immutable;
using Carbon.Baselines;
using Carbon.Engine;
using Carbon.Reports;
using Carbon.Sdk.Diagnostics;

namespace Carbon.Review;

/// <summary>The baselines and energy-saving review stage of an assessment (docs/methodology/review.md).</summary>
internal static class ReviewStage
{
    /// <summary>Compares the project's unit values with the benchmark tables and decides the review outcome.</summary>
    /// <param name="state">The earlier results.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <returns>The baselines and the review section (null only when the shipped review data does not read).</returns>
    public static (ImmutableArray<BaselineReport> Baselines, ReviewReport? Review) Run(AssessmentState state, List<Diagnostic> diagnostics) =>
        Run(state, ReviewData.Shipped, diagnostics);

    /// <summary>The same with given review data (tests supply defective data to check the diagnostics).</summary>
    internal static (ImmutableArray<BaselineReport> Baselines, ReviewReport? Review) Run(AssessmentState state, ReviewData data, List<Diagnostic> diagnostics)
    {
        var baselines = BaselineComparer.Compare(state, diagnostics);
        if (data.Regimes is null || data.Grades is null)
        {
            diagnostics.AddRange(data.Problems);
            return (baselines, null);
        }

        return (baselines, ReviewBuilder.Build(state, data.Regimes, data.Grades, diagnostics));
    }
}
