using Carbon.Plugins.Lime.Tests.Support;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Facts;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Lime.Tests.Kiln;

/// <summary>lime.kiln: facts for zoning, no emissions.</summary>
public class KilnTests
{
    private static Line TwinShaft() => Line.Kiln("300 t/d").C("kilnType", "twin-shaft").N("count", 2).T("fuel", "natural-gas")
        .J("replacesKilns", """["ordinary-shaft","ordinary-shaft","ordinary-shaft"]""").Q("replacedCapacity", "450 t/d");

    [Fact]
    public void Declares_every_fact_with_its_path()
    {
        var result = TestLime.Run(TwinShaft());

        result.Emissions.Should().BeEmpty();
        result.Diagnostics.Should().BeEmpty();
        var facts = result.Facts.ToDictionary(f => f.Key);
        facts.Keys.Should().BeEquivalentTo("lime.kiln-type", "lime.kiln-capacity", "lime.kiln-count", "lime.fuel", "lime.replaces-kilns", "lime.replaced-capacity");
        facts["lime.kiln-type"].Value.Text.Should().Be("twin-shaft");
        facts["lime.kiln-type"].Path.Should().Be(Line.P("kilnType"));
        facts["lime.kiln-capacity"].Value.Quantity.In("t/d").Should().BeApproximately(300, 1e-9);
        facts["lime.kiln-capacity"].Path.Should().Be("/activities/0/amount");
        facts["lime.kiln-count"].Value.Quantity.Value.Should().Be(2);
        facts["lime.fuel"].Value.Text.Should().Be("natural-gas");
        facts["lime.replaces-kilns"].Value.Kind.Should().Be(FactKind.TextList);
        facts["lime.replaces-kilns"].Value.Items.Should().Equal("ordinary-shaft", "ordinary-shaft", "ordinary-shaft");
        facts["lime.replaced-capacity"].Value.Quantity.In("t/d").Should().BeApproximately(450, 1e-9);
    }

    [Fact]
    public void Capacity_per_year_is_converted_to_per_day()
    {
        var result = TestLime.Run(Line.Kiln("10.95万 t/a").C("kilnType", "rotary"));

        // 109 500 t/a ÷ 365 d/a = 300 t/d (1 a = 365 d is the unit definition)
        result.Facts.Single(f => f.Key == "lime.kiln-capacity").Value.Quantity.In("t/d").Should().BeApproximately(300, 1e-9);
        result.Facts.Single(f => f.Key == "lime.kiln-count").Value.Quantity.Value.Should().Be(1);
    }

    [Theory]
    [InlineData("earth")]
    [InlineData("ordinary-shaft")]
    [InlineData("mechanised-shaft")]
    [InlineData("twin-shaft")]
    [InlineData("annular-shaft")]
    [InlineData("rotary")]
    public void Every_documented_kiln_type_is_accepted(string type)
    {
        TestLime.Run(Line.Kiln("100 t/d").C("kilnType", type)).Facts.Single(f => f.Key == "lime.kiln-type").Value.Text.Should().Be(type);
    }

    [Fact]
    public void CB7203_capacity_must_be_mass_per_time()
    {
        var result = TestLime.Run(Line.Kiln("300 t").C("kilnType", "rotary"));

        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == "CB7203" && d.Path == "/activities/0/amount");
    }

    [Fact]
    public void CB7206_capacity_zero()
    {
        var result = TestLime.Run(Line.Kiln("0 t/d").C("kilnType", "rotary"));

        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("CB7206");
    }

    [Fact]
    public void CB7209_kiln_type_required()
    {
        var result = TestLime.Run(Line.Kiln("300 t/d"));

        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == "CB7209" && d.Path == Line.P("kilnType"));
    }

    [Fact]
    public void CB7207_unknown_kiln_type()
    {
        var result = TestLime.Run(Line.Kiln("300 t/d").C("kilnType", "tunnel"));

        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("CB7207");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1.5)]
    public void CB7231_count_must_be_positive_whole(double count)
    {
        var result = TestLime.Run(Line.Kiln("300 t/d").C("kilnType", "rotary").N("count", count));

        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == "CB7231" && d.Path == Line.P("count"));
    }

    [Theory]
    [InlineData("\"ordinary-shaft\"", "/activities/0/parameters/replacesKilns")]
    [InlineData("[\"ordinary-shaft\", \"beehive\"]", "/activities/0/parameters/replacesKilns/1")]
    [InlineData("[3]", "/activities/0/parameters/replacesKilns/0")]
    public void CB7230_replaced_kilns_must_be_kiln_ids(string json, string path)
    {
        var result = TestLime.Run(Line.Kiln("300 t/d").C("kilnType", "rotary").J("replacesKilns", json));

        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == "CB7230" && d.Path == path);
    }

    [Fact]
    public void CB7205_fuel_must_be_text()
    {
        var result = TestLime.Run(Line.Kiln("300 t/d").C("kilnType", "rotary").N("fuel", 3));

        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == "CB7205" && d.Path == Line.P("fuel"));
    }

    [Fact]
    public void Kiln_amount_dimension_is_documented_as_capacity()
    {
        var kind = new LimePlugin().ActivityKinds.Single(k => k.Kind == "lime.kiln");

        kind.AmountDimension.Should().Be(Dimension.OfMass / Dimension.OfTime);
        kind.AmountUnit.Should().Be("t/d");
    }
}
