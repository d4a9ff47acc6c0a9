using Carbon.Plugins.Concrete.Tests.Support;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Concrete.Tests;

/// <summary>
/// The embodied (cradle-to-gate) product footprint: hand-worked from GB/T 51366-2019 factors, reported as indicators
/// with a full trace, and never as a gas emission.
/// </summary>
public sealed class EmbodiedFootprintTests
{
    private static Indicator PerM3(ActivityResult result) => result.Indicators.Single(i => i.Id == "concrete.embodied-footprint");

    private static Indicator Total(ActivityResult result) => result.Indicators.Single(i => i.Id == "concrete.embodied-footprint-total");

    [Fact]
    public void Cement_alone_gives_220_5_kg_per_cubic_metre()
    {
        // ghg-methods.md §3.3 [D]: 300 kg cement/m³ × 735 kg CO2e/t ÷ 1000 kg/t = 220.5 kg CO2e/m³ (735: GB/T 51366-2019 [C]).
        var line = new LineBuilder("1万 m³").Json("embodied", """{ "cementPerM3": "300 kg" }""");
        var result = Run.ReadyMix(line.Build());

        result.Diagnostics.Should().BeEmpty();
        var perM3 = PerM3(result);
        perM3.Value.Should().BeApproximately(220.5, 1e-9 * 220.5);
        perM3.Unit.Should().Be("kg CO2e/m³");
        perM3.Name.Zh.Should().Contain("产品碳足迹").And.Contain("从摇篮到大门");
        perM3.Name.En.Should().Contain("product carbon footprint").And.Contain("cradle-to-gate");

        // 220.5 kg CO2e/m³ × 10 000 m³ ÷ 1000 kg/t = 2 205 t CO2e.
        var total = Total(result);
        total.Value.Should().BeApproximately(2205, 1e-9 * 2205);
        total.Unit.Should().Be("t CO2e");
        total.Name.En.Should().Contain("not part of the operational emissions");
    }

    [Fact]
    public void The_embodied_view_never_enters_the_emissions()
    {
        var line = new LineBuilder("60万 m³").Choice("strengthClass", "C50").Json("embodied", """{ "basis": "strength-class" }""");
        var result = Run.ReadyMix(line.Build());

        result.Diagnostics.Should().BeEmpty();
        result.Emissions.Should().BeEmpty("a CO2e product footprint is an indicator, never a GasEmission");
        result.Indicators.Select(i => i.Id).Should().BeEquivalentTo("concrete.output", "concrete.embodied-footprint", "concrete.embodied-footprint-total");
        PerM3(result).Trace.Note!.En.Should().Contain("never added");
    }

