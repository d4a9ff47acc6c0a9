using Carbon.Sdk.Diagnostics;

namespace Carbon.Engine;

/// <summary>
/// Diagnostics raised by the engine after reading: checks against the loaded data and plugins (CB12xx–CB13xx),
/// energy accounting (CB3xxx), emissions and factors (CB4xxx) and plugins (CB70xx). Listed in docs/diagnostics.md.
/// </summary>
internal static class EngineDiagnostics
{
    public static Diagnostic Suppressed(string path, string code, DiagnosticSeverity severity, int suppressed, int max) => new(
        "CB1027", severity, path, new Sdk.LocalizedText(
            $"另有 {N(suppressed)} 条 {code} 诊断未列出（每个代码最多列出 {N(max)} 条；第一条未列出的位于 {(path.Length == 0 ? "根" : path)}）。请先修正上面列出的问题。",
            $"{N(suppressed)} more {code} diagnostics are not listed (at most {N(max)} per code; the first not listed is at {(path.Length == 0 ? "the root" : path)}). Fix the ones listed above first."));

    private static string N(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static Diagnostic UnknownCarrier(string path, string carrier, string known) => Diagnostic.Error(
        "CB1201", path, $"未知能源品种“{carrier}”。可用：{known}。", $"Unknown energy carrier '{carrier}'. Known carriers: {known}.");

    public static Diagnostic CarrierDimension(string path, string carrier, string text, string unit) => Diagnostic.Error(
        "CB1202", path, $"“{carrier}”的数量“{text}”量纲不对：请用 {unit} 等单位。", $"The amount '{text}' of '{carrier}' has the wrong dimension: write it in {unit} or a unit of the same kind.");

    public static Diagnostic NcvDimension(string path, string text, string example) => Diagnostic.Error(
        "CB1203", path, $"低位发热量“{text}”量纲不对：应为能量/物理量，例如 \"{example}\"。", $"The net calorific value '{text}' has the wrong dimension: it must be energy per physical unit, e.g. \"{example}\".");

    public static Diagnostic SteamNeedsEnthalpy(string path) => Diagnostic.Error(
        "CB1204", path, "蒸汽需要给出焓值（enthalpy），例如 \"2777 kJ/kg\"：缺省折标系数未经核实，且排放按热量计算。", "Steam needs its enthalpy, e.g. \"enthalpy\": \"2777 kJ/kg\": the default steam coefficient is unconfirmed and emissions are computed from heat content.");

    public static Diagnostic NotApplicable(string path, string member, string carrier, string zhWhat, string enWhat) => Diagnostic.Error(
        "CB1205", path, $"“{member}”不适用于能源品种“{carrier}”：{zhWhat}。", $"'{member}' does not apply to carrier '{carrier}': {enWhat}.");

    public static Diagnostic EqualValueDimension(string path, string text) => Diagnostic.Error(
        "CB1210", path, $"等价值系数“{text}”量纲不对：应为标准煤/物理量，例如 \"0.300 kgce/kWh\"。", $"The equal-value coefficient '{text}' has the wrong dimension: it must be standard coal per physical unit, e.g. \"0.300 kgce/kWh\".");

    public static Diagnostic ProductDimension(string path, string text) => Diagnostic.Error(
        "CB1211", path, $"产品产量“{text}”必须是质量、体积或头数，例如 \"155万 t\"。", $"The product output '{text}' must be a mass, a volume or a head count, e.g. \"155万 t\".");

    public static Diagnostic UnknownKind(string path, string kind, string known) => Diagnostic.Error(
        "CB1301", path, $"没有已加载的插件处理活动类型“{kind}”。已加载：{known}。", $"No loaded plugin handles activity kind '{kind}'. Loaded kinds: {known}.");

    public static Diagnostic ActivityDimension(string path, string text, string unit) => Diagnostic.Error(
        "CB1302", path, $"活动量“{text}”量纲不对：请用 {unit} 等单位。", $"The activity amount '{text}' has the wrong dimension: write it in {unit} or a unit of the same kind.");

    public static Diagnostic UnknownParameter(string path, string name, string known) => Diagnostic.Warning(
        "CB1303", path, $"未知参数“{name}”未被使用。可用参数：{known}。", $"Unknown parameter '{name}' was not used. Parameters of this kind: {known}.");

    public static Diagnostic MissingParameter(string path, string name, string zhDescription, string enDescription) => Diagnostic.Error(
        "CB1304", path, $"缺少必填参数“{name}”（{zhDescription}）。", $"Required parameter '{name}' is missing ({enDescription}).");

    public static Diagnostic NullParameter(string path, string name, string zhDescription, string enDescription) => Diagnostic.Error(
        "CB1304", path, $"缺少必填参数“{name}”：其值为 null（{zhDescription}）。请给出取值。", $"Required parameter '{name}' is missing: its value is null ({enDescription}). Give a value.");

    public static Diagnostic ParameterType(string path, string name, string expected) => Diagnostic.Error(
        "CB1305", path, $"参数“{name}”类型不对：应为 {expected}。", $"Parameter '{name}' has the wrong type: expected {expected}.");

    public static Diagnostic ParameterChoice(string path, string value, string allowed) => Diagnostic.Error(
        "CB1306", path, $"“{value}”不是允许的取值；允许：{allowed}。", $"'{value}' is not allowed here; use one of: {allowed}.");

    public static Diagnostic ParameterRange(string path, string name, string text) => Diagnostic.Error(
        "CB1307", path, $"参数“{name}”的值“{text}”超出允许范围。", $"Parameter '{name}' = '{text}' is outside its allowed range.");

    public static Diagnostic SharesSum(string path, string name, string sum) => Diagnostic.Error(
        "CB1308", path, $"“{name}”的各项比例之和为 {sum}，必须等于 1（100 %）。", $"The shares of '{name}' add up to {sum}; they must add up to 1 (100 %).");

    public static Diagnostic UnknownMethodPlugin(string path, string plugin, string known) => Diagnostic.Error(
        "CB1310", path, $"options.methods 中的插件“{plugin}”未加载。已加载：{known}。", $"Plugin '{plugin}' in options.methods is not loaded. Loaded plugins: {known}.");

    public static Diagnostic UnknownMethod(string path, string method, string plugin, string known) => Diagnostic.Error(
        "CB1311", path, $"插件“{plugin}”没有方法学“{method}”。可用：{known}。", $"Plugin '{plugin}' has no methodology '{method}'. Available: {known}.");

    public static Diagnostic NoEqualValue(string path, string carrier) => carrier == "electricity"
        ? Diagnostic.Warning(
            "CB3102", path,
            "没有该年份电力的等价值折标系数（GB/T 2589 按当年火电发电标准煤耗计算，逐年官方数值未经核实），因此等价值合计为空。如需等价值，请在 options.equalValue 中给出系数及其来源。",
            "No equal-value (等价值) coefficient of electricity is known for this year (GB/T 2589 sets it from that year's thermal-power coal rate; official yearly values are unconfirmed), so the equal-value total is empty. To compute it, give the coefficient and its source in options.equalValue.")
        : Diagnostic.Warning(
            "CB3102", path,
            $"没有“{carrier}”的等价值折标系数（外购热力的等价值取决于供热方的转换效率），因此等价值合计为空。如需等价值，请在 options.equalValue 中给出系数及其来源。",
            $"No equal-value (等价值) coefficient is known for '{carrier}' (the equal value of purchased heat depends on the supplier's conversion efficiency), so the equal-value total is empty. To compute it, give the coefficient and its source in options.equalValue.");

    public static Diagnostic ZeroOutput(string path, string product) => Diagnostic.Warning(
        "CB3103", path, $"产品“{product}”产量为零，无法计算单位产品指标。", $"Product '{product}' has zero output, so no per-unit indicator is computed for it.");

    public static Diagnostic MissingFactor(string path, string carrier, string parameter, string member) => Diagnostic.Error(
        "CB4001", path,
        $"没有“{carrier}”的缺省参数“{parameter}”：请在该能源行给出实测值“{member}”。",
        $"There is no default '{parameter}' for '{carrier}': give the measured value '{member}' on this energy line.");

    public static Diagnostic NoGridFactor(string path, string series, string year, string region, string available) => Diagnostic.Error(
        "CB4002", path,
        $"没有电网排放因子：系列 {series}，年份 {year}，区域 {region}。可用：{available}。Carbon 不会用其他年份或区域代替。",
        $"No grid emission factor for series {series}, year {year}, region {region}. Available: {available}. Carbon does not substitute another year or region.");

    public static Diagnostic MissingGwp(string set, string gas) => Diagnostic.Error(
        "CB4003", "/options/gwpSet", $"GWP 数据集中没有 {set} 的 {gas} 值。", $"The GWP data has no {gas} value for {set}.");

    public static Diagnostic UnconfirmedUsed(string path, string id, string value) => Diagnostic.Warning(
        "CB4100", path, $"使用了未经核实（UNCONFIRMED）的数据“{id}”= {value}：审批前请对照原文核实。", $"An UNCONFIRMED record was used: '{id}' = {value}. Check it against the primary text before an approval relies on it.");

    public static Diagnostic DefaultGwp(string set) => Diagnostic.Info(
        "CB4101", "/options/gwpSet", $"未指定 GWP 集合，使用缺省值 {set}（IPCC 第五次评估报告，100 年）。", $"No GWP set was named; the default {set} (IPCC AR5, 100-year) was used.");

    public static Diagnostic DefaultGridFactor(string id, string value) => Diagnostic.Info(
        "CB4102", "/options/electricityFactor", $"未指定电网排放因子，使用不晚于报告年份的最新全国平均因子“{id}”= {value}。", $"No grid emission factor was chosen; the latest national average not after the reporting year was used: '{id}' = {value}.");

    public static Diagnostic GreenElectricity(string path) => Diagnostic.Warning(
        "CB4105", path, "标为可再生的外购电力按零排放计；审查时需提供绿电交易或绿证凭据。", "Purchased electricity marked renewable is counted at zero emissions; the review will need evidence (green-power trading or certificates).");

    public static Diagnostic PluginFailed(string path, string plugin, string kind, string message) => Diagnostic.Error(
        "CB7001", path, $"插件“{plugin}”计算“{kind}”时出错：{message}。其他各行照常计算；请将此问题报告给插件作者。", $"Plugin '{plugin}' failed while computing '{kind}': {message}. The other lines were computed; report this to the plugin's author.");
}
