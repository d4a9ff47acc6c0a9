using Carbon.Plugins.Lime.Tests.Support;
using Carbon.Sdk.Activities;

namespace Carbon.Plugins.Lime.Tests.Production;

/// <summary>
/// The rounding policy on the dolomitic (developing-country technology) row of Table 2.4: SR × content = 0.913 × 0.85 =
/// 0.77605 unrounded, printed 0.77. ipcc-tier2 computes and uses 0.77605; ipcc-tier1 uses the printed 0.77. Both show
/// both values and say which one was used.
/// </summary>
public class RoundingPolicyTests
{
    private static Line Dolomitic() => Line.Production("10000 t").C("limeType", "dolomitic").C("technology", "developing");

    [Fact]
    public void Tier2_uses_the_unrounded_product_and_shows_the_printed_value()
    {
        var result = TestLime.Run(Dolomitic(), method: "ipcc-tier2");

        // 0.913 × 0.85 = 0.77605 (ghg-methods.md §2.1 [D]); 10 000 t × 0.77605 × 1.02 = 7 915.71 t CO2
        result.Co2().Should().BeApproximately(7_915.71, 1e-9 * 7_915.71);
        var computed = result.Indicator("lime.ef.computed");
        var printed = result.Indicator("lime.ef.printed");
        computed.Value.Should().BeApproximately(0.77605, 1e-12);
        printed.Value.Should().Be(0.77);
        computed.Trace.Note!.En.Should().StartWith("Used");
        printed.Trace.Note!.En.Should().StartWith("Not used");
        var note = result.Emissions.Single().Trace.Note!.En;
        note.Should().Contain("0.913 × 0.85 = 0.77605").And.Contain("used (ipcc-tier2)").And.Contain("prints 0.77 (rounded), not used");
        note.Should().Contain("computed − printed = 0.00605");
        result.Emissions.Single().Trace.Factors.Should().Contain(f => f.Id == "ipcc2006.lime.dolomitic.developing.default-ef");
    }

    [Fact]
    public void Tier1_uses_the_printed_value_and_shows_the_unrounded_product()
    {
        var result = TestLime.Run(Dolomitic(), method: "ipcc-tier1");

        // 10 000 t × 0.77 (Table 2.4 printed, [C] value; developing-technology pairing [S]) = 7 700 t CO2; no CF_lkd in Tier 1
        result.Co2().Should().BeApproximately(7_700, 1e-9 * 7_700);
        result.Methodology.Should().Be("ipcc-tier1");
        result.Indicator("lime.ef.printed").Trace.Note!.En.Should().StartWith("Used");
        result.Indicator("lime.ef.computed").Trace.Note!.En.Should().StartWith("Not used");
        result.Indicator("lime.ef.computed").Value.Should().BeApproximately(0.77605, 1e-12);
        var trace = result.Emissions.Single().Trace;
        trace.Formula.Should().Be("CO2 = M × EF_lime");
        trace.Note!.En.Should().Contain("printed EF 0.77 used (ipcc-tier1)").And.Contain("0.77605 unrounded, not used");
        // printed − computed = 0.77 − 0.77605 = −0.00605
        trace.Note!.En.Should().Contain("printed − computed = -0.00605");
    }

    [Fact]
    public void The_two_methods_differ_by_the_rounding_and_the_lkd_factor_only()
    {
        var tier1 = TestLime.Run(Dolomitic(), method: "ipcc-tier1").Co2();
        var tier2 = TestLime.Run(Dolomitic(), method: "ipcc-tier2").Co2();

        // 7 915.71 / 7 700 = 1.028 = (0.77605 / 0.77) × 1.02 = 1.0078571… × 1.02
        (tier2 / tier1).Should().BeApproximately(0.77605 / 0.77 * 1.02, 1e-12);
    }

    [Fact]
    public void Host_default_methodology_can_be_tier1()
    {
        var plugin = TestLime.Plugin(defaultMethod: "ipcc-tier1");
        var result = plugin.GetCalculator("lime.production")!.Calculate(Dolomitic(), TestCalculationContext.Over(plugin.DataSets[0]));

        plugin.Metadata.DefaultMethodology.Should().Be("ipcc-tier1");
        result.Methodology.Should().Be("ipcc-tier1");
        result.Co2().Should().BeApproximately(7_700, 1e-9 * 7_700);
    }

    [Fact]
    public void Project_choice_beats_the_host_default()
    {
        var plugin = TestLime.Plugin(defaultMethod: "ipcc-tier1");
        var result = plugin.GetCalculator("lime.production")!.Calculate(Dolomitic(), TestCalculationContext.Over(plugin.DataSets[0], "ipcc-tier2"));

        result.Methodology.Should().Be("ipcc-tier2");
        result.Co2().Should().BeApproximately(7_915.71, 1e-9 * 7_915.71);
    }

    [Fact]
    public void Trace_inputs_let_a_reviewer_redo_the_tier2_arithmetic()
    {
        var trace = TestLime.Run(Dolomitic()).Emissions.Single().Trace;

        // Product of M, EF_lime, CF_lkd from the trace alone reproduces the emission: 10 000 × 0.77605 × 1.02 = 7 915.71.
        var m = trace.Inputs.Single(i => i.Name == "M").Value;
        var sr = trace.Inputs.Single(i => i.Name == "SR");
        var content = trace.Inputs.Single(i => i.Name == "content");
        var cf = trace.Inputs.Single(i => i.Name == "CF_lkd").Value;
        sr.Origin.Should().Be(InputOrigin.Default);
        content.Origin.Should().Be(InputOrigin.Default);
        (m * sr.Value * content.Value * cf).Should().BeApproximately(7_915.71, 1e-9 * 7_915.71);
    }
}
