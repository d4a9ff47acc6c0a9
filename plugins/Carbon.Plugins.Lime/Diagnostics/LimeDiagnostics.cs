using System.Globalization;
using Carbon.Sdk.Diagnostics;

namespace Carbon.Plugins.Lime.Diagnostics;

/// <summary>
/// The lime plugin's diagnostics (range CB72xx; listed in docs/methodology/lime.md). Codes are stable and never
/// reused; every message says in Chinese and English what to do.
/// </summary>
internal static class LimeDiagnostics
{
    /// <summary>The JSON Pointer of the project's lime methodology choice.</summary>
    public const string MethodPath = "/options/methods/lime";

    /// <summary>CB7201: options.methods.lime names no methodology of the plugin.</summary>
    public static Diagnostic UnknownMethod(string method) => Diagnostic.Error(
        "CB7201",
        MethodPath,
        $"未知的石灰核算方法“{method}”。请改为 ipcc-tier1、ipcc-tier2、ipcc-tier3 或 china-limestone。",
        $"Unknown lime methodology '{method}'. Use ipcc-tier1, ipcc-tier2, ipcc-tier3 or china-limestone.");

    /// <summary>CB7202: the chosen methodology computes from carbonates and cannot compute a lime.production line.</summary>
    public static Diagnostic MethodNotForProduction(string method, string path) => Diagnostic.Error(
        "CB7202",
        path,
        $"方法“{method}”按碳酸盐投入量核算，不能用于 lime.production（按石灰产量）。请把该行改为 lime.carbonate-input，或把 options.methods.lime 设为 ipcc-tier1 或 ipcc-tier2。",
        $"Method '{method}' computes from carbonate inputs and cannot compute a lime.production line (lime output). Write the line as lime.carbonate-input, or set options.methods.lime to ipcc-tier1 or ipcc-tier2.");

    /// <summary>CB7203: the amount has the wrong dimension.</summary>
    public static Diagnostic AmountDimension(string path, string expectedUnit, string actual) => Diagnostic.Error(
        "CB7203",
        path,
        $"数量的量纲不对（读到 {actual}）：请用 {expectedUnit} 这类单位填写，例如“18万 {expectedUnit}”。",
        $"The amount has the wrong dimension (read as {actual}): write it in a unit like {expectedUnit}, e.g. \"18万 {expectedUnit}\".");

    /// <summary>CB7204: the amount is negative.</summary>
    public static Diagnostic AmountNegative(string path) => Diagnostic.Error(
        "CB7204",
        path,
        "数量不能为负数：请填写实际的产量或消耗量。",
        "The amount cannot be negative: give the actual output or consumption.");

    /// <summary>CB7205: a parameter has the wrong type or dimension.</summary>
    public static Diagnostic ParameterType(string path, string name, string expected) => Diagnostic.Error(
        "CB7205",
        path,
        $"参数 {name} 的类型或量纲不对：应为 {expected}。",
        $"Parameter {name} has the wrong type or dimension: it must be {expected}.");

    /// <summary>CB7206: a parameter is out of its allowed range.</summary>
    public static Diagnostic OutOfRange(string path, string name, string rangeZh, string rangeEn) => Diagnostic.Error(
        "CB7206",
        path,
        $"参数 {name} 超出允许范围：应{rangeZh}。",
        $"Parameter {name} is out of range: it must be {rangeEn}.");

    /// <summary>CB7207: a choice parameter has an unknown value.</summary>
    public static Diagnostic UnknownChoice(string path, string name, string value, IEnumerable<string> allowed)
    {
        var list = string.Join(", ", allowed);
        return Diagnostic.Error(
            "CB7207",
            path,
            $"参数 {name} 的取值“{value}”未知：可选 {list}。",
            $"Parameter {name} has an unknown value '{value}': use one of {list}.");
    }

    /// <summary>CB7208: a factor record the calculation needs is missing from the loaded data.</summary>
    public static Diagnostic MissingFactor(string path, string subject, string parameter) => Diagnostic.Error(
        "CB7208",
        path,
        $"缺少数据记录（subject = {subject}，parameter = {parameter}）：已加载的数据集或项目覆盖项中没有它。请检查数据集覆盖项，或在项目中直接给出该数值。",
        $"A data record is missing (subject = {subject}, parameter = {parameter}): no loaded data set or project override holds it. Check the data-set overrides, or give the value in the project.");

    /// <summary>CB7224: a data record the calculation needs is not a dimensionless ratio.</summary>
    public static Diagnostic RecordNotRatio(string path, string recordId, string unit) => Diagnostic.Error(
        "CB7224",
        path,
        $"数据记录 {recordId} 的单位“{unit}”不是无量纲比值（应为 tCO2/t、1 或 %）：请修正该记录或项目中的覆盖项。",
        $"Data record {recordId} has the unit '{unit}', which is not a dimensionless ratio (tCO2/t, 1 or %): correct the record or the project's override.");

    /// <summary>CB7209: a required parameter is missing.</summary>
    public static Diagnostic Missing(string path, string name, string whatZh, string whatEn) => Diagnostic.Error(
        "CB7209",
        path,
        $"缺少参数 {name}：{whatZh}",
        $"Parameter {name} is missing: {whatEn}");

