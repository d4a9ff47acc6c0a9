using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Carbon.Plugins.Cement.Activities;
using Carbon.Plugins.Cement.Calculation;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Cement.Calculators.Clinker;

/// <summary>
/// IPCC 2006 Tier 3 [C] (ghg-methods.md §1.1), Eq. 2.3 without its third term:
/// <c>E = Σ_i (EF_i × M_i × F_i) − M_d × C_d × (1 − F_d) × EF_d</c>, with carbonate EFs from IPCC Table 2.1 [S].
/// The third term (non-fuel carbon in raw materials) is the <c>cement.raw-meal-carbon</c> line.
/// </summary>
internal static class IpccTier3ClinkerMethod
{
    private static readonly ImmutableHashSet<string> Members = ImmutableHashSet.Create(StringComparer.Ordinal, "carbonate", "mass", "calcinationFraction");

    /// <summary>Computes the carbonate-input line.</summary>
    /// <param name="reader">The line reader.</param>
    /// <param name="context">The context.</param>
    /// <param name="clinker">Clinker produced, t (for the per-t indicator only).</param>
    /// <returns>The outcome, or null after an error.</returns>
    public static ClinkerOutcome? Calculate(LineReader reader, ICalculationContext context, double clinker)
    {
        var json = reader.Json(CementParameters.Carbonates);
        if (json is null && !reader.Has(CementParameters.Carbonates))
        {
            reader.Add(CementDiagnostics.Missing(
                reader.PathOf(CementParameters.Carbonates),
                CementParameters.Carbonates,
                CementMethodologyIds.IpccTier3,
                "请以数组给出投入的碳酸盐，如 [{\"carbonate\": \"calcite\", \"mass\": \"180万 t\", \"calcinationFraction\": \"100 %\"}]。",
                "Give the carbonates consumed as an array, e.g. [{\"carbonate\": \"calcite\", \"mass\": \"1800000 t\", \"calcinationFraction\": \"100 %\"}]."));
        }

        var items = json is { } j ? ReadItems(reader, context, j.Element, j.Path) : [];
        var dust = CkdInputs.AnyGiven(reader) ? CkdInputs.Read(reader, context, "IPCC Eq. 2.3") : null;
        if (reader.HasErrors || items.IsDefaultOrEmpty)
        {
            return null;
        }

        var trace = new TraceBuilder();
        var total = 0.0;
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            trace.Project($"M_{n} ({item.Carbonate})", item.Mass, "t", item.MassPath)
                .Project($"F_{n}", item.Calcination, "1", item.CalcinationPath)
                .Record($"EF_{n}", item.Factor);

            // EF_i × M_i × F_i
            total += CementFactors.Canonical(item.Factor) * item.Mass * item.Calcination;
        }

        var formula = "E = Σ_i (EF_i × M_i × F_i)";
        if (dust is not null)
        {
            // − M_d × C_d × (1 − F_d) × EF_d: uncalcined carbonate left in the lost CKD.
            var deduction = dust.Lost.Value * dust.CarbonateFraction.Value * (1 - dust.CalcinationFraction.Value) * CementFactors.Canonical(dust.Factor);
            total -= deduction;
            formula += " − M_d × C_d × (1 − F_d) × EF_d";
            trace.Project("M_d", dust.Lost, "t")
                .Project("C_d", dust.CarbonateFraction, "1")
                .Project("F_d", dust.CalcinationFraction, "1")
                .Record("EF_d", dust.Factor)
                .Derived("CKD deduction", deduction, "t")
                .Note(dust.CarbonateNote);
        }

        if (total < 0)
        {
            reader.Add(CementDiagnostics.NegativeResult(reader.PathOf(CementParameters.Carbonates), total));
            return null;
        }

        trace.Note(
            "IPCC 2006 方法 3（按碳酸盐投入）。原料中的非燃料碳（公式第三项）由 cement.raw-meal-carbon 活动行计算。",
            "IPCC 2006 Tier 3 (carbonate inputs). Non-fuel carbon in raw materials (the equation's third term) is the cement.raw-meal-carbon line.");
        var emission = new GasEmission(EmissionSources.Process, Gas.CO2, total, trace.Build(formula), CementEmissionLabels.CarbonateInputs);
        Indicator? indicator = null;
        if (clinker > 0)
        {
            indicator = new Indicator(
                ClinkerOutcome.ProcessFactorId,
                ClinkerOutcome.ProcessFactorName,
                total / clinker,
                ClinkerOutcome.ProcessFactorUnit,
                new TraceBuilder().Derived("E", total, "t").Project("M_cl", clinker, "t", reader.AmountPath).Build("EF = E / M_cl"));
        }

