using Carbon.Sdk.Diagnostics;

namespace Carbon.Review;

/// <summary>
/// Diagnostics of the energy-saving review and baselines stage (CB5xxx): regime choice (CB50xx), regional impact m/n
/// (CB51xx), energy-saving amount (CB52xx), baselines (CB53xx) and review data files (CB59xx). Listed in
/// docs/methodology/review.md. Codes are stable and never reused.
/// </summary>
internal static class ReviewDiagnostics
{
    public static Diagnostic NoReviewDate() => Diagnostic.Warning(
        "CB5001", "/reviewDate",
        "未给出节能审查日期（reviewDate），无法确定适用的节能审查办法，审查层级未判定。请写明审查日期，例如 \"reviewDate\": \"2025-10-15\"。",
        "No review date (reviewDate) is given, so the energy-saving review regime and tier cannot be determined. Give the date, e.g. \"reviewDate\": \"2025-10-15\".");

    public static Diagnostic BeforeFirstRegime(string date, string earliest) => Diagnostic.Warning(
        "CB5002", "/reviewDate",
        $"审查日期 {date} 早于最早收录的节能审查办法（国家发展改革委令2010年第6号，{earliest} 起施行），审查层级未判定。请核对日期。",
        $"The review date {date} is before the earliest regime in the data (NDRC Order 2010 No. 6, in force from {earliest}), so no tier is determined. Check the date.");

    public static Diagnostic RegimeDatesUncertain(string regime, string from, string fromStatus, string to, string toStatus) => Diagnostic.Warning(
        "CB5003", "/reviewDate",
        $"所选节能审查办法“{regime}”的施行期（{from}［{fromStatus}］至 {to}［{toStatus}］）有未经核实的日期：审查日期在该日期附近时，适用的办法可能不同。审批前请对照原文核实。",
        $"The chosen regime '{regime}' has an in-force period ({from} [{fromStatus}] to {to} [{toStatus}]) with a date that is not confirmed: near that date another regime may apply. Check it against the official text before an approval relies on it.");

    public static Diagnostic UnconfirmedUsed(string path, string id, string zhWhat, string enWhat) => Diagnostic.Warning(
        "CB5004", path,
        $"节能审查判定使用了未经核实（UNCONFIRMED）的内容“{id}”：{zhWhat}。审批前请对照原文核实。",
        $"The review outcome relies on UNCONFIRMED content '{id}': {enWhat}. Check it against the official text before an approval relies on it.");

    public static Diagnostic IncrementNeedsExistingEnergy(string path, string regime) => Diagnostic.Warning(
        "CB5005", path,
        $"按“{regime}”，本项目应按建成投产后年综合能源消费增量判定，但未给出现有设施年综合能耗（existing.annualEnergy，当量值，例如 \"8000 tce\"）。暂按项目全部年综合能源消费量判定（较严）。",
        $"Under '{regime}' this project is judged on its post-commissioning increment, but the existing facility's annual energy (existing.annualEnergy, equivalent value, e.g. \"8000 tce\") is not given. The full annual consumption was compared meanwhile (the stricter reading).");

    public static Diagnostic IncrementNeedsUnchangedStatement(string path) => Diagnostic.Warning(
        "CB5006", path,
        "令2号仅对建设地点、主要工艺和设备均未改变的改建项目按增量计。请写明 existing.siteProcessEquipmentUnchanged（true 或 false）；暂按项目全部年综合能源消费量判定（较严）。",
        "Order 2 counts the increment only for a rebuild whose site, main process and equipment are all unchanged. State existing.siteProcessEquipmentUnchanged (true or false); the full annual consumption was compared meanwhile (the stricter reading).");

    public static Diagnostic IncrementNotEstablished(string regime, string nature) => Diagnostic.Info(
        "CB5007", "/nature",
        $"“{regime}”对“{nature}”类项目是否按增量计未在数据中确立（未经核实），按项目全部年综合能源消费量判定（较严）。",
        $"Whether '{regime}' counts the increment for a '{nature}' project is not established in the data (unconfirmed); the full annual consumption was compared (the stricter reading).");

    public static Diagnostic ReviewFactNotBoolean(string path, string key) => Diagnostic.Warning(
        "CB5008", path,
        $"事实“{key}”必须是 true 或 false，当前值未被使用。",
        $"Fact '{key}' must be true or false; its value was not used.");