    [Fact]
    public void The_trace_lets_a_reviewer_redo_the_arithmetic()
    {
        // 300 kg × 735 kg CO2e/t ÷ 1000 = 220.5; 760 kg × 2.51 kg CO2e/t ÷ 1000 = 1.9076; sum 222.4076 kg CO2e/m³.
        var line = new LineBuilder("45万 m³").Choice("strengthClass", "C30")
            .Json("embodied", """{ "sandPerM3": "760 kg", "cementPerM3": "0.3 t/m³" }""");
        var result = Run.ReadyMix(line.Build());

        var perM3 = PerM3(result);
        perM3.Value.Should().BeApproximately(222.4076, 1e-9 * 222.4076);
        var trace = perM3.Trace;
        trace.Formula.Should().Be("CF_m³ = m_cement × EF_cement / 1000 + m_sand × EF_sand / 1000 [kg CO2e/m³]", "shipped materials appear in a fixed order");
        var inputs = trace.Inputs.ToDictionary(i => i.Name);
        inputs["m_cement"].Value.Should().BeApproximately(300, 1e-9 * 300);
        inputs["m_cement"].Unit.Should().Be("kg/m³");
        inputs["m_cement"].Origin.Should().Be(InputOrigin.Project);
        inputs["m_cement"].Path.Should().Be("/activities/0/parameters/embodied/cementPerM3");
        inputs["EF_cement"].Should().Be(new TraceInput("EF_cement", 735, "kg CO2e/t", InputOrigin.Default));
        inputs["C_cement"].Value.Should().BeApproximately(220.5, 1e-9 * 220.5);
        inputs["m_sand"].Value.Should().BeApproximately(760, 1e-9 * 760);
        inputs["EF_sand"].Should().Be(new TraceInput("EF_sand", 2.51, "kg CO2e/t", InputOrigin.Default));
        inputs["C_sand"].Value.Should().BeApproximately(1.9076, 1e-9 * 1.9076);
        inputs["C_sand"].Origin.Should().Be(InputOrigin.Derived);

        trace.Factors.Select(f => f.Id).Should().Equal("concrete.gbt51366.cement-po", "concrete.gbt51366.sand");
        trace.Factors[0].Status.Should().Be(DataStatus.Confirmed);
        trace.Factors[1].Status.Should().Be(DataStatus.SingleSource);
        trace.Factors.Should().OnlyContain(f => f.DataSet == "concrete.gbt51366-2019" && f.DataSetVersion == "2019.1" && f.Source.Contains("GB/T 51366-2019", StringComparison.Ordinal));
        trace.Note!.En.Should().Contain("cradle-to-gate").And.Contain("C30").And.Contain("defaults");

        // The sand factor is [S]: the reader is told so (info CB7325), and the result stands.
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == "CB7325" && d.Severity == DiagnosticSeverity.Info && d.Path == "/activities/0/parameters/embodied/sandPerM3");

