using System.Collections.Immutable;
using Carbon.Plugins.Lime.Benchmarks;
using Carbon.Plugins.Lime.Diagnostics;
using Carbon.Plugins.Lime.Domain;
using Carbon.Plugins.Lime.Factors;
using Carbon.Plugins.Lime.Methods;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Facts;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Lime.Activities;

/// <summary>
/// <c>lime.production</c>: process CO2 of lime (石灰煅烧过程排放) from the lime produced, IPCC 2006 Vol. 3 Ch. 2 §2.3.
/// <list type="bullet">
/// <item><c>ipcc-tier1</c>: CO2 = M × EF, EF the printed Table 2.4 default of the lime type, or the 85/15 generic
/// mix when the type is unknown (its dolomitic EF is UNCONFIRMED, so only when unconfirmed defaults are allowed).</item>
/// <item><c>ipcc-tier2</c>: CO2 = M × SR × content × C_h × CF_lkd, with SR × content computed unrounded.</item>
/// </list>
/// Both readings of the EF (computed and printed) are reported as indicators and the trace says which was used.
/// </summary>
internal sealed class LimeProductionCalculator(LimeSettings settings) : IActivityCalculator
{
    /// <summary>The activity kind id.</summary>
    public const string Kind = "lime.production";

    /// <summary>The indicator id of the EF computed as SR × content (unrounded).</summary>
    public const string ComputedEfIndicator = "lime.ef.computed";

    /// <summary>The indicator id of the printed Table 2.4 EF (rounded as published).</summary>
    public const string PrintedEfIndicator = "lime.ef.printed";

    private const string EfUnit = "tCO2/t";

    /// <summary>The parameters only Tier 2 reads.</summary>
    internal static readonly string[] Tier2Parameters =
    [
        "oxideContent", "hydratedLimeShare", "hydratedLimeWaterContent", "lkdCorrection", "lkdMass", "lkdCarbonateFraction", "lkdCalcinationFraction",
    ];

    private static readonly LocalizedText ComputedName = new("按化学计量比 × 含量计算的排放因子（未修约）", "EF computed as SR × content (unrounded)");
    private static readonly LocalizedText PrintedName = new("IPCC 表2.4 印刷的缺省排放因子（修约值）", "IPCC Table 2.4 default EF as printed (rounded)");

    /// <inheritdoc />
    public ActivityResult Calculate(ActivityInput input, ICalculationContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var method = context.MethodFor("lime") ?? settings.DefaultMethodology;
        if (!LimeMethods.IsKnown(method))
        {
            return ActivityResult.Failed(LimeDiagnostics.UnknownMethod(method));
        }

        if (Array.IndexOf(LimeMethods.ForProduction, method) < 0)
        {
            return ActivityResult.Failed(LimeDiagnostics.MethodNotForProduction(method, input.Path));
        }

        var reader = new ParameterReader(input);
        var mass = reader.Amount(Dimension.OfMass, "t");
        var typeText = reader.Choice("limeType", LimeTypeIds.LimeTypes);
        var technologyText = reader.Choice("technology", LimeTypeIds.Technologies);
        if (reader.Errors.Count > 0 || mass is not { } m)
        {
            return ActivityResult.Failed([.. reader.Errors]);
        }

        LimeType? type = LimeTypeIds.TryParse(typeText, out LimeType t) ? t : null;
        DolomiticTechnology? technology = LimeTypeIds.TryParse(technologyText, out DolomiticTechnology d) ? d : null;
        if (technology is not null && type is not LimeType.Dolomitic)
        {
            reader.Add(LimeDiagnostics.TechnologyNotApplicable(reader.PathOf("technology"), typeText ?? "(not given / 未给出)"));
            return ActivityResult.Failed([.. reader.Errors]);
        }

        var result = method == LimeMethods.IpccTier1
            ? Tier1(reader, context, m, type, technology)
            : Tier2(reader, context, m, type, technology);
        return result with { Methodology = method };
    }