    public static Diagnostic NoAdminCode() => Diagnostic.Info(
        "CB5009", "/adminCode",
        "未给出行政区划代码（adminCode），无法查找省级节能审查权限划分。",
        "No administrative code (adminCode) is given, so the province's split of review authority could not be looked up.");

    public static Diagnostic MeasureDimension(string path, string carrier, string measure, string unit) => Diagnostic.Warning(
        "CB5010", path,
        $"能源行“{carrier}”的数量不能换算为“{measure}”的单位 {unit}，未计入该判据。这是数据缺陷，请报告。",
        $"The amount of energy line '{carrier}' cannot be expressed in {unit}, the unit of '{measure}', so it was not counted for that test. This is a data defect; please report it.");

    public static Diagnostic NoRegion() => Diagnostic.Info(
        "CB5101", "/region",
        "未给出地区数据（region），未计算 m、n 值。如需评价对地区能耗双控目标的影响，请给出 baseYearEnergy、baseYearGdp 和 energyIncrementQuota。",
        "No region section is given, so m and n were not computed. To assess the impact on the region's dual-control targets, give baseYearEnergy, baseYearGdp and energyIncrementQuota.");

    public static Diagnostic NoEqualValue() => Diagnostic.Warning(
        "CB5102", "/options/equalValue",
        "m、n 值按等价值计算项目能耗，但本项目的等价值合计未知（有电力或热力而无等价值系数）。Carbon 不以当量值代替，m、n 未计算。请在 options.equalValue 中给出当年等价值系数及其来源。",
        "m and n use the project's energy at the equal value (等价值), but its equal-value total is unknown (electricity or heat without an equal-value coefficient). Carbon does not substitute the equivalent value, so m and n were not computed. Give that year's coefficient and its source in options.equalValue.");

    public static Diagnostic RegionInputMissing(string path, string member, string index) => Diagnostic.Warning(
        "CB5103", path,
        $"缺少“{member}”，未计算 {index} 值。",
        $"'{member}' is missing, so {index} was not computed.");

    public static Diagnostic UnknownGradeTable(string path, string id, string known) => Diagnostic.Warning(
        "CB5104", path,
        $"未知的 m、n 分级表“{id}”，m、n 未分级。可用：{known}。",
        $"Unknown m/n grade table '{id}', so m and n were not graded. Available: {known}.");

    public static Diagnostic RegionInputNotPositive(string path, string member, string index) => Diagnostic.Warning(
        "CB5105", path,
        $"“{member}”必须大于零，未计算 {index} 值。",
        $"'{member}' must be greater than zero, so {index} was not computed.");

    public static Diagnostic ValueAddedNotPositive() => Diagnostic.Warning(
        "CB5106", "/valueAdded",
        "项目增加值（valueAdded）必须大于零，未计算单位增加值能耗和 n 值。",
        "The project's value added (valueAdded) must be greater than zero, so energy per value added and n were not computed.");

    public static Diagnostic ExistingProductUnknown(string path, string product) => Diagnostic.Warning(
        "CB5201", path,
        $"现有单位产品能耗所属产品“{product}”不在 products 中（或产量为零），未计算其节能量。",
        $"Product '{product}' of the existing unit consumption is not in products (or has zero output), so its energy saving was not computed.");

    public static Diagnostic ExistingUnitDimension(string path, string text, string example) => Diagnostic.Warning(
        "CB5202", path,
        $"现有单位产品能耗“{text}”必须是标准煤/产品单位，例如 \"{example}\"，未计算节能量。",
        $"The existing unit consumption '{text}' must be standard coal per unit of product, e.g. \"{example}\", so the energy saving was not computed.");

    public static Diagnostic CorrectionNeedsFact(string fact, string correction, string indicator, string unit) => Diagnostic.Info(
        "CB5301", "/facts",
        $"指标“{indicator}”的修正“{correction}”需要事实“{fact}”（单位 {unit}），但未给出：相关等级未判定（需补充信息）。请在 facts 中给出，例如 \"{fact}\": \"… {unit}\"。",
        $"Correction '{correction}' of indicator '{indicator}' needs fact '{fact}' (in {unit}), which is not given: the levels it corrects are not judged (needs information). Give it in facts, e.g. \"{fact}\": \"… {unit}\".");

