using Carbon.Plugins.Concrete.Tests.Support;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Facts;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Concrete.Tests;

/// <summary>The ready-mix line: no gas, the output indicator, and the station's facts for zoning.</summary>
public sealed class ReadyMixCalculatorTests
{
    [Fact]
    public void A_plain_line_emits_no_gas_and_reports_its_output()
    {
        // ghg-methods.md §3.1: mixing has no calcination, so no process CO2; energy is the core's.
        var result = Run.ReadyMix(new LineBuilder("60万 m³").Build());

        result.Emissions.Should().BeEmpty();
        result.Diagnostics.Should().BeEmpty();
        result.Facts.Should().BeEmpty("no station fact was given, and none is ever defaulted");
        result.Methodology.Should().Be("gb36888-2018");
        var output = result.Indicators.Should().ContainSingle().Subject;
        output.Id.Should().Be("concrete.output");

        // 60万 m³ = 60 × 10 000 = 600 000 m³.
        output.Value.Should().Be(600_000);
        output.Unit.Should().Be("m³");
        output.Name.Zh.Should().Contain("未分强度等级");
        output.Trace.Inputs.Should().ContainSingle().Which.Should().Be(new TraceInput("V", 600_000, "m³", InputOrigin.Project, "/activities/0/amount"));
    }

    [Fact]
    public void The_output_indicator_names_the_strength_class()
    {
        var result = Run.ReadyMix(new LineBuilder("45万 m³").Choice("strengthClass", "C30").Build());

        var output = result.Indicators.Single();
        output.Name.Should().Be(new Carbon.Sdk.LocalizedText("预拌混凝土产量（C30）", "Ready-mix concrete output (C30)"));
        output.Value.Should().Be(450_000);
    }

    [Fact]
    public void Every_station_parameter_becomes_its_documented_fact_with_its_path()
    {
        var line = new LineBuilder("60万 m³")
            .Bool("enclosedStorage", true)
            .Bool("enclosedMixing", true)
            .Bool("dustCollectors", false)
            .Bool("washWaterRecycling", true)
            .Quantity("distanceToHomes", "0.42 km")
            .Bool("inPark", true)
            .Bool("upgradeOfExisting", false)
            .Number("mixingLines", 2)
            .Quantity("dustEmission", "0.86 t/a")
            .Choice("dustEmissionBasis", "permitted");
        var result = Run.ReadyMix(line.Build());

        result.Diagnostics.Should().BeEmpty();
        var facts = result.Facts.ToDictionary(f => f.Key);
        facts.Keys.Should().BeEquivalentTo(
            "concrete.enclosed-storage", "concrete.enclosed-mixing", "concrete.dust-collectors", "concrete.wash-water-recycling",
            "concrete.distance-to-homes", "concrete.in-park", "concrete.upgrade-of-existing", "concrete.mixing-lines",
            "concrete.dust-emission", "concrete.dust-emission-basis");
        facts["concrete.enclosed-storage"].Value.Should().Be(FactValue.Of(true));
        facts["concrete.enclosed-mixing"].Value.Should().Be(FactValue.Of(true));
        facts["concrete.dust-collectors"].Value.Should().Be(FactValue.Of(false));
        facts["concrete.wash-water-recycling"].Value.Should().Be(FactValue.Of(true));
        facts["concrete.in-park"].Value.Should().Be(FactValue.Of(true));
        facts["concrete.upgrade-of-existing"].Value.Should().Be(FactValue.Of(false));

        // 0.42 km = 420 m.
        facts["concrete.distance-to-homes"].Value.Quantity.In("m").Should().BeApproximately(420, 1e-9 * 420);
        facts["concrete.mixing-lines"].Value.Quantity.Should().Be(new Quantity(2, Dimension.None));

        // 0.86 t/a, read back in t/a (canonical t/d: 0.86 / 365).
        facts["concrete.dust-emission"].Value.Quantity.In("t/a").Should().BeApproximately(0.86, 1e-9 * 0.86);
        facts["concrete.dust-emission-basis"].Value.Should().Be(FactValue.Of("permitted"));
        foreach (var fact in result.Facts)
        {
            fact.Path.Should().StartWith("/activities/0/parameters/");
        }

        facts["concrete.distance-to-homes"].Path.Should().Be("/activities/0/parameters/distanceToHomes");
    }

    [Fact]
    public void The_methodology_named_by_the_project_is_accepted()
    {
        var methods = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("concrete", "gb36888-2018");
        var result = Run.ReadyMix(new LineBuilder("1 m³").Build(), methods: methods);
        result.Diagnostics.Should().BeEmpty();
        result.Methodology.Should().Be("gb36888-2018");
    }

    [Fact]
    public void An_error_anywhere_takes_nothing_from_the_line_and_reports_every_problem()
    {
        var line = new LineBuilder("60万 m³")
            .Bool("inPark", true)
            .Number("mixingLines", 1.5)
            .Quantity("distanceToHomes", "-5 m");
        var result = Run.ReadyMix(line.Build());

        result.Facts.Should().BeEmpty();
        result.Indicators.Should().BeEmpty();
        result.Emissions.Should().BeEmpty();
        result.Diagnostics.Select(d => d.Code).Should().BeEquivalentTo("CB7304", "CB7305");
        result.Diagnostics.Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void The_calculator_is_thread_safe_and_pure()
    {
        var plugin = new ConcretePlugin();
        var input = new LineBuilder("45万 m³").Choice("strengthClass", "C30").Json("embodied", """{ "cementPerM3": "300 kg", "sandPerM3": "760 kg" }""").Build();
        var expected = ResultText.Of(Run.ReadyMix(input, plugin));
        var texts = new string[64];
        Parallel.For(0, texts.Length, i => texts[i] = ResultText.Of(Run.ReadyMix(input, plugin)));
        texts.Should().OnlyContain(t => t == expected);
    }
}
