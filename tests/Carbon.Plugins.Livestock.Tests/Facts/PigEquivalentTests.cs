using Carbon.Plugins.Livestock.Tests.Support;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Livestock.Tests.Facts;

/// <summary>GB 18596-2001 §1.2.2 pig equivalents [C]: 30 layers = 1 pig, 60 broilers = 1 pig, 1 dairy cow = 10 pigs, 1 beef cow = 5 pigs.</summary>
public class PigEquivalentTests
{
    private static double PigEquivalents(HerdLineBuilder line)
    {
        var result = Herds.Run(line);
        var fact = result.Fact("livestock.pig-equivalents");
        var indicator = result.Indicators.Single(i => i.Id == "livestock.pig-equivalents");
        indicator.Value.Should().Be(fact.Value.Quantity.Value);
        return fact.Value.Quantity.Value;
    }

    [Fact]
    public void Mixed_farm_lines_add_up()
    {
        var lines = new[]
        {
            PigEquivalents(HerdLineBuilder.Of("layers", "3000 head")),        // 3 000 / 30 = 100
            PigEquivalents(HerdLineBuilder.Of("broilers", "600 head")),       // 600 / 60 = 10
            PigEquivalents(HerdLineBuilder.Of("dairy-cattle", "10 head")),    // 10 × 10 = 100
            PigEquivalents(HerdLineBuilder.Of("beef-cattle", "20 head")),     // 20 × 5 = 100
            PigEquivalents(HerdLineBuilder.Of("swine-market", "500 head")),   // 500 × 1 = 500
            PigEquivalents(HerdLineBuilder.Of("swine-breeding", "50 head")),  // 50 × 1 = 50
        };

        lines.Should().Equal(100, 10, 100, 100, 500, 50);
        lines.Sum().Should().Be(860); // the farm: 100 + 10 + 100 + 100 + 500 + 50
    }

    [Fact]
    public void The_trace_cites_GB_18596()
    {
        var indicator = Herds.Run(HerdLineBuilder.Of("layers", "3000 head")).Indicators.Single(i => i.Id == "livestock.pig-equivalents");
        indicator.Trace.Formula.Should().Be("PE = N_given / r_animals/pig");
        indicator.Trace.Factors.Should().ContainSingle(f => f.Id == "livestock.gb18596.animals-per-pig.layers" && f.Value == 30 && f.Status == DataStatus.Confirmed);
        indicator.Unit.Should().Be("head");
    }

    [Fact]
    public void Sheep_ratio_is_unconfirmed_and_used_only_when_allowed()
    {
        var refused = Herds.Run(HerdLineBuilder.Of("sheep", "30 head"));
        refused.Facts.Should().NotContain(f => f.Key == "livestock.pig-equivalents");
        refused.Single("CB7428").Severity.Should().Be(DiagnosticSeverity.Warning);

        var allowed = Herds.Run(HerdLineBuilder.Of("sheep", "30 head").Bool("allowUnconfirmed", true));
        allowed.Fact("livestock.pig-equivalents").Value.Quantity.Value.Should().Be(10); // 30 / 3 (UNCONFIRMED ratio)
        allowed.Diagnostics.Should().Contain(d => d.Code == "CB7413" && d.Message.En.Contains("animals-per-pig.sheep", StringComparison.Ordinal));
    }

    [Fact]
    public void Goats_have_no_ratio()
    {
        var result = Herds.Run(HerdLineBuilder.Of("goats", "30 head"));
        result.Single("CB7423").Severity.Should().Be(DiagnosticSeverity.Info);
        result.Facts.Should().NotContain(f => f.Key == "livestock.pig-equivalents");
    }

    [Fact]
    public void Pig_equivalents_are_on_the_basis_the_line_gives()
    {
        var result = Herds.Run(HerdLineBuilder.Of("swine-market", "10000 head", "sold").Quantity("daysAlive", "180 d"));
        result.Fact("livestock.pig-equivalents").Value.Quantity.Value.Should().Be(10000); // 10 000 sold × 1, not the average population
        result.Indicators.Single(i => i.Id == "livestock.pig-equivalents").Trace.Note.Should().Match<Carbon.Sdk.LocalizedText>(n => n.Zh.Contains("出栏", StringComparison.Ordinal) && n.En.Contains("head sold per year", StringComparison.Ordinal));
    }
}
