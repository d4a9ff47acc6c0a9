using System.Globalization;
using Carbon.Sdk.Diagnostics;
using Carbon.Zoning.Rules;

namespace Carbon.Zoning;

/// <summary>
/// The zoning diagnostics: CB60xx pack loading, CB61xx the rule language (<see cref="ExpressionErrors"/>), CB62xx
/// evaluation. Listed with explanations in docs/zoning-pack.md and docs/rules.md.
/// </summary>
internal static class ZoningDiagnostics
{
    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    public static Diagnostic CannotRead(string path, string file, string reason) => CannotRead(path, file, reason, reason);

    public static Diagnostic CannotRead(string path, string file, string reasonZh, string reasonEn) => Diagnostic.Error(
        "CB6001", path, $"无法读取分区管控包文件“{file}”：{reasonZh}。", $"Cannot read the zoning-pack file '{file}': {reasonEn}.");

    public static Diagnostic NotJson(string path, string file, string detail) => Diagnostic.Error(
        "CB6002", path, $"“{file}”不是有效的 JSON：{detail}", $"'{file}' is not valid JSON: {detail}");

    public static Diagnostic NotUtf8(string path, string file, long line, long bytePosition) => Diagnostic.Error(
        "CB6002", path,
        $"“{file}”不是有效的 JSON（第 {N(line + 1)} 行，字节 {N(bytePosition)}）：文本不是 UTF-8 编码。请以 UTF-8 保存该文件。",
        $"'{file}' is not valid JSON (line {N(line + 1)}, byte {N(bytePosition)}): the text is not UTF-8. Save the file as UTF-8.");

    public static Diagnostic InvalidEscape(string path, string file, long line, long bytePosition) => Diagnostic.Error(
        "CB6002", path,
        $"“{file}”不是有效的 JSON（第 {N(line + 1)} 行，字节 {N(bytePosition)}）：某个 \\u 转义不是有效的 UTF-16（孤立的代理项，如 \\ud800）。",
        $"'{file}' is not valid JSON (line {N(line + 1)}, byte {N(bytePosition)}): a \\u escape is not valid UTF-16 (a lone surrogate such as \\ud800).");

    public static Diagnostic TooLarge(string path, string file, long bytes, long max) => Diagnostic.Error(
        "CB6003", path, $"文件“{file}”过大（{N(bytes)} 字节），上限为 {N(max)} 字节。", $"The file '{file}' is too large ({N(bytes)} bytes); the limit is {N(max)} bytes.");

    public static Diagnostic OutsidePack(string path, string file) => Diagnostic.Error(
        "CB6004", path, $"路径“{file}”指向包文件夹之外（绝对路径、“..”或指向外部的链接）。包只能引用其文件夹内的文件。", $"The path '{file}' leads outside the pack folder (an absolute path, '..' or a link that points outside). A pack may only use files inside its folder.");

    public static Diagnostic Missing(string path, string name) => Diagnostic.Error(
        "CB6005", path, $"缺少必填成员“{name}”。见 docs/zoning-pack.md。", $"Required member '{name}' is missing. See docs/zoning-pack.md.");

    public static Diagnostic WrongType(string path, string name, string expected) => Diagnostic.Error(
        "CB6006", path, $"“{name}”的类型不对：应为 {expected}。", $"'{name}' has the wrong type: expected {expected}.");

    public static Diagnostic BadValue(string path, string value, string allowed) => Diagnostic.Error(
        "CB6007", path, $"“{value}”不是允许的值；允许：{allowed}。", $"'{value}' is not allowed; use one of: {allowed}.");

    public static Diagnostic Duplicate(string path, string what, string id) => Diagnostic.Error(
        "CB6008", path, $"{what}“{id}”重复：每个编号只能出现一次。", $"The {what} '{id}' appears twice: each id may appear once.");

    public static Diagnostic BadGeometry(string path, string zh, string en) => Diagnostic.Error(
        "CB6009", path, "几何无效：" + zh, "Invalid geometry: " + en);

    public static Diagnostic TooManyVertices(string path, long max) => Diagnostic.Error(
        "CB6010", path, $"几何顶点过多：上限为 {N(max)}。请简化边界或提高 ZoningPackLimits.MaxVertices。", $"Too many vertices: the limit is {N(max)}. Simplify the boundaries or raise ZoningPackLimits.MaxVertices.");

    public static Diagnostic TooMany(string path, string what, long max) => Diagnostic.Error(
        "CB6011", path, $"{what}过多：上限为 {N(max)}。", $"Too many {what}: the limit is {N(max)}.");

    public static Diagnostic UnknownMember(string path, string name) => Diagnostic.Warning(
        "CB6012", path, $"未知成员“{name}”未被使用。请检查拼写（区分大小写）。", $"Unknown member '{name}' was not used. Check the spelling (names are case-sensitive).");

    public static Diagnostic BadQuantity(string path, string text, string example) => Diagnostic.Error(
        "CB6013", path, $"无法读取数量“{text}”，或其量纲不对。请写成数值加单位，例如 \"{example}\"。", $"Cannot read the quantity '{text}', or it has the wrong dimension. Write a number and a unit, e.g. \"{example}\".");

    public static Diagnostic UnknownReference(string path, string what, string id) => Diagnostic.Error(
        "CB6014", path, $"引用了不存在的{what}“{id}”。", $"Reference to an unknown {what} '{id}'.");

    public static Diagnostic Cycle(string path, string chain) => Diagnostic.Error(
        "CB6015", path, $"引用形成循环：{chain}。", $"References form a cycle: {chain}.");

