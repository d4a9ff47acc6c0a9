using System.Collections.Immutable;
using Carbon.Plugins.Cement.Activities;
using Carbon.Plugins.Cement.Calculation;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Cement.Calculators.Clinker;

/// <summary>
/// The clinker-based (output) carbonate method of the 2013 China cement guideline and GB/T 32151.8-2015 [C]
/// (ghg-methods.md §1.2–§1.3):
/// <c>E = Q × [(FR_CaO − FR_CaO,nc) × 44/56 + (FR_MgO − FR_MgO,nc) × 44/40]</c>.
/// Kiln-head and bypass dust are counted at the same factor, as the guideline's structure suggests (UNCONFIRMED).
/// Also used for mee-2024, whose own equations were not seen.
/// </summary>
internal static class ChinaClinkerMethod
{
    private const string Formula = "E = Q × [(FR_CaO − FR_CaO,nc) × 44/56 + (FR_MgO − FR_MgO,nc) × 44/40]";
    private const string DustFormula = "E = Q_dust × EF; EF = (FR_CaO − FR_CaO,nc) × 44/56 + (FR_MgO − FR_MgO,nc) × 44/40";

    /// <summary>Computes the clinker line and any dust lines.</summary>
    /// <param name="reader">The line reader.</param>
    /// <param name="clinker">Clinker produced, t.</param>
    /// <param name="method">china-2013 or mee-2024.</param>
    /// <returns>The outcome, or null after an error.</returns>
    public static ClinkerOutcome? Calculate(LineReader reader, double clinker, string method)
    {
        var cao = reader.Fraction(CementParameters.CaoFraction);
        var caoNc = reader.Fraction(CementParameters.NonCarbonateCaoFraction);
        var mgo = reader.Fraction(CementParameters.MgoFraction);
        var mgoNc = reader.Fraction(CementParameters.NonCarbonateMgoFraction);
        var kilnHeadDust = reader.NonNegative(CementParameters.KilnHeadDust, Sdk.Units.Dimension.OfMass, "t");
        var bypassDust = reader.NonNegative(CementParameters.BypassDust, Sdk.Units.Dimension.OfMass, "t");

        RequireComposition(reader, cao, CementParameters.CaoFraction, method, "CaO", "65 %");
        RequireComposition(reader, mgo, CementParameters.MgoFraction, method, "MgO", "2 %");
        CheckNonCarbonate(reader, cao, caoNc, CementParameters.NonCarbonateCaoFraction, CementParameters.CaoFraction);
        CheckNonCarbonate(reader, mgo, mgoNc, CementParameters.NonCarbonateMgoFraction, CementParameters.MgoFraction);
        if (reader.HasErrors || cao is not { } caoValue || mgo is not { } mgoValue)
        {
            return null;
        }

        var notes = new List<LocalizedText>
        {
            method == CementMethodologyIds.Mee2024
                ? new(
                    "选择了 mee-2024（CETS-AG-02.01-V01-2024）：按 2013 年指南 / GB/T 32151.8-2015 的公式结构计算；2024 年指南的公式未核实。",
                    "mee-2024 (CETS-AG-02.01-V01-2024) chosen: computed with the structure of the 2013 guideline / GB/T 32151.8-2015; the 2024 guideline's equations are UNCONFIRMED.")
                : new(
                    "2013 年《中国水泥生产企业温室气体排放核算方法与报告指南》/ GB/T 32151.8-2015 的熟料法（公式结构已确认）。",
                    "Clinker-based method of the 2013 China cement guideline / GB/T 32151.8-2015 (structure confirmed)."),
        };
        var caoNcValue = NonCarbonateOrZero(reader, caoNc, CementParameters.NonCarbonateCaoFraction, "CaO", "FR_CaO,nc", notes);
        var mgoNcValue = NonCarbonateOrZero(reader, mgoNc, CementParameters.NonCarbonateMgoFraction, "MgO", "FR_MgO,nc", notes);

        // EF = (FR_CaO − FR_CaO,nc) × 44/56 + (FR_MgO − FR_MgO,nc) × 44/40, t CO2 per t clinker.
        var ef = ((caoValue.Value - caoNcValue) * Stoichiometry.Co2PerCaO) + ((mgoValue.Value - mgoNcValue) * Stoichiometry.Co2PerMgO);

        TraceBuilder Composition(TraceBuilder t)
        {
            t.Project("FR_CaO", caoValue, "1");
            if (caoNc is { } c)
            {
                t.Project("FR_CaO,nc", c, "1");
            }
            else
            {
                t.Derived("FR_CaO,nc", 0, "1");
            }

            t.Project("FR_MgO", mgoValue, "1");
            if (mgoNc is { } m)
            {
                t.Project("FR_MgO,nc", m, "1");
            }
            else
            {
                t.Derived("FR_MgO,nc", 0, "1");
            }

            return t.Constant(Stoichiometry.Co2PerCaOText, Stoichiometry.Co2PerCaO, "tCO2/t CaO")
                .Constant(Stoichiometry.Co2PerMgOText, Stoichiometry.Co2PerMgO, "tCO2/t MgO")
                .Derived("EF", ef, "tCO2/t");
        }

        var clinkerTrace = Composition(new TraceBuilder().Project("Q", clinker, "t", reader.AmountPath));
        foreach (var note in notes)
        {
            clinkerTrace.Note(note);
        }

        var emissions = ImmutableArray.CreateBuilder<GasEmission>();
        emissions.Add(new GasEmission(EmissionSources.Process, Gas.CO2, clinker * ef, clinkerTrace.Build(Formula), CementEmissionLabels.Clinker));

        if (kilnHeadDust is not null || bypassDust is not null)
        {
            reader.Add(CementDiagnostics.DustUnconfirmed((kilnHeadDust ?? bypassDust)!.Value.Path));
        }

        foreach (var (dust, symbol, label) in new[] { (kilnHeadDust, "Q_kiln-head-dust", CementEmissionLabels.KilnHeadDust), (bypassDust, "Q_bypass-dust", CementEmissionLabels.BypassDust) })
        {
            if (dust is not { } d)
            {
                continue;
            }

            var t = Composition(new TraceBuilder().Project(symbol, d, "t"));
            foreach (var note in notes)
            {
                t.Note(note);
            }

            t.Note(
                "粉尘按熟料排放因子计算，与 2013 年指南的公式结构一致；指南中粉尘项的确切写法未核实。",
                "Dust counted at the clinker's emission factor as the 2013 guideline's structure suggests; the guideline's exact dust terms are UNCONFIRMED.");
            emissions.Add(new GasEmission(EmissionSources.Process, Gas.CO2, d.Value * ef, t.Build(DustFormula.Replace("Q_dust", symbol, StringComparison.Ordinal)), label));
        }

        var indicatorTrace = Composition(new TraceBuilder());
        foreach (var note in notes)
        {
            indicatorTrace.Note(note);
        }

        var indicator = new Indicator(
            ClinkerOutcome.ProcessFactorId,
            ClinkerOutcome.ProcessFactorName,
            ef,
            ClinkerOutcome.ProcessFactorUnit,
            indicatorTrace.Build("EF = (FR_CaO − FR_CaO,nc) × 44/56 + (FR_MgO − FR_MgO,nc) × 44/40"));
        return new ClinkerOutcome(emissions.ToImmutable(), indicator);
    }

