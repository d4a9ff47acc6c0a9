using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Carbon.Plugins.Concrete.Diagnostics;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Concrete.Embodied;

/// <summary>
/// 产品碳足迹 the cradle-to-gate product footprint of ready-mix concrete per m³, from material contents × material
/// factors (GB/T 51366-2019) or from the whole-concrete factor of the strength class. The GB/T 51366 factors are CO2e
/// factors, not single gases, so the result is reported as <see cref="Indicator"/>s — never as a
/// <see cref="GasEmission"/>, and never added to the plant's operational (scope 1 and 2) emissions.
/// </summary>
internal static class EmbodiedFootprintCalculator
{
    /// <summary>The id of the per-m³ footprint indicator.</summary>
    public const string PerCubicMetreId = "concrete.embodied-footprint";

    /// <summary>The id of the footprint of the line's whole output.</summary>
    public const string TotalId = "concrete.embodied-footprint-total";

    /// <summary>The unit of the per-m³ indicator.</summary>
    public const string PerCubicMetreUnit = "kg CO2e/m³";

    /// <summary>The unit of the total indicator.</summary>
    public const string TotalUnit = "t CO2e";

    private const string ContentUnit = "kg/m³";
    private const string UserFactorUnit = "kg CO2e/t";

    private static readonly Dimension PerVolume = Dimension.OfMass / Dimension.OfVolume;

    private static readonly LocalizedText Boundary = new(
        "产品碳足迹（从摇篮到大门）：与搅拌站运营排放（范围一、二）分开报告，绝不相加。",
        "Product carbon footprint (cradle-to-gate): reported apart from the station's operational (scope 1 and 2) emissions and never added to them.");

    /// <summary>Computes the footprint indicators of one line.</summary>
    /// <param name="input">The line.</param>
    /// <param name="request">The checked request.</param>
    /// <param name="strengthClass">The line's strength class, or null.</param>
    /// <param name="context">The calculation context (factors, date).</param>
    /// <param name="settings">The host settings.</param>
    /// <param name="diagnostics">Receives the problems and notices.</param>
    /// <returns>The indicators, or empty when there were errors.</returns>
    public static ImmutableArray<Indicator> Calculate(
        ActivityInput input,
        EmbodiedRequest request,
        string? strengthClass,
        ICalculationContext context,
        ConcreteSettings settings,
        ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var perM3 = request.Basis == EmbodiedBasis.StrengthClass
            ? ByStrengthClass(request, strengthClass, context, settings, diagnostics)
            : ByMaterials(request, strengthClass, context, settings, diagnostics);
        if (perM3 is null)
        {
            return [];
        }

        var (tonnesPerM3, trace) = perM3.Value;
        var kgPerM3 = new Quantity(tonnesPerM3, PerVolume).In(PerCubicMetreUnit);
        var volume = input.Amount.Value;
        var totalTonnes = new Quantity(tonnesPerM3 * volume, Dimension.OfMass).In("t");
        var totalTrace = new Trace(
            "CF_total = CF_m³ × V / 1000",
            [
                new TraceInput("CF_m³", kgPerM3, PerCubicMetreUnit, InputOrigin.Derived),
                new TraceInput("V", volume, "m³", InputOrigin.Project, input.Path + "/amount"),
            ],
            trace.Factors,
            new LocalizedText(Boundary.Zh + "V = " + input.AmountText + "。", Boundary.En + " V = " + input.AmountText + "."));
        var classZh = strengthClass is null ? string.Empty : "（" + strengthClass + "）";
        var classEn = strengthClass is null ? string.Empty : " " + strengthClass;
        return
        [
            new Indicator(
                PerCubicMetreId,
                new LocalizedText(
                    $"预拌混凝土{classZh}产品碳足迹（从摇篮到大门，每立方米）",
                    $"Ready-mix concrete{classEn} product carbon footprint (cradle-to-gate, per m³)"),
                kgPerM3,
                PerCubicMetreUnit,
                trace),
            new Indicator(
                TotalId,
                new LocalizedText(
                    $"预拌混凝土{classZh}产品碳足迹（从摇篮到大门，本行产量合计，不计入运营排放）",
                    $"Ready-mix concrete{classEn} product carbon footprint (cradle-to-gate, this line's output; not part of the operational emissions)"),
                totalTonnes,
                TotalUnit,
                totalTrace),
        ];
    }

