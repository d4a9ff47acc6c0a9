using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Testing;
using Carbon.Sdk.Units;

namespace Sample.Carbon.FlatGlass.Tests;

/// <summary>The sample's own diagnostics and facts, beside the kit's checks.</summary>
public sealed class CalculatorTests
{
    private static ActivityResult Run(string json)
    {
        var plugin = new FlatGlassPlugin();
        var input = ActivityLineReader.Read(plugin, json);
        return plugin.GetCalculator(input.Kind)!.Calculate(input, PluginCalculationContext.For(plugin));
    }

    [Fact]
    public void A_missing_content_is_an_error_naming_the_parameter_and_no_default_is_used()
    {
        var plugin = new FlatGlassPlugin();
        var input = new ActivityInput
        {
            Kind = "flat-glass.carbonate-input",
            Amount = Quantity.Parse("100 t"),
            AmountText = "100 t",
            Path = "/activities/3",
        };

        var result = plugin.GetCalculator(input.Kind)!.Calculate(input, PluginCalculationContext.For(plugin));

        Assert.Empty(result.Emissions);
        Assert.Equal(["/activities/3/parameters/carbonate", "/activities/3/parameters/purity", "/activities/3/parameters/calcinationFraction"], result.Diagnostics.Select(d => d.Path));
        Assert.All(result.Diagnostics, d => Assert.Equal(("FG0001", DiagnosticSeverity.Error), (d.Code, d.Severity)));
    }

    [Fact]
    public void A_single_source_default_is_announced()
    {
        var result = Run("""{ "kind": "flat-glass.carbonate-input", "amount": "1 t", "parameters": { "carbonate": "calcite", "purity": "100 %", "calcinationFraction": "100 %" } }""");

        // 1 t × 1 × 1 × 0.43971 (IPCC 2006 Table 2.1 [S]) = 0.43971 t CO2.
        Assert.Equal(0.43971, result.Emissions.Single().Tonnes, 12);
        var info = Assert.Single(result.Diagnostics);
        Assert.Equal(("FG0004", DiagnosticSeverity.Info, "/activities/0/parameters/carbonate"), (info.Code, info.Severity, info.Path));
    }

    [Fact]
    public void The_furnace_gives_its_capacity_as_a_fact()
    {
        var result = Run("""{ "kind": "flat-glass.melting-furnace", "amount": "600 t/d" }""");

        Assert.Empty(result.Emissions);
        var fact = Assert.Single(result.Facts);
        Assert.Equal("flat-glass.melting-capacity", fact.Key);
        Assert.Equal(600, fact.Value.Quantity.In("t/d"), 12);
    }
}
