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
/// <c>lime.carbonate-input</c>: process CO2 from the carbonates the kilns consume (碳酸盐分解).
/// <list type="bullet">
/// <item>IPCC Tier 3 (amount = pure carbonate): CO2 = M × EF × F − M_d × C_d × (1 − F_d) × EF_d.</item>
/// <item>Chinese practice (amount = limestone, with its carbonate content PUR): CO2 = M × PUR × F × EF − the same dust term.</item>
/// </list>
/// EF and EF_d are IPCC Table 2.1 factors (t CO2/t carbonate). The calcination (decomposition) fraction F is required:
/// no default is shipped.
/// </summary>
internal sealed class CarbonateInputCalculator(LimeSettings settings) : IActivityCalculator
{
    /// <summary>The activity kind id.</summary>
    public const string Kind = "lime.carbonate-input";

    private static readonly string[] DustParameters = ["lostDustMass", "lostDustCarbonateFraction", "lostDustCalcinationFraction"];

    /// <inheritdoc />
    public ActivityResult Calculate(ActivityInput input, ICalculationContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var projectMethod = context.MethodFor("lime");
        if (projectMethod is not null && !LimeMethods.IsKnown(projectMethod))
        {
            return ActivityResult.Failed(LimeDiagnostics.UnknownMethod(projectMethod));
        }

        var reader = new ParameterReader(input);
        var mass = reader.Amount(Dimension.OfMass, "t");
        reader.Require("carbonate", "请给出所消耗的碳酸盐：calcite（石灰石的 CaCO3）、magnesite 或 dolomite。", "give the carbonate consumed: calcite (limestone's CaCO3), magnesite or dolomite.");
        reader.Require("calcinationFraction", "请给出碳酸盐的煅烧（分解）率，例如“98 %”；本插件不提供缺省值。", "give the carbonate's calcination (decomposition) fraction, e.g. \"98 %\"; the plugin ships no default.");
        var carbonate = reader.Choice("carbonate", CarbonateIds.All);
        var purity = reader.Fraction("carbonateContent", positive: true);
        var calcination = reader.Fraction("calcinationFraction");
        var dustMass = reader.Quantity("lostDustMass", Dimension.OfMass, "t");
        var dustCarbonate = reader.Fraction("lostDustCarbonateFraction");
        var dustCalcination = reader.Fraction("lostDustCalcinationFraction");
        var dustKind = reader.Choice("lostDustCarbonate", CarbonateIds.All);
        var anyDust = DustParameters.Any(reader.Has) || reader.Has("lostDustCarbonate");
        if (anyDust)
        {
            foreach (var name in DustParameters)
            {
                if (!reader.Has(name))
                {
                    reader.Add(LimeDiagnostics.DustIncomplete(reader.PathOf(name), name));
                }
            }
        }

        if (reader.Errors.Count > 0 || mass is not { } m || carbonate is null || calcination is not { } f)
        {
            return ActivityResult.Failed([.. reader.Errors]);
        }

        var errors = new List<Diagnostic>();
        var lookup = new FactorLookup(context, input.Path, errors);
        var factor = lookup.Get(CarbonateIds.Subject(carbonate), "co2-factor", Gas.CO2);
        var dustCarbonateId = dustKind ?? carbonate;
        var dustFactor = anyDust ? lookup.Get(CarbonateIds.Subject(dustCarbonateId), "co2-factor", Gas.CO2) : null;
        if (errors.Count > 0 || factor is null)
        {
            return ActivityResult.Failed([.. errors]);
        }

        var computedWith = purity is null ? LimeMethods.IpccTier3 : LimeMethods.ChinaLimestone;
        var trace = new TraceBuilder().Input("M", m, "t", InputOrigin.Project, reader.AmountPath);
        var notes = new List<LocalizedText>();
        double carbonateMass;
        string formula;
        if (purity is { } pur)
        {
            carbonateMass = m * pur;
            trace.Input("PUR", pur, "1", InputOrigin.Project, reader.PathOf("carbonateContent"));
            formula = "CO2 = M × PUR × F × EF";
            notes.Add(new($"中国石灰窑做法（china-limestone）：M 为石灰石，PUR 为其 {carbonate} 含量。", $"Chinese lime-kiln practice (china-limestone): M is limestone, PUR its {carbonate} content."));
        }
        else
        {
            carbonateMass = m;
            formula = "CO2 = M × EF × F";
            notes.Add(new($"IPCC 方法 3（ipcc-tier3）：M 为纯 {carbonate}。", $"IPCC Tier 3 (ipcc-tier3): M is pure {carbonate}."));
        }

        var ef = FactorLookup.ValueOf(factor);
        trace.Input("F", f, "1", InputOrigin.Project, reader.PathOf("calcinationFraction"));
        trace.Default("EF", factor);
        var gross = carbonateMass * ef * f;
        notes.Add(new($"碳酸盐分解 CO2 = {Num.F(gross)} t。", $"Carbonate CO2 = {Num.F(gross)} t."));
        var deduction = 0.0;
        if (anyDust)
        {
            var md = dustMass!.Value;
            var cd = dustCarbonate!.Value;
            var fd = dustCalcination!.Value;
            var efd = FactorLookup.ValueOf(dustFactor!);
            deduction = md * cd * (1 - fd) * efd;
            trace.Input("M_d", md, "t", InputOrigin.Project, reader.PathOf("lostDustMass"));
            trace.Input("C_d", cd, "1", InputOrigin.Project, reader.PathOf("lostDustCarbonateFraction"));
            trace.Input("F_d", fd, "1", InputOrigin.Project, reader.PathOf("lostDustCalcinationFraction"));
            trace.Default("EF_d", dustFactor!);
            trace.Input("D", deduction, "t", InputOrigin.Derived);
            formula += " − M_d × C_d × (1 − F_d) × EF_d";
            notes.Add(new(
                $"扣除流失粉尘中未分解的碳酸盐：D = {Num.F(deduction)} t CO2（粉尘碳酸盐：{dustCarbonateId}{(dustKind is null ? "，按本行的碳酸盐计" : string.Empty)}）。",
                $"Uncalcined carbonate in lost dust deducted: D = {Num.F(deduction)} t CO2 (dust carbonate: {dustCarbonateId}{(dustKind is null ? ", taken as the line's carbonate" : string.Empty)})."));
            if (deduction > gross)
            {
                return ActivityResult.Failed(LimeDiagnostics.DustExceedsGross(reader.PathOf("lostDustMass"), gross, deduction));
            }
        }
        else
        {
            notes.Add(new("未扣除流失粉尘（未给出粉尘数据）。", "No lost-dust deduction (no dust data given)."));
        }

        var co2 = gross - deduction;
        var emission = new GasEmission(
            EmissionSources.Process,
            Gas.CO2,
            co2,
            trace.Build(formula, notes),
            new LocalizedText($"碳酸盐分解（{CarbonateIds.ChineseName(carbonate)}）", $"carbonate calcination ({carbonate})"));

        var diagnostics = new List<Diagnostic>();
        if (projectMethod is LimeMethods.IpccTier1 or LimeMethods.IpccTier2)
        {
            diagnostics.Add(LimeDiagnostics.MethodNotForCarbonateInput(projectMethod, computedWith));
        }

        Fact[] facts = [];
        if (!settings.HasLimeBenchmarkTable)
        {
            diagnostics.Add(NationalEnergyLimit.Notice(input.Path));
            facts = [NationalEnergyLimit.Fact()];
        }

        return new ActivityResult
        {
            Emissions = [emission],
            Facts = [.. facts],
            Diagnostics = [.. diagnostics],
            Methodology = computedWith,
        };
    }
}
