using System.Text;
using Carbon.Reliability.Tests.Support;

namespace Carbon.Reliability.Tests.Regressions;

/// <summary>
/// Finding F3 (corpus CB1007__gwp-set-*): <c>options.gwpSet</c> was read with Enum.TryParse, which accepts a
/// comma-separated list of names and ORs their values: "AR4,AR5" (1 | 2 = 3) was silently read as AR6, and " AR5 " with
/// spaces was accepted. Only an exact name is accepted now, like every other enumerated member.
/// </summary>
public class GwpSetNameTests
{
    [Theory]
    [InlineData("AR4,AR5")]
    [InlineData("SAR, AR6")]
    [InlineData(" AR5 ")]
    [InlineData("ar5")]
    public void Only_an_exact_gwp_set_name_is_accepted(string gwp)
    {
        var json = $$$"""
            {"schemaVersion":"1","id":"p","name":{"zh":"项目","en":"Project"},"nature":"new","reportingYear":2025,
             "energy":[{"carrier":"coal.raw","amount":"1万 t"}],"options":{"gwpSet":"{{{gwp}}}"}}
            """;

        var report = Engines.Shared.Assess(Encoding.UTF8.GetBytes(json));

        report.Diagnostics.Should().Contain(d => d.Code == "CB1007" && d.Path == "/options/gwpSet");
        report.Emissions.Should().BeNull();
    }

    [Theory]
    [InlineData("SAR")]
    [InlineData("AR4")]
    [InlineData("AR5")]
    [InlineData("AR6")]
    public void Each_gwp_set_name_is_still_accepted(string gwp)
    {
        var json = $$$"""
            {"schemaVersion":"1","id":"p","name":{"zh":"项目","en":"Project"},"nature":"new","reportingYear":2025,
             "energy":[{"carrier":"coal.raw","amount":"1万 t"}],"options":{"gwpSet":"{{{gwp}}}"}}
            """;

        var report = Engines.Shared.Assess(Encoding.UTF8.GetBytes(json));

        report.HasErrors.Should().BeFalse();
        report.Emissions!.GwpSet.Should().Be(gwp);
    }
}