    public static Diagnostic CorrectionFactType(string path, string fact, string unit) => Diagnostic.Warning(
        "CB5302", path,
        $"事实“{fact}”必须是可换算为 {unit} 的数量，当前值未被使用，相关等级未判定。",
        $"Fact '{fact}' must be a quantity that converts to {unit}; its value was not used and the levels it corrects are not judged.");

    public static Diagnostic IndicatorUnitMismatch(string path, string indicator, string unit, string outputUnit) => Diagnostic.Warning(
        "CB5303", path,
        $"指标“{indicator}”的单位 {unit} 与产品产量单位 {outputUnit} 不一致，未比较。请按指标的产品单位填写产量。",
        $"Indicator '{indicator}' is in {unit}, which does not match the product output in {outputUnit}, so it was not compared. Give the output in the indicator's product unit.");

    public static Diagnostic StageHasNoLines(string indicator, string stage) => Diagnostic.Info(
        "CB5304", "/energy",
        $"指标“{indicator}”只计工段“{stage}”的能源，但没有能源行标注该工段（stage），未比较（需补充信息）。",
        $"Indicator '{indicator}' counts only energy lines of stage '{stage}', but no energy line carries that stage tag, so it was not compared (needs information).");

    public static Diagnostic UnconfirmedLevelUsed(string indicator, string level, string value) => Diagnostic.Warning(
        "CB5305", string.Empty,
        $"指标“{indicator}”的等级“{level}”= {value} 未经核实（UNCONFIRMED），比较结果仅供参考。",
        $"Level '{level}' = {value} of indicator '{indicator}' is UNCONFIRMED; the comparison is indicative only.");

    public static Diagnostic Co2eStageUnsupported(string indicator, string stage) => Diagnostic.Warning(
        "CB5306", string.Empty,
        $"碳排放指标“{indicator}”限定工段“{stage}”，但排放无法按工段拆分，未比较。",
        $"Emission indicator '{indicator}' is limited to stage '{stage}', but emissions cannot be split by stage, so it was not compared.");

    public static Diagnostic CorrectionUnitUnknown(string correction, string unit) => Diagnostic.Warning(
        "CB5307", string.Empty,
        $"修正“{correction}”的事实单位“{unit}”无法识别，该修正未应用，相关等级未判定。这是基准表的数据缺陷，请报告。",
        $"The fact unit '{unit}' of correction '{correction}' is not known; the correction was not applied and the levels it corrects are not judged. This is a defect of the benchmark table; please report it.");

    public static Diagnostic ConditionFactMissing(string fact, string correction, string indicator) => Diagnostic.Info(
        "CB5308", "/facts",
        $"指标“{indicator}”的修正“{correction}”仅在事实“{fact}”超过阈值时适用，但未给出该事实：按不适用判定（需补充信息）。",
        $"Correction '{correction}' of indicator '{indicator}' applies only when fact '{fact}' exceeds its threshold, which is not given: the levels were judged without it (needs information).");

    public static Diagnostic DataNotJson(string message) => Diagnostic.Error(
        "CB5901", string.Empty, $"节能审查数据不是有效的 JSON：{message}", $"The review data is not valid JSON: {message}");

    public static Diagnostic DataMember(string path, string name, string expected) => Diagnostic.Error(
        "CB5902", path, $"节能审查数据成员“{name}”缺失或无效：应为 {expected}。", $"Review data member '{name}' is missing or invalid: expected {expected}.");

    public static Diagnostic DataChoice(string path, string value, string allowed) => Diagnostic.Error(
        "CB5903", path, $"节能审查数据中的“{value}”不是允许的取值；允许：{allowed}。", $"'{value}' is not allowed in the review data; use one of: {allowed}.");

    public static Diagnostic DataDate(string path) => Diagnostic.Error(
        "CB5904", path, "日期必须写成 YYYY-MM-DD。", "A date must be written YYYY-MM-DD.");

    public static Diagnostic DataDuplicate(string path, string id) => Diagnostic.Error(
        "CB5905", path, $"节能审查数据中的 id“{id}”重复。", $"Id '{id}' is used twice in the review data.");

    public static Diagnostic DataOverlap(string regime, string zhWhy, string enWhy) => Diagnostic.Error(
        "CB5906", "/regimes", $"节能审查办法“{regime}”的施行期有误：{zhWhy}。", $"The in-force period of regime '{regime}' is wrong: {enWhy}.");
}