    public static Diagnostic Shapefile(string path, string file, string reason) => Diagnostic.Error(
        "CB6016", path, $"无法读取 Shapefile“{file}”：{reason}。", $"Cannot read the shapefile '{file}': {reason}.");

    public static Diagnostic UnsupportedSchema(string path, string version) => Diagnostic.Error(
        "CB6017", path, $"不支持的 schemaVersion“{version}”：本版本读取 \"1\"。", $"Unsupported schemaVersion '{version}': this version reads \"1\".");

    public static Diagnostic GeometryFixed(string path, string what) => Diagnostic.Warning(
        "CB6018", path, $"{what}的几何拓扑无效（如自相交），已自动修复；请核对原始数据。", $"The geometry of {what} was topologically invalid (e.g. self-intersecting) and was repaired; check the source data.");

    public static Diagnostic ProjectedCoordinates(string path, string file) => Diagnostic.Error(
        "CB6019", path, $"“{file}”使用投影坐标系。请先转换为经纬度（CGCS2000 或 WGS84，EPSG:4490/4326）。", $"'{file}' uses projected coordinates. Reproject it to longitude/latitude first (CGCS2000 or WGS84, EPSG:4490/4326).");

    public static Diagnostic NothingToCheck(string path, string id) => Diagnostic.Error(
        "CB6020", path, $"规则“{id}”没有可检查的内容：请给出 require、manualReview、obligation、offset、capacityReplacement 或 references 之一。", $"Rule '{id}' has nothing to check: give one of require, manualReview, obligation, offset, capacityReplacement or references.");

    public static Diagnostic BindingMissing(string path, string id, string level, string member) => Diagnostic.Error(
        "CB6021", path, $"{level} 级规则“{id}”必须在 binding.{member} 中指明适用对象。", $"The {level}-level rule '{id}' must name what it binds to in binding.{member}.");

    public static Diagnostic CodePattern(string path, string code, string zh, string en) => Diagnostic.Warning(
        "CB6022", path, $"单元编码“{code}”：{zh}（编码规则未经核实，按原样保存）。", $"Unit code '{code}': {en} (the code pattern is UNCONFIRMED; the code is kept as given).");

    public static Diagnostic LayersNeedFolder(string path) => Diagnostic.Error(
        "CB6023", path, "从字节加载的包不能引用图层文件（layers）；请从文件夹或文件路径加载。", "A pack loaded from bytes cannot reference layer files ('layers'); load it from a folder or file path.");

    public static Diagnostic BadFactDeclaration(string path, string key, string zh, string en) => Diagnostic.Error(
        "CB6024", path, $"事实声明“{key}”无效：{zh}", $"The fact declaration '{key}' is invalid: {en}");

    public static Diagnostic Expression(string path, string ruleId, string member, ExpressionError e) => new(
        e.Code, DiagnosticSeverity.Error, path,
        new Sdk.LocalizedText($"规则“{ruleId}”的 {member}，{e.Zh}", $"Rule '{ruleId}', {member}, {e.En}"));

    // Evaluation (CB62xx): warnings and notices only, so that a zoning problem never voids the rest of the report.
    public static Diagnostic NoLocation() => Diagnostic.Warning(
        "CB6201", "/location", "项目未给出位置（location），无法定位管控单元；空间类规则的结论为“需补充信息”。", "The project has no location, so no control unit can be found; spatial rules answer 'needs information'.");

    public static Diagnostic OutsideUnits(string packId) => Diagnostic.Warning(
        "CB6202", "/location", $"站点不在分区管控包“{packId}”的任何管控单元内：这不是“通过”。请核对坐标（经度在前）或换用覆盖该地的包。", $"The site lies outside every control unit of the zoning pack '{packId}': this is not a pass. Check the coordinates (longitude first) or use a pack that covers the site.");

    public static Diagnostic FactMismatch(string path, string key, string expected) => Diagnostic.Warning(
        "CB6203", path, $"事实“{key}”的类型或量纲与事实目录不符（应为 {expected}），规则将其视为缺失。", $"Fact '{key}' does not have the type or dimension of the fact catalogue ({expected}); rules treat it as missing.");

    public static Diagnostic UnconfirmedRule(string ruleId, string clause) => Diagnostic.Warning(
        "CB6204", "/zoning/results/" + ruleId, $"规则“{ruleId}”（{clause}）依据未经核实（UNCONFIRMED）的条文或数值，只作提示、不影响结论；审批前请对照原文核实。", $"Rule '{ruleId}' ({clause}) rests on UNCONFIRMED text or numbers: it is advisory only and does not change the verdict. Check it against the primary text before an approval relies on it.");

    public static Diagnostic SampleData(string packId) => Diagnostic.Info(
        "CB6205", string.Empty, $"分区管控使用的是内置“示例区”包（{packId}）：全部为虚构的示例数据，不可用于真实项目的审批。请用 --zoning 指定真实的包。", $"Zoning used the embedded sample district pack ({packId}): it is FICTIONAL sample data and must not be used for a real approval. Pass a real pack with --zoning.");

    public static Diagnostic Straddles(string units) => Diagnostic.Info(
        "CB6206", "/location", $"站点跨越或位于多个管控单元的边界上（{units}）：各单元的要求均适用。", $"The site straddles, or lies on the boundary of, several control units ({units}): the requirements of each apply.");

    public static Diagnostic InvalidSite(string zh, string en) => Diagnostic.Warning(
        "CB6207", "/location", "站点几何无法用于空间判定：" + zh, "The site geometry cannot be used for spatial checks: " + en);
}
