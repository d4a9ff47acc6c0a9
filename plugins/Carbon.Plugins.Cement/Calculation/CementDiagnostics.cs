using System.Globalization;
using Carbon.Sdk.Diagnostics;

namespace Carbon.Plugins.Cement.Calculation;

/// <summary>
/// The cement plugin's diagnostics (codes CB7101–CB7199, listed in docs/methodology/cement.md). Codes are stable and
/// never reused; every message says in Chinese and English what to do.
/// </summary>
internal static class CementDiagnostics
{
    /// <summary>CB7101: the amount has the wrong dimension.</summary>
    public const string AmountDimensionCode = "CB7101";

    /// <summary>CB7102: the amount is negative or not finite.</summary>
    public const string AmountInvalidCode = "CB7102";

    /// <summary>CB7103: a parameter the chosen methodology needs is missing.</summary>
    public const string MissingParameterCode = "CB7103";

    /// <summary>CB7104: a parameter has the wrong type, dimension or choice.</summary>
    public const string ParameterInvalidCode = "CB7104";

    /// <summary>CB7105: a parameter is out of its range (a fraction outside 0–100 %, a negative mass, CF_ckd below 1).</summary>
    public const string OutOfRangeCode = "CB7105";

    /// <summary>CB7106: a non-carbonate CaO/MgO fraction exceeds the total fraction.</summary>
    public const string NonCarbonateExceedsTotalCode = "CB7106";

    /// <summary>CB7107: the project names a cement methodology the plugin does not know.</summary>
    public const string UnknownMethodologyCode = "CB7107";

    /// <summary>CB7108: a parameter was given that the chosen methodology does not use.</summary>
    public const string UnusedParameterCode = "CB7108";

    /// <summary>CB7109: kiln-head / bypass dust was counted by the 2013 guideline's structure, whose dust terms are UNCONFIRMED.</summary>
    public const string DustUnconfirmedCode = "CB7109";

    /// <summary>CB7110: the IPCC Tier 1 default clinker emission factor was used.</summary>
    public const string Tier1DefaultCode = "CB7110";

    /// <summary>CB7111: mee-2024 was chosen; its equations are UNCONFIRMED.</summary>
    public const string Mee2024UnconfirmedCode = "CB7111";

    /// <summary>CB7112: the IPCC default CKD correction factor was used.</summary>
    public const string CkdDefaultCode = "CB7112";

    /// <summary>CB7113: CKD inputs are incomplete or conflicting.</summary>
    public const string CkdInputsCode = "CB7113";

    /// <summary>CB7114: clinker in cement minus imports plus exports is negative.</summary>
    public const string NetClinkerNegativeCode = "CB7114";

    /// <summary>CB7115: a factor record the calculation needs is missing or has the wrong unit.</summary>
    public const string FactorMissingCode = "CB7115";

    /// <summary>CB7116: an unconfirmed factor record was used.</summary>
    public const string UnconfirmedFactorCode = "CB7116";

    /// <summary>CB7117: the capacity-replacement list is invalid.</summary>
    public const string ReplacementInvalidCode = "CB7117";

    /// <summary>CB7118: the replacement ratio cannot be computed without the new clinker capacity.</summary>
    public const string ReplacementRatioCode = "CB7118";

    /// <summary>CB7119: the Tier 3 carbonate list is invalid.</summary>
    public const string CarbonatesInvalidCode = "CB7119";

    /// <summary>CB7120: a non-carbonate fraction was not given and was taken as zero.</summary>
    public const string NonCarbonateAssumedZeroCode = "CB7120";

    /// <summary>CB7121: a 2013-guideline term was computed while an IPCC methodology was chosen.</summary>
    public const string GuidelineTermCode = "CB7121";

    /// <summary>CB7122: cement.cement is computed by IPCC Tier 1 whatever methodology was chosen.</summary>
    public const string CementTier1OnlyCode = "CB7122";

