using Carbon.Plugins.Livestock.Tests.Support;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Livestock.Tests.Inputs;

/// <summary>Manure-system shares are checked again by the plugin: a wrong share silently shifts emissions between systems.</summary>
public class ManureSharesTests
{
    private static HerdLineBuilder Line(params (string, double)[] shares) =>
        HerdLineBuilder.Of("swine-market", "10000 head").Quantity("temperature", "20 °C").Shares("manureSystems", shares);

    [Theory]
    [InlineData(0.5, 0.4)]   // sums to 0.9
    [InlineData(0.6, 0.41)]  // sums to 1.01
    public void Shares_not_summing_to_one_are_rejected(double a, double b)
    {
        var result = Herds.Run(Line(("solid-storage", a), ("pit-storage", b)));
        var diagnostic = result.Single("CB7407");
        diagnostic.Path.Should().Be("/activities/0/parameters/manureSystems");
        diagnostic.Message.Zh.Should().Contain("之和必须为 1");
        result.Emissions.Should().BeEmpty();
    }

    [Fact]
    public void Shares_summing_to_one_within_rounding_are_accepted()
    {
        var result = Herds.Run(Line(("solid-storage", 1.0 / 3), ("pit-storage", 1.0 / 3), ("uncovered-anaerobic-lagoon", 1.0 / 3)));
        result.HasErrors().Should().BeFalse();
    }

    [Fact]
    public void Negative_and_unknown_systems_are_rejected()
    {
        Herds.Run(Line(("solid-storage", 1.2), ("pit-storage", -0.2))).Diagnostics.Where(d => d.Code == "CB7407").Select(d => d.Path)
            .Should().BeEquivalentTo("/activities/0/parameters/manureSystems/pit-storage", "/activities/0/parameters/manureSystems/solid-storage");
        Herds.Run(Line(("septic-tank", 1.0))).Single("CB7407").Path.Should().Be("/activities/0/parameters/manureSystems/septic-tank");
        Herds.Run(Line()).Single("CB7407").Path.Should().Be("/activities/0/parameters/manureSystems");
    }

    [Fact]
    public void Zero_shares_are_dropped()
    {
        var result = Herds.Run(Line(("solid-storage", 1.0), ("pit-storage", 0.0)));
        result.Line(Gas.N2O, "manure N2O (direct)").Trace.Inputs.Should().NotContain(i => i.Name == "MS[pit-storage]");
        result.Tonnes(Gas.N2O, "manure N2O (direct)").Should().BeApproximately(0.33726, 1e-9 * 0.33726); // §6.2
    }
}