    /// <summary>CB7210: Tier 2 needs the lime type.</summary>
    public static Diagnostic Tier2NeedsLimeType(string path) => Diagnostic.Error(
        "CB7210",
        path,
        "方法2（ipcc-tier2）需要石灰品种：请给出 limeType（high-calcium、dolomitic 或 hydraulic）；品种不明时请改用 ipcc-tier1（85/15 通用组合）。",
        "Tier 2 (ipcc-tier2) needs the lime type: give limeType (high-calcium, dolomitic or hydraulic); if the type is unknown, use ipcc-tier1 (the 85/15 generic mix).");

    /// <summary>CB7211: dolomitic lime needs the technology row (or, in Tier 2, a measured content).</summary>
    public static Diagnostic DolomiticNeedsTechnology(string path, bool tier2) => Diagnostic.Error(
        "CB7211",
        path,
        tier2
            ? "白云石灰需要 technology（developed 或 developing）以选取表2.4的缺省 CaO·MgO 含量（0.95 或 0.85），或直接给出实测 oxideContent。"
            : "白云石灰需要 technology（developed 或 developing）以选取表2.4的缺省排放因子（0.86 或 0.77）。",
        tier2
            ? "Dolomitic lime needs technology (developed or developing) to pick the Table 2.4 default CaO·MgO content (0.95 or 0.85), or a measured oxideContent."
            : "Dolomitic lime needs technology (developed or developing) to pick the Table 2.4 default EF (0.86 or 0.77).");

    /// <summary>CB7212: technology was given for a lime type other than dolomitic.</summary>
    public static Diagnostic TechnologyNotApplicable(string path, string limeType) => Diagnostic.Error(
        "CB7212",
        path,
        $"technology 只适用于白云石灰（dolomitic），不适用于“{limeType}”：请删除 technology，或核对 limeType。",
        $"technology applies to dolomitic lime only, not to '{limeType}': remove technology or check limeType.");

    /// <summary>CB7213: a Tier 2 parameter was given while the line is computed by Tier 1.</summary>
    public static Diagnostic Tier2ParameterUnderTier1(string path, string name) => Diagnostic.Error(
        "CB7213",
        path,
        $"参数 {name} 属于方法2，但本行按方法1（ipcc-tier1，表2.4印刷缺省值）核算，它不会被使用：请把 options.methods.lime 设为 ipcc-tier2，或删除该参数。",
        $"Parameter {name} belongs to Tier 2, but this line is computed by Tier 1 (ipcc-tier1, printed Table 2.4 defaults), which would not use it: set options.methods.lime to ipcc-tier2, or remove the parameter.");

    /// <summary>CB7214: hydrated lime was declared without its water content and unconfirmed defaults are not allowed.</summary>
    public static Diagnostic WaterContentRequired(string path) => Diagnostic.Error(
        "CB7214",
        path,
        "给出了消石灰比例 hydratedLimeShare，但没有给出消石灰含水率 hydratedLimeWaterContent：IPCC 缺省值 y = 0.28 未经核实，默认不使用。请填写实测含水率（例如“26 %”），或由宿主启用 AllowUnconfirmedDefaults（结果将带警告）。",
        "hydratedLimeShare is given but hydratedLimeWaterContent is not: the IPCC default y = 0.28 is unconfirmed and not used by default. Give the measured water content (e.g. \"26 %\"), or have the host enable AllowUnconfirmedDefaults (the result then carries a warning).");

    /// <summary>CB7215: a water content was given without a hydrated-lime share.</summary>
    public static Diagnostic WaterContentWithoutShare(string path) => Diagnostic.Error(
        "CB7215",
        path,
        "给出了 hydratedLimeWaterContent，但没有 hydratedLimeShare：含水率只在有消石灰时参与校正 C_h = 1 − x × y。请补充消石灰比例，或删除含水率。",
        "hydratedLimeWaterContent is given without hydratedLimeShare: the water content only enters C_h = 1 − x × y when there is hydrated lime. Give the hydrated-lime share, or remove the water content.");

    /// <summary>CB7216: both a direct LKD correction factor and LKD dust data were given.</summary>
    public static Diagnostic LkdConflict(string path) => Diagnostic.Error(
        "CB7216",
        path,
        "同时给出了 lkdCorrection 和窑灰数据（lkdMass 等）：两者只能取其一。请保留其中一种。",
        "Both lkdCorrection and lime-kiln-dust data (lkdMass etc.) are given: use one or the other, not both.");

    /// <summary>CB7217: LKD dust data are incomplete.</summary>
    public static Diagnostic LkdIncomplete(string path, string missing) => Diagnostic.Error(
        "CB7217",
        path,
        $"窑灰数据不完整：由窑灰计算 CF_lkd 需要 lkdMass、lkdCarbonateFraction 和 lkdCalcinationFraction 三项，缺少 {missing}。",
        $"Lime-kiln-dust data are incomplete: computing CF_lkd from dust needs lkdMass, lkdCarbonateFraction and lkdCalcinationFraction; {missing} is missing.");

