using System.Globalization;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Units;

namespace Carbon.Projects;

/// <summary>
/// The diagnostics of project reading and checking (codes CB1xxx for structure, CB2xxx for quantities). Each message
/// says what is wrong and what to write instead. The list with explanations is docs/diagnostics.md.
/// </summary>
internal static class ProjectDiagnostics
{
    public static Diagnostic NotJson(string detail, long line, long bytePosition) => Diagnostic.Error(
        "CB1001", string.Empty,
        $"项目文件不是有效的 JSON（第 {line + 1} 行，字节 {bytePosition}）：{detail}",
        $"The project file is not valid JSON (line {line + 1}, byte {bytePosition}): {detail}");

    public static Diagnostic NotObject() => Diagnostic.Error(
        "CB1002", string.Empty, "项目文件的顶层必须是 JSON 对象 { … }。", "The project file must be a JSON object { … } at the top level.");

    public static Diagnostic Missing(string path, string name) => Diagnostic.Error(
        "CB1003", path, $"缺少必填成员“{name}”。请参见 docs/project-file.md。", $"Required member '{name}' is missing. See docs/project-file.md.");

    public static Diagnostic WrongType(string path, string name, string expected) => Diagnostic.Error(
        "CB1004", path, $"“{name}”的类型不对：应为 {expected}。", $"'{name}' has the wrong type: expected {expected}.");

    public static Diagnostic UnknownMember(string path, string name) => Diagnostic.Warning(
        "CB1005", path, $"未知成员“{name}”未被使用。请检查拼写（成员名区分大小写），或将其移到 facts 中。", $"Unknown member '{name}' was not used. Check the spelling (names are case-sensitive) or move it under 'facts'.");

    public static Diagnostic UnsupportedSchema(string path, string version) => Diagnostic.Error(
        "CB1006", path, $"不支持的 schemaVersion“{version}”：本版本读取 \"1\"。", $"Unsupported schemaVersion '{version}': this version reads \"1\".");

    public static Diagnostic BadEnum(string path, string value, string allowed) => Diagnostic.Error(
        "CB1007", path, $"“{value}”不是允许的值；允许：{allowed}。", $"'{value}' is not allowed; use one of: {allowed}.");

    public static Diagnostic BadDate(string path, string value) => Diagnostic.Error(
        "CB1008", path, $"日期“{value}”无效：请写成 YYYY-MM-DD，例如 2026-03-01。", $"Date '{value}' is invalid: write YYYY-MM-DD, e.g. 2026-03-01.");

    public static Diagnostic OutOfRange(string path, string name, string min, string max) => Diagnostic.Error(
        "CB1009", path, $"“{name}”超出范围：应在 {min} 到 {max} 之间。", $"'{name}' is out of range: it must be between {min} and {max}.");

    public static Diagnostic TooLarge(int bytes, int max) => Diagnostic.Error(
        "CB1010", string.Empty, $"项目文件过大（{bytes} 字节），上限为 {max} 字节。", $"The project file is too large ({bytes} bytes); the limit is {max} bytes.");

    public static Diagnostic TooMany(string path, string name, int max) => Diagnostic.Error(
        "CB1011", path, $"“{name}”的条目过多，上限为 {max}。", $"'{name}' has too many items; the limit is {max}.");

    public static Diagnostic DuplicateProduct(string path, string product) => Diagnostic.Error(
        "CB1012", path, $"产品“{product}”重复出现：每个产品只能列一次。", $"Product '{product}' is listed twice: list each product once.");

    public static Diagnostic Blank(string path, string name) => Diagnostic.Error(
        "CB1014", path, $"“{name}”不能为空。", $"'{name}' must not be blank.");

    public static Diagnostic BadGeometry(string path, string zh, string en) => Diagnostic.Error(
        "CB1015", path, "位置几何无效：" + zh, "The location geometry is invalid: " + en);

    public static Diagnostic CoordinateOutOfRange(string path) => Diagnostic.Error(
        "CB1016", path, "坐标超出范围：请按 [经度, 纬度] 顺序书写，经度在 −180 到 180、纬度在 −90 到 90 之间。", "A coordinate is out of range: write [longitude, latitude], longitude within −180…180 and latitude within −90…90.");

    public static Diagnostic OutsideChina(string path) => Diagnostic.Warning(
        "CB1017", path, "站点不在中国境内（经度 73–136，纬度 3–54）：是否把经纬度写反了？", "The site is outside China (lon 73–136, lat 3–54): are longitude and latitude swapped?");

    public static Diagnostic BadAdminCode(string path, string value) => Diagnostic.Error(
        "CB1018", path, $"行政区划代码“{value}”无效：GB/T 2260 代码为 6 位数字，例如 430104。", $"Administrative code '{value}' is invalid: a GB/T 2260 code has 6 digits, e.g. 430104.");

    public static Diagnostic BadIndustryCode(string path, string value) => Diagnostic.Error(
        "CB1019", path, $"行业代码“{value}”无效：GB/T 4754 代码为一个大写字母加 2 至 4 位数字，例如 C3011。", $"Industry code '{value}' is invalid: a GB/T 4754 code is a capital letter and 2–4 digits, e.g. C3011.");

