using System.Globalization;
using Carbon.Data;
using Carbon.Energy;
using Carbon.Engine;
using Carbon.Projects;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;

namespace Carbon.Emissions;

/// <summary>
/// CO2 of the project's energy lines: fuel combustion (FC × NCV × CC × OF × 44/12, the China method of the
/// 2013–2015 NDRC guidelines and GB/T 32150), purchased electricity (MWh × grid factor of a named series, year and
/// region) and purchased heat (GJ × 0.11 t/GJ unless measured), with exports deducted. Pure and thread-safe.
/// </summary>
internal static class EnergyEmissionAccountant
{
    /// <summary>Molar mass ratio CO2/C = 44/12 (exact stoichiometry, not a published coefficient).</summary>
    private const double Co2PerCarbon = 44.0 / 12.0;

    /// <summary>The project's own label for a line, quoted as written in both languages (the user's text is not translated).</summary>
    private static LocalizedText? AsWritten(string? label) => label is null ? null : new LocalizedText(label, label);

    public static void Account(Project project, EnergyResult energy, IFactorResolver factors, IFactorCatalogView catalog, DateOnly asOf, List<EmissionLineResult> lines, List<Diagnostic> diagnostics)
    {
        FactorRecord? grid = null;
        foreach (var l in energy.Lines)
        {
            var line = l.Line;
            var export = line.Direction == EnergyDirection.Export;
            switch (l.Carrier.Kind)
            {
                case CarrierKind.Fuel when line.Use == EnergyUse.Fuel && !line.Renewable && !export:
                    Fuel(l, factors, asOf, lines, diagnostics);
                    break;

                case CarrierKind.Electricity when line.Origin != EnergyOrigin.Grid || line.Renewable:
                    if (line.Origin == EnergyOrigin.Grid)
                    {
                        diagnostics.Add(EngineDiagnostics.GreenElectricity(line.Path));
                    }

                    lines.Add(new EmissionLineResult(
                        new GasEmission("on-site-generation", Gas.CO2, 0, new Trace("0", [new TraceInput("E", l.PhysicalAmount, l.Carrier.Unit, InputOrigin.Project, JsonPointer.Member(line.Path, "amount"))], [],
                            line.Origin == EnergyOrigin.WasteHeat
                                ? new LocalizedText("余热发电：排放因子为零，其燃料排放已计入", "waste-heat power: zero factor, its fuel's emissions are already counted")
                                : new LocalizedText("可再生电力：按零排放计", "renewable electricity: counted at zero")), AsWritten(line.Label)),
                        line.Carrier, line.Path, null));
                    break;

                case CarrierKind.Electricity:
                    grid ??= GridFactor(project, catalog, factors, diagnostics);
                    if (grid is null)
                    {
                        break;
                    }

                    Electricity(l, line.EmissionFactor is null ? grid : null, export, lines);
                    break;

                case CarrierKind.Heat:
                case CarrierKind.Steam:
                    Heat(l, factors, asOf, export, lines);
                    break;

                default:
                    // Feedstock, renewable fuels and exported fuels are energy only: feedstock carbon, if emitted,
                    // is a process emission the sector plugin accounts; biogenic CO2 is not counted.
                    break;
            }
        }
    }

