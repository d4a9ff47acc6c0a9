using Carbon.Plugins.Livestock.Tests.Support;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Livestock.Tests.Inputs;

/// <summary>Head on hand (存栏) vs head sold per year (出栏) and the annual average population (IPCC Eq. 10.1 form).</summary>
public class PopulationTests
{
    private static HerdLineBuilder Sold(string days) => HerdLineBuilder.Of("swine-market", "10000 head", "sold").Quantity("daysAlive", days)
        .Quantity("temperature", "20 °C").Shares("manureSystems", ("solid-storage", 1.0));

    [Fact]
    public void Sold_head_are_converted_with_days_alive()
    {
        var result = Herds.Run(Sold("180 d"), LivestockMethods.IpccTier1);

        // N = 180 × 10 000 / 365 = 4 931.5068493150685 head; enteric 4 931.5068… × 1.0 / 1000 = 4.931506849315069 t.
        result.Tonnes(Gas.CH4, "enteric CH4").Should().BeApproximately(4.931506849315069, 1e-9 * 4.93);
        var trace = result.Line(Gas.CH4, "enteric CH4").Trace;
        trace.Inputs.Should().Contain(i => i.Name == "N_sold" && i.Value == 10000 && i.Origin == InputOrigin.Project);
        trace.Inputs.Should().Contain(i => i.Name == "days" && i.Value == 180 && i.Path == "/activities/0/parameters/daysAlive");
        trace.Inputs.Should().Contain(i => i.Name == "N" && i.Origin == InputOrigin.Derived);
        trace.Note!.En.Should().Contain("Eq. 10.1");
        result.Fact("livestock.annual-average-population").Value.Quantity.Value.Should().BeApproximately(4931.5068493150685, 1e-9 * 4931.5);
        result.Fact("livestock.population-basis").Value.Text.Should().Be("sold");
    }

    [Fact]
    public void Days_alive_of_365_gives_the_head_sold()
    {
        // N = 365 × 10 000 / 365 = 10 000: the §6.2 vector again (50 t CH4).
        Herds.Run(Sold("365 d"), LivestockMethods.IpccTier1).Sum(Gas.CH4).Should().BeApproximately(50, 1e-9 * 50);
    }

    [Theory]
    [InlineData("0 d")]
    [InlineData("366 d")]
    public void Days_alive_must_lie_in_0_to_365(string days)
    {
        var result = Herds.Run(Sold(days), LivestockMethods.IpccTier1);
        result.Single("CB7406").Path.Should().Be("/activities/0/parameters/daysAlive");
        result.Emissions.Should().BeEmpty();
    }

    [Fact]
    public void Sold_without_days_alive_is_an_error()
    {
        Herds.Run(Sold("180 d").Without("daysAlive"), LivestockMethods.IpccTier1).Single("CB7406").Severity.Should().Be(DiagnosticSeverity.Error);
    }

    [Fact]
    public void Days_alive_on_a_stock_line_is_reported_unused_when_no_threshold_needs_it()
    {
        // Layers: the pig thresholds do not apply; layers' thresholds are on 存栏, so daysAlive is not needed.
        var result = Herds.Run(HerdLineBuilder.Of("layers", "30000 head").Quantity("daysAlive", "300 d").Choice("climateZone", "temperate")
            .Shares("manureSystems", ("solid-storage", 1.0)).Quantity("typicalMass", "1.8 kg").Number("fracGasMs", 0.4), LivestockMethods.IpccTier1);
        result.Single("CB7419").Path.Should().Be("/activities/0/parameters/daysAlive");
    }

    [Theory]
    [InlineData("10 t")]
    [InlineData("0 head")]
    public void Amount_must_be_a_positive_head_count(string amount)
    {
        var result = Herds.Run(HerdLineBuilder.Of("swine-market", amount).Quantity("temperature", "20 °C").Shares("manureSystems", ("solid-storage", 1.0)));
        result.Single("CB7401").Path.Should().Be("/activities/0/amount");
        result.Emissions.Should().BeEmpty();
    }

    [Fact]
    public void Chinese_head_units_and_wan_are_read()
    {
        var result = Herds.Run(HerdLineBuilder.Of("swine-market", "1万 头").Quantity("temperature", "20 ℃").Shares("manureSystems", ("solid-storage", 1.0)));
        result.Sum(Gas.CH4).Should().BeApproximately(50, 1e-9 * 50); // 10 000 head: §6.2
    }

    [Fact]
    public void Population_is_required()
    {
        Herds.Run(HerdLineBuilder.Of("swine-market", "10000 head").Without("population")).Single("CB7405").Severity.Should().Be(DiagnosticSeverity.Error);
    }
}