    private ActivityResult Tier1(ParameterReader reader, ICalculationContext context, double mass, LimeType? type, DolomiticTechnology? technology)
    {
        foreach (var name in Tier2Parameters)
        {
            if (reader.Has(name))
            {
                reader.Add(LimeDiagnostics.Tier2ParameterUnderTier1(reader.PathOf(name), name));
            }
        }

        if (reader.Errors.Count > 0)
        {
            return ActivityResult.Failed([.. reader.Errors]);
        }

        return type is { } known
            ? Tier1Typed(reader, context, mass, known, technology)
            : Tier1GenericMix(reader, context, mass);
    }

    private ActivityResult Tier1Typed(ParameterReader reader, ICalculationContext context, double mass, LimeType type, DolomiticTechnology? technology)
    {
        if (type == LimeType.Dolomitic && technology is null)
        {
            return ActivityResult.Failed(LimeDiagnostics.DolomiticNeedsTechnology(reader.PathOf("technology"), tier2: false));
        }

        var errors = new List<Diagnostic>();
        var lookup = new FactorLookup(context, reader.Input.Path, errors);
        var rowSubject = LimeTypeIds.RowSubject(type, technology);
        var printed = lookup.Get(rowSubject, "default-ef", Gas.CO2);
        var ratio = lookup.Get(LimeTypeIds.RatioSubject(type), "stoichiometric-ratio", Gas.CO2);
        var content = lookup.Get(rowSubject, "oxide-content");
        if (printed is null || ratio is null || content is null)
        {
            return ActivityResult.Failed([.. errors]);
        }

        var ef = FactorLookup.ValueOf(printed);
        var sr = FactorLookup.ValueOf(ratio);
        var c = FactorLookup.ValueOf(content);
        var computed = sr * c;
        var co2 = mass * ef;
        var row = RowName(type, technology);
        var rounding = new LocalizedText(
            $"采用表 2.4 印刷的排放因子 {Num.F(ef)}（ipcc-tier1）；SR × content = {Num.F(sr)} × {Num.F(c)} = {Num.F(computed)}（未修约），未采用（ipcc-tier2 按此计算）；印刷值 − 计算值 = {Num.F(ef - computed)} t CO2/t 石灰。",
            $"Table 2.4 printed EF {Num.F(ef)} used (ipcc-tier1); SR × content = {Num.F(sr)} × {Num.F(c)} = {Num.F(computed)} unrounded, not used (ipcc-tier2 computes it); printed − computed = {Num.F(ef - computed)} t CO2/t lime.");
        var trace = new TraceBuilder()
            .Input("M", mass, "t", InputOrigin.Project, reader.AmountPath)
            .Default("EF_lime", printed)
            .Build("CO2 = M × EF_lime", new LocalizedText($"IPCC 方法 1，{row.Zh}。", $"IPCC Tier 1, {row.En}.").Then(rounding));

        var printedIndicator = new Indicator(
            PrintedEfIndicator,
            PrintedName,
            ef,
            EfUnit,
            new TraceBuilder().Default("EF_printed", printed).Build("EF = EF_printed", new LocalizedText($"用于排放计算（ipcc-tier1）；EF_printed 为表 2.4 印刷的缺省排放因子。{row.Zh}。", $"Used in the emission (ipcc-tier1); EF_printed is the default EF as printed in Table 2.4. {row.En}.")));
        var computedIndicator = new Indicator(
            ComputedEfIndicator,
            ComputedName,
            computed,
            EfUnit,
            new TraceBuilder().Default("SR", ratio).Default("content", content).Build("EF = SR × content", new LocalizedText($"未采用，仅供比较（ipcc-tier2 会采用）。{row.Zh}，表 2.4 缺省含量。", $"Not used; shown for comparison (ipcc-tier2 would use it). {row.En}, Table 2.4 default content.")));

        return Finish(reader, Emission(type, co2, trace), [printedIndicator, computedIndicator], []);
    }

