using Carbon.Engine;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Facts;
using Carbon.Sdk.Units;

namespace Carbon.Core.Tests.Engine;

public class FactCombinerTests
{
    private static Fact Q(string key, double value, FactCombination c = FactCombination.One, string? path = null) =>
        new(key, FactValue.Of(new Quantity(value, Dimension.OfCount)), path) { Combination = c };

    [Fact]
    public void Sums_union_max_and_single()
    {
        var diagnostics = new List<Diagnostic>();
        var combined = FactCombiner.Combine(
        [
            // Pig equivalents of a mixed farm: 600 pigs + 3 000 layers ÷ 30 + 20 dairy cows × 10 = 600 + 100 + 200 = 900.
            (Q("livestock.pig-equivalents", 600, FactCombination.Sum, "/activities/0"), "livestock"),
            (Q("livestock.pig-equivalents", 100, FactCombination.Sum, "/activities/1"), "livestock"),
            (Q("livestock.pig-equivalents", 200, FactCombination.Sum, "/activities/2"), "livestock"),
            (new Fact("livestock.species", FactValue.Of("swine")) { Combination = FactCombination.Union }, "livestock"),
            (new Fact("livestock.species", FactValue.Of("poultry")) { Combination = FactCombination.Union }, "livestock"),
            (new Fact("livestock.species", FactValue.Of("swine")) { Combination = FactCombination.Union }, "livestock"),
            (Q("lime.kiln-capacity", 300, FactCombination.Max), "lime"),
            (Q("lime.kiln-capacity", 500, FactCombination.Max), "lime"),
            (Q("cement.clinker-capacity", 5000, path: "/activities/3"), "cement"),
            (Q("cement.clinker-capacity", 4500, path: "/activities/4"), "cement"),
        ], diagnostics).ToDictionary(f => f.Fact.Key, f => f.Fact.Value);

        combined["livestock.pig-equivalents"].Quantity.Value.Should().Be(900);
        combined["livestock.species"].Items.Should().Equal("swine", "poultry");
        combined["lime.kiln-capacity"].Quantity.Value.Should().Be(500);
        combined["cement.clinker-capacity"].Quantity.Value.Should().Be(5000);
        diagnostics.Should().ContainSingle(d => d.Code == "CB4110" && d.Path == "/activities/4");
    }

    [Fact]
    public void A_project_declared_fact_wins_and_a_disagreeing_plugin_value_is_reported()
    {
        var diagnostics = new List<Diagnostic>();
        var combined = FactCombiner.Combine([(Q("x.capacity", 10, path: "/facts/x.capacity"), "project"), (Q("x.capacity", 12, path: "/activities/0"), "x")], diagnostics);
        combined.Should().ContainSingle().Which.Fact.Value.Quantity.Value.Should().Be(10);
        diagnostics.Should().ContainSingle(d => d.Code == "CB4110");
    }
}
