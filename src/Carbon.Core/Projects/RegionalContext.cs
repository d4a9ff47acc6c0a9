using Carbon.Sdk.Units;

namespace Carbon.Projects;

/// <summary>
/// The locality's energy figures the project is measured against (the m and n impact indices, energy.md §1.5).
/// All members are optional; an index is computed only when its inputs are given.
/// </summary>
public sealed record RegionalContext
{
    /// <summary>The locality's name.</summary>
    public string? Name { get; init; }

    /// <summary>a: the locality's base-year total energy consumption (tce).</summary>
    public Quantity? BaseYearEnergy { get; init; }

    /// <summary>b: the locality's base-year GDP (CNY).</summary>
    public Quantity? BaseYearGdp { get; init; }

    /// <summary>The locality's five-year control quota for growth in energy consumption (能源消费增量控制数, tce).</summary>
    public Quantity? EnergyIncrementQuota { get; init; }

    /// <summary>The id of the m/n grade table to use, or null for the default.</summary>
    public string? GradeTable { get; init; }

    /// <summary>The JSON Pointer of the section.</summary>
    public required string Path { get; init; }
}
