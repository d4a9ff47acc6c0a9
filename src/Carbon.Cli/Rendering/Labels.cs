using Carbon.Cli.Hosting;

namespace Carbon.Cli.Rendering;

/// <summary>Bilingual names of report codes (statuses, sources, bases) for human output.</summary>
internal static class Labels
{
    public static string Status(string status, Language l) => status switch
    {
        "confirmed" => l.T("已确认", "confirmed"),
        "single-source" => l.T("单一来源", "single source"),
        "derived" => l.T("推算", "derived"),
        "unconfirmed" => l.T("未核实", "UNCONFIRMED"),
        "project-supplied" => l.T("项目提供", "project-supplied"),
        _ => status,
    };

    public static string Source(string source, Language l) => source switch
    {
        "fuel-combustion" => l.T("化石燃料燃烧", "fuel combustion"),
        "process" => l.T("工业过程", "industrial process"),
        "alternative-fuel" => l.T("替代燃料/废弃物", "alternative fuels / wastes"),
        "purchased-electricity" => l.T("净购入电力", "purchased electricity"),
        "purchased-heat" => l.T("净购入热力", "purchased heat"),
        "exported-electricity" => l.T("输出电力（扣减）", "exported electricity (deducted)"),
        "exported-heat" => l.T("输出热力（扣减）", "exported heat (deducted)"),
        "on-site-generation" => l.T("自发电（余热/可再生）", "on-site generation (waste heat / renewable)"),
        "enteric-fermentation" => l.T("肠道发酵", "enteric fermentation"),
        "manure-management" => l.T("粪便管理", "manure management"),
        _ => source,
    };

    public static string Basis(string basis, Language l) => basis switch
    {
        "comprehensive-energy" => l.T("单位产品综合能耗", "comprehensive energy per unit"),
        "fossil-energy" => l.T("单位产品化石能源消费", "fossil energy per unit"),
        "electricity" => l.T("单位产品电耗", "electricity per unit"),
        _ => basis,
    };

    public static string Severity(string severity, Language l) => severity switch
    {
        "error" => l.T("错误", "error"),
        "warning" => l.T("警告", "warning"),
        _ => l.T("提示", "info"),
    };

    public static string Nature(string nature, Language l) => nature switch
    {
        "new" => l.T("新建", "new"),
        "rebuild" => l.T("改建", "rebuild"),
        "expansion" => l.T("扩建", "expansion"),
        "technical-upgrade" => l.T("技术改造", "technical upgrade"),
        "relocation" => l.T("搬迁", "relocation"),
        _ => nature,
    };

    public static string Origin(string origin, Language l) => origin switch
    {
        "project" => l.T("项目", "project"),
        "default" => l.T("缺省", "default"),
        "derived" => l.T("推算", "derived"),
        "constant" => l.T("常数", "constant"),
        _ => origin,
    };
}