    private static (double TonnesPerM3, Trace Trace)? ByStrengthClass(
        EmbodiedRequest request,
        string? strengthClass,
        ICalculationContext context,
        ConcreteSettings settings,
        ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (strengthClass is null)
        {
            diagnostics.Add(ConcreteDiagnostics.StrengthClassIsMissing(request.Path));
            return null;
        }

        var query = new FactorQuery(ShippedMaterial.ReadyMixSubject, ShippedMaterial.FactorParameter, Variant: strengthClass, On: context.AsOf);
        if (!context.Factors.TryResolve(query, out var record))
        {
            diagnostics.Add(ConcreteDiagnostics.StrengthClassHasNoFactor(request.Path, strengthClass));
            return null;
        }

        if (!Usable(record, PerVolume, request.Path, settings, diagnostics))
        {
            return null;
        }

        var symbol = "EF_" + strengthClass;
        var trace = new Trace(
            $"CF_m³ = {symbol}",
            [new TraceInput(symbol, record.Value, record.Unit, InputOrigin.Default)],
            [record.ToReference()],
            new LocalizedText(
                Boundary.Zh + $"采用 GB/T 51366-2019 {strengthClass} 混凝土整体因子（默认值）。",
                Boundary.En + $" Default: the GB/T 51366-2019 whole-concrete factor of {strengthClass}."));
        return (record.Quantity.Value, trace);
    }

