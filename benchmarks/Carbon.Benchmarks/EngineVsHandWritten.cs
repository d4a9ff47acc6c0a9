using BenchmarkDotNet.Attributes;
using Carbon.Benchmarks.Infrastructure;
using Carbon.Projects;
using Carbon.Reports;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;

namespace Carbon.Benchmarks;

/// <summary>
/// Core against the arithmetic limit: energy and emissions of the cement sample through the engine, against
/// straight-line C# computing the same two totals (综合能耗 当量值 in tce and CO2e in t). Goal: the engine within 10× of the
/// hand-written code, traces included.
/// </summary>
public class EngineVsHandWritten
{
    private static readonly AssessmentOptions EnergyAndEmissionsOnly = new() { IncludeReview = false, IncludeZoning = false };
    private ICarbonEngine _engine = null!;
    private Project _project = null!;
    private byte[] _bytes = null!;
    private Inputs _inputs;

    [GlobalSetup]
    public void Setup()
    {
        _engine = Samples.Engine();
        _bytes = Samples.Bytes("cement");
        _project = Samples.Read(_engine, _bytes);
        _inputs = Inputs.From(_engine, _project);
        var report = _engine.Assess(_project, EnergyAndEmissionsOnly);
        var (tce, co2e) = HandWrittenArithmetic();
        Samples.Agree(tce, report.Energy!.Totals.EquivalentTce, "comprehensive energy (tce)");
        Samples.Agree(co2e, report.Emissions!.Totals.Co2eTonnes, "CO2e (t)");
        var traced = HandWrittenWithTraces();
        Samples.Agree(co2e, traced.Co2e, "CO2e with traces (t)");
    }

    /// <summary>The arithmetic limit: the sample's numbers already extracted, five products summed.</summary>
    [Benchmark(Baseline = true)]
    public (double Tce, double Co2e) HandWrittenArithmetic() => Compute(in _inputs);

    /// <summary>Hand-written code that also keeps a trace per line (formula, inputs, factor ids), as a report needs.</summary>
    [Benchmark]
    public TracedTotals HandWrittenWithTraces() => ComputeTraced(in _inputs);

    /// <summary>The engine on the parsed project: validation, binding, energy, emissions, traces and the report object.</summary>
    [Benchmark]
    public AssessmentReport Engine() => _engine.Assess(_project, EnergyAndEmissionsOnly);

    /// <summary>The engine from the file's bytes, with review and zoning (the sample district): what the console does.</summary>
    [Benchmark]
    public AssessmentReport EngineFromBytesWithReviewAndZoning() => _engine.Assess(_bytes);

    private static (double Tce, double Co2e) Compute(in Inputs i)
    {
        // GB/T 2589: Q × 折标准煤系数 (kgce per kg or kWh ÷ 1000 for t → tce; kWh line in kgce/kWh).
        var tce = (i.CoalT * i.CoalTce) + (i.DieselT * i.DieselTce) + (i.GridKwh * i.ElectricityKgce / 1000);
        // FC × NCV × CC × OF × 44/12 (NCV GJ/t, CC tC/TJ → ÷ 1000), AD × EF, and the two process equations.
        var co2 = (i.CoalT * i.CoalNcv * i.CoalCc / 1000 * i.CoalOf * 44 / 12)
            + (i.DieselT * i.DieselNcv * i.DieselCc / 1000 * i.DieselOf * 44 / 12)
            + (i.GridKwh / 1000 * i.GridEf)
            + (i.Clinker * (((i.Cao - i.CaoNc) * 44 / 56) + ((i.Mgo - i.MgoNc) * 44 / 40)))
            + (i.RawMeal * i.RawMealCarbon * 44 / 12);
        return (tce, co2 * i.GwpCo2);
    }

