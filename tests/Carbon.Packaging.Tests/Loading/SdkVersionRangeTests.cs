using Carbon.Plugins;

namespace Carbon.Packaging.Tests.Loading;

/// <summary>The NuGet-style range of PluginMetadata.SdkRange, as the host and the kit read it.</summary>
public sealed class SdkVersionRangeTests
{
    [Theory]
    [InlineData("[0.1,1.0)", "0.1.0", true)]
    [InlineData("[0.1,1.0)", "0.9.9", true)]
    [InlineData("[0.1,1.0)", "1.0", false)]
    [InlineData("[0.1,1.0)", "0.0.9", false)]
    [InlineData("(0.1,1.0]", "0.1", false)]
    [InlineData("(0.1,1.0]", "0.1.0.1", true)]
    [InlineData("(0.1,1.0]", "1.0.0.0", true)]
    [InlineData("[1.0,)", "7.3", true)]
    [InlineData("[1.0,)", "0.99", false)]
    [InlineData("(,2.0)", "1.9.9", true)]
    [InlineData("(,2.0)", "2.0", false)]
    [InlineData("(,2.0]", "2.0.0", true)]
    [InlineData("[1.2]", "1.2.0.0", true)]
    [InlineData("[1.2]", "1.2.0.1", false)]
    [InlineData("1.0", "1.0", true)]
    [InlineData("1.0", "0.9", false)]
    [InlineData(" [ 0.1 , 1.0 ) ", "0.5", true)]
    [InlineData("[1.0,1.0]", "1.0", true)]
    public void Contains_follows_the_bounds(string range, string version, bool expected)
    {
        SdkVersionRange.TryParse(range, out var parsed, out var error).Should().BeTrue(error);
        parsed!.Contains(Version.Parse(version)).Should().Be(expected);
    }

    [Theory]
    [InlineData(null, "empty")]
    [InlineData("", "empty")]
    [InlineData("abc", "not a version")]
    [InlineData("[1.0,2.0", "must close")]
    [InlineData("(1.0)", "exact version in square brackets")]
    [InlineData("[,]", "at least one bound")]
    [InlineData("(,)", "at least one bound")]
    [InlineData("[,2.0)", "missing bound must be open")]
    [InlineData("[1.0,]", "missing bound must be open")]
    [InlineData("[2.0,1.0]", "empty")]
    [InlineData("[1.0,1.0)", "empty")]
    [InlineData("[1.0,2.0,3.0)", "at most one comma")]
    [InlineData("[1.0-beta,2.0)", "not a version")]
    [InlineData("[1.0.0.0.0,2.0)", "not a version")]
    [InlineData("[-1.0,2.0)", "not a version")]
    [InlineData("[1.x,2.0)", "not a version")]
    [InlineData("[1.0,99999999999)", "not a version")]
    public void Invalid_ranges_are_refused_with_a_reason(string? range, string reason)
    {
        SdkVersionRange.TryParse(range, out var parsed, out var error).Should().BeFalse();
        parsed.Should().BeNull();
        error.Should().Contain(reason);
    }

    [Fact]
    public void The_bundled_plugins_range_contains_the_running_sdk()
    {
        SdkVersionRange.TryParse("[0.1,1.0)", out var range, out _).Should().BeTrue();
        range!.Contains(SdkCompatibility.HostSdkVersion).Should().BeTrue();
        SdkCompatibility.Display(SdkCompatibility.HostSdkVersion).Should().Be("0.1.0");
    }

    [Theory]
    [InlineData("0.1.0", "0.1.0", true)]
    [InlineData("0.1.0", "0.3.2", true)]
    [InlineData("0.2.0", "0.1.0", false)] // built against a newer SDK than the host: it may call what the host lacks
    [InlineData("1.0.0", "0.1.0", false)] // another major
    [InlineData("1.0.0", "2.0.0", false)] // another major, even if older
    [InlineData("2.1.0.0", "2.4.0.0", true)]
    public void A_referenced_sdk_must_have_the_host_major_and_not_be_newer(string referenced, string host, bool compatible) =>
        SdkCompatibility.IsReferenceCompatible(Version.Parse(referenced), Version.Parse(host)).Should().Be(compatible);

    [Theory]
    [InlineData("Carbon.Sdk", true)]
    [InlineData("Microsoft.Extensions.DependencyInjection.Abstractions", true)]
    [InlineData("Microsoft.Extensions.Options.Abstractions", true)]
    [InlineData("Microsoft.Extensions.DependencyInjection", false)]
    [InlineData("Carbon.Core", false)]
    [InlineData("carbon.sdk", false)]
    [InlineData("System.Text.Json", false)]
    [InlineData(null, false)]
    public void Shared_assemblies_are_the_sdk_and_the_extension_abstractions(string? name, bool shared) =>
        SharedAssemblies.IsShared(name).Should().Be(shared);
}
