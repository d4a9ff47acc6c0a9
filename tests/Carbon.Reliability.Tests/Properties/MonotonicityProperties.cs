using Carbon.Reliability.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Carbon.Reliability.Tests.Support.ProjectJson;

namespace Carbon.Reliability.Tests.Properties;

/// <summary>More fuel, more clinker, more lime or a larger oxide content never gives less CO2.</summary>
public class MonotonicityProperties
{
    private static readonly ICarbonEngine Engine = Engines.Shared;

    public static TheoryData<string, string> Fuels() => new()
    {
        { "coal.raw", "t" }, { "coke", "t" }, { "crude-oil", "t" }, { "fuel-oil", "t" }, { "gasoline", "t" }, { "kerosene", "t" },
        { "diesel", "t" }, { "lpg", "t" }, { "refinery-gas", "t" }, { "natural-gas", "万Nm³" }, { "electricity", "kWh" },
    };

    [Theory]
    [MemberData(nameof(Fuels))]
    public void More_of_a_carrier_never_gives_less_CO2(string carrier, string unit)
    {
        double Co2(double amount) => Engine.Assess(With(energy: $$"""{ "carrier": "{{carrier}}", "amount": "{{N(amount)}} {{unit}}" }""")).Valid().Emissions!.Totals.Co2Tonnes;

        var property = Prop.ForAll(Arb.From(Gen.Two(Amounts.Positive)), ((double A, double Extra) c) => Co2(c.A + c.Extra) >= Co2(c.A));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(25), property);
    }

    [Property(MaxTest = 40)]
    public Property More_clinker_or_lime_never_gives_less_CO2() => Prop.ForAll(
        Arb.From(Gen.Two(Amounts.Positive)),
        ((double A, double Extra) c) =>
        {
            double Co2(double amount) => Engine.Assess(With(activities: $$"""
                { "kind": "cement.clinker", "amount": "{{N(amount)}} t", "parameters": { "caoFraction": "65 %", "mgoFraction": "2 %", "nonCarbonateCaoFraction": "0 %", "nonCarbonateMgoFraction": "0 %" } },
                { "kind": "lime.production", "amount": "{{N(amount)}} t", "parameters": { "limeType": "high-calcium" } }
                """)).Valid().Emissions!.Totals.Co2Tonnes;
            return Co2(c.A + c.Extra) >= Co2(c.A);
        });

    [Property(MaxTest = 40)]
    public Property A_larger_CaO_fraction_never_gives_less_CO2() => Prop.ForAll(
        Arb.From(Gen.Two(Gen.Choose(0, 1000))),
        ((int A, int B) permille) =>
        {
            var (low, high) = (Math.Min(permille.A, permille.B), Math.Max(permille.A, permille.B));
            double Co2(int cao) => Engine.Assess(With(activities: $$"""
                { "kind": "cement.clinker", "amount": "100万 t", "parameters": { "caoFraction": "{{cao}} ‰", "mgoFraction": "0 %", "nonCarbonateCaoFraction": "0 %", "nonCarbonateMgoFraction": "0 %" } }
                """)).Valid().Emissions!.Totals.Co2Tonnes;
            return Co2(high) >= Co2(low);
        });
}