    private static void Fuel(EnergyLineResult l, IFactorResolver factors, DateOnly asOf, List<EmissionLineResult> lines, List<Diagnostic> diagnostics)
    {
        var line = l.Line;
        var inputs = new List<TraceInput>(5) { new("FC", l.PhysicalAmount, l.Carrier.Unit, InputOrigin.Project, JsonPointer.Member(line.Path, "amount")) };
        var used = new List<FactorReference>(3);
        double ncv, cc, of;
        if (line.Ncv is { } measuredNcv)
        {
            ncv = measuredNcv.Value;
            inputs.Add(new TraceInput("NCV", measuredNcv.In("GJ/" + l.Carrier.Unit), "GJ/" + l.Carrier.Unit, InputOrigin.Project, JsonPointer.Member(line.Path, "ncv")));
        }
        else if (factors.TryResolve(new FactorQuery(l.Carrier.Id, "ncv", On: asOf), out var r))
        {
            ncv = r.Quantity.Value;
            inputs.Add(new TraceInput("NCV", r.Value, r.Unit, InputOrigin.Default));
            used.Add(r.ToReference());
        }
        else
        {
            diagnostics.Add(EngineDiagnostics.MissingFactor(line.Path, l.Carrier.Id, "ncv", "ncv"));
            return;
        }

        if (line.CarbonContent is { } measuredCc)
        {
            cc = measuredCc.Value;
            inputs.Add(new TraceInput("CC", measuredCc.Value * 1000, "tC/TJ", InputOrigin.Project, JsonPointer.Member(line.Path, "carbonContent")));
        }
        else if (factors.TryResolve(new FactorQuery(l.Carrier.Id, "carbon-content", On: asOf), out var r))
        {
            cc = r.Quantity.Value;
            inputs.Add(new TraceInput("CC", r.Value, r.Unit, InputOrigin.Default));
            used.Add(r.ToReference());
        }
        else
        {
            diagnostics.Add(EngineDiagnostics.MissingFactor(line.Path, l.Carrier.Id, "carbon-content", "carbonContent"));
            return;
        }

        if (line.Oxidation is { } measuredOf)
        {
            of = measuredOf;
            inputs.Add(new TraceInput("OF", measuredOf, "1", InputOrigin.Project, JsonPointer.Member(line.Path, "oxidation")));
        }
        else if (factors.TryResolve(new FactorQuery(l.Carrier.Id, "oxidation", On: asOf), out var r))
        {
            of = r.Quantity.Value;
            inputs.Add(new TraceInput("OF", r.Value, r.Unit, InputOrigin.Default));
            used.Add(r.ToReference());
        }
        else
        {
            diagnostics.Add(EngineDiagnostics.MissingFactor(line.Path, l.Carrier.Id, "oxidation", "oxidation"));
            return;
        }

        inputs.Add(new TraceInput("44/12", Co2PerCarbon, "tCO2/tC", InputOrigin.Constant));
        var tonnes = line.Amount.Value * ncv * cc * of * Co2PerCarbon;
        var trace = new Trace("FC × NCV × CC × OF × 44/12", [.. inputs], [.. used]);
        lines.Add(new EmissionLineResult(new GasEmission(EmissionSources.FuelCombustion, Gas.CO2, tonnes, trace, AsWritten(line.Label)), line.Carrier, line.Path, null));
    }

    private static void Electricity(EnergyLineResult l, FactorRecord? grid, bool export, List<EmissionLineResult> lines)
    {
        var line = l.Line;
        var mwh = line.Amount.In("MWh");
        var inputs = new List<TraceInput> { new("AD", mwh, "MWh", InputOrigin.Project, JsonPointer.Member(line.Path, "amount")) };
        double ef;
        FactorReference[] used;
        if (line.EmissionFactor is { } measured)
        {
            ef = measured.Value;
            inputs.Add(new TraceInput("EF", measured.Value * 3.6, "tCO2/MWh", InputOrigin.Project, JsonPointer.Member(line.Path, "emissionFactor")));
            used = [];
        }
        else
        {
            ef = grid!.Quantity.Value;
            inputs.Add(new TraceInput("EF", grid.Value, grid.Unit, InputOrigin.Default));
            used = [grid.ToReference()];
        }

        var tonnes = (export ? -1 : 1) * line.Amount.Value * ef;
        var source = export ? EmissionSources.ExportedElectricity : EmissionSources.PurchasedElectricity;
        lines.Add(new EmissionLineResult(new GasEmission(source, Gas.CO2, tonnes, new Trace(export ? "−AD × EF" : "AD × EF", [.. inputs], [.. used]), AsWritten(line.Label)), line.Carrier, line.Path, null));
    }