    /// <summary>CB7218: Tier 1 without a lime type would need the unconfirmed generic-mix dolomitic EF.</summary>
    public static Diagnostic GenericMixNotAllowed(string path) => Diagnostic.Error(
        "CB7218",
        path,
        "没有给出 limeType，方法1 将使用 IPCC 85/15 通用组合；但组合中采用哪个白云石灰因子（0.77 或 0.86）未经核实，默认不使用。请给出 limeType，或由宿主启用 AllowUnconfirmedDefaults（结果将带警告）。",
        "No limeType is given, so Tier 1 would use the IPCC 85/15 generic mix; which dolomitic EF (0.77 or 0.86) enters that mix is unconfirmed, so it is not used by default. Give limeType, or have the host enable AllowUnconfirmedDefaults (the result then carries a warning).");

    /// <summary>CB7219: an unconfirmed default was used.</summary>
    public static Diagnostic UnconfirmedDefaultUsed(string path, string recordId, double value, string whatZh, string whatEn)
    {
        var v = value.ToString("G10", CultureInfo.InvariantCulture);
        return Diagnostic.Warning(
            "CB7219",
            path,
            $"使用了未经核实的缺省值 {whatZh} = {v}（记录 {recordId}）：结果不能作为审批依据，除非该值已对照原文核实。请尽量给出实测值。",
            $"An unconfirmed default was used: {whatEn} = {v} (record {recordId}). Do not rely on the result for an approval until the value is checked against the primary text; give a measured value where you can.");
    }

    /// <summary>CB7221: lost-dust data of a carbonate-input line are incomplete.</summary>
    public static Diagnostic DustIncomplete(string path, string missing) => Diagnostic.Error(
        "CB7221",
        path,
        $"流失粉尘数据不完整：扣减项 M_d × C_d × (1 − F_d) × EF_d 需要 lostDustMass、lostDustCarbonateFraction 和 lostDustCalcinationFraction 三项，缺少 {missing}。",
        $"Lost-dust data are incomplete: the deduction M_d × C_d × (1 − F_d) × EF_d needs lostDustMass, lostDustCarbonateFraction and lostDustCalcinationFraction; {missing} is missing.");

    /// <summary>CB7222: the dust deduction exceeds the gross carbonate CO2.</summary>
    public static Diagnostic DustExceedsGross(string path, double gross, double deduction)
    {
        var g = gross.ToString("G10", CultureInfo.InvariantCulture);
        var d = deduction.ToString("G10", CultureInfo.InvariantCulture);
        return Diagnostic.Error(
            "CB7222",
            path,
            $"流失粉尘扣减量（{d} t CO2）大于碳酸盐分解排放（{g} t CO2），结果为负：请核对粉尘质量和碳酸盐比例。",
            $"The lost-dust deduction ({d} t CO2) exceeds the carbonate CO2 ({g} t CO2), which would be negative: check the dust mass and carbonate fraction.");
    }

    /// <summary>CB7223: the project's lime method does not govern carbonate-input lines.</summary>
    public static Diagnostic MethodNotForCarbonateInput(string method, string computedWith) => Diagnostic.Info(
        "CB7223",
        MethodPath,
        $"options.methods.lime = “{method}” 只作用于 lime.production 行；lime.carbonate-input 行始终按碳酸盐投入量核算（{computedWith}）。",
        $"options.methods.lime = '{method}' governs lime.production lines only; lime.carbonate-input lines are always computed from carbonate inputs ({computedWith}).");

    /// <summary>CB7230: replacesKilns is not a list of kiln type ids.</summary>
    public static Diagnostic ReplacesKilnsMalformed(string path, IEnumerable<string> allowed)
    {
        var list = string.Join(", ", allowed);
        return Diagnostic.Error(
            "CB7230",
            path,
            $"replacesKilns 必须是窑型编号组成的数组（每座被替代的窑一项），可选 {list}，例如 [\"ordinary-shaft\", \"ordinary-shaft\"]。",
            $"replacesKilns must be an array of kiln type ids (one item per kiln replaced) from {list}, e.g. [\"ordinary-shaft\", \"ordinary-shaft\"].");
    }

    /// <summary>CB7231: the kiln count is not a positive whole number.</summary>
    public static Diagnostic KilnCount(string path) => Diagnostic.Error(
        "CB7231",
        path,
        "count 必须是正整数（同型同规模窑的座数），例如 2。",
        "count must be a positive whole number (the number of kilns of this type and size), e.g. 2.");

    /// <summary>CB7240: no national lime energy-consumption limit is confirmed.</summary>
    public static Diagnostic NoNationalEnergyLimit(string path) => Diagnostic.Info(
        "CB7240",
        path,
        "未确认存在石灰单位产品能源消耗限额国家标准（energy.md §5.1），能效标杆/基准中是否包含石灰亦未确认：本报告不对石灰产品作能耗限额比较，且不应据此推断合规。",
        "No national lime energy-consumption limit standard is confirmed (energy.md §5.1), and whether the energy-efficiency benchmark and baseline lists cover lime is unconfirmed: the report makes no energy-limit comparison for lime, and none should be inferred.");
}