        return new ClinkerOutcome([emission], indicator);
    }

    private static ImmutableArray<CarbonateInput> ReadItems(LineReader reader, ICalculationContext context, JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0)
        {
            reader.Add(CementDiagnostics.CarbonatesInvalid(
                path,
                "carbonates 必须是非空数组，每项为 {carbonate, mass, calcinationFraction}。",
                "carbonates must be a non-empty array of {carbonate, mass, calcinationFraction}."));
            return [];
        }

        var items = ImmutableArray.CreateBuilder<CarbonateInput>();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var itemPath = JsonPointer.Append(path, index.ToString(CultureInfo.InvariantCulture));
            index++;
            if (ReadItem(reader, context, item, itemPath) is { } input)
            {
                items.Add(input);
            }
        }

        return reader.HasErrors ? [] : items.ToImmutable();
    }

    private static CarbonateInput? ReadItem(LineReader reader, ICalculationContext context, JsonElement item, string path)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            reader.Add(CementDiagnostics.CarbonatesInvalid(path, "每项必须是对象 {carbonate, mass, calcinationFraction}。", "Each item must be an object {carbonate, mass, calcinationFraction}."));
            return null;
        }

        var ok = true;
        foreach (var member in item.EnumerateObject().Where(m => !Members.Contains(m.Name)))
        {
            reader.Add(CementDiagnostics.CarbonatesInvalid(
                JsonPointer.Append(path, member.Name),
                $"未知成员“{member.Name}”：只能有 carbonate、mass、calcinationFraction。",
                $"Unknown member '{member.Name}': only carbonate, mass and calcinationFraction are read."));
            ok = false;
        }

        string? carbonate = null;
        if (item.TryGetProperty("carbonate", out var c) && c.ValueKind == JsonValueKind.String && CementChoices.Carbonates.Contains(c.GetString()!, StringComparer.Ordinal))
        {
            carbonate = c.GetString();
        }
        else
        {
            var list = string.Join(", ", CementChoices.Carbonates);
            reader.Add(CementDiagnostics.CarbonatesInvalid(JsonPointer.Append(path, "carbonate"), "carbonate 必须是以下之一：" + list, "carbonate must be one of " + list + "."));
            ok = false;
        }

        var massPath = JsonPointer.Append(path, "mass");
        if (!item.TryGetProperty("mass", out var m) || !JsonQuantity.TryRead(m, Dimension.OfMass, out var mass) || mass < 0)
        {
            reader.Add(CementDiagnostics.CarbonatesInvalid(massPath, "mass 必须是带质量单位的非负数，如 \"180万 t\"。", "mass must be a non-negative mass with a unit, e.g. \"1800000 t\"."));
            ok = false;
            mass = 0;
        }

        var calcinationPath = JsonPointer.Append(path, "calcinationFraction");
        if (!item.TryGetProperty("calcinationFraction", out var f) || !JsonQuantity.TryRead(f, Dimension.None, out var calcination) || calcination < 0 || calcination > 1)
        {
            reader.Add(CementDiagnostics.CarbonatesInvalid(
                calcinationPath,
                "calcinationFraction 必须在 0 到 100 % 之间，如 \"100 %\"（IPCC 第3层级不设缺省值，需给出）。",
                "calcinationFraction must be between 0 and 100 %, e.g. \"100 %\" (required: no default is shipped for Tier 3)."));
            ok = false;
            calcination = 0;
        }

        if (!ok || carbonate is null)
        {
            return null;
        }

        var record = CementFactors.Resolve(context, CementFactors.CarbonateEf(carbonate), reader, JsonPointer.Append(path, "carbonate"));
        return record is null ? null : new CarbonateInput(carbonate, mass, massPath, calcination, calcinationPath, record);
    }

    private sealed record CarbonateInput(string Carbonate, double Mass, string MassPath, double Calcination, string CalcinationPath, FactorRecord Factor);
}