    /// <summary>CB7123: a result came out negative (e.g. Tier 3 CKD deduction larger than the carbonates).</summary>
    public const string NegativeResultCode = "CB7123";

    /// <summary>CB7124: CKD correction by Eq. 2.4 needs clinker and CaO above zero.</summary>
    public const string CkdDivisionCode = "CB7124";

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>CB7101.</summary>
    public static Diagnostic AmountDimension(string path, string kind, string expectedUnit, string actualUnit) => Diagnostic.Error(
        AmountDimensionCode,
        path,
        $"{kind} 的 amount 量纲不对：应为 {expectedUnit} 一类的单位，实际为 {actualUnit}。请用正确单位填写，例如 \"155万 {expectedUnit}\"。",
        $"The amount of {kind} has the wrong dimension: expected a unit like {expectedUnit}, got {actualUnit}. Write it in a unit like \"1550000 {expectedUnit}\".");

    /// <summary>CB7102.</summary>
    public static Diagnostic AmountInvalid(string path, string kind, double value) => Diagnostic.Error(
        AmountInvalidCode,
        path,
        $"{kind} 的 amount 必须是非负有限数，实际为 {F(value)}。请填写本期产量或用量。",
        $"The amount of {kind} must be a finite non-negative number; got {F(value)}. Give the output or consumption of the period.");

    /// <summary>CB7103.</summary>
    public static Diagnostic Missing(string path, string name, string method, string hintZh, string hintEn) => Diagnostic.Error(
        MissingParameterCode,
        path,
        $"缺少参数 {name}：方法 {method} 需要它。{hintZh}",
        $"Missing parameter {name}: methodology {method} needs it. {hintEn}");

    /// <summary>CB7104.</summary>
    public static Diagnostic Invalid(string path, string name, string expectedZh, string expectedEn, string raw) => Diagnostic.Error(
        ParameterInvalidCode,
        path,
        $"参数 {name} 的值“{raw}”无效：应为{expectedZh}。",
        $"Parameter {name} has an invalid value '{raw}': expected {expectedEn}.");

    /// <summary>CB7105.</summary>
    public static Diagnostic OutOfRange(string path, string name, string rangeZh, string rangeEn, string raw) => Diagnostic.Error(
        OutOfRangeCode,
        path,
        $"参数 {name} 的值“{raw}”超出范围：应{rangeZh}。请核对填写的数值和单位。",
        $"Parameter {name} is out of range ('{raw}'): it must be {rangeEn}. Check the number and its unit.");

    /// <summary>CB7106.</summary>
    public static Diagnostic NonCarbonateExceedsTotal(string path, string name, string totalName) => Diagnostic.Error(
        NonCarbonateExceedsTotalCode,
        path,
        $"{name} 大于 {totalName}：非碳酸盐来源部分不能超过熟料中的总含量（两者都按占熟料质量的分数填写）。",
        $"{name} is larger than {totalName}: the non-carbonate part cannot exceed the total content of the clinker (both are mass fractions of clinker).");

    /// <summary>CB7107.</summary>
    public static Diagnostic UnknownMethodology(string method) => Diagnostic.Error(
        UnknownMethodologyCode,
        "/options/methods/cement",
        $"未知的水泥核算方法“{method}”。可选：china-2013、ipcc-tier1、ipcc-tier2、ipcc-tier3、mee-2024。",
        $"Unknown cement methodology '{method}'. Choose one of china-2013, ipcc-tier1, ipcc-tier2, ipcc-tier3, mee-2024.");

    /// <summary>CB7108.</summary>
    public static Diagnostic Unused(string path, string name, string method) => Diagnostic.Warning(
        UnusedParameterCode,
        path,
        $"参数 {name} 未被方法 {method} 使用，计算中没有采用它。若要采用，请选择使用它的方法（见 docs/methodology/cement.md），或删除该参数。",
        $"Parameter {name} is not used by methodology {method} and did not enter the result. Choose a methodology that uses it (docs/methodology/cement.md) or remove it.");

