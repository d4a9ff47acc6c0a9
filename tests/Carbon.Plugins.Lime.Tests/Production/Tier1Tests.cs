using Carbon.Plugins.Lime.Tests.Support;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Lime.Tests.Production;

/// <summary>lime.production under ipcc-tier1: CO2 = M × printed Table 2.4 EF, or the 85/15 generic mix.</summary>
public class Tier1Tests
{
    [Theory]
    [InlineData("high-calcium", null, 0.75)] // Table 2.4 [C]
    [InlineData("dolomitic", "developed", 0.86)] // Table 2.4 [C] value, pairing [S]
    [InlineData("dolomitic", "developing", 0.77)] // Table 2.4 [C] value, pairing [S]
    [InlineData("hydraulic", null, 0.59)] // Table 2.4 [C]
    public void Printed_default_per_lime_type(string type, string? technology, double printed)
    {
        var line = Line.Production("100000 t").C("limeType", type);
        if (technology is not null)
        {
            line.C("technology", technology);
        }

        var result = TestLime.Run(line, method: "ipcc-tier1");

        // 100 000 t × printed EF, e.g. 100 000 × 0.75 = 75 000 t CO2 (ghg-methods.md §2.1 Table 2.4)
        var expected = 100_000 * printed;
        result.Co2().Should().BeApproximately(expected, 1e-9 * expected);
        result.Indicator("lime.ef.printed").Value.Should().Be(printed);
        result.Emissions.Single().Trace.Factors.Should().ContainSingle().Which.Value.Should().Be(printed);
    }

    [Fact]
    public void Generic_mix_when_type_unknown_with_unconfirmed_status_carried()
    {
        var result = TestLime.Run(Line.Production("100000 t"), method: "ipcc-tier1", allowUnconfirmed: true);

        // EF = 0.85 × 0.75 + 0.15 × 0.77 = 0.6375 + 0.1155 = 0.7530 t CO2/t lime (ghg-methods.md §2.1 / §6.2 [D]);
        // which dolomitic EF enters the mix is UNCONFIRMED, so the result carries that status.
        // 100 000 t × 0.7530 = 75 300 t CO2
        result.Co2().Should().BeApproximately(75_300, 1e-9 * 75_300);
        result.Indicator("lime.ef.printed").Value.Should().BeApproximately(0.7530, 1e-12);
        var trace = result.Emissions.Single().Trace;
        trace.UsesUnconfirmed.Should().BeTrue();
        trace.Factors.Single(f => f.Id == "ipcc2006.lime.generic-mix.dolomitic-ef").Status.Should().Be(DataStatus.Unconfirmed);
        trace.Factors.Single(f => f.Id == "ipcc2006.lime.generic-mix.high-calcium-share").Status.Should().Be(DataStatus.Confirmed);
        trace.Note!.En.Should().Contain("0.85 × 0.75 + 0.15 × 0.77 = 0.753").And.Contain("UNCONFIRMED");
        var warning = result.Diagnostics.Single(d => d.Code == "CB7219");
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.Path.Should().Be(Line.P("limeType"));
    }

    [Fact]
    public void Generic_mix_is_refused_unless_unconfirmed_defaults_are_allowed()
    {
        var result = TestLime.Run(Line.Production("100000 t"), method: "ipcc-tier1");

        result.Emissions.Should().BeEmpty();
        var d = result.Diagnostics.Single();
        d.Code.Should().Be("CB7218");
        d.Path.Should().Be(Line.P("limeType"));
    }

    [Fact]
    public void Tier1_has_no_lkd_correction()
    {
        var result = TestLime.Run(Line.Production("100000 t").C("limeType", "high-calcium"), method: "ipcc-tier1");

        result.Emissions.Single().Trace.Factors.Should().NotContain(f => f.Id == "ipcc2006.lime.lkd.correction-factor");
        result.Co2().Should().BeApproximately(75_000, 1e-9 * 75_000);
    }
}
