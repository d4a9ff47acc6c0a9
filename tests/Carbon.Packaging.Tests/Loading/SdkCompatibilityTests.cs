using Carbon.Plugins;
using Carbon.Sdk.Plugins;

namespace Carbon.Packaging.Tests.Loading;

/// <summary>
/// The host's compatibility rules: the bundled range against the running SDK, the referenced SDK's series (major, and minor before 1.0), and the
/// shared assemblies. The range notation itself is tested in Carbon.Sdk.Tests (SdkVersionRangeTests).
/// </summary>
public sealed class SdkCompatibilityTests
{
    [Fact]
    public void The_bundled_plugins_range_contains_the_running_sdk()
    {
        SdkVersionRange.Parse("[0.2,0.3)").Contains(SdkCompatibility.HostSdkVersion).Should().BeTrue();
        SdkCompatibility.Display(SdkCompatibility.HostSdkVersion).Should().Be("0.2.0");
    }

    [Theory]
    [InlineData("0.1.0", "0.1.0", true)]
    [InlineData("0.2.0", "0.2.7", true)]  // an older patch of the same 0.x minor
    [InlineData("0.1.0", "0.2.0", false)] // 0.x: a minor is a series of its own (0.2.0 changed Trace.Note and GasEmission.Label)
    [InlineData("0.1.0", "0.3.2", false)]
    [InlineData("0.2.0", "0.1.0", false)] // built against a newer SDK than the host: it may call what the host lacks
    [InlineData("1.0.0", "0.1.0", false)] // another major
    [InlineData("1.0.0", "2.0.0", false)] // another major, even if older
    [InlineData("2.1.0.0", "2.4.0.0", true)]
    public void A_referenced_sdk_must_be_in_the_host_series_and_not_be_newer(string referenced, string host, bool compatible) =>
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