    private ActivityResult Tier1GenericMix(ParameterReader reader, ICalculationContext context, double mass)
    {
        var typePath = reader.PathOf("limeType");
        if (!settings.AllowUnconfirmedDefaults)
        {
            return ActivityResult.Failed(LimeDiagnostics.GenericMixNotAllowed(typePath));
        }

        var errors = new List<Diagnostic>();
        var lookup = new FactorLookup(context, reader.Input.Path, errors);
        var shareHighCa = lookup.Get("lime.generic-mix", "high-calcium-share");
        var shareDolomitic = lookup.Get("lime.generic-mix", "dolomitic-share");
        var efHighCa = lookup.Get(LimeTypeIds.RowSubject(LimeType.HighCalcium, null), "default-ef", Gas.CO2);
        var efDolomitic = lookup.Get("lime.generic-mix", "dolomitic-ef", Gas.CO2);
        if (shareHighCa is null || shareDolomitic is null || efHighCa is null || efDolomitic is null)
        {
            return ActivityResult.Failed([.. errors]);
        }

        var sHc = FactorLookup.ValueOf(shareHighCa);
        var sDol = FactorLookup.ValueOf(shareDolomitic);
        var eHc = FactorLookup.ValueOf(efHighCa);
        var eDol = FactorLookup.ValueOf(efDolomitic);
        var ef = (sHc * eHc) + (sDol * eDol);
        var co2 = mass * ef;
        var status = Notes.Status(efDolomitic.Status);
        var note = new LocalizedText(
            $"IPCC 方法 1 通用组合（石灰类型未知）：EF = {Num.F(sHc)} × {Num.F(eHc)} + {Num.F(sDol)} × {Num.F(eDol)} = {Num.F(ef)} t CO2/t 石灰，取表 2.4 印刷值。组合中采用哪一个白云石灰排放因子（0.77 或 0.86）的可信度为{status.Zh}（ghg-methods.md §2.1），结果的可信度不高于此。",
            $"IPCC Tier 1 generic mix (lime type unknown): EF = {Num.F(sHc)} × {Num.F(eHc)} + {Num.F(sDol)} × {Num.F(eDol)} = {Num.F(ef)} t CO2/t lime, from printed Table 2.4 values. Which dolomitic EF (0.77 or 0.86) enters the mix is {status.En} (ghg-methods.md §2.1); the result is no firmer than that.");
        var trace = new TraceBuilder()
            .Input("M", mass, "t", InputOrigin.Project, reader.AmountPath)
            .Default("s_hc", shareHighCa)
            .Default("EF_hc", efHighCa)
            .Default("s_dol", shareDolomitic)
            .Default("EF_dol", efDolomitic)
            .Input("EF_lime", ef, EfUnit, InputOrigin.Derived)
            .Build("CO2 = M × EF_lime; EF_lime = s_hc × EF_hc + s_dol × EF_dol", note);
        var indicator = new Indicator(
            PrintedEfIndicator,
            PrintedName,
            ef,
            EfUnit,
            new TraceBuilder().Default("s_hc", shareHighCa).Default("EF_hc", efHighCa).Default("s_dol", shareDolomitic).Default("EF_dol", efDolomitic)
                .Build("EF = s_hc × EF_hc + s_dol × EF_dol", new LocalizedText("用于排放计算（ipcc-tier1，印刷值的通用组合）。", "Used in the emission (ipcc-tier1, generic mix of printed values).").Then(note)));

        var warnings = new List<Diagnostic>();
        if (efDolomitic.Status == DataStatus.Unconfirmed)
        {
            warnings.Add(LimeDiagnostics.UnconfirmedDefaultUsed(typePath, efDolomitic.Id, eDol, "85/15 通用组合中的白云石灰排放因子", "the dolomitic EF in the 85/15 generic mix"));
        }

        var emission = new GasEmission(EmissionSources.Process, Gas.CO2, co2, trace, new LocalizedText("石灰煅烧（通用 85/15 配比）", "lime calcination (generic 85/15 mix)"));
        return Finish(reader, emission, [indicator], warnings);
    }

