using Carbon.Plugins.Cement.Tests.Support;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Facts;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Cement.Tests;

/// <summary>Zoning facts from cement.clinker parameters.</summary>
public class FactsTests
{
    private static Line Clinker() => Line.Of("cement.clinker", "155万 t")
        .Q("caoFraction", "64.5 %").Q("nonCarbonateCaoFraction", "1 %").Q("mgoFraction", "1.8 %").Q("nonCarbonateMgoFraction", "0.2 %");

    [Fact]
    public void Capacity_kiln_type_and_replacement_sources_become_facts()
    {
        var result = Calc.Run(Clinker()
            .Q("clinkerCapacity", "5000 t/d")
            .C("kilnType", "new-dry-process")
            .J("capacityReplacement", """
                [{"province":"340000","catalogueClass":"allowed","capacity":"4000 t/d","name":"A line"},
                 {"province":"37","catalogueClass":"restricted","capacity":"3500 t/d"}]
                """));

        result.HasErrors().Should().BeFalse();
        var facts = result.Facts.ToDictionary(f => f.Key);
        facts["cement.clinker-capacity"].Value.Quantity.In("t/d").Should().Be(5000);
        facts["cement.clinker-capacity"].Path.Should().Be("/activities/0/parameters/clinkerCapacity");
        facts["cement.kiln-type"].Value.Text.Should().Be("new-dry-process");
        facts["cement.grinding-station-only"].Value.Boolean.Should().BeFalse();

        // 4 000 + 3 500 = 7 500 t/d retired; 7 500 / 5 000 = 1.5 (1.5:1); restricted 3 500 t/d.
        facts["cement.replacement-capacity"].Value.Quantity.In("t/d").Should().Be(7500);
        facts["cement.replacement-ratio"].Value.Quantity.Should().Be(new Quantity(1.5, Dimension.None));
        facts["cement.replacement-restricted-capacity"].Value.Quantity.In("t/d").Should().Be(3500);
        facts["cement.replacement-provinces"].Value.Items.Should().Equal("340000", "370000");
        facts["cement.replacement-classes"].Value.Kind.Should().Be(FactKind.TextList);
        facts["cement.replacement-classes"].Value.Items.Should().Equal("allowed", "restricted");
        facts["cement.replacement-ratio"].Path.Should().Be("/activities/0/parameters/capacityReplacement");
    }

    [Fact]
    public void Replacement_without_the_new_capacity_gives_no_ratio_and_a_warning()
    {
        var result = Calc.Run(Clinker().J("capacityReplacement", """[{"province":"340000","catalogueClass":"allowed","capacity":"4000 t/d"}]"""));

        result.Facts.Should().NotContain(f => f.Key == "cement.replacement-ratio");
        result.Facts.Should().Contain(f => f.Key == "cement.replacement-capacity");
        var warning = result.Single("CB7118");
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        result.Emissions.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("""{"province":"340000"}""", "/activities/0/parameters/capacityReplacement")]
    [InlineData("""[{"province":"34000","catalogueClass":"allowed","capacity":"4000 t/d"}]""", "/activities/0/parameters/capacityReplacement/0/province")]
    [InlineData("""[{"province":"安徽","catalogueClass":"allowed","capacity":"4000 t/d"}]""", "/activities/0/parameters/capacityReplacement/0/province")]
    [InlineData("""[{"province":"340000","catalogueClass":"normal","capacity":"4000 t/d"}]""", "/activities/0/parameters/capacityReplacement/0/catalogueClass")]
    [InlineData("""[{"province":"340000","catalogueClass":"allowed","capacity":4000}]""", "/activities/0/parameters/capacityReplacement/0/capacity")]
    [InlineData("""[{"province":"340000","catalogueClass":"allowed","capacity":"4000 t"}]""", "/activities/0/parameters/capacityReplacement/0/capacity")]
    [InlineData("""[{"province":"340000","catalogueClass":"allowed","capacity":"-4000 t/d"}]""", "/activities/0/parameters/capacityReplacement/0/capacity")]
    [InlineData("""[{"province":"340000","catalogueClass":"allowed","capacity":"4000 t/d","ratio":2}]""", "/activities/0/parameters/capacityReplacement/0/ratio")]
    [InlineData("""[{"province":"340000","catalogueClass":"allowed","capacity":"4000 t/d","name":7}]""", "/activities/0/parameters/capacityReplacement/0/name")]
    [InlineData("""["340000"]""", "/activities/0/parameters/capacityReplacement/0")]
    public void Invalid_replacement_lists_are_errors_at_the_item(string json, string path)
    {
        var result = Calc.Run(Clinker().Q("clinkerCapacity", "5000 t/d").J("capacityReplacement", json));

        result.Emissions.Should().BeEmpty();
        result.Diagnostics.Should().Contain(d => d.Code == "CB7117" && d.Path == path && d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void An_unknown_kiln_type_is_an_error()
    {
        var result = Calc.Run(Clinker().C("kilnType", "rotary"));

        result.Single("CB7104").Path.Should().Be("/activities/0/parameters/kilnType");
    }

    [Fact]
    public void Capacity_in_tonnes_per_year_is_converted_and_in_tonnes_is_refused()
    {
        // 155万 t/a = 1 550 000 t / 365 d = 4 246.575… t/d (1 a = 365 d, an exact unit definition).
        Calc.Run(Clinker().Q("clinkerCapacity", "155万 t/a")).Facts.Single(f => f.Key == "cement.clinker-capacity")
            .Value.Quantity.In("t/d").Should().BeApproximately(1_550_000.0 / 365, 1e-9);
        Calc.Run(Clinker().Q("clinkerCapacity", "5000 t")).Single("CB7104").Path.Should().Be("/activities/0/parameters/clinkerCapacity");
    }
}
