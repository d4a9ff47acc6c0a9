using Carbon.Reports;

namespace Carbon.Core.Tests.Review.Support;

/// <summary>Shortcuts for the review tests.</summary>
internal static class ReviewAssertions
{
    /// <summary>Assesses a project and returns its review section, failing on input errors.</summary>
    public static (ReviewReport Review, AssessmentReport Report) Assess(string json)
    {
        var report = TestEngine.Assess(json);
        report.HasErrors.Should().BeFalse(string.Join("; ", report.Diagnostics.Select(d => d.Code + " " + d.Path + " " + d.Message.En)));
        report.Review.Should().NotBeNull();
        return (report.Review!, report);
    }

    /// <summary>The review of a project with the given energy lines.</summary>
    public static ReviewReport Tier(string date, string nature, params string[] energy) => Assess(Projects.Project(date, nature, energy)).Review;

    public static ReviewReasonReport Reason(this ReviewReport review, string threshold) => review.Reasons.Single(r => r.Threshold == threshold);

    public static bool Has(this AssessmentReport report, string code) => report.Diagnostics.Any(d => d.Code == code);
}
