using Carbon.Core.Tests.Review.Support;
using static Carbon.Core.Tests.Review.Support.Projects;
using static Carbon.Core.Tests.Review.Support.ReviewAssertions;

namespace Carbon.Core.Tests.Review;

/// <summary>The regime is picked by the review date (energy.md §0): Order 6 from 2010-11-01, Order 44, Order 2 from 2023-06-01, Order 31 from 2025-09-01.</summary>
public class RegimeSelectionTests
{
    [Theory]
    [InlineData("2010-11-01", "ndrc-2010-6")]
    [InlineData("2016-12-31", "ndrc-2010-6")]
    [InlineData("2017-01-01", "ndrc-2016-44")]
    [InlineData("2023-05-31", "ndrc-2016-44")]
    [InlineData("2023-06-01", "ndrc-2023-2")]
    [InlineData("2025-08-31", "ndrc-2023-2")]
    [InlineData("2025-09-01", "ndrc-2025-31")]
    [InlineData("2031-01-01", "ndrc-2025-31")]
    public void The_review_date_picks_the_regime(string date, string regime) =>
        Tier(date, "new", Tce(100)).Regime!.Id.Should().Be(regime);

    [Fact]
    public void A_missing_review_date_gives_a_clear_warning_and_no_tier()
    {
        var (review, report) = Assess(Project(string.Empty, "new", [Tce(100)]));
        review.Regime.Should().BeNull();
        review.Tier.Should().BeNull();
        review.Reasons.Should().BeEmpty();
        report.Diagnostics.Should().ContainSingle(d => d.Code == "CB5001" && d.Path == "/reviewDate" && d.Severity == "warning");
        // The rest of the section does not depend on the regime.
        review.Content.Energy.TotalTce.Should().BeApproximately(100, 1e-9 * 100);
    }

    [Fact]
    public void A_review_date_before_order_6_gives_a_warning_and_no_tier()
    {
        var (review, report) = Assess(Project("2010-10-31", "new", [Tce(100)]));
        review.Regime.Should().BeNull();
        report.Diagnostics.Should().ContainSingle(d => d.Code == "CB5002" && d.Message.En.Contains("2010-11-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Confirmed_regime_dates_raise_no_date_warning()
    {
        Assess(Project("2024-03-01", "new", [Tce(100)])).Report.Has("CB5003").Should().BeFalse();
        Assess(Project("2012-06-01", "new", [Tce(100)])).Report.Has("CB5003").Should().BeTrue();
    }

    [Fact]
    public void The_review_section_names_its_data_sets()
    {
        var review = Tier("2024-03-01", "new", Tce(100));
        review.DataSets.Select(d => d.Id).Should().Equal("carbon.review-regimes", "carbon.mn-grades");
        review.DataSets.Should().OnlyContain(d => d.ContentHash.Length == 64);
    }
}
