using System.Collections.Frozen;
using Carbon.Sdk.Units;

namespace Carbon.Zoning.Rules;

/// <summary>
/// The documented catalogue of project and plugin facts (docs/rules.md, "facts.*"). Keys follow the plugin-prefix
/// convention: project-declared facts in the project file's <c>facts</c> object, plugin facts derived from activity
/// parameters. A pack may declare more facts; a rule that reads a key in neither is refused when the pack loads.
/// </summary>
internal static class FactCatalog
{
    private static readonly Dimension MassPerTime = Dimension.OfMass / Dimension.OfTime;

    private static FactDefinition B(string key, string zh, string en) => new(key, ExprType.Boolean, zh, en);

    private static FactDefinition T(string key, string zh, string en) => new(key, ExprType.Text, zh, en);

    private static FactDefinition L(string key, string zh, string en) => new(key, ExprType.TextList, zh, en);

    private static FactDefinition Q(string key, Dimension d, string zh, string en, bool additive = false) => new(key, ExprType.Of(d), zh, en, additive);

    /// <summary>The built-in facts, by key.</summary>
    public static FrozenDictionary<string, FactDefinition> Builtin { get; } = new FactDefinition[]
    {
        // Project-declared facts about the project as a whole.
        T("project.catalogue-class", "《产业结构调整指导目录》类别：encouraged、allowed、restricted、eliminated", "Class in the industrial-structure catalogue: encouraged, allowed, restricted or eliminated"),
        B("project.reduction-plan", "已有配套的区域污染物削减方案", "A matching regional pollutant-reduction plan exists"),
        B("project.coal-replacement", "已落实煤炭消费减量替代", "Coal-consumption reduction replacement is secured"),
        L("project.sectors", "项目自报的行业标签（与包内行业定义合并）", "Sector tags the project declares (merged with the pack's sector definitions)"),
        B("project.water-supply", "项目属于供水设施", "The project is a water-supply facility"),
        B("project.energy-security-plan", "列入国家能源安全保障规划", "The project is in a national energy-security plan"),
        T("project.pollution-class", "工业项目污染类别：I、II、III", "Industrial pollution class: I, II or III"),
        B("project.in-chemical-park", "位于合规化工园区", "The project is in a compliant chemical park"),
        B("project.park-plan-eia", "所在园区已开展规划环评且项目符合其准入条件", "The park has a plan EIA and the project meets its access conditions"),
        B("project.resource-utilisation", "属于资源综合利用项目", "The project is a resource-utilisation project"),
        T("boiler.fuel", "新建锅炉燃料：coal、heavy-oil、biomass、gas、electric 等；不建锅炉时不填", "Fuel of a new boiler: coal, heavy-oil, biomass, gas, electric …; leave out when no boiler is built"),
        Q("boiler.capacity", MassPerTime, "新建锅炉蒸发量，如 10 t/h", "Capacity of a new boiler, e.g. 10 t/h"),
        B("vocs.high-content-materials", "生产或使用高 VOCs 含量涂料、油墨、胶粘剂、清洗剂", "Makes or uses high-VOCs coatings, inks, adhesives or cleaning agents"),
        B("plastic.meets-access-conditions", "符合《废塑料综合利用行业规范条件》", "Meets the waste-plastic recycling industry conditions (废塑料综合利用行业规范条件)"),
        Q("offsets.so2", MassPerTime, "已落实的 SO2 替代削减量，t/a", "Secured SO2 offsets, t/a"),
        Q("offsets.nox", MassPerTime, "已落实的 NOx 替代削减量，t/a", "Secured NOx offsets, t/a"),
        Q("offsets.pm", MassPerTime, "已落实的颗粒物替代削减量，t/a", "Secured particulate offsets, t/a"),
        Q("offsets.vocs", MassPerTime, "已落实的 VOCs 替代削减量，t/a", "Secured VOCs offsets, t/a"),
        Q("offsets.cod", MassPerTime, "已落实的 COD 替代削减量，t/a", "Secured COD offsets, t/a"),
        Q("offsets.nh3-n", MassPerTime, "已落实的氨氮替代削减量，t/a", "Secured NH3-N offsets, t/a"),
        Q("site.altitude", Dimension.OfLength, "厂址海拔，m", "Site altitude, m"),
        Q("site.pressure", Dimension.OfPressure, "厂址年平均大气压，Pa", "Site mean ambient pressure, Pa"),

        // Cement plugin (or declared).
        Q("cement.clinker-capacity", MassPerTime, "新增熟料产能，t/d", "New clinker capacity, t/d"),
        T("cement.kiln-type", "熟料窑型，如 new-dry-process", "Clinker kiln type, e.g. new-dry-process"),
        B("cement.grinding-station-only", "仅为水泥粉磨站（无熟料窑）", "A cement grinding station only (no kiln)"),
        Q("cement.clinker-ratio", Dimension.None, "水泥熟料系数", "Clinker ratio of the cement"),
        Q("cement.replacement-capacity", MassPerTime, "产能置换退出的熟料产能合计，t/d", "Clinker capacity retired for capacity replacement, t/d"),
        Q("cement.replacement-ratio", Dimension.None, "置换比例：退出产能 ÷ 新增产能", "Replacement ratio: retired ÷ new capacity"),
        Q("cement.replacement-restricted-capacity", MassPerTime, "退出产能中属限制类生产线的部分，t/d", "Retired capacity from restricted-class lines, t/d"),
        L("cement.replacement-provinces", "退出产能所在省份（GB/T 2260，xx0000）", "Provinces of the retired lines (GB/T 2260, xx0000)"),
        L("cement.replacement-classes", "退出产能的目录类别", "Catalogue classes of the retired lines"),

        // Lime plugin (or declared).
        T("lime.kiln-type", "石灰窑型：earth、ordinary-shaft、mechanised-shaft、twin-shaft、annular-shaft、rotary", "Lime kiln type: earth, ordinary-shaft, mechanised-shaft, twin-shaft, annular-shaft, rotary"),
        Q("lime.kiln-capacity", MassPerTime, "石灰窑产能，t/d", "Lime kiln capacity, t/d"),
        Q("lime.kiln-count", Dimension.None, "窑座数", "Number of kilns"),
        T("lime.fuel", "石灰窑燃料", "Lime kiln fuel"),
        L("lime.replaces-kilns", "本项目替代（淘汰）的窑型，每座一项", "Kiln types the project retires, one per kiln"),
        Q("lime.replaced-capacity", MassPerTime, "被替代窑的产能，t/d", "Capacity of the retired kilns, t/d"),

        // Concrete plugin (or declared).
        B("concrete.enclosed-storage", "砂石、粉料封闭储存", "Aggregates and powders stored enclosed"),
        B("concrete.enclosed-mixing", "搅拌主楼及输送封闭", "Mixing building and conveying enclosed"),
        B("concrete.dust-collectors", "粉料仓及搅拌机设除尘设施", "Dust collectors on silos and mixers"),
        B("concrete.wash-water-recycling", "清洗废水及废浆回用不外排", "Wash water and returned concrete recycled, no discharge"),
        Q("concrete.distance-to-homes", Dimension.OfLength, "厂界与最近居民点距离，m", "Distance from the boundary to the nearest homes, m"),
        B("concrete.in-park", "位于工业园区", "Inside an industrial park"),
        B("concrete.upgrade-of-existing", "现有搅拌站升级改造（非新建）", "Upgrade of an existing station, not a new one"),
        Q("concrete.mixing-lines", Dimension.None, "搅拌生产线数量", "Number of mixing lines"),
        Q("concrete.dust-emission", MassPerTime, "颗粒物排放量，t/a", "Particulate emission, t/a"),
        T("concrete.dust-emission-basis", "颗粒物排放量依据：measured 或 permitted", "Basis of the dust figure: measured or permitted"),

        // Livestock plugin (or declared).
        T("livestock.species", "畜种，如 pig", "Species, e.g. pig"),
        T("livestock.category", "畜禽类别，如 swine-market", "Category, e.g. swine-market"),
        T("livestock.population-basis", "头数口径：stock（存栏）或 sold（出栏）", "Head-count basis: stock (存栏) or sold (出栏)"),
        Q("livestock.annual-average-population", Dimension.OfCount, "年平均存栏，头", "Annual average population, head", additive: true),
        Q("livestock.pig-equivalents", Dimension.OfCount, "猪当量，头", "Pig equivalents, head", additive: true),
        T("livestock.scale-class", "规模类别：scale-farm、specialised-household、below-scale", "Scale class: scale-farm, specialised-household or below-scale"),
        T("livestock.scale-standard", "判定规模所用的标准", "The scale standard used"),
        Q("livestock.manure-treatment-capacity", Dimension.OfVolume / Dimension.OfTime, "粪污处理能力，m³/d", "Manure treatment capacity, m³/d"),
        Q("livestock.distance-to-water-source", Dimension.OfLength, "与最近饮用水水源的距离，m", "Distance to the nearest drinking-water source, m"),
        Q("livestock.distance-to-homes", Dimension.OfLength, "与最近居民点的距离，m", "Distance to the nearest homes, m"),

        // Plastics recycling (declared).
        B("plastic.pelletising", "含造粒工序", "Includes pelletising (造粒)"),
    }.ToFrozenDictionary(f => f.Key, StringComparer.Ordinal);

    /// <summary>The canonical pollutant names that <c>pollutant()</c>, offsets and quotas accept.</summary>
    public static FrozenSet<string> Pollutants { get; } = new[] { "SO2", "NOx", "PM", "VOCs", "COD", "NH3-N", "TN", "TP" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The air pollutants evaluated for attainment (GB 3095-2012).</summary>
    public static FrozenSet<string> AirPollutants { get; } = new[] { "SO2", "NO2", "PM10", "PM2.5", "CO", "O3" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Resources that may carry an upper-line cap, with the dimension of their amounts.</summary>
    public static FrozenDictionary<string, Dimension> Resources { get; } = new Dictionary<string, Dimension>(StringComparer.Ordinal)
    {
        ["energy"] = Dimension.OfCoalEquivalent,
        ["coal"] = Dimension.OfMass,
        ["water"] = Dimension.OfVolume,
        ["land"] = Dimension.OfArea,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Finds the canonical pollutant name, ignoring case ("nox" → "NOx").</summary>
    public static string? CanonicalPollutant(string name)
    {
        foreach (var p in Pollutants)
        {
            if (string.Equals(p, name, StringComparison.OrdinalIgnoreCase))
            {
                return p;
            }
        }

        return null;
    }
}
