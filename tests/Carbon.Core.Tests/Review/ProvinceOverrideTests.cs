using Carbon.Core.Tests.Review.Support;
using static Carbon.Core.Tests.Review.Support.Projects;
using static Carbon.Core.Tests.Review.Support.ReviewAssertions;

namespace Carbon.Core.Tests.Review;

/// <summary>Hunan's split under Order 2 (energy.md §1.1 [C]): province ≥ 10000 tce, prefecture (市州) 5000–10000 tce; matched by adminCode "43…".</summary>
public class ProvinceOverrideTests
{
    private const string Date = "2024-03-01";

    private static string Hunan(double tce, string adminCode = "430104") =>
        Project(Date, "new", [Tce(tce)], $"\"adminCode\": \"{adminCode}\"");

    [Fact]
    public void Five_thousand_tce_in_hunan_goes_to_the_prefecture()
    {
        var review = Assess(Hunan(5000)).Review;
        review.Tier.Should().Be("delegated");
        review.Authority!.Override.Should().Be("hunan.order2");
        review.Authority.Level.Should().Be("prefecture");
        review.Authority.Authority!.Zh.Should().Be("市州节能审查机关");
        review.Authority.Status.Should().Be("confirmed");
        review.Authority.Source.Should().Contain("http://www.paocong.cn/trxf/baike/6846.html");
    }

    [Fact]
    public void Nine_thousand_nine_hundred_ninety_nine_tce_in_hunan_goes_to_the_prefecture() =>
        Assess(Hunan(9999)).Review.Authority!.Level.Should().Be("prefecture");

    [Fact]
    public void Below_five_thousand_tce_the_data_does_not_say_who_reviews()
    {
        var review = Assess(Hunan(4999)).Review;
        review.Tier.Should().Be("delegated");
        review.Authority!.Level.Should().BeNull();
        review.Authority.Note!.En.Should().Be("Who reviews projects below 5000 tce is not in the data.");
    }

    [Fact]
    public void Ten_thousand_tce_is_provincial_by_the_national_rule()
    {
        var review = Assess(Hunan(10000)).Review;
        review.Tier.Should().Be("provincial");
        review.Authority.Should().BeNull();
    }

    [Fact]
    public void Other_provinces_have_no_split_in_the_data() =>
        Assess(Hunan(5000, "110105")).Review.Authority.Should().BeNull();

    [Fact]
    public void The_hunan_split_does_not_apply_under_other_regimes() =>
        Assess(Project("2025-10-15", "new", [Tce(5000)], "\"adminCode\": \"430104\"")).Review.Authority.Should().BeNull();

    [Fact]
    public void Without_an_admin_code_the_split_is_not_looked_up()
    {
        var (review, report) = Assess(Project(Date, "new", [Tce(5000)]));
        review.Authority.Should().BeNull();
        report.Diagnostics.Should().ContainSingle(d => d.Code == "CB5009" && d.Severity == "info");
    }
}
