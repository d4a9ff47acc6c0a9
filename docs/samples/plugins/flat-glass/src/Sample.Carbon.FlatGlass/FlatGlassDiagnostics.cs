using Carbon.Sdk.Diagnostics;

namespace Sample.Carbon.FlatGlass;

/// <summary>
/// The sample's diagnostics. A third-party plugin uses its own code prefix (here FG); the CB prefix is Carbon's.
/// </summary>
internal static class FlatGlassDiagnostics
{
    public static Diagnostic Missing(string path, string name, string zh, string en) => Diagnostic.Error(
        "FG0001", path, $"缺少参数“{name}”：{zh}。", $"Parameter '{name}' is missing: {en}.");

    public static Diagnostic OutOfRange(string path, string name, string text) => Diagnostic.Error(
        "FG0002", path, $"参数“{name}”的值“{text}”必须在 0 到 100 % 之间。", $"Parameter '{name}' = '{text}' must lie between 0 and 100 %.");

    public static Diagnostic NoFactor(string path, string carbonate) => Diagnostic.Error(
        "FG0003", path,
        $"数据中没有碳酸盐“{carbonate}”的排放因子：请用 emissionFactor 给出实测或指南值及其来源。",
        $"The data has no emission factor for carbonate '{carbonate}': give a measured or guideline value with emissionFactor and cite it.");

    public static Diagnostic SingleSourceDefault(string path, string id, string value) => Diagnostic.Info(
        "FG0004", path,
        $"使用了单一来源（single-source）的缺省排放因子“{id}”= {value}：审批前请对照 IPCC 2006 表 2.1 原文核实。",
        $"The single-source default emission factor '{id}' = {value} was used: check it against IPCC 2006 Table 2.1 before an approval relies on it.");
}
