using System.Collections.Frozen;
using System.Collections.Immutable;
using Carbon.Sdk;

namespace Carbon.Plugins.Livestock.Domain;

/// <summary>The categories a herd line may name, with the table rows of each (names only; every number is in the data sets).</summary>
internal static class LivestockCategories
{
    private static readonly FactorRow GbtPig = new(Series.Gbt, "pig");
    private static readonly FactorRow GbtPoultry = new(Series.Gbt, "poultry");

    /// <summary>Every category, in documentation order.</summary>
    public static readonly ImmutableArray<LivestockCategory> All =
    [
        Swine("swine-market", "商品猪（育肥猪）", "market swine (finishing pigs)", "swine-market"),
        Swine("swine-breeding", "种猪（能繁母猪、种公猪）", "breeding swine", "swine-breeding"),
        Swine("swine", "猪（未区分，IPCC 典型猪）", "swine, typical (not split)", "swine"),
        new()
        {
            Id = "dairy-cattle", Name = new("奶牛", "dairy cattle"), Species = "dairy-cattle",
            IpccEnteric = "dairy-cattle", IpccManure = IpccManureTable.ByTemperature, IpccManureRow = "dairy-cattle",
            IpccNexRow = "dairy-cattle", IpccTamRow = "dairy-cattle", IpccFracGasRow = "dairy-cattle", IpccVsB0Row = "dairy-cattle",
            GbtRow = "dairy-cattle", GbtEntericByAge = true,
            InventoryEnteric = "dairy-cattle", InventoryEntericByFeedingMode = true,
            InventoryManureCh4 = new(Series.Gbt, "dairy-cattle"), InventoryManureN2O = new(Series.Gbt, "dairy-cattle"),
            ScaleKeys = ["dairy-cattle"], PigEquivalentRow = "dairy-cattle",
        },
        new()
        {
            Id = "beef-cattle", Name = new("肉牛（非奶牛，IPCC 其他牛）", "beef cattle (non-dairy, IPCC other cattle)"), Species = "beef-cattle",
            IpccEnteric = "other-cattle", IpccManure = IpccManureTable.ByTemperature, IpccManureRow = "other-cattle",
            IpccNexRow = "other-cattle", IpccTamRow = "other-cattle", IpccVsB0Row = "other-cattle",
            GbtRow = "beef-cattle", GbtEntericByAge = true,
            InventoryEnteric = "non-dairy-cattle", InventoryEntericByFeedingMode = true,
            InventoryManureCh4 = new(Series.Gbt, "beef-cattle"), InventoryManureN2O = new(Series.Gbt, "beef-cattle"),
            ScaleKeys = ["beef-cattle"], PigEquivalentRow = "beef-cattle",
        },
        new()
        {
            Id = "buffalo", Name = new("水牛", "buffalo"), Species = "buffalo",
            IpccEnteric = "buffalo", IpccManure = IpccManureTable.ByTemperature, IpccManureRow = "buffalo",
            IpccNexRow = "buffalo", IpccTamRow = "buffalo", IpccFracGasRow = "buffalo",
            GbtRow = "buffalo", GbtEntericByAge = true,
            InventoryEnteric = "buffalo", InventoryEntericByFeedingMode = true,
        },
        new() { Id = "yak", Name = new("牦牛", "yak"), Species = "yak", ScaleKeys = ["yak"] },
        new()
        {
            Id = "sheep", Name = new("绵羊", "sheep"), Species = "sheep",
            IpccEnteric = "sheep", IpccManure = IpccManureTable.ByClimateBand, IpccManureRow = "sheep", IpccNexRow = "sheep",
            InventoryEnteric = "sheep", InventoryEntericByFeedingMode = true,
            InventoryManureCh4 = new(Series.Inventory, "sheep"), InventoryManureN2O = new(Series.Inventory, "sheep-goats"),
            ScaleKeys = ["sheep-goats", "meat-sheep"], PigEquivalentRow = "sheep",
        },
        new()
        {
            Id = "goats", Name = new("山羊", "goats"), Species = "goats",
            IpccEnteric = "goats", IpccManure = IpccManureTable.ByClimateBand, IpccManureRow = "goats", IpccNexRow = "goats",
            InventoryEnteric = "goats", InventoryEntericByFeedingMode = true,
            InventoryManureCh4 = new(Series.Inventory, "goats"), InventoryManureN2O = new(Series.Inventory, "sheep-goats"),
            ScaleKeys = ["sheep-goats"],
        },
        new()
        {
            Id = "horses", Name = new("马", "horses"), Species = "horses",
            IpccEnteric = "horses", IpccManure = IpccManureTable.ByClimateBand, IpccManureRow = "horses", IpccNexRow = "horses-mules-asses",
            InventoryEnteric = "horses", ScaleKeys = ["horses-donkeys-camels"],
        },
        new()
        {
            Id = "mules-asses", Name = new("骡、驴", "mules and asses"), Species = "mules-asses",
            IpccEnteric = "mules-asses", IpccManure = IpccManureTable.ByClimateBand, IpccManureRow = "mules-asses", IpccNexRow = "horses-mules-asses",
            InventoryEnteric = "mules-asses",
        },
        new()
        {
            Id = "camels", Name = new("骆驼", "camels"), Species = "camels",
            IpccEnteric = "camels", IpccManure = IpccManureTable.ByClimateBand, IpccManureRow = "camels", IpccNexRow = "camels",
            InventoryEnteric = "camels", ScaleKeys = ["horses-donkeys-camels"],
        },
        Poultry("layers", "蛋鸡", "laying hens", "hens", ["layers"], "layers"),
        Poultry("broilers", "肉鸡", "broilers", "broilers", ["broilers"], "broilers"),
        Poultry("ducks-meat", "肉鸭", "meat ducks", "ducks", ["meat-ducks"], null),
        Poultry("ducks-laying", "蛋鸭", "laying ducks", "ducks", ["laying-ducks"], null),
        Poultry("geese", "鹅", "geese", null, ["geese"], null),
        Poultry("turkeys", "火鸡", "turkeys", "turkeys", [], null),
        new() { Id = "rabbits", Name = new("兔", "rabbits"), Species = "rabbits", ScaleKeys = ["rabbits"] },
    ];

