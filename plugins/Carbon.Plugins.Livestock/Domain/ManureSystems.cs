using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Carbon.Plugins.Livestock.Domain;

/// <summary>
/// The documented enumeration of manure management systems. IPCC 2006 Table 10.21 systems and the GB/T 32151.22
/// Table C.6/C.9 systems share an id where the two name the same system (氧化塘 = uncovered anaerobic lagoon,
/// 舍内粪坑 = pit storage below confinement, …); systems only one of them names have their own id.
/// </summary>
internal static class ManureSystems
{
    /// <summary>Every system, in documentation order.</summary>
    public static readonly ImmutableArray<ManureSystem> All =
    [
        new("uncovered-anaerobic-lagoon", new("氧化塘（无覆盖厌氧塘）", "uncovered anaerobic lagoon"), "uncovered-anaerobic-lagoon"),
        new("liquid-slurry-with-crust", new("液体贮存（自然结壳）", "liquid/slurry with natural crust"), "liquid-slurry"),
        new("liquid-slurry-without-crust", new("液体贮存（无结壳）", "liquid/slurry without crust"), "liquid-slurry"),
        new("pit-storage", new("舍内粪坑", "pit storage below animal confinement"), "pit-storage"),
        new("solid-storage", new("固体贮存", "solid storage"), "solid-storage"),
        new("dry-lot", new("干燥育肥场（dry lot）", "dry lot"), "dry-lot"),
        new("natural-air-drying", new("自然风干", "natural air drying (GB/T 32151.22)"), "natural-air-drying"),
        new("daily-spread", new("每日施肥", "daily spread"), "daily-spread"),
        new("deep-bedding-no-mixing", new("厚垫料（不翻动）", "deep bedding, no mixing"), "deep-bedding"),
        new("deep-bedding-active-mixing", new("厚垫料（翻动）", "deep bedding, active mixing"), "deep-bedding"),
        new("composting-in-vessel", new("堆肥（容器内）", "composting, in-vessel"), "composting-in-vessel"),
        new("composting-static-pile", new("堆肥（静态堆）", "composting, static pile"), "composting-static-pile"),
        new("composting-intensive-windrow", new("堆肥（条垛，频繁翻堆）", "composting, intensive windrow"), "composting-intensive-windrow"),
        new("composting-passive-windrow", new("堆肥（条垛，较少翻堆）", "composting, passive windrow"), "composting-passive-windrow"),
        new("composting-and-spreading", new("堆肥和泼肥", "composting and spreading (GB/T 32151.22)"), "composting-and-spreading"),
        new("anaerobic-digester", new("沼气池", "anaerobic digester"), "anaerobic-digester"),
        new("aerobic-treatment", new("好氧处理", "aerobic treatment"), "aerobic-treatment"),
        new("pasture-range-paddock", new("放牧（牧场、草场、围场）", "pasture/range/paddock"), "pasture-range-paddock"),
        new("poultry-with-litter", new("家禽垫料", "poultry manure with litter"), "poultry-with-litter"),
        new("other", new("其他", "other (GB/T 32151.22)"), "other"),
    ];

    private static readonly FrozenDictionary<string, ManureSystem> ById = All.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);

    /// <summary>The system ids.</summary>
    public static ImmutableArray<string> Ids { get; } = [.. All.Select(s => s.Id)];

    /// <summary>Finds a system by id (ordinal).</summary>
    /// <param name="id">The id.</param>
    /// <param name="system">The system.</param>
    /// <returns>True when known.</returns>
    public static bool TryGet(string id, out ManureSystem system)
    {
        if (ById.TryGetValue(id, out var found))
        {
            system = found;
            return true;
        }

        system = null!;
        return false;
    }
}