    private ActivityResult Tier2(ParameterReader reader, ICalculationContext context, double mass, LimeType? type, DolomiticTechnology? technology)
    {
        if (type is not { } limeType)
        {
            return ActivityResult.Failed(LimeDiagnostics.Tier2NeedsLimeType(reader.PathOf("limeType")));
        }

        var measuredContent = reader.Fraction("oxideContent", positive: true);
        var share = reader.Fraction("hydratedLimeShare");
        var water = reader.Fraction("hydratedLimeWaterContent");
        var lkdFactor = reader.Number("lkdCorrection", 1);
        var lkdMass = reader.Quantity("lkdMass", Dimension.OfMass, "t");
        var lkdCarbonate = reader.Fraction("lkdCarbonateFraction");
        var lkdCalcination = reader.Fraction("lkdCalcinationFraction");
        if (reader.Errors.Count > 0)
        {
            return ActivityResult.Failed([.. reader.Errors]);
        }

        if (limeType == LimeType.Dolomitic && technology is null && measuredContent is null)
        {
            return ActivityResult.Failed(LimeDiagnostics.DolomiticNeedsTechnology(reader.PathOf("technology"), tier2: true));
        }

        CheckHydratedAndDust(reader, mass);
        if (reader.Errors.Count > 0)
        {
            return ActivityResult.Failed([.. reader.Errors]);
        }

        var errors = new List<Diagnostic>();
        var warnings = new List<Diagnostic>();
        var lookup = new FactorLookup(context, reader.Input.Path, errors);
        var rowSubject = LimeTypeIds.RowSubject(limeType, technology);
        var ratio = lookup.Get(LimeTypeIds.RatioSubject(limeType), "stoichiometric-ratio", Gas.CO2);
        var contentRecord = measuredContent is null ? lookup.Get(rowSubject, "oxide-content") : null;
        var printed = measuredContent is null ? lookup.Get(rowSubject, "default-ef", Gas.CO2) : null;
        var waterRecord = share is not null && water is null ? lookup.Get("lime.hydrated", "water-content") : null;
        var lkdRecord = lkdFactor is null && lkdMass is null ? lookup.Get("lime.lkd", "correction-factor") : null;
        if (errors.Count > 0 || ratio is null)
        {
            return ActivityResult.Failed([.. errors]);
        }

        var trace = new TraceBuilder().Input("M", mass, "t", InputOrigin.Project, reader.AmountPath);
        var notes = new List<LocalizedText>();
        var row = RowName(limeType, technology);

        // EF_lime = SR × content, unrounded.
        var sr = FactorLookup.ValueOf(ratio);
        trace.Default("SR", ratio);
        double content;
        if (measuredContent is { } measured)
        {
            content = measured;
            trace.Input("content", content, "1", InputOrigin.Project, reader.PathOf("oxideContent"));
        }
        else
        {
            content = FactorLookup.ValueOf(contentRecord!);
            trace.Default("content", contentRecord!);
        }

        var ef = sr * content;
        trace.Input("EF_lime", ef, EfUnit, InputOrigin.Derived);
        notes.Add(new(
            $"IPCC 方法 2，{row.Zh}。EF_lime 按未修约值计算：SR × content = {Num.F(sr)} × {Num.F(content)} = {Num.F(ef)} t CO2/t 石灰，予以采用（ipcc-tier2）。",
            $"IPCC Tier 2, {row.En}. EF_lime computed unrounded: SR × content = {Num.F(sr)} × {Num.F(content)} = {Num.F(ef)} t CO2/t lime, used (ipcc-tier2)."));
        if (printed is not null)
        {
            var p = FactorLookup.ValueOf(printed);
            trace.Factor(printed);
            notes.Add(new(
                $"表 2.4 印刷值为 {Num.F(p)}（已修约），未采用（ipcc-tier1 会采用）；计算值 − 印刷值 = {Num.F(ef - p)} t CO2/t 石灰。含量：表 2.4 缺省值。",
                $"Table 2.4 prints {Num.F(p)} (rounded), not used (ipcc-tier1 would use it); computed − printed = {Num.F(ef - p)} t CO2/t lime. Content: Table 2.4 default."));
        }
        else
        {
            notes.Add(new(
                "含量：项目给出的实测值；表 2.4 印刷的排放因子对应缺省含量，不可比较。",
                "Content: measured value from the project; the Table 2.4 printed EF belongs to the default content and is not comparable."));
            if (technology is { } tech)
            {
                notes.Add(new(
                    $"technology = {tech.ToId()} 仅用于选择表 2.4 的行，该行的含量已由实测值取代。",
                    $"technology = {tech.ToId()} only selects a Table 2.4 row, which the measured content replaces."));
            }
        }


        // C_h = 1 − x × y (hydrated lime).
        var ch = 1.0;
        if (share is { } x)
        {
            double y;
            if (water is { } givenWater)
            {
                y = givenWater;
                trace.Input("x", x, "1", InputOrigin.Project, reader.PathOf("hydratedLimeShare"));
                trace.Input("y", y, "1", InputOrigin.Project, reader.PathOf("hydratedLimeWaterContent"));
                notes.Add(new("C_h 由项目给出的消石灰比例和含水率计算。", "C_h from the project's hydrated-lime share and water content."));
            }
            else
            {
                // Only reached when unconfirmed defaults are allowed (CheckHydratedAndDust refuses otherwise).
                y = FactorLookup.ValueOf(waterRecord!);
                trace.Input("x", x, "1", InputOrigin.Project, reader.PathOf("hydratedLimeShare"));
                trace.Default("y", waterRecord!);
                var waterStatus = Notes.Status(waterRecord!.Status);
                notes.Add(new(
                    $"C_h 采用缺省含水率 y = {Num.F(y)}，其可信度为{waterStatus.Zh}（ghg-methods.md §2.1）。",
                    $"C_h uses the default water content y = {Num.F(y)}, which is {waterRecord.Status.ToName().ToUpperInvariant()} (ghg-methods.md §2.1)."));
                if (waterRecord.Status == DataStatus.Unconfirmed)
                {
                    warnings.Add(LimeDiagnostics.UnconfirmedDefaultUsed(reader.PathOf("hydratedLimeWaterContent"), waterRecord.Id, y, "消石灰含水率 y", "the hydrated-lime water content y"));
                }
            }

            ch = 1 - (x * y);
            trace.Input("C_h", ch, "1", InputOrigin.Derived);
        }
        else
        {
            notes.Add(new("C_h = 1（未申报消石灰）。", "C_h = 1 (no hydrated lime declared)."));
        }

        // CF_lkd: from dust data, given directly, or the IPCC default.
        double cf;
        string cfFormula = string.Empty;
        if (lkdMass is { } md)
        {
            var cd = lkdCarbonate!.Value;
            var fd = lkdCalcination!.Value;
            cf = 1 + (md / mass * cd * fd);
            trace.Input("M_d", md, "t", InputOrigin.Project, reader.PathOf("lkdMass"));
            trace.Input("C_d", cd, "1", InputOrigin.Project, reader.PathOf("lkdCarbonateFraction"));
            trace.Input("F_d", fd, "1", InputOrigin.Project, reader.PathOf("lkdCalcinationFraction"));
            trace.Input("CF_lkd", cf, "1", InputOrigin.Derived);
            cfFormula = "; CF_lkd = 1 + (M_d / M) × C_d × F_d";
            notes.Add(new(
                $"CF_lkd 由项目的石灰窑灰数据计算 = {Num.F(cf)}（公式形式按 S1 的转录，ghg-methods.md §2.1 [S]；水泥的对应公式 2.4 另有系数 EF_c/EF_cl）。",
                $"CF_lkd computed from the project's lime-kiln-dust data = {Num.F(cf)} (form as transcribed by S1, ghg-methods.md §2.1 [S]; the cement analogue Eq. 2.4 also has a factor EF_c/EF_cl)."));
        }
        else if (lkdFactor is { } given)
        {
            cf = given;
            trace.Input("CF_lkd", cf, "1", InputOrigin.Project, reader.PathOf("lkdCorrection"));
            notes.Add(new("CF_lkd 由项目给出。", "CF_lkd from the project."));
        }
        else
        {
            cf = FactorLookup.ValueOf(lkdRecord!);
            trace.Default("CF_lkd", lkdRecord!);
            notes.Add(new($"CF_lkd：IPCC 缺省值 {Num.F(cf)}。", $"CF_lkd: IPCC default {Num.F(cf)}."));
        }

        var co2 = mass * ef * ch * cf;
        var chFormula = share is null ? string.Empty : "; C_h = 1 − x × y";
        var emissionTrace = trace.Build("CO2 = M × EF_lime × C_h × CF_lkd; EF_lime = SR × content" + chFormula + cfFormula, notes);

        var indicators = ImmutableArray.CreateBuilder<Indicator>();
        var computedTrace = new TraceBuilder().Default("SR", ratio);
        if (measuredContent is { } mc)
        {
            computedTrace.Input("content", mc, "1", InputOrigin.Project, reader.PathOf("oxideContent"));
        }
        else
        {
            computedTrace.Default("content", contentRecord!);
        }

        indicators.Add(new Indicator(ComputedEfIndicator, ComputedName, ef, EfUnit, computedTrace.Build("EF = SR × content", new LocalizedText($"用于排放计算（ipcc-tier2），未修约。{row.Zh}。", $"Used in the emission (ipcc-tier2), unrounded. {row.En}."))));
        if (printed is not null)
        {
            indicators.Add(new Indicator(
                PrintedEfIndicator,
                PrintedName,
                FactorLookup.ValueOf(printed),
                EfUnit,
                new TraceBuilder().Default("EF_printed", printed).Build("EF = EF_printed", new LocalizedText($"未采用，仅供比较（ipcc-tier1 会采用）；EF_printed 为表 2.4 印刷的缺省排放因子。{row.Zh}。", $"Not used; shown for comparison (ipcc-tier1 would use it); EF_printed is the default EF as printed in Table 2.4. {row.En}."))));
        }

        return Finish(reader, Emission(limeType, co2, emissionTrace), indicators.ToImmutable(), warnings);
    }