        // 222.4076 kg CO2e/m³ × 450 000 m³ ÷ 1000 = 100 083.42 t CO2e.
        var total = Total(result);
        total.Value.Should().BeApproximately(100_083.42, 1e-9 * 100_083.42);
        total.Trace.Inputs.Should().Contain(i => i.Name == "V" && i.Value == 450_000 && i.Path == "/activities/0/amount");
        total.Trace.Factors.Should().Equal(trace.Factors);
    }

    [Fact]
    public void Natural_gypsum_uses_its_single_source_factor()
    {
        // 10 kg × 32.8 kg CO2e/t ÷ 1000 = 0.328 kg CO2e/m³ (GB/T 51366-2019 天然石膏 [S]).
        var result = Run.ReadyMix(new LineBuilder("1 m³").Json("embodied", """{ "gypsumPerM3": "10 kg" }""").Build());
        PerM3(result).Value.Should().BeApproximately(0.328, 1e-9 * 0.328);
        result.Diagnostics.Should().ContainSingle(d => d.Code == "CB7325");
    }

    [Theory]
    // GB/T 51366-2019 whole-concrete factors [C]: C30 295 kg CO2e/m³, C50 385 kg CO2e/m³.
    [InlineData("C30", 295.0, "concrete.gbt51366.ready-mix.c30")]
    [InlineData("C50", 385.0, "concrete.gbt51366.ready-mix.c50")]
    public void The_strength_class_basis_uses_the_whole_concrete_factor(string strengthClass, double expected, string recordId)
    {
        var line = new LineBuilder("15万 m³").Choice("strengthClass", strengthClass).Json("embodied", """{ "basis": "strength-class" }""");
        var result = Run.ReadyMix(line.Build());

        result.Diagnostics.Should().BeEmpty("both factors are confirmed");
        var perM3 = PerM3(result);
        perM3.Value.Should().BeApproximately(expected, 1e-9 * expected);
        perM3.Trace.Formula.Should().Be("CF_m³ = EF_" + strengthClass);
        perM3.Trace.Factors.Should().ContainSingle().Which.Id.Should().Be(recordId);
        perM3.Trace.Note!.En.Should().Contain("Default");

        // C30: 295 × 150 000 ÷ 1000 = 44 250 t CO2e; C50: 385 × 150 000 ÷ 1000 = 57 750 t CO2e.
        var total = expected * 150_000 / 1000;
        Total(result).Value.Should().BeApproximately(total, 1e-9 * total);
    }

    [Fact]
    public void A_user_supplied_item_carries_its_own_citation_into_the_trace()
    {
        // Hypothetical figures, not data: 1 050 kg × 2 kg CO2e/t ÷ 1000 = 2.1; plus a transport footprint 5 kg CO2e/m³;
        // plus cement 300 kg × 735 ÷ 1000 = 220.5. Sum 227.6 kg CO2e/m³.
        const string json = """
            { "cementPerM3": "300 kg",
              "others": [
                { "name": "碎石 crushed stone", "perM3": "1050 kg", "factor": "2 kg CO2e/t", "source": "Supplier EPD No. X, table 3 (2024)" },
                { "name": "原材料运输 raw-material transport", "footprintPerM3": "5 kg CO2e/m³", "source": "Project logistics study (2025), §4" } ] }
            """;
        var result = Run.ReadyMix(new LineBuilder("1 m³").Json("embodied", json).Build());

        result.Diagnostics.Should().BeEmpty();
        var perM3 = PerM3(result);
        perM3.Value.Should().BeApproximately(227.6, 1e-9 * 227.6);
        perM3.Trace.Formula.Should().Be("CF_m³ = m_cement × EF_cement / 1000 + m_other1 × EF_other1 / 1000 + F_other2 [kg CO2e/m³]");
        var user = perM3.Trace.Factors.Where(f => f.Status == DataStatus.ProjectSupplied).ToList();
        user.Should().HaveCount(2);
        user[0].Id.Should().Be("project:/activities/0/parameters/embodied/others/0");
        user[0].Source.Should().Be("Supplier EPD No. X, table 3 (2024)");
        user[0].Value.Should().BeApproximately(2, 1e-9 * 2);
        user[0].Unit.Should().Be("kg CO2e/t");
        user[1].Value.Should().BeApproximately(5, 1e-9 * 5);
        user[1].Unit.Should().Be("kg CO2e/m³");
        perM3.Trace.Inputs.Should().Contain(i => i.Name == "EF_other1 (碎石 crushed stone)" && i.Path == "/activities/0/parameters/embodied/others/0/factor" && i.Origin == InputOrigin.Project);
        perM3.Trace.Inputs.Should().Contain(i => i.Name == "F_other2 (原材料运输 raw-material transport)" && i.Path == "/activities/0/parameters/embodied/others/1/footprintPerM3");
    }

    [Fact]
    public void A_user_factor_in_CO2_counts_as_CO2e_and_says_so()
    {
        // 100 kg × 10 kg CO2/t ÷ 1000 = 1 kg CO2e/m³ (the GWP of CO2 is 1 in every set).
        const string json = """{ "others": [ { "name": "粉煤灰 fly ash", "perM3": "100 kg", "factor": "10 kg CO2/t", "source": "Hypothetical test citation" } ] }""";
        var result = Run.ReadyMix(new LineBuilder("1 m³").Json("embodied", json).Build());

        PerM3(result).Value.Should().BeApproximately(1, 1e-9);
        PerM3(result).Trace.Note!.En.Should().Contain("counted as CO2e");
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("CB7326");
    }

    [Fact]
    public void An_unconfirmed_override_is_used_with_a_warning_by_default()
    {
        // A project override marked unconfirmed: 300 kg × 800 kg CO2e/t ÷ 1000 = 240 kg CO2e/m³, with warning CB7324.
        var result = Run.ReadyMix(new LineBuilder("1 m³").Json("embodied", """{ "cementPerM3": "300 kg" }""").Build(), overrides: [UnconfirmedCement()]);

        PerM3(result).Value.Should().BeApproximately(240, 1e-9 * 240);
        PerM3(result).Trace.UsesUnconfirmed.Should().BeTrue();
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == "CB7324" && d.Severity == DiagnosticSeverity.Warning);
    }

    internal static FactorRecord UnconfirmedCement(string unit = "kg CO2e/t") => new()
    {
        Id = "project.cement-override",
        Subject = "concrete.cement-po",
        Parameter = "embodied-co2e",
        Value = 800,
        Unit = unit,
        Source = new SourceCitation("Hypothetical override for tests"),
        Status = DataStatus.Unconfirmed,
    };
}
