using System.Globalization;
using System.Text;
using Carbon.Core.Tests.Support;
using Carbon.Reports;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Carbon.Core.Tests.Engine;

/// <summary>Same input and data → the same report, whatever the units, the split of lines or the culture.</summary>
public class DeterminismTests
{
    private static readonly ICarbonEngine Engine = Engines.Create(new TestPlugin());

    private const string Energy = """
        { "carrier": "coal.raw", "amount": "15万 t" },
        { "carrier": "diesel", "amount": "350 t", "stage": "transport" },
        { "carrier": "electricity", "amount": "9300万 kWh" },
        { "carrier": "steam", "amount": "5000 t", "enthalpy": "2777 kJ/kg" },
        { "carrier": "natural-gas", "amount": "120万 Nm³", "ncv": "38.5 MJ/Nm³" }
        """;

    [Fact]
    public void Output_is_byte_identical_under_any_culture()
    {
        var json = Engines.Project(products: """{ "product": "x.p", "output": "155万 t" }""", energy: Energy,
            activities: """{ "kind": "test.gas", "amount": "2.5 t", "parameters": { "n2o": "0.125 t" } }""");
        var original = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            var outputs = new List<byte[]>();
            foreach (var name in new[] { "", "zh-CN", "de-DE", "tr-TR", "ar-SA" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                outputs.Add(ReportJson.SerializeToUtf8Bytes(Engine.Assess(json)));
            }

            outputs.Should().AllSatisfy(o => o.Should().Equal(outputs[0]));
            Encoding.UTF8.GetString(outputs[0]).Should().Contain("\"co2eTonnes\"");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = original;
        }
    }

    [Fact]
    public void Same_project_in_other_units_gives_the_same_totals()
    {
        var a = Engine.Assess(Engines.Project(energy: """{ "carrier": "coal.raw", "amount": "150000 t" }, { "carrier": "electricity", "amount": "9300万 kWh" }"""));
        var b = Engine.Assess(Engines.Project(energy: """{ "carrier": "coal.raw", "amount": "150000000 kg" }, { "carrier": "electricity", "amount": "93000000 kWh" }"""));
        var c = Engine.Assess(Engines.Project(energy: """{ "carrier": "coal.raw", "amount": "15万 吨" }, { "carrier": "electricity", "amount": "93 GWh" }"""));
        foreach (var other in new[] { b, c })
        {
            other.Energy!.Totals.EquivalentTce.Should().BeApproximately(a.Energy!.Totals.EquivalentTce, 1e-9 * a.Energy.Totals.EquivalentTce);
            other.Emissions!.Totals.Co2eTonnes.Should().BeApproximately(a.Emissions!.Totals.Co2eTonnes, 1e-9 * a.Emissions.Totals.Co2eTonnes);
        }
    }

    [Property(MaxTest = 60)]
    public Property Splitting_a_line_in_two_keeps_the_totals(PositiveInt tonnes, PositiveInt kwh)
    {
        var whole = Engine.Assess(Engines.Project(energy: $$"""
            { "carrier": "coal.raw", "amount": "{{tonnes.Get}} t" }, { "carrier": "electricity", "amount": "{{kwh.Get}} kWh" }
            """));
        var halves = Engine.Assess(Engines.Project(energy: $$"""
            { "carrier": "coal.raw", "amount": "{{tonnes.Get / 2.0}} t" }, { "carrier": "coal.raw", "amount": "{{tonnes.Get / 2.0}} t" },
            { "carrier": "electricity", "amount": "{{kwh.Get / 2.0}} kWh" }, { "carrier": "electricity", "amount": "{{kwh.Get / 2.0}} kWh" }
            """));
        var e1 = whole.Energy!.Totals.EquivalentTce;
        var e2 = halves.Energy!.Totals.EquivalentTce;
        var c1 = whole.Emissions!.Totals.Co2eTonnes;
        var c2 = halves.Emissions!.Totals.Co2eTonnes;
        return (Math.Abs(e1 - e2) <= 1e-9 * e1 && Math.Abs(c1 - c2) <= 1e-9 * c1).ToProperty();
    }

    [Property(MaxTest = 60)]
    public Property More_fuel_never_gives_less_CO2(PositiveInt a, PositiveInt extra)
    {
        double Co2(int t) => Engine.Assess(Engines.Project(energy: $$"""{ "carrier": "diesel", "amount": "{{t}} t" }""")).Emissions!.Totals.Co2Tonnes;
        return (Co2(a.Get + extra.Get) >= Co2(a.Get)).ToProperty();
    }

    [Fact]
    public void Parallel_assessments_equal_the_sequential_ones()
    {
        var projects = Enumerable.Range(1, 200).Select(i => Engines.Project(energy: $$"""{ "carrier": "coal.raw", "amount": "{{i * 37}} t" }, { "carrier": "electricity", "amount": "{{i}}万 kWh" }""")).ToArray();
        var sequential = projects.Select(p => ReportJson.Serialize(Engine.Assess(p))).ToArray();
        var parallel = new string[projects.Length];
        Parallel.For(0, projects.Length, i => parallel[i] = ReportJson.Serialize(Engine.Assess(projects[i])));
        parallel.Should().Equal(sequential);
    }

    [Fact]
    public void Report_json_round_trips()
    {
        var report = Engine.Assess(Engines.Project(products: """{ "product": "x.p", "output": "1万 t" }""", energy: Energy));
        var json = ReportJson.Serialize(report);
        ReportJson.Serialize(ReportJson.Deserialize(json)).Should().Be(json);
    }
}
