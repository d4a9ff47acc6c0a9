using System.Collections.Immutable;
using Carbon.Sdk;

namespace Carbon.Plugins.Livestock.Domain;

/// <summary>
/// A livestock category a herd line may name (the <c>category</c> parameter) and the table rows that hold its
/// factors in each series. Only rows the domain notes give exist; a null row means the notes give no factor, and the
/// calculator then says so with a diagnostic instead of guessing.
/// </summary>
internal sealed record LivestockCategory
{
    /// <summary>The id written in the project, e.g. <c>swine-market</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The name in both languages.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>The species reported as the fact <c>livestock.species</c>, e.g. <c>pig</c>.</summary>
    public required string Species { get; init; }

    /// <summary>Whether the category is poultry (no enteric CH4 factor in any series of the notes).</summary>
    public bool IsPoultry { get; init; }

    /// <summary>IPCC Table 10.10/10.11 enteric row, or null.</summary>
    public string? IpccEnteric { get; init; }

    /// <summary>The IPCC Tier 1 manure CH4 table of the category.</summary>
    public IpccManureTable IpccManure { get; init; }

    /// <summary>The row in <see cref="IpccManure"/>, or null.</summary>
    public string? IpccManureRow { get; init; }

    /// <summary>IPCC Table 10.19 N-excretion-rate row, or null.</summary>
    public string? IpccNexRow { get; init; }

    /// <summary>IPCC Table 10.19 typical-animal-mass row, or null when the notes give no TAM ("n/a").</summary>
    public string? IpccTamRow { get; init; }

    /// <summary>IPCC Table 10.22 Frac_GasMS row, or null.</summary>
    public string? IpccFracGasRow { get; init; }

    /// <summary>IPCC default VS/B0 row (Tier 2), or null.</summary>
    public string? IpccVsB0Row { get; init; }

    /// <summary>GB/T 32151.22-2024 Appendix C row, or null when the standard's values in the notes do not cover the category.</summary>
    public string? GbtRow { get; init; }

    /// <summary>Whether GB/T Table C.3 splits the enteric EF by age class (cattle and buffalo).</summary>
    public bool GbtEntericByAge { get; init; }

    /// <summary>2011 provincial-inventory enteric row, or null.</summary>
    public string? InventoryEnteric { get; init; }

    /// <summary>Whether that enteric row is split by feeding mode (规模化 / 农户散养 / 放牧).</summary>
    public bool InventoryEntericByFeedingMode { get; init; }

    /// <summary>Regional manure CH4 row for the inventory method (GB/T rows where they corroborate the inventory), or null.</summary>
    public FactorRow? InventoryManureCh4 { get; init; }

    /// <summary>Regional manure N2O row for the inventory method (GB/T rows where they corroborate the inventory), or null.</summary>
    public FactorRow? InventoryManureN2O { get; init; }

    /// <summary>Keys of the scale-threshold rows to try, in order (e.g. <c>sheep-goats</c>, then <c>meat-sheep</c>).</summary>
    public ImmutableArray<string> ScaleKeys { get; init; } = [];

    /// <summary>GB 18596-2001 pig-equivalent row, or null.</summary>
    public string? PigEquivalentRow { get; init; }
}