    /// <summary>CB7109.</summary>
    public static Diagnostic DustUnconfirmed(string path) => Diagnostic.Warning(
        DustUnconfirmedCode,
        path,
        "窑头粉尘和旁路放风粉尘按与熟料相同的排放因子计入（2013 指南结构所示）；指南中粉尘项的确切写法未经核实（UNCONFIRMED），审批前请对照指南原文。",
        "Kiln-head and bypass dust were counted at the clinker's emission factor, as the 2013 guideline's structure suggests; the guideline's exact dust terms are UNCONFIRMED. Check the guideline text before an approval relies on them.");

    /// <summary>CB7110.</summary>
    public static Diagnostic Tier1Default(string path, double value) => Diagnostic.Warning(
        Tier1DefaultCode,
        path,
        $"使用了 IPCC 第1层级缺省熟料排放因子 {F(value)} t CO2/t 熟料（已含窑灰修正）。有熟料成分数据时，请改用 china-2013 或 ipcc-tier2 并填写 CaO/MgO 含量。",
        $"The IPCC Tier 1 default clinker emission factor {F(value)} t CO2/t clinker (CKD included) was used. With clinker composition data, choose china-2013 or ipcc-tier2 and give the CaO/MgO contents.");

    /// <summary>CB7111.</summary>
    public static Diagnostic Mee2024Unconfirmed() => Diagnostic.Warning(
        Mee2024UnconfirmedCode,
        "/options/methods/cement",
        "选择了 mee-2024（CETS-AG-02.01-V01-2024）：该指南正文未经核实，本插件按 2013 指南/GB/T 32151.8 的结构计算，方程和缺省值均为 UNCONFIRMED。",
        "mee-2024 (CETS-AG-02.01-V01-2024) was chosen: the guideline's body was not seen, so the plugin computes the structure of the 2013 guideline / GB/T 32151.8; its equations and defaults are UNCONFIRMED.");

    /// <summary>CB7112.</summary>
    public static Diagnostic CkdDefault(string path, double value) => Diagnostic.Info(
        CkdDefaultCode,
        path,
        $"未给窑灰数据，采用 IPCC 缺省窑灰修正系数 CF_ckd = {F(value)}。有实测数据时请填写 ckdCorrectionFactor，或 ckdLost、ckdCarbonateFraction、ckdCalcinationFraction。",
        $"No cement kiln dust data were given, so the IPCC default CKD correction CF_ckd = {F(value)} was used. Give ckdCorrectionFactor, or ckdLost, ckdCarbonateFraction and ckdCalcinationFraction, when measured.");

    /// <summary>CB7113.</summary>
    public static Diagnostic CkdInputs(string path, string zh, string en) => Diagnostic.Error(CkdInputsCode, path, zh, en);

    /// <summary>CB7114.</summary>
    public static Diagnostic NetClinkerNegative(string path, double net) => Diagnostic.Error(
        NetClinkerNegativeCode,
        path,
        $"水泥中熟料量减去熟料调入量再加调出量为负（{F(net)} t）。请核对 clinkerFraction、clinkerImports 和 clinkerExports。",
        $"Clinker in cement minus clinker imports plus exports is negative ({F(net)} t). Check clinkerFraction, clinkerImports and clinkerExports.");

    /// <summary>CB7115.</summary>
    public static Diagnostic FactorMissing(string path, string subject, string parameter) => Diagnostic.Error(
        FactorMissingCode,
        path,
        $"找不到可用的因子记录（subject {subject}，parameter {parameter}），或其单位不对。请确认已加载水泥数据集 carbon.cement，或修正项目中覆盖该记录的数值。",
        $"No usable factor record (subject {subject}, parameter {parameter}), or its unit is wrong. Make sure the cement data set carbon.cement is loaded, or fix the project's override of that record.");

    /// <summary>CB7116.</summary>
    public static Diagnostic UnconfirmedFactor(string path, string recordId) => Diagnostic.Warning(
        UnconfirmedFactorCode,
        path,
        $"使用了未经核实（UNCONFIRMED）的因子记录 {recordId}。审批前请对照原始文献核实，或在项目中给出实测值。",
        $"The unconfirmed factor record {recordId} was used. Check it against the primary source, or give a measured value in the project, before an approval relies on it.");