    private static void Heat(EnergyLineResult l, IFactorResolver factors, DateOnly asOf, bool export, List<EmissionLineResult> lines)
    {
        var line = l.Line;
        var inputs = new List<TraceInput>();
        double gj;
        string formula;
        if (l.Carrier.Kind == CarrierKind.Steam)
        {
            var enthalpy = line.Enthalpy!.Value;
            gj = line.Amount.Value * enthalpy.Value;
            inputs.Add(new TraceInput("Q", l.PhysicalAmount, l.Carrier.Unit, InputOrigin.Project, JsonPointer.Member(line.Path, "amount")));
            inputs.Add(new TraceInput("h", enthalpy.Value * 1000, "kJ/kg", InputOrigin.Project, JsonPointer.Member(line.Path, "enthalpy")));
            formula = "Q × h × EF";
        }
        else
        {
            gj = line.Amount.Value;
            inputs.Add(new TraceInput("AD", gj, "GJ", InputOrigin.Project, JsonPointer.Member(line.Path, "amount")));
            formula = "AD × EF";
        }

        double ef;
        var used = new List<FactorReference>();
        if (line.EmissionFactor is { } measured)
        {
            ef = measured.Value;
            inputs.Add(new TraceInput("EF", measured.Value, "tCO2/GJ", InputOrigin.Project, JsonPointer.Member(line.Path, "emissionFactor")));
        }
        else
        {
            var record = factors.TryResolve(new FactorQuery("heat", "heat-ef", Gas.CO2, On: asOf), out var r) ? r : throw new InvalidOperationException("The shipped data has no heat factor.");
            ef = record.Quantity.Value;
            inputs.Add(new TraceInput("EF", record.Value, record.Unit, InputOrigin.Default));
            used.Add(record.ToReference());
        }

        var tonnes = (export ? -1 : 1) * gj * ef;
        var source = export ? EmissionSources.ExportedHeat : EmissionSources.PurchasedHeat;
        lines.Add(new EmissionLineResult(new GasEmission(source, Gas.CO2, tonnes, new Trace(export ? "−" + formula : formula, [.. inputs], [.. used]), AsWritten(line.Label)), line.Carrier, line.Path, null));
    }

    /// <summary>
    /// The grid factor: the project's choice of series, year and region, or by default the MEE/NBS national average
    /// of the latest data year not after the reporting year. Never substitutes another year or region.
    /// </summary>
    private static FactorRecord? GridFactor(Project project, IFactorCatalogView catalog, IFactorResolver factors, List<Diagnostic> diagnostics)
    {
        var choice = project.Options.ElectricityFactor;
        var series = choice?.Series ?? "mee-nbs";
        var region = choice?.Region;
        int? year = choice?.Year ?? LatestYear(catalog, series, region, project.ReportingYear);
        if (year is not null && factors.TryResolve(new FactorQuery("electricity", "grid-ef", Gas.CO2, region, year, series), out var record)
            && record.Region == region && record.Year == year)
        {
            if (choice?.Year is null)
            {
                diagnostics.Add(EngineDiagnostics.DefaultGridFactor(record.Id, record.Value.ToString("R", CultureInfo.InvariantCulture) + " " + record.Unit));
            }

            return record;
        }

        var available = string.Join(", ", catalog.All("electricity", "grid-ef")
            .Select(r => $"{r.Variant}/{r.Year}/{r.Region ?? "national"}")
            .Order(StringComparer.Ordinal));
        diagnostics.Add(EngineDiagnostics.NoGridFactor("/options/electricityFactor", series, year?.ToString(CultureInfo.InvariantCulture) ?? "-", region ?? "national", available));
        return null;
    }

    /// <summary>The latest data year of a series and region not after the reporting year, or null.</summary>
    private static int? LatestYear(IFactorCatalogView catalog, string series, string? region, int reportingYear)
    {
        int? latest = null;
        foreach (var r in catalog.All("electricity", "grid-ef"))
        {
            if (r.Variant == series && r.Region == region && r.Year is { } y && y <= reportingYear && (latest is null || y > latest))
            {
                latest = y;
            }
        }

        return latest;
    }
}
