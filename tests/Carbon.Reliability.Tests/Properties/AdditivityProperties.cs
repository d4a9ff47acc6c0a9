using Carbon.Reliability.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Carbon.Reliability.Tests.Support.ProjectJson;

namespace Carbon.Reliability.Tests.Properties;

/// <summary>
/// Splitting an activity or energy line into parts (random weights) leaves the emissions and energy totals unchanged:
/// every method the bundled plugins implement is linear in the line's amount.
/// </summary>
public class AdditivityProperties
{
    private static readonly ICarbonEngine Engine = Engines.Shared;

    public static TheoryData<string> Lines() => new()
    {
        // kind | parameters | methods
        """cement.clinker|{ "caoFraction": "64.5 %", "mgoFraction": "1.8 %", "nonCarbonateCaoFraction": "1 %", "nonCarbonateMgoFraction": "0.2 %" }|"cement": "china-2013" """,
        """cement.clinker|{ "caoFraction": "65 %" }|"cement": "ipcc-tier2" """,
        """cement.clinker|{}|"cement": "ipcc-tier1" """,
        """cement.raw-meal-carbon|{ "nonFuelCarbonFraction": "0.2 %" }|"cement": "china-2013" """,
        """cement.alternative-fuel|{ "heatingValue": "20 GJ/t", "emissionFactor": "0.08 tCO2/GJ", "nonBiomassCarbonShare": "60 %" }|"cement": "china-2013" """,
        """lime.production|{ "limeType": "high-calcium" }|"lime": "ipcc-tier2" """,
        """lime.production|{ "limeType": "dolomitic", "technology": "developed" }|"lime": "ipcc-tier1" """,
        """lime.carbonate-input|{ "carbonate": "calcite", "carbonateContent": "96 %", "calcinationFraction": "98 %" }|"lime": "ipcc-tier3" """,
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Splitting_an_activity_line_keeps_the_emissions(string line)
    {
        var parts = line.Split('|');
        var (kind, parameters, methods) = (parts[0], parts[1], parts[2].Trim());
        var options = DefaultOptions + ", \"methods\": { " + methods + " }";
        string Activity(double amount) => $$"""{ "kind": "{{kind}}", "amount": "{{N(amount)}} t", "parameters": {{parameters}} }""";

        var property = Prop.ForAll(Arb.From(Amounts.Positive.Zip(Amounts.Weights)), ((double Amount, int[] Weights) c) =>
        {
            var whole = Engine.Assess(With(activities: Activity(c.Amount), options: options)).Valid();
            var total = c.Weights.Sum();
            var split = Engine.Assess(With(activities: string.Join(", ", c.Weights.Select(w => Activity(c.Amount * w / total))), options: options)).Valid();
            return Amounts.Close(split.Emissions!.Totals.Co2eTonnes, whole.Emissions!.Totals.Co2eTonnes)
                .Label($"{kind}: whole {whole.Emissions.Totals.Co2eTonnes} vs split {split.Emissions.Totals.Co2eTonnes}");
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(30), property);
    }

    [Property(MaxTest = 40)]
    public Property Splitting_energy_lines_keeps_energy_and_emissions() => Prop.ForAll(
        Arb.From(Amounts.Positive.Zip(Amounts.Weights)),
        ((double Amount, int[] Weights) c) =>
        {
            string Lines(double amount) => $$"""
                { "carrier": "diesel", "amount": "{{N(amount)}} t" }, { "carrier": "electricity", "amount": "{{N(amount)}} MWh" },
                { "carrier": "natural-gas", "amount": "{{N(amount)}} 万Nm³", "ncv": "389.31 GJ/万Nm³" }
                """;
            var whole = Engine.Assess(With(energy: Lines(c.Amount))).Valid();
            var total = c.Weights.Sum();
            var split = Engine.Assess(With(energy: string.Join(", ", c.Weights.Select(w => Lines(c.Amount * w / total))))).Valid();
            return Amounts.Close(split.Energy!.Totals.EquivalentTce, whole.Energy!.Totals.EquivalentTce)
                && Amounts.Close(split.Emissions!.Totals.Co2eTonnes, whole.Emissions!.Totals.Co2eTonnes);
        });
}