    private static (double TonnesPerM3, Trace Trace)? ByMaterials(
        EmbodiedRequest request,
        string? strengthClass,
        ICalculationContext context,
        ConcreteSettings settings,
        ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var failed = false;
        var tonnesPerM3 = 0.0;
        var inputs = ImmutableArray.CreateBuilder<TraceInput>();
        var factors = ImmutableArray.CreateBuilder<FactorReference>();
        var terms = new List<string>();
        foreach (var content in request.Shipped)
        {
            var query = new FactorQuery(content.Material.Subject, ShippedMaterial.FactorParameter, On: context.AsOf);
            if (!context.Factors.TryResolve(query, out var record))
            {
                diagnostics.Add(ConcreteDiagnostics.FactorIsNotFound(content.Path, content.Material.Subject, null));
                failed = true;
                continue;
            }

            if (!Usable(record, Dimension.None, content.Path, settings, diagnostics))
            {
                failed = true;
                continue;
            }

            var m = "m_" + content.Material.Symbol;
            var ef = "EF_" + content.Material.Symbol;
            var contribution = content.TonnesPerM3 * record.Quantity.Value;
            tonnesPerM3 += contribution;
            inputs.Add(new TraceInput(m, new Quantity(content.TonnesPerM3, PerVolume).In(ContentUnit), ContentUnit, InputOrigin.Project, content.Path));
            inputs.Add(new TraceInput(ef, record.Value, record.Unit, InputOrigin.Default));
            inputs.Add(new TraceInput("C_" + content.Material.Symbol, new Quantity(contribution, PerVolume).In(PerCubicMetreUnit), PerCubicMetreUnit, InputOrigin.Derived));
            factors.Add(record.ToReference());
            terms.Add($"{m} × {ef} / 1000");
        }

        var i = 0;
        foreach (var item in request.Others)
        {
            i++;
            var symbol = "other" + i.ToString(CultureInfo.InvariantCulture);
            var reference = new FactorReference(
                "project:" + item.Path,
                "project",
                string.Empty,
                item.FootprintTonnesPerM3 is { } fp ? new Quantity(fp, PerVolume).In(PerCubicMetreUnit) : new Quantity(item.FactorTonnesPerTonne!.Value, Dimension.None).In(UserFactorUnit),
                item.FootprintTonnesPerM3 is null ? UserFactorUnit : PerCubicMetreUnit,
                DataStatus.ProjectSupplied,
                item.Source);
            factors.Add(reference);
            double contribution;
            if (item.FootprintTonnesPerM3 is { } footprint)
            {
                contribution = footprint;
                inputs.Add(new TraceInput($"F_{symbol} ({item.Name})", reference.Value, PerCubicMetreUnit, InputOrigin.Project, item.Path + "/footprintPerM3"));
                terms.Add($"F_{symbol}");
            }
            else
            {
                contribution = item.TonnesPerM3!.Value * item.FactorTonnesPerTonne!.Value;
                inputs.Add(new TraceInput($"m_{symbol} ({item.Name})", new Quantity(item.TonnesPerM3.Value, PerVolume).In(ContentUnit), ContentUnit, InputOrigin.Project, item.Path + "/perM3"));
                inputs.Add(new TraceInput($"EF_{symbol} ({item.Name})", reference.Value, UserFactorUnit, InputOrigin.Project, item.Path + "/factor"));
                terms.Add($"m_{symbol} × EF_{symbol} / 1000");
            }

            inputs.Add(new TraceInput("C_" + symbol, new Quantity(contribution, PerVolume).In(PerCubicMetreUnit), PerCubicMetreUnit, InputOrigin.Derived));
            tonnesPerM3 += contribution;
        }

        if (failed)
        {
            return null;
        }

        var zh = new StringBuilder(Boundary.Zh);
        var en = new StringBuilder(Boundary.En);
        zh.Append("材料用量 × GB/T 51366-2019 材料因子（默认值）；不含搅拌站自身能耗（见运营排放），除非以 others 项给出。");
        en.Append(" Material contents × GB/T 51366-2019 material factors (defaults); the station's own energy is not included (see the operational emissions) unless given as an others item.");
        if (strengthClass is not null)
        {
            zh.Append(CultureInfo.InvariantCulture, $"强度等级 {strengthClass}。");
            en.Append(CultureInfo.InvariantCulture, $" Strength class {strengthClass}.");
        }

        if (request.Others.Any(o => o.GivenInCo2))
        {
            zh.Append("部分自备因子以 CO2 给出，按 CO2e 计。");
            en.Append(" Some user factors were given in CO2 and counted as CO2e.");
        }

        var trace = new Trace("CF_m³ = " + string.Join(" + ", terms) + " [kg CO2e/m³]", inputs.ToImmutable(), factors.ToImmutable(), new LocalizedText(zh.ToString(), en.ToString()));
        return (tonnesPerM3, trace);
    }

    /// <summary>Checks a resolved record's unit and status; reports what the reader must know.</summary>
    private static bool Usable(FactorRecord record, Dimension expected, string path, ConcreteSettings settings, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (!QuantityParser.TryParseUnit(record.Unit, out var unit, out _) || unit.Dimension != expected || unit.Substance is not ("CO2e" or "CO2"))
        {
            diagnostics.Add(ConcreteDiagnostics.FactorHasWrongUnit(path, record.Id, record.Unit));
            return false;
        }

        switch (record.Status)
        {
            case DataStatus.Unconfirmed when settings.UnconfirmedFactors == UnconfirmedFactorPolicy.Refuse:
                diagnostics.Add(ConcreteDiagnostics.UnconfirmedFactorRefused(path, record.Id));
                return false;
            case DataStatus.Unconfirmed:
                diagnostics.Add(ConcreteDiagnostics.UnconfirmedFactorUsed(path, record.Id));
                break;
            case DataStatus.SingleSource:
                diagnostics.Add(ConcreteDiagnostics.SingleSourceFactorUsed(path, record.Id, record.Value, record.Unit));
                break;
            default:
                break;
        }

        return true;
    }
}