    /// <summary>CB7117.</summary>
    public static Diagnostic ReplacementInvalid(string path, string zh, string en) => Diagnostic.Error(ReplacementInvalidCode, path, zh, en);

    /// <summary>CB7118.</summary>
    public static Diagnostic ReplacementRatio(string path) => Diagnostic.Warning(
        ReplacementRatioCode,
        path,
        "给出了产能置换来源但没有 clinkerCapacity，无法计算置换比例 cement.replacement-ratio。请填写新建熟料产能（t/d）。",
        "Capacity-replacement sources were given without clinkerCapacity, so cement.replacement-ratio cannot be computed. Give the new clinker capacity in t/d.");

    /// <summary>CB7119.</summary>
    public static Diagnostic CarbonatesInvalid(string path, string zh, string en) => Diagnostic.Error(CarbonatesInvalidCode, path, zh, en);

    /// <summary>CB7120.</summary>
    public static Diagnostic NonCarbonateAssumedZero(string path, string name, string oxide) => Diagnostic.Warning(
        NonCarbonateAssumedZeroCode,
        path,
        $"未填写 {name}，按熟料中全部 {oxide} 均来自碳酸盐计算（偏保守的上限）。如有钢渣、粉煤灰等非碳酸盐原料带入的 {oxide}，请填写；若确为零，请写 \"0 %\"。",
        $"{name} was not given, so all {oxide} in the clinker was taken to come from carbonates (a conservative upper bound). Give the {oxide} brought in by non-carbonate materials such as slag or fly ash; write \"0 %\" if there is none.");

    /// <summary>CB7121.</summary>
    public static Diagnostic GuidelineTerm(string path, string kind, string method) => Diagnostic.Info(
        GuidelineTermCode,
        path,
        $"IPCC 方法 {method} 的水泥章节不含 {kind} 这一项；已按 2013 水泥指南的公式计算，并记为 china-2013。",
        $"The IPCC cement method {method} has no {kind} term; it was computed with the 2013 China cement guideline's equation and recorded as china-2013.");

    /// <summary>CB7122.</summary>
    public static Diagnostic CementTier1Only(string path, string method) => Diagnostic.Info(
        CementTier1OnlyCode,
        path,
        $"cement.cement 只有 IPCC 第1层级（式 2.1）一种算法，已按 ipcc-tier1 计算（项目选择的方法为 {method}）。同一熟料不要再以 cement.clinker 重复填报。",
        $"cement.cement has only one calculation, IPCC Tier 1 (Eq. 2.1), so it was computed as ipcc-tier1 (the project's methodology is {method}). Do not enter the same clinker again as cement.clinker.");

    /// <summary>CB7123.</summary>
    public static Diagnostic NegativeResult(string path, double tonnes) => Diagnostic.Error(
        NegativeResultCode,
        path,
        $"计算结果为负（{F(tonnes)} t CO2）：窑灰中未煅烧碳酸盐的扣减大于碳酸盐投入的排放。请核对 carbonates 与窑灰参数。",
        $"The result is negative ({F(tonnes)} t CO2): the deduction for uncalcined carbonate in lost CKD exceeds the carbonate emissions. Check carbonates and the CKD parameters.");

    /// <summary>CB7124.</summary>
    public static Diagnostic CkdDivision(string path) => Diagnostic.Error(
        CkdDivisionCode,
        path,
        "按 IPCC 式 2.4 由窑灰数据计算 CF_ckd 需要熟料产量和 CaO 含量都大于零。请核对 amount 和 caoFraction，或直接填写 ckdCorrectionFactor。",
        "Computing CF_ckd from dust data by IPCC Eq. 2.4 needs clinker output and CaO content above zero. Check amount and caoFraction, or give ckdCorrectionFactor directly.");
}
