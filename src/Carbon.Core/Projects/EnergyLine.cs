using Carbon.Sdk.Units;

namespace Carbon.Projects;

/// <summary>Whether an energy line is burnt or used as energy (fuel), or used as raw material (原料用能, feedstock).</summary>
public enum EnergyUse
{
    /// <summary>Used as fuel or energy.</summary>
    Fuel = 0,

    /// <summary>原料用能: used as raw material; reported separately and not burnt.</summary>
    Feedstock = 1,
}

/// <summary>Whether energy enters the boundary or leaves it.</summary>
public enum EnergyDirection
{
    /// <summary>Bought or brought in.</summary>
    Import = 0,

    /// <summary>Sold or sent out (deducted).</summary>
    Export = 1,
}

/// <summary>Where electricity comes from.</summary>
public enum EnergyOrigin
{
    /// <summary>The public grid (or, for fuels and heat, an outside supplier).</summary>
    Grid = 0,

    /// <summary>余热发电: generated on site from recovered waste heat; its fuel is already counted.</summary>
    WasteHeat = 1,

    /// <summary>Generated on site from renewable sources (e.g. photovoltaics).</summary>
    OnSiteRenewable = 2,
}

/// <summary>One <c>energy[]</c> line of a project file.</summary>
public sealed record EnergyLine
{
    /// <summary>The carrier id, e.g. <c>coal.raw</c>.</summary>
    public required string Carrier { get; init; }

    /// <summary>The physical amount per year in canonical units.</summary>
    public required Quantity Amount { get; init; }

    /// <summary>The amount as written.</summary>
    public required string AmountText { get; init; }

    /// <summary>A measured net calorific value (低位发热量), or null to use the default.</summary>
    public Quantity? Ncv { get; init; }

    /// <summary>The NCV as written.</summary>
    public string? NcvText { get; init; }

    /// <summary>For steam: the enthalpy (焓值) per unit mass, e.g. 2777 kJ/kg.</summary>
    public Quantity? Enthalpy { get; init; }

    /// <summary>A measured carbon content per unit heat (单位热值含碳量), or null.</summary>
    public Quantity? CarbonContent { get; init; }

    /// <summary>A measured oxidation fraction (碳氧化率), or null.</summary>
    public double? Oxidation { get; init; }

    /// <summary>A measured or contractual emission factor for purchased electricity or heat, or null.</summary>
    public Quantity? EmissionFactor { get; init; }

    /// <summary>Fuel or feedstock.</summary>
    public EnergyUse Use { get; init; }

    /// <summary>Import or export.</summary>
    public EnergyDirection Direction { get; init; }

    /// <summary>Whether the energy is renewable (可再生能源).</summary>
    public bool Renewable { get; init; }

    /// <summary>Where electricity comes from.</summary>
    public EnergyOrigin Origin { get; init; }

    /// <summary>A free stage tag (e.g. <c>production</c>, <c>transport</c>, <c>clinker</c>) that indicators can filter on.</summary>
    public string? Stage { get; init; }

    /// <summary>A label for the line.</summary>
    public string? Label { get; init; }

    /// <summary>The JSON Pointer of the line.</summary>
    public required string Path { get; init; }
}
