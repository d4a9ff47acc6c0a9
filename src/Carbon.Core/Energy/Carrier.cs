using Carbon.Sdk;
using Carbon.Sdk.Units;

namespace Carbon.Energy;

/// <summary>What kind of energy a carrier is.</summary>
public enum CarrierKind
{
    /// <summary>A fuel (solid, liquid or gas) converted by 折标准煤系数 and burnt for CO2.</summary>
    Fuel = 0,

    /// <summary>Electricity (secondary energy).</summary>
    Electricity = 1,

    /// <summary>Heat (secondary energy).</summary>
    Heat = 2,

    /// <summary>Steam, a heat carrier measured by mass (secondary energy).</summary>
    Steam = 3,
}

/// <summary>An energy carrier of the catalogue (names and dimensions only; its numbers are factor records).</summary>
/// <param name="Id">The id used in project files, e.g. <c>coal.raw</c>.</param>
/// <param name="Name">The name in both languages.</param>
/// <param name="Kind">The kind.</param>
/// <param name="Dimension">The dimension of its physical amount (mass, volume or energy).</param>
/// <param name="Unit">The unit reports show its amount in.</param>
/// <param name="Fossil">Whether it is a fossil energy (化石能源).</param>
public sealed record Carrier(string Id, LocalizedText Name, CarrierKind Kind, Dimension Dimension, string Unit, bool Fossil);