    /// <summary>Checks the hydrated-lime and lime-kiln-dust parameters fit together (errors go to the reader).</summary>
    private void CheckHydratedAndDust(ParameterReader reader, double mass)
    {
        var hasShare = reader.Has("hydratedLimeShare");
        var hasWater = reader.Has("hydratedLimeWaterContent");
        if (hasWater && !hasShare)
        {
            reader.Add(LimeDiagnostics.WaterContentWithoutShare(reader.PathOf("hydratedLimeWaterContent")));
        }

        if (hasShare && !hasWater && !settings.AllowUnconfirmedDefaults)
        {
            reader.Add(LimeDiagnostics.WaterContentRequired(reader.PathOf("hydratedLimeWaterContent")));
        }

        string[] dust = ["lkdMass", "lkdCarbonateFraction", "lkdCalcinationFraction"];
        var anyDust = dust.Any(reader.Has);
        if (anyDust && reader.Has("lkdCorrection"))
        {
            reader.Add(LimeDiagnostics.LkdConflict(reader.PathOf("lkdCorrection")));
            return;
        }

        if (!anyDust)
        {
            return;
        }

        foreach (var name in dust)
        {
            if (!reader.Has(name))
            {
                reader.Add(LimeDiagnostics.LkdIncomplete(reader.PathOf(name), name));
            }
        }

        if (mass <= 0)
        {
            reader.Add(LimeDiagnostics.OutOfRange(reader.AmountPath, "amount", "大于 0（由窑灰数据计算 CF_lkd 需要除以石灰产量）", "greater than 0 (CF_lkd from dust data divides by the lime output)"));
        }
    }

