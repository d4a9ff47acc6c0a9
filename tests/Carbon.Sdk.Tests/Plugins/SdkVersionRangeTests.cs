using System.Globalization;
using Carbon.Sdk.Plugins;

namespace Carbon.Sdk.Tests.Plugins;

/// <summary>
/// The NuGet-style range of <see cref="PluginMetadata.SdkRange"/> (docs/plugins.md#compatibility): "[" and "]" include
/// their bound, "(" and ")" exclude it, an empty side is unbounded, "[v]" is exactly v and a bare "v" means v or later;
/// versions have one to four parts and missing parts are 0.
/// </summary>
public sealed class SdkVersionRangeTests
{
    [Theory]
    // [0.1,1.0): 0.1 ≤ v < 1.0. The lower bound is in, the upper bound is out, anything just below 0.1 is out.
    [InlineData("[0.1,1.0)", "0.1.0", true)]
    [InlineData("[0.1,1.0)", "0.9.9", true)]
    [InlineData("[0.1,1.0)", "0.999999999", true)]
    [InlineData("[0.1,1.0)", "1.0", false)]
    [InlineData("[0.1,1.0)", "0.0.9", false)]
    // (0.1,1.0]: 0.1 < v ≤ 1.0. 0.1 = 0.1.0.0 is out; the smallest step above it, 0.1.0.1, is in; 1.0.0.0 is in.
    [InlineData("(0.1,1.0]", "0.1", false)]
    [InlineData("(0.1,1.0]", "0.1.0.0", false)]
    [InlineData("(0.1,1.0]", "0.1.0.1", true)]
    [InlineData("(0.1,1.0]", "1.0.0.0", true)]
    [InlineData("(0.1,1.0]", "1.0.0.1", false)]
    // [1.0,): 1.0 ≤ v, no upper bound.
    [InlineData("[1.0,)", "1.0", true)]
    [InlineData("[1.0,)", "7.3", true)]
    [InlineData("[1.0,)", "0.99", false)]
    // (,2.0) and (,2.0]: no lower bound; 2.0 is out, then in.
    [InlineData("(,2.0)", "0.0", true)]
    [InlineData("(,2.0)", "1.9.9", true)]
    [InlineData("(,2.0)", "2.0", false)]
    [InlineData("(,2.0]", "2.0.0", true)]
    [InlineData("(,2.0]", "2.0.0.1", false)]
    // [1.2]: exactly 1.2 = 1.2.0.0; 1.2.0.1 is another version.
    [InlineData("[1.2]", "1.2", true)]
    [InlineData("[1.2]", "1.2.0.0", true)]
    [InlineData("[1.2]", "1.2.0.1", false)]
    [InlineData("[1.2]", "1.1.9", false)]
    // A bare 1.0 means 1.0 or later, as in NuGet.
    [InlineData("1.0", "1.0", true)]
    [InlineData("1.0", "12.0", true)]
    [InlineData("1.0", "0.9", false)]
    // One-part versions: "1" is 1.0.0.0.
    [InlineData("[1,2)", "1.0", true)]
    [InlineData("[1,2)", "2.0", false)]
    // Whitespace around the range and around each bound is ignored.
    [InlineData(" [ 0.1 , 1.0 ) ", "0.5", true)]
    [InlineData("\t[ 1.2 ]\n", "1.2", true)]
    // [1.0,1.0] is the exact version written as a range.
    [InlineData("[1.0,1.0]", "1.0", true)]
    [InlineData("[1.0,1.0]", "1.0.0.1", false)]
    public void Contains_includes_square_bounds_and_excludes_round_ones(string range, string version, bool expected) =>
        SdkVersionRange.Parse(range).Contains(Version.Parse(version)).Should().Be(expected);

    [Theory]
    [InlineData("[0.1,1.0)", "0.1.0.0", true, "1.0.0.0", false)]
    [InlineData("(0.1.2,1.0.0.3]", "0.1.2.0", false, "1.0.0.3", true)]
    [InlineData("[1.0,)", "1.0.0.0", true, null, false)]
    [InlineData("(,2.0]", null, false, "2.0.0.0", true)]
    [InlineData("[1.2]", "1.2.0.0", true, "1.2.0.0", true)]
    [InlineData("3", "3.0.0.0", true, null, false)]
    public void Bounds_are_normalised_to_four_parts(string text, string? minimum, bool minimumInclusive, string? maximum, bool maximumInclusive)
    {
        var range = SdkVersionRange.Parse(text);
        range.Minimum.Should().Be(minimum is null ? null : Version.Parse(minimum));
        range.IsMinimumInclusive.Should().Be(minimumInclusive);
        range.Maximum.Should().Be(maximum is null ? null : Version.Parse(maximum));
        range.IsMaximumInclusive.Should().Be(maximumInclusive);
    }

