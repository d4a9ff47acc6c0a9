using System.Text;
using Carbon.Reliability.Tests.Support;
using Carbon.Sdk.Factors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Carbon.Reliability.Tests.Support.ProjectJson;

namespace Carbon.Reliability.Tests.Properties;

/// <summary>
/// CO2e is linear in the GWP: with a test plugin that emits given tonnes of CH4 and N2O, the CO2e is
/// m × GWP(CH4) + n × GWP(N2O) for the shipped GWP records of every set, and scales with a GWP value a host overrides.
/// </summary>
public class GwpLinearityProperties
{
    private static readonly ICarbonEngine Engine = Engines.Create(extra: new GasTestPlugin());

    private static readonly string[] Sets = ["SAR", "AR4", "AR5", "AR6"];

    private static string Gas(double ch4, double n2o, string set) => With(
        activities: $$"""{ "kind": "gwptest.gas", "amount": "{{N(ch4)}} t", "parameters": { "n2o": "{{N(n2o)}} t" } }""",
        options: $$""" "gwpSet": "{{set}}" """);

    private static double Shipped(string set, string gas) =>
        Engine.Catalog.DataSets.SelectMany(d => d.Records).Single(r => r.Id == $"gwp.{set}.{gas}").Value;

    [Property(MaxTest = 60)]
    public Property CO2e_is_the_tonnes_times_the_shipped_GWP_of_the_chosen_set() => Prop.ForAll(
        Arb.From(from m in Amounts.Positive from n in Amounts.Positive from set in Gen.Elements(Sets) select (m, n, set)),
        ((double M, double N, string Set) c) =>
        {
            var report = Engine.Assess(Gas(c.M, c.N, c.Set)).Valid();

            // e.g. AR5: 1 000 t CH4 × 28 + 10 t N2O × 265 = 30 650 t CO2e (gwp.json, ghg-methods.md §5.4)
            var expected = (c.M * Shipped(c.Set, "CH4")) + (c.N * Shipped(c.Set, "N2O"));
            return Amounts.Close(report.Emissions!.Totals.Co2eTonnes, expected, 1e-12)
                .Label($"{c.Set}: {report.Emissions.Totals.Co2eTonnes} vs {expected}");
        });

    [Property(MaxTest = 40)]
    public Property CO2e_scales_with_the_tonnes() => Prop.ForAll(
        Arb.From(from m in Amounts.Positive from k in Gen.Choose(2, 1000) from set in Gen.Elements(Sets) select (m, k, set)),
        ((double M, int K, string Set) c) =>
        {
            var once = Engine.Assess(Gas(c.M, c.M / 10, c.Set)).Valid().Emissions!.Totals.Co2eTonnes;
            var scaled = Engine.Assess(Gas(c.M * c.K, c.M * c.K / 10, c.Set)).Valid().Emissions!.Totals.Co2eTonnes;
            return Amounts.Close(scaled, c.K * once, 1e-12);
        });

    [Property(MaxTest = 12)]
    public Property CO2e_scales_with_an_overridden_GWP_value() => Prop.ForAll(
        Arb.From(from whole in Gen.Choose(1, 2000) from tenths in Gen.Choose(0, 9) select whole + (tenths / 10.0)),
        gwp =>
        {
            var json = $$"""
                {"id":"override.gwp","version":"1","title":{"zh":"GWP 覆盖","en":"GWP override"},"source":{"document":"test"},
                 "records":[{"id":"override.gwp.AR5.CH4","subject":"gwp.AR5","parameter":"gwp100","gas":"CH4","value":{{N(gwp)}},"unit":"1","status":"confirmed"}]}
                """;
            DataSetReader.TryRead(Encoding.UTF8.GetBytes(json), out var set, out _).Should().BeTrue();
            var engine = Engines.Create(o => o.AdditionalDataSets.Add(set!), new GasTestPlugin());

            var report = engine.Assess(Gas(1000, 0, "AR5")).Valid();

            // 1 000 t CH4 × g: the override (a host's data, ranked above the shipped record) is the GWP used.
            return Amounts.Close(report.Emissions!.Totals.Co2eTonnes, 1000 * gwp, 1e-12)
                && report.Emissions.Lines.Single(l => l.Gas == "CH4").GwpRecord == "override.gwp.AR5.CH4";
        });
}