    private static TracedTotals ComputeTraced(in Inputs i)
    {
        var traces = new List<HandTrace>(8);
        var coal = i.CoalT * i.CoalTce;
        traces.Add(new HandTrace("Q × 折标准煤系数", [i.CoalT], ["gbt2589.coal.raw.coal-equivalent"], coal));
        var diesel = i.DieselT * i.DieselTce;
        traces.Add(new HandTrace("Q × 折标准煤系数", [i.DieselT], ["gbt2589.diesel.coal-equivalent"], diesel));
        var power = i.GridKwh * i.ElectricityKgce / 1000;
        traces.Add(new HandTrace("Q × 折标准煤系数", [i.GridKwh], ["gbt2589.electricity.coal-equivalent"], power));
        var coalCo2 = i.CoalT * i.CoalNcv * i.CoalCc / 1000 * i.CoalOf * 44 / 12;
        traces.Add(new HandTrace("FC × NCV × CC × OF × 44/12", [i.CoalT, i.CoalNcv, i.CoalCc, i.CoalOf], ["fuel-s8.coal.raw.ncv", "fuel-s8.coal.raw.carbon-content", "fuel-s8.coal.raw.oxidation"], coalCo2));
        var dieselCo2 = i.DieselT * i.DieselNcv * i.DieselCc / 1000 * i.DieselOf * 44 / 12;
        traces.Add(new HandTrace("FC × NCV × CC × OF × 44/12", [i.DieselT, i.DieselNcv, i.DieselCc, i.DieselOf], ["fuel-s8.diesel.ncv", "fuel-s8.diesel.carbon-content", "fuel-s8.diesel.oxidation"], dieselCo2));
        var gridCo2 = i.GridKwh / 1000 * i.GridEf;
        traces.Add(new HandTrace("AD × EF", [i.GridKwh / 1000, i.GridEf], ["grid.mee-nbs.2023.南方"], gridCo2));
        var clinker = i.Clinker * (((i.Cao - i.CaoNc) * 44 / 56) + ((i.Mgo - i.MgoNc) * 44 / 40));
        traces.Add(new HandTrace("Q × [(CaO − CaO,nc) × 44/56 + (MgO − MgO,nc) × 44/40]", [i.Clinker, i.Cao, i.CaoNc, i.Mgo, i.MgoNc], [], clinker));
        var rawMeal = i.RawMeal * i.RawMealCarbon * 44 / 12;
        traces.Add(new HandTrace("Q × FR0 × 44/12", [i.RawMeal, i.RawMealCarbon], [], rawMeal));
        return new TracedTotals(coal + diesel + power, (coalCo2 + dieselCo2 + gridCo2 + clinker + rawMeal) * i.GwpCo2, traces);
    }

    /// <summary>A hand-written trace line.</summary>
    public sealed record HandTrace(string Formula, double[] Inputs, string[] Factors, double Value);

    /// <summary>Hand-written totals with their traces.</summary>
    public sealed record TracedTotals(double Tce, double Co2e, List<HandTrace> Traces);

    /// <summary>The cement sample's numbers, taken once from the parsed project and the loaded data sets.</summary>
    private readonly record struct Inputs(
        double CoalT, double DieselT, double GridKwh, double Clinker, double RawMeal,
        double Cao, double CaoNc, double Mgo, double MgoNc, double RawMealCarbon,
        double CoalTce, double DieselTce, double ElectricityKgce,
        double CoalNcv, double CoalCc, double CoalOf, double DieselNcv, double DieselCc, double DieselOf,
        double GridEf, double GwpCo2)
    {
        public static Inputs From(ICarbonEngine engine, Project p)
        {
            var records = engine.Catalog.DataSets.SelectMany(d => d.Records).ToDictionary(r => r.Id, StringComparer.Ordinal);
            double F(string id) => records[id].Value;
            double P(RawActivity a, string name) => Quantity.Parse(a.Parameters.GetProperty(name).GetString()!).Value;
            var clinker = p.Activities[0];
            var rawMeal = p.Activities[1];
            return new Inputs(
                p.Energy[0].Amount.In("t"), p.Energy[1].Amount.In("t"), p.Energy[2].Amount.In("kWh"), clinker.Amount.In("t"), rawMeal.Amount.In("t"),
                P(clinker, "caoFraction"), P(clinker, "nonCarbonateCaoFraction"), P(clinker, "mgoFraction"), P(clinker, "nonCarbonateMgoFraction"),
                P(rawMeal, "nonFuelCarbonFraction"),
                F("gbt2589.coal.raw.coal-equivalent"), F("gbt2589.diesel.coal-equivalent"), F("gbt2589.electricity.coal-equivalent"),
                F("fuel-s8.coal.raw.ncv"), F("fuel-s8.coal.raw.carbon-content"), F("fuel-s8.coal.raw.oxidation"),
                F("fuel-s8.diesel.ncv"), F("fuel-s8.diesel.carbon-content"), F("fuel-s8.diesel.oxidation"),
                F("grid.mee-nbs.2023.南方"), F("gwp.AR5.CO2"));
        }
    }
}