    public static Diagnostic DuplicateMember(string path, string name) => Diagnostic.Error(
        "CB1020", path, $"成员“{name}”在同一对象中出现了两次。", $"Member '{name}' appears twice in the same object.");

    public static Diagnostic TooManyVertices(string path, int max) => Diagnostic.Error(
        "CB1021", path, $"位置几何的顶点过多，上限为 {max}。", $"The location geometry has too many vertices; the limit is {max}.");

    public static Diagnostic BadFact(string path, string key) => Diagnostic.Error(
        "CB1022", path, $"事实“{key}”的值必须是字符串、数值、true/false 或字符串数组。", $"Fact '{key}' must be a string, a number, true/false or an array of strings.");

    public static Diagnostic BadFactKey(string path, string key) => Diagnostic.Error(
        "CB1023", path, $"事实键“{key}”无效：请使用小写字母、数字、“-”和“.”，例如 site.altitude。", $"Fact key '{key}' is invalid: use lower-case letters, digits, '-' and '.', e.g. site.altitude.");

    public static Diagnostic ReportingYearMismatch(string path) => Diagnostic.Warning(
        "CB1024", path, "审查日期早于报告年份：请确认 reportingYear 是投产后的年份。", "The review date is before the reporting year: check that reportingYear is a year of operation.");

    public static Diagnostic TextTooLong(string path, int max) => Diagnostic.Error(
        "CB1025", path, $"文本过长：字符串或成员名最多 {max} 个字符。", $"A text is too long: strings and member names have at most {max} characters.");

    public static Diagnostic TooManyMembers(string path, int max) => Diagnostic.Error(
        "CB1026", path, $"项目文件的对象成员过多：全文件最多 {max} 个（事实、参数和未知成员都计入）。", $"The project file has too many object members: at most {max} in the whole file (facts, parameters and unknown members all count).");

    public static Diagnostic BadQuantity(string path, string text, QuantityParseError error, string exampleUnit)
    {
        var (zh, en) = error switch
        {
            QuantityParseError.Empty => ("数量为空", "the quantity is empty"),
            QuantityParseError.TooLong => ("文本过长", "the text is too long"),
            QuantityParseError.InvalidNumber => ("数字无效（小数点用“.”，千位分隔用“,”且每组三位；不接受 NaN 或 Infinity）", "the number is invalid (use '.' for decimals and ',' only between groups of three digits; NaN and Infinity are not accepted)"),
            QuantityParseError.MissingUnit => ("缺少单位，Carbon 不会猜测单位", "the unit is missing; Carbon never guesses a unit"),
            QuantityParseError.UnknownUnit => ("单位未知（见 docs/project-file.md#units）", "the unit is unknown (see docs/project-file.md#units)"),
            QuantityParseError.OutOfRange => ("数值超出范围（绝对值不超过 1e15；换算为 t、GJ 等基本单位后须为 0 或在 1e-30 到 1e15 之间）", "the number is out of range (magnitude at most 1e15; in canonical units such as t or GJ it must be 0 or between 1e-30 and 1e15)"),
            _ => ("无法读取", "it cannot be read"),
        };
        return Diagnostic.Error(
            "CB2001", path,
            $"无法读取数量“{text}”：{zh}。请写成数值加单位，例如 \"{exampleUnit}\"。",
            $"Cannot read the quantity '{text}': {en}. Write a number and a unit, e.g. \"{exampleUnit}\".");
    }

    public static Diagnostic WrongDimension(string path, string text, Dimension expected, string exampleUnit) => Diagnostic.Error(
        "CB2002", path,
        $"“{text}”的量纲不对：这里需要 {Describe(expected).Zh}，例如 \"{exampleUnit}\"。",
        $"'{text}' has the wrong dimension: {Describe(expected).En} is needed here, e.g. \"{exampleUnit}\".");

    public static Diagnostic Negative(string path, string text) => Diagnostic.Error(
        "CB2003", path, $"“{text}”不能为负数。输出的能源请写 direction: \"export\"。", $"'{text}' must not be negative. Write exported energy with direction: \"export\".");

    public static Diagnostic FractionOutOfRange(string path, string text) => Diagnostic.Error(
        "CB2004", path, $"比例“{text}”必须在 0 到 1（0 % 到 100 %）之间。", $"The fraction '{text}' must be between 0 and 1 (0 % and 100 %).");

    public static (string Zh, string En) Describe(Dimension d)
    {
        if (d == Dimension.OfMass) { return ("质量", "a mass"); }
        if (d == Dimension.OfEnergy) { return ("能量", "an energy"); }
        if (d == Dimension.OfVolume) { return ("体积", "a volume"); }
        if (d == Dimension.OfCoalEquivalent) { return ("标准煤量", "an amount of standard coal"); }
        if (d == Dimension.OfCount) { return ("头（只）数", "a head count"); }
        if (d == Dimension.OfMoney) { return ("金额", "an amount of money"); }
        if (d == Dimension.OfLength) { return ("长度", "a length"); }
        if (d == Dimension.OfPressure) { return ("压力", "a pressure"); }
        if (d.IsNone) { return ("无量纲数（比例）", "a pure number (fraction)"); }
        var s = d.ToString();
        return ("量纲 " + s, "dimension " + s);
    }

    public static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
