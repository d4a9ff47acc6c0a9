using Carbon.Reports;

namespace Carbon.Reporting;

/// <summary>
/// Bilingual names of the codes a report uses (statuses, source categories, bases, severities, natures, origins,
/// verdicts, tiers) for human output. One copy shared by the console tables, Markdown and HTML. An unknown code is
/// returned as it is, so a new code never disappears from the output.
/// </summary>
public static class ReportLabels
{
    /// <summary>Picks the text of one language.</summary>
    /// <param name="zh">The Chinese text.</param>
    /// <param name="en">The English text.</param>
    /// <param name="language">The language.</param>
    /// <returns><paramref name="zh"/> or <paramref name="en"/>.</returns>
    public static string Pick(string zh, string en, ReportLanguage language) => language == ReportLanguage.Zh ? zh : en;

    /// <summary>Picks the text of one language from a bilingual message; an empty text falls back to the other language.</summary>
    /// <param name="message">The message.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string Text(MessageReport message, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(message);
        var (first, second) = language == ReportLanguage.Zh ? (message.Zh, message.En) : (message.En, message.Zh);
        return string.IsNullOrEmpty(first) ? second ?? string.Empty : first;
    }

    /// <summary>A data status (<c>confirmed</c>, <c>single-source</c>, <c>derived</c>, <c>unconfirmed</c>, <c>project-supplied</c>).</summary>
    /// <param name="status">The status code.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string Status(string status, ReportLanguage language) => status switch
    {
        "confirmed" => Pick("已确认", "confirmed", language),
        "single-source" => Pick("单一来源", "single source", language),
        "derived" => Pick("推算", "derived", language),
        "unconfirmed" => Pick("未核实", "UNCONFIRMED", language),
        "project-supplied" => Pick("项目提供", "project-supplied", language),
        _ => status,
    };

    /// <summary>An emission source category (e.g. <c>fuel-combustion</c>, <c>process</c>).</summary>
    /// <param name="source">The source code.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string Source(string source, ReportLanguage language) => source switch
    {
        "fuel-combustion" => Pick("化石燃料燃烧", "fuel combustion", language),
        "process" => Pick("工业过程", "industrial process", language),
        "alternative-fuel" => Pick("替代燃料/废弃物", "alternative fuels / wastes", language),
        "purchased-electricity" => Pick("净购入电力", "purchased electricity", language),
        "purchased-heat" => Pick("净购入热力", "purchased heat", language),
        "exported-electricity" => Pick("输出电力（扣减）", "exported electricity (deducted)", language),
        "exported-heat" => Pick("输出热力（扣减）", "exported heat (deducted)", language),
        "on-site-generation" => Pick("自发电（余热/可再生）", "on-site generation (waste heat / renewable)", language),
        "enteric-fermentation" => Pick("肠道发酵", "enteric fermentation", language),
        "manure-management" => Pick("粪便管理", "manure management", language),
        _ => source,
    };

    /// <summary>A unit-consumption basis (<c>comprehensive-energy</c>, <c>fossil-energy</c>, <c>electricity</c>).</summary>
    /// <param name="basis">The basis code.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string Basis(string basis, ReportLanguage language) => basis switch
    {
        "comprehensive-energy" => Pick("单位产品综合能耗", "comprehensive energy per unit", language),
        "fossil-energy" => Pick("单位产品化石能源消费", "fossil energy per unit", language),
        "electricity" => Pick("单位产品电耗", "electricity per unit", language),
        _ => basis,
    };

    /// <summary>A diagnostic severity (<c>error</c>, <c>warning</c>, <c>info</c>).</summary>
    /// <param name="severity">The severity code.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string Severity(string severity, ReportLanguage language) => severity switch
    {
        "error" => Pick("错误", "error", language),
        "warning" => Pick("警告", "warning", language),
        _ => Pick("提示", "info", language),
    };

    /// <summary>A project nature (<c>new</c>, <c>rebuild</c>, <c>expansion</c>, <c>technical-upgrade</c>, <c>relocation</c>).</summary>
    /// <param name="nature">The nature code.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string Nature(string nature, ReportLanguage language) => nature switch
    {
        "new" => Pick("新建", "new", language),
        "rebuild" => Pick("改建", "rebuild", language),
        "expansion" => Pick("扩建", "expansion", language),
        "technical-upgrade" => Pick("技术改造", "technical upgrade", language),
        "relocation" => Pick("搬迁", "relocation", language),
        _ => nature,
    };

    /// <summary>Where a trace input came from (<c>project</c>, <c>default</c>, <c>derived</c>, <c>constant</c>).</summary>
    /// <param name="origin">The origin code.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string Origin(string origin, ReportLanguage language) => origin switch
    {
        "project" => Pick("项目", "project", language),
        "default" => Pick("缺省", "default", language),
        "derived" => Pick("推算", "derived", language),
        "constant" => Pick("常数", "constant", language),
        _ => origin,
    };

    /// <summary>The zoning (三线一单) verdict (<c>prohibited</c>, <c>conditional</c>, <c>allowed</c>, <c>needs-information</c>).</summary>
    /// <param name="verdict">The verdict code.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string Verdict(string verdict, ReportLanguage language) => verdict switch
    {
        "prohibited" => Pick("禁止准入", "prohibited", language),
        "conditional" => Pick("有条件准入", "allowed with conditions", language),
        "allowed" => Pick("允许准入", "allowed", language),
        "needs-information" => Pick("需补充信息", "needs information", language),
        _ => verdict,
    };

    /// <summary>The energy-saving review (节能审查) tier (<c>provincial</c>, <c>delegated</c>, <c>exempt</c>, <c>national</c>, or the document to file).</summary>
    /// <param name="tier">The tier code.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string Tier(string tier, ReportLanguage language) => tier switch
    {
        "provincial" => Pick("省级节能审查", "provincial review", language),
        "delegated" => Pick("由省级确定的审查机关审查", "reviewer set by the province", language),
        "exempt" => Pick("不单独进行节能审查", "no separate review", language),
        "national" => Pick("国家发展改革委审查", "reviewed by the NDRC", language),
        "report" => Pick("节能评估报告书", "energy-saving assessment report", language),
        "report-form" => Pick("节能评估报告表", "energy-saving assessment form", language),
        "registration-form" => Pick("节能登记表", "energy-saving registration form", language),
        _ => tier,
    };

    /// <summary>The outcome of a zoning rule (<c>pass</c>, <c>fail</c>, <c>not-applicable</c>, <c>needs-information</c>, <c>manual-review</c>).</summary>
    /// <param name="outcome">The outcome code.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string Outcome(string outcome, ReportLanguage language) => outcome switch
    {
        "pass" => Pick("符合", "pass", language),
        "fail" => Pick("不符合", "fail", language),
        "not-applicable" => Pick("不适用", "not applicable", language),
        "needs-information" => Pick("需补充信息", "needs information", language),
        "manual-review" => Pick("需人工审核", "manual review", language),
        _ => outcome,
    };

    /// <summary>A part of the energy structure (<c>fossil</c>, <c>renewable</c>, <c>secondary</c>, <c>feedstock</c>).</summary>
    /// <param name="kind">The kind code.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string EnergyKind(string kind, ReportLanguage language) => kind switch
    {
        "fossil" => Pick("化石能源", "fossil energy", language),
        "renewable" => Pick("可再生能源", "renewable energy", language),
        "secondary" => Pick("外购电力、热力（二次能源）", "purchased electricity and heat (secondary)", language),
        "feedstock" => Pick("原料用能", "feedstock energy", language),
        _ => kind,
    };
}
