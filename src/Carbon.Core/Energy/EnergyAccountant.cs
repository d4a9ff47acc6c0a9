using System.Collections.Immutable;
using Carbon.Engine;
using Carbon.Projects;
using Carbon.Reports;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;

namespace Carbon.Energy;

/// <summary>
/// Converts every energy line to tonnes of standard coal per GB/T 2589: 当量值 by the carrier's 折标准煤系数 (or, with
/// a measured NCV, by calorific value at 29 307 kJ/kgce), 等价值 where a coefficient is known, and the totals
/// (fossil, renewable, secondary, feedstock, fuel, exported). Pure and thread-safe.
/// </summary>
internal static class EnergyAccountant
{

    public static EnergyResult Account(Project project, CarrierCatalog carriers, IFactorResolver factors, DateOnly asOf, List<Diagnostic> diagnostics)
    {
        var lines = ImmutableArray.CreateBuilder<EnergyLineResult>(project.Energy.Length);
        HashSet<string>? warnedEqualValue = null;
        foreach (var line in project.Energy)
        {
            var carrier = carriers.TryGet(line.Carrier, out var c) ? c : throw new InvalidOperationException("Carrier was validated before accounting.");
            var sign = line.Direction == EnergyDirection.Export ? -1.0 : 1.0;
            var physical = line.Amount.In(carrier.Unit);
            double tce;
            Trace trace;
            var amountInput = new TraceInput("Q", physical, carrier.Unit, InputOrigin.Project, JsonPointer.Member(line.Path, "amount"));
            if (line.Origin == EnergyOrigin.WasteHeat)
            {
                tce = 0;
                trace = new Trace("0", [amountInput], [], new LocalizedText("余热发电自用：其燃料已计入综合能耗，不重复计算", "waste-heat power used on site: its fuel is already counted, so it is not counted again"));
            }
            else if (carrier.Kind == CarrierKind.Fuel && line.Ncv is { } ncv)
            {
                var calorific = Resolve(factors, "standard-coal", "calorific-value", asOf);
                tce = line.Amount.Value * ncv.Value / calorific.Quantity.Value;
                trace = new Trace(
                    "Q × NCV ÷ 29 307 kJ/kgce",
                    [amountInput, new TraceInput("NCV", ncv.In("GJ/" + carrier.Unit), "GJ/" + carrier.Unit, InputOrigin.Project, JsonPointer.Member(line.Path, "ncv"))],
                    [calorific.ToReference()],
                    new LocalizedText("按实测低位发热量折算", "converted by the measured net calorific value"));
            }
            else if (carrier.Kind == CarrierKind.Steam)
            {
                var enthalpy = line.Enthalpy ?? throw new InvalidOperationException("Steam enthalpy was validated before accounting.");
                var heat = Resolve(factors, "heat", "coal-equivalent", asOf);
                tce = line.Amount.Value * enthalpy.Value * heat.Quantity.Value;
                trace = new Trace(
                    "Q × h × k",
                    [amountInput, new TraceInput("h", enthalpy.Value * 1000, "kJ/kg", InputOrigin.Project, JsonPointer.Member(line.Path, "enthalpy"))],
                    [heat.ToReference()],
                    new LocalizedText("蒸汽按焓值折算为热量；k：热力折标准煤系数", "steam converted to heat by its enthalpy; k: the coal-equivalent coefficient of heat"));
            }
            else
            {
                var coefficient = Resolve(factors, carrier.Id, "coal-equivalent", asOf);
                tce = line.Amount.Value * coefficient.Quantity.Value;
                trace = new Trace("Q × k", [amountInput], [coefficient.ToReference()], new LocalizedText("k：折标准煤系数", "k: the coal-equivalent coefficient"));
            }

            tce *= sign;
            double? equal = carrier.Kind == CarrierKind.Fuel || line.Origin == EnergyOrigin.WasteHeat ? tce : null;
            if (equal is null)
            {
                var given = GivenEqualValue(project, carrier.Id);
                if (given is not null)
                {
                    equal = sign * line.Amount.Value * given.Coefficient.Value;
                }
                else if ((warnedEqualValue ??= new HashSet<string>(StringComparer.Ordinal)).Add(carrier.Id))
                {
                    diagnostics.Add(EngineDiagnostics.NoEqualValue(line.Path, carrier.Id));
                }
            }

            var electricityKwh = carrier.Kind == CarrierKind.Electricity ? sign * line.Amount.In("kWh") : 0;
            lines.Add(new EnergyLineResult(line, carrier, physical, tce, equal, electricityKwh, trace));
        }

        return Totals(lines.ToImmutable());
    }

    private static EnergyResult Totals(ImmutableArray<EnergyLineResult> lines)
    {
        double equivalent = 0, fossil = 0, renewable = 0, secondary = 0, feedstock = 0, exported = 0;
        double? equal = 0;
        foreach (var l in lines)
        {
            equivalent += l.EquivalentTce;
            equal = equal is null || l.EqualValueTce is null ? null : equal + l.EqualValueTce;
            if (l.Line.Renewable)
            {
                renewable += l.EquivalentTce;
            }
            else if (l.Carrier.Fossil)
            {
                fossil += l.EquivalentTce;
            }
            else
            {
                secondary += l.EquivalentTce;
            }

            if (l.Line.Use == EnergyUse.Feedstock)
            {
                feedstock += l.EquivalentTce;
            }

            if (l.Line.Direction == EnergyDirection.Export)
            {
                exported -= l.EquivalentTce;
            }
        }

        return new EnergyResult(lines, new EnergyTotals(equivalent, equal, fossil, renewable, secondary, feedstock, equivalent - feedstock, exported));
    }

    private static EqualValueCoefficient? GivenEqualValue(Project project, string carrier)
    {
        foreach (var e in project.Options.EqualValue)
        {
            if (e.Carrier == carrier)
            {
                return e;
            }
        }

        return null;
    }

    private static FactorRecord Resolve(IFactorResolver factors, string subject, string parameter, DateOnly asOf) =>
        factors.TryResolve(new FactorQuery(subject, parameter, On: asOf), out var record)
            ? record
            : throw new InvalidOperationException($"The shipped data has no '{parameter}' for '{subject}'.");
}

/// <summary>One energy line after conversion.</summary>
internal sealed record EnergyLineResult(EnergyLine Line, Carrier Carrier, double PhysicalAmount, double EquivalentTce, double? EqualValueTce, double ElectricityKwh, Trace Trace);

/// <summary>The energy accounting of a project.</summary>
internal sealed record EnergyResult(ImmutableArray<EnergyLineResult> Lines, EnergyTotals Totals);