    private static void RequireComposition(LineReader reader, Reading? value, string name, string method, string oxide, string example)
    {
        if (value is null && !reader.Has(name))
        {
            reader.Add(CementDiagnostics.Missing(
                reader.PathOf(name),
                name,
                method,
                $"请填写熟料中 {oxide} 的质量分数，如 \"{example}\"（无该成分时写 \"0 %\"）；没有熟料成分数据时可选择 ipcc-tier1 使用缺省因子。",
                $"Give the {oxide} mass fraction of the clinker, e.g. \"{example}\" (\"0 %\" if there is none); without clinker composition data, choose ipcc-tier1 for the default factor."));
        }
    }

    private static void CheckNonCarbonate(LineReader reader, Reading? total, Reading? nonCarbonate, string name, string totalName)
    {
        if (total is { } t && nonCarbonate is { } n && n.Value > t.Value)
        {
            reader.Add(CementDiagnostics.NonCarbonateExceedsTotal(n.Path, name, totalName));
        }
    }

    private static double NonCarbonateOrZero(LineReader reader, Reading? value, string name, string oxide, string symbol, List<LocalizedText> notes)
    {
        if (value is { } v)
        {
            return v.Value;
        }

        reader.Add(CementDiagnostics.NonCarbonateAssumedZero(reader.PathOf(name), name, oxide));
        notes.Add(new($"未给出 {symbol}：按 0 计（{oxide} 全部来自碳酸盐，为保守上限）。", $"{symbol} not given: taken as 0 (all {oxide} from carbonates, a conservative upper bound)."));
        return 0;
    }
}
