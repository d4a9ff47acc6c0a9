using System.Text.Json;
using Carbon.Reliability.Tests.Support;
using Carbon.Reports;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Carbon.Reliability.Tests.Support.ProjectJson;

namespace Carbon.Reliability.Tests.Properties;

/// <summary>
/// No NaN or infinity ever reaches a report: projects built from random magnitudes up to the limits (1e15 as written,
/// in t, Mt, 万t, 亿t, kg, g; outputs down to 1e-15 g) either assess to finite numbers or are refused with a diagnostic —
/// never an exception.
/// </summary>
public class FiniteReportProperties
{
    private static readonly ICarbonEngine Engine = Engines.Shared;

    private static readonly string[] MassUnits = ["t", "kg", "g", "Mt", "万t", "亿t", "kt"];

    private static readonly Gen<string> Mass =
        from mantissa in Gen.Choose(1, 999)
        from exponent in Gen.Choose(-15, 13)
        from unit in Gen.Elements(MassUnits)
        select $"{mantissa}e{exponent} {unit}";

    [Property(MaxTest = 300)]
    public Property Extreme_amounts_give_finite_numbers_or_a_diagnostic() => Prop.ForAll(
        Arb.From(from coal in Mass from clinker in Mass from output in Mass from lime in Mass from kwh in Gen.Choose(-15, 15) select (coal, clinker, output, lime, kwh)),
        ((string Coal, string Clinker, string Output, string Lime, int Kwh) c) =>
        {
            var json = With(
                products: $$"""{ "product": "cement.clinker", "output": "{{c.Output}}" }""",
                energy: $$"""{ "carrier": "coal.raw", "amount": "{{c.Coal}}" }, { "carrier": "electricity", "amount": "9e{{c.Kwh}} TWh" }""",
                activities: $$"""
                    { "kind": "cement.clinker", "amount": "{{c.Clinker}}", "parameters": { "caoFraction": "65 %", "mgoFraction": "2 %", "nonCarbonateCaoFraction": "0 %", "nonCarbonateMgoFraction": "0 %" } },
                    { "kind": "lime.production", "amount": "{{c.Lime}}", "parameters": { "limeType": "high-calcium" } }
                    """);

            var report = Engine.Assess(json);
            var bytes = ReportJson.SerializeToUtf8Bytes(report); // throws on NaN or infinity
            return (report.HasErrors
                ? report.Diagnostics.Any(d => d.Code == "CB2001")
                : AllNumbersFinite(bytes) && double.IsFinite(report.Emissions!.Totals.Co2eTonnes)).Label(json);
        });

    [Fact]
    public void A_billion_megatonnes_of_coal_over_the_smallest_output_is_a_finite_report()
    {
        // 1e9 Mt = 1e15 t of coal and clinker (the largest canonical magnitude) over 1e-27 kg = 1e-30 t of clinker (the
        // smallest): every product with a factor (NCV ~20 GJ/t, 26 tC/TJ, 44/12) and every intensity (~1e45) stays far
        // below 1e308. The clinker alone emits 1e15 t × (0.785 + 1.092) t CO2/t (100 % CaO, 100 % MgO) > 1e15 t.
        var report = Engine.Assess(With(
            products: """{ "product": "cement.clinker", "output": "1e-27 kg" }""",
            energy: """{ "carrier": "coal.raw", "amount": "1e9 Mt" }""",
            activities: """{ "kind": "cement.clinker", "amount": "1e9 Mt", "parameters": { "caoFraction": "100 %", "mgoFraction": "100 %", "nonCarbonateCaoFraction": "0 %", "nonCarbonateMgoFraction": "0 %" } }""")).Valid();

        AllNumbersFinite(ReportJson.SerializeToUtf8Bytes(report)).Should().BeTrue();
        report.Emissions!.Intensities.Should().OnlyContain(i => double.IsFinite(i.Value));
        report.Emissions.Totals.Co2eTonnes.Should().BeGreaterThan(1e15);
    }

    private static bool AllNumbersFinite(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.Number && !(reader.TryGetDouble(out var d) && double.IsFinite(d)))
            {
                return false;
            }
        }

        return true;
    }
}