    [Theory]
    [InlineData(null, "empty")]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("abc", "not a version")]
    [InlineData("1.0.", "not a version")]
    [InlineData("[", "must close")]
    [InlineData("[1.0,2.0", "must close")]
    [InlineData("(1.0)", "exact version in square brackets")]
    [InlineData("[1.0)", "exact version in square brackets")]
    [InlineData("[]", "exact version in square brackets")]
    [InlineData("[,]", "at least one bound")]
    [InlineData("(,)", "at least one bound")]
    [InlineData("[,2.0)", "missing bound must be open")]
    [InlineData("[1.0,]", "missing bound must be open")]
    [InlineData("[2.0,1.0]", "empty")]
    [InlineData("[1.0,1.0)", "empty")]
    [InlineData("(1.0,1.0]", "empty")]
    [InlineData("[1.0,2.0,3.0)", "at most one comma")]
    [InlineData("[1.0-beta,2.0)", "lower bound '1.0-beta' is not a version")]
    [InlineData("[1.0,2.0-rc.1)", "upper bound '2.0-rc.1' is not a version")]
    [InlineData("[1.0.0.0.0,2.0)", "not a version")]
    [InlineData("[-1.0,2.0)", "not a version")]
    [InlineData("[+1.0,2.0)", "not a version")]
    [InlineData("[1.x,2.0)", "not a version")]
    [InlineData("[1. 0,2.0)", "not a version")]
    [InlineData("[１.0,2.0)", "not a version")] // full-width digit one (U+FF11): ASCII digits only
    [InlineData("[1.0,99999999999)", "not a version")] // 11 digits do not fit a version part
    public void Malformed_ranges_are_refused_with_a_reason(string? text, string reason)
    {
        SdkVersionRange.TryParse(text, out var range, out var error).Should().BeFalse();
        range.Should().BeNull();
        error.Should().Contain(reason);

        SdkVersionRange.TryParse(text, out var again).Should().BeFalse();
        again.Should().BeNull();

        if (text is not null)
        {
            var parse = () => SdkVersionRange.Parse(text);
            parse.Should().Throw<FormatException>().WithMessage($"*{reason}*");
        }
    }

    [Fact]
    public void Parse_refuses_null_and_contains_refuses_null()
    {
        var parse = () => SdkVersionRange.Parse(null!);
        parse.Should().Throw<ArgumentNullException>();
        var contains = () => SdkVersionRange.Parse("[1.0,)").Contains(null!);
        contains.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("[0.1,1.0)", "[0.1,1.0)")]
    [InlineData("[0.1.0.0,1.0.0.0)", "[0.1,1.0)")]
    [InlineData(" ( 0.1.2 , 1.0.0.3 ] ", "(0.1.2,1.0.0.3]")]
    [InlineData("[1.0,)", "[1.0,)")]
    [InlineData("1.0", "[1.0,)")]
    [InlineData("1", "[1.0,)")]
    [InlineData("(,2.0]", "(,2.0]")]
    [InlineData("[1.2]", "[1.2]")]
    [InlineData("[1.2,1.2]", "[1.2]")]
    [InlineData("[0.0.0.1,0.1)", "[0.0.0.1,0.1)")]
    public void ToString_writes_the_shortest_notation_and_round_trips(string text, string expected)
    {
        var range = SdkVersionRange.Parse(text);
        range.ToString().Should().Be(expected);
        SdkVersionRange.Parse(range.ToString()).Should().Be(range);
    }

    [Fact]
    public void Ranges_with_the_same_bounds_are_equal()
    {
        var a = SdkVersionRange.Parse("[0.1,1.0)");
        var b = SdkVersionRange.Parse("[0.1.0.0,1.0.0)");
        (a == b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());

        (a != SdkVersionRange.Parse("(0.1,1.0)")).Should().BeTrue(); // the lower bound's inclusion differs
        (a != SdkVersionRange.Parse("[0.1,1.0]")).Should().BeTrue(); // the upper bound's inclusion differs
        (a != SdkVersionRange.Parse("[0.1,2.0)")).Should().BeTrue();
        SdkVersionRange.Parse("1.0").Should().Be(SdkVersionRange.Parse("[1.0,)"));
        a.Equals(null).Should().BeFalse();
        (a == null).Should().BeFalse();
        ((SdkVersionRange?)null == null).Should().BeTrue();
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    public void Reading_and_writing_do_not_depend_on_the_culture(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var range = SdkVersionRange.Parse("[0.1.2,10.0)");
            range.ToString().Should().Be("[0.1.2,10.0)");
            range.Contains(new Version(9, 9)).Should().BeTrue();
            range.Contains(new Version(10, 0)).Should().BeFalse();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
