using System.Collections.Immutable;
using Carbon.Sdk.Units;

namespace Carbon.Projects;

/// <summary>
/// The facility before the project, for rebuild, expansion and technical-upgrade projects: the review's increment
/// rule and the energy-saving amount (节能量) need it.
/// </summary>
public sealed record ExistingFacility
{
    /// <summary>The existing facility's annual comprehensive energy consumption (当量值, tce), or null.</summary>
    public Quantity? AnnualEnergy { get; init; }

    /// <summary>The existing unit consumption per product (e.g. 118 kgce/t clinker).</summary>
    public ImmutableArray<ExistingUnitConsumption> UnitConsumption { get; init; } = [];

    /// <summary>Whether the site, main process and main equipment stay unchanged (Order 2 increment rule), or null.</summary>
    public bool? SiteProcessEquipmentUnchanged { get; init; }

    /// <summary>The JSON Pointer of the section.</summary>
    public required string Path { get; init; }
}

/// <summary>An existing unit consumption of one product.</summary>
/// <param name="Product">The product id.</param>
/// <param name="Value">The value in canonical units (e.g. tce/t).</param>
/// <param name="Text">The value as written.</param>
/// <param name="Path">The JSON Pointer.</param>
public sealed record ExistingUnitConsumption(string Product, Quantity Value, string Text, string Path);
