using System.Collections.Frozen;

namespace Carbon.Zoning.Loading;

/// <summary>
/// The zone kinds every pack knows (docs/zoning-pack.md). A pack may use other kinds for its own zones; rules may
/// name any kind in this list or used by a zone of the pack, or a zone id.
/// </summary>
internal static class ZoneKinds
{
    public static FrozenSet<string> Builtin { get; } = new[]
    {
        "no-farming",            // 禁养区 (with its legal category)
        "no-burning",            // 高污染燃料禁燃区
        "drinking-water-1",      // 饮用水水源一级保护区
        "drinking-water-2",      // 饮用水水源二级保护区
        "drinking-water-quasi",  // 饮用水水源准保护区
        "red-line",              // 生态保护红线
        "nature-reserve-core",   // 自然保护区核心区
        "nature-reserve-buffer", // 自然保护区缓冲区
        "nature-reserve-experimental", // 自然保护区实验区
        "scenic-area",           // 风景名胜区
        "park",                  // 公园 / 森林公园 / 湿地公园
        "basic-farmland",        // 永久基本农田
        "wetland",               // 重要湿地
        "heating-coverage",      // 集中供热覆盖区
        "industrial-park",       // 工业园区 / 产业集聚区
        "chemical-park",         // 化工园区
        "residential",           // 城镇居民区和文化教育科学研究区
        "built-up",              // 建成区
        "water-body",            // 水域（河湖库）
        "river",                 // 河流中心线
        "vocs-no-entry",         // VOCs 禁止准入区域
        "heavy-metal",           // 重金属重点防控区
        "water",                 // 水环境要素管控分区
        "air",                   // 大气环境要素管控分区
        "ecology",               // 生态要素管控分区
        "soil",                  // 土壤要素管控分区
        "resource",              // 资源利用要素管控分区
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsValidKind(string kind) =>
        kind.Length is > 0 and <= 64 && char.IsAsciiLetterLower(kind[0]) && kind.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
