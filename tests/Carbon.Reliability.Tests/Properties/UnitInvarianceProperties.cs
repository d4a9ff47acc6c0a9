using Carbon.Reliability.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Carbon.Reliability.Tests.Support.ProjectJson;

namespace Carbon.Reliability.Tests.Properties;

/// <summary>The same amounts written in other units (t, kg, 万t, kt; kWh, 万kWh, MWh, 度; 万Nm³, Nm³) give the same totals.</summary>
public class UnitInvarianceProperties
{
    private static readonly ICarbonEngine Engine = Engines.Shared;

    [Property(MaxTest = 60)]
    public Property Energy_lines_in_other_units_give_the_same_totals() => Prop.ForAll(
        Arb.From(Gen.Three(Amounts.Positive)),
        ((double Coal, double Kwh, double Gas) a) =>
        {
            var reference = Engine.Assess(With(energy: $$"""
                { "carrier": "coal.raw", "amount": "{{N(a.Coal)}} t" }, { "carrier": "electricity", "amount": "{{N(a.Kwh)}} kWh" },
                { "carrier": "natural-gas", "amount": "{{N(a.Gas)}} 万Nm³" }
                """)).Valid();
            string[] others =
            [
                $$"""{ "carrier": "coal.raw", "amount": "{{N(a.Coal * 1000)}} kg" }, { "carrier": "electricity", "amount": "{{N(a.Kwh / 1e4)}} 万kWh" }, { "carrier": "natural-gas", "amount": "{{N(a.Gas * 1e4)}} Nm³" }""",
                $$"""{ "carrier": "coal.raw", "amount": "{{N(a.Coal / 1e4)}}万 t" }, { "carrier": "electricity", "amount": "{{N(a.Kwh / 1000)}} MWh" }, { "carrier": "natural-gas", "amount": "{{N(a.Gas * 1e4)}} m³" }""",
                $$"""{ "carrier": "coal.raw", "amount": "{{N(a.Coal / 1000)}} kt" }, { "carrier": "electricity", "amount": "{{N(a.Kwh)}} 度" }, { "carrier": "natural-gas", "amount": "{{N(a.Gas)}}万 立方米" }""",
            ];
            return others.Select(energy => Engine.Assess(With(energy: energy)).Valid()).All(r =>
                Amounts.Close(r.Energy!.Totals.EquivalentTce, reference.Energy!.Totals.EquivalentTce)
                && Amounts.Close(r.Emissions!.Totals.Co2eTonnes, reference.Emissions!.Totals.Co2eTonnes));
        });

    [Property(MaxTest = 40)]
    public Property Activity_amounts_in_other_units_give_the_same_emissions() => Prop.ForAll(
        Arb.From(Gen.Two(Amounts.Positive)),
        ((double Clinker, double Lime) a) =>
        {
            static string Lines(string clinker, string lime) => $$"""
                { "kind": "cement.clinker", "amount": "{{clinker}}", "parameters": { "caoFraction": "65 %", "mgoFraction": "2 %", "nonCarbonateCaoFraction": "0 %", "nonCarbonateMgoFraction": "0 %" } },
                { "kind": "lime.production", "amount": "{{lime}}", "parameters": { "limeType": "high-calcium" } }
                """;
            var reference = Engine.Assess(With(activities: Lines($"{N(a.Clinker)} t", $"{N(a.Lime)} t"))).Valid();
            string[] others =
            [
                Lines($"{N(a.Clinker * 1000)} kg", $"{N(a.Lime / 1e4)}万 t"),
                Lines($"{N(a.Clinker / 1e4)} 万t", $"{N(a.Lime * 1000)} 公斤"),
                Lines($"{N(a.Clinker / 1e6)} Mt", $"{N(a.Lime)} 吨"),
            ];
            return others.Select(lines => Engine.Assess(With(activities: lines)).Valid())
                .All(r => Amounts.Close(r.Emissions!.Totals.Co2eTonnes, reference.Emissions!.Totals.Co2eTonnes));
        });
}