    private ActivityResult Finish(ParameterReader reader, GasEmission emission, ImmutableArray<Indicator> indicators, IEnumerable<Diagnostic> warnings)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        diagnostics.AddRange(warnings);
        var facts = ImmutableArray<Fact>.Empty;
        if (!settings.HasLimeBenchmarkTable)
        {
            diagnostics.Add(NationalEnergyLimit.Notice(reader.Input.Path));
            facts = [NationalEnergyLimit.Fact()];
        }

        return new ActivityResult
        {
            Emissions = [emission],
            Indicators = indicators,
            Facts = facts,
            Diagnostics = diagnostics.ToImmutable(),
        };
    }

    private static GasEmission Emission(LimeType type, double co2, Trace trace) =>
        new(EmissionSources.Process, Gas.CO2, co2, trace, new LocalizedText($"石灰煅烧（{RowName(type, null).Zh}）", $"lime calcination ({type.ToId()})"));

    private static LocalizedText RowName(LimeType type, DolomiticTechnology? technology) => type switch
    {
        LimeType.HighCalcium => new("高钙石灰", "high-calcium lime"),
        LimeType.Hydraulic => new("水硬性石灰", "hydraulic lime"),
        _ when technology is { } t => new(
            "白云石灰，" + (t == DolomiticTechnology.Developed ? "发达国家技术" : "发展中国家技术"),
            $"dolomitic lime, {t.ToId()}-country technology"),
        _ => new("白云石灰", "dolomitic lime"),
    };
}