    private static readonly FrozenDictionary<string, LivestockCategory> ById = All.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);

    /// <summary>The category ids.</summary>
    public static ImmutableArray<string> Ids { get; } = [.. All.Select(c => c.Id)];

    /// <summary>Finds a category by id (ordinal).</summary>
    /// <param name="id">The id.</param>
    /// <param name="category">The category.</param>
    /// <returns>True when known.</returns>
    public static bool TryGet(string? id, out LivestockCategory category)
    {
        if (id is not null && ById.TryGetValue(id, out var found))
        {
            category = found;
            return true;
        }

        category = null!;
        return false;
    }

    private static LivestockCategory Swine(string id, string zh, string en, string nexRow) => new()
    {
        Id = id, Name = new LocalizedText(zh, en), Species = "pig",
        IpccEnteric = "swine", IpccManure = IpccManureTable.ByTemperature, IpccManureRow = "swine",
        IpccNexRow = nexRow, IpccTamRow = nexRow, IpccFracGasRow = "swine", IpccVsB0Row = "swine",
        GbtRow = "pig", InventoryEnteric = "swine", InventoryManureCh4 = GbtPig, InventoryManureN2O = GbtPig,
        ScaleKeys = ["pig"], PigEquivalentRow = "pig",
    };

    private static LivestockCategory Poultry(string id, string zh, string en, string? nexRow, ImmutableArray<string> scaleKeys, string? pigEquivalentRow) => new()
    {
        Id = id, Name = new LocalizedText(zh, en), Species = id, IsPoultry = true,
        IpccManure = IpccManureTable.ByClimateBand, IpccManureRow = "poultry", IpccNexRow = nexRow,
        GbtRow = "poultry", InventoryManureCh4 = new(Series.Inventory, "poultry"), InventoryManureN2O = GbtPoultry,
        ScaleKeys = scaleKeys, PigEquivalentRow = pigEquivalentRow,
    };
}
