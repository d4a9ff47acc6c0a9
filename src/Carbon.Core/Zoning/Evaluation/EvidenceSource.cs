using System.Globalization;
using Carbon.Reports;

namespace Carbon.Zoning.Evaluation;

/// <summary>
/// Where a fact a rule read came from, in both languages (the report's <c>evidence[].source</c>). Ids, JSON Pointers
/// and status codes stay as they are in both.
/// </summary>
internal static class EvidenceSource
{
    /// <summary>A fact nobody declared.</summary>
    public static readonly MessageReport NotGiven = new("（未给出）", "(not given)");

    /// <summary>A figure the engine computed (energy, emissions).</summary>
    public static readonly MessageReport Engine = new("本次计算", "engine");

    /// <summary>Something else the project file says.</summary>
    public static readonly MessageReport Project = new("项目", "project");

    /// <summary>The outcome of another rule.</summary>
    public static readonly MessageReport Reference = new("引用的规则", "reference");

    /// <summary>The outcome of another rule that is advisory (参考性, e.g. UNCONFIRMED): it informs, it does not bind.</summary>
    public static readonly MessageReport AdvisoryReference = new("引用的规则（参考性）", "reference (advisory)");

    /// <summary>The project's sector tags merged with the pack's sector definitions.</summary>
    public static readonly MessageReport Sectors = new("项目与管控方案的行业定义", "project and pack sector definitions");

    /// <summary>A pollutant the project does not list.</summary>
    public static readonly MessageReport NotEmitted = new("项目（未列出，即不排放）", "project (not listed: not emitted)");

    /// <summary>A member of the project file.</summary>
    public static MessageReport ProjectAt(string path) => new("项目 " + path, "project " + path);

    /// <summary>A fact from a plugin (its id, the same in both languages).</summary>
    public static MessageReport Plugin(string id) => new(id, id);

    /// <summary>The site's position in the pack's geometry.</summary>
    public static MessageReport Site(string pack) => new("管控方案 " + pack + " 的空间数据", "site in pack " + pack);

    /// <summary>The region status the pack records.</summary>
    public static MessageReport Region(string pack) => new("管控方案 " + pack + " 的区域状态", "region status in pack " + pack);

    /// <summary>A parameter of the rule (with its data status), or an undeclared one.</summary>
    public static MessageReport RuleParameter(string? status) =>
        status is null ? new("规则参数", "parameter") : new("规则参数（" + status + "）", "rule parameter (" + status + ")");

    /// <summary>A value the rule itself gives (with its data status).</summary>
    public static MessageReport Rule(string status) => new("规则（" + status + "）", "rule (" + status + ")");

    /// <summary>An additive fact summed over several activity lines.</summary>
    public static MessageReport Sum(MessageReport origin, int lines)
    {
        var n = lines.ToString(CultureInfo.InvariantCulture);
        return new(origin.Zh + "（" + n + " 行之和）", origin.En + " (sum of " + n + " lines)");
    }

    /// <summary>A non-additive fact on which activity lines disagree.</summary>
    public static MessageReport Conflicting(MessageReport origin) => new(origin.Zh + "（各行取值不一致）", origin.En + " (conflicting values)");
}
