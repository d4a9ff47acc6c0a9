using Carbon.Plugins.Livestock.Tests.Support;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Livestock.Tests.Methods;

/// <summary>
/// The 2011 provincial inventory guideline: unconfirmed values, used only when the project names the method, each
/// with a warning; the rows GB/T 32151.22-2024 corroborates come from that standard [S]. The expected numbers below
/// are arithmetic on the shipped (unconfirmed) values, not an oracle for those values.
/// </summary>
public class InventoryMethodTests
{
    private const string Method = LivestockMethods.ChinaProvincialInventory2011;

    [Fact]
    public void Sheep_use_unconfirmed_values_with_a_warning_each()
    {
        var result = Herds.Run(HerdLineBuilder.Of("sheep", "1000 head").Choice("feedingMode", "intensive").Choice("region", "华北"), Method);

        result.HasErrors().Should().BeFalse();
        result.Tonnes(Gas.CH4, "enteric CH4").Should().BeApproximately(8.2, 1e-9 * 8.2);        // 1 000 × 8.2 / 1000
        result.Tonnes(Gas.CH4, "manure CH4").Should().BeApproximately(0.15, 1e-9 * 0.15);       // 1 000 × 0.15 / 1000
        result.Tonnes(Gas.N2O, "manure N2O (direct)").Should().BeApproximately(0.093, 1e-9 * 0.093); // 1 000 × 0.093 / 1000
        result.Diagnostics.Where(d => d.Code == "CB7413" && d.Severity == DiagnosticSeverity.Warning).Should().HaveCount(3);
        result.Emissions.Should().OnlyContain(e => e.Trace.UsesUnconfirmed);
    }

    [Fact]
    public void Pig_manure_rows_come_from_GBT_and_are_not_unconfirmed()
    {
        var result = Herds.Run(HerdLineBuilder.Of("swine", "1000 head").Choice("region", "华东"), Method);

        result.Tonnes(Gas.CH4, "enteric CH4").Should().BeApproximately(1, 1e-9);                // 1 000 × 1 / 1000 (UNCONFIRMED)
        result.Tonnes(Gas.CH4, "manure CH4").Should().BeApproximately(5.08, 1e-9 * 5.08);       // 1 000 × 5.08 (C.7 华东 [S]) / 1000
        result.Tonnes(Gas.N2O, "manure N2O (direct)").Should().BeApproximately(0.175, 1e-9 * 0.175); // 1 000 × 0.175 (C.10 华东 [S]) / 1000
        result.Line(Gas.CH4, "manure CH4").Trace.UsesUnconfirmed.Should().BeFalse();
        result.Diagnostics.Where(d => d.Code == "CB7413").Should().ContainSingle();
    }

    [Fact]
    public void Feeding_mode_is_required_for_ruminants()
    {
        Herds.Run(HerdLineBuilder.Of("dairy-cattle", "100 head").Choice("region", "华北"), Method)
            .Single("CB7418").Path.Should().Be("/activities/0/parameters/feedingMode");
    }

    [Fact]
    public void Buffalo_manure_rows_are_not_given()
    {
        Herds.Run(HerdLineBuilder.Of("buffalo", "100 head").Choice("region", "华东").Choice("feedingMode", "household"), Method)
            .Codes(DiagnosticSeverity.Error).Should().Contain("CB7415");
    }

    [Fact]
    public void Manure_systems_and_temperature_are_not_used()
    {
        var result = Herds.Run(HerdLineBuilder.Of("swine", "1000 head").Choice("region", "华东").Quantity("temperature", "20 °C")
            .Shares("manureSystems", ("solid-storage", 1.0)), Method);
        result.Diagnostics.Where(d => d.Code == "CB7419").Select(d => d.Path).Should().BeEquivalentTo(
            "/activities/0/parameters/manureSystems", "/activities/0/parameters/temperature");
    }
}
