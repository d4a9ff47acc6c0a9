using System.Collections.Immutable;

namespace Carbon.Plugins.Concrete.Embodied;

/// <summary>How the embodied footprint is built.</summary>
internal enum EmbodiedBasis
{
    /// <summary>Σ material content × material factor (plus user items), the default.</summary>
    Materials = 0,

    /// <summary>The whole-concrete factor of the line's strength class (GB/T 51366-2019: C30, C50).</summary>
    StrengthClass = 1,
}

/// <summary>A content of a shipped material per m³ of concrete.</summary>
/// <param name="Material">The material.</param>
/// <param name="TonnesPerM3">The content in t per m³.</param>
/// <param name="Path">The JSON Pointer of the content.</param>
internal sealed record ShippedContent(ShippedMaterial Material, double TonnesPerM3, string Path);

/// <summary>
/// A project-supplied item of the footprint: either a content × its own factor, or a footprint per m³ (e.g. the
/// transport of raw materials). Either way it carries its own citation.
/// </summary>
/// <param name="Name">The name the project gave.</param>
/// <param name="Path">The JSON Pointer of the item.</param>
/// <param name="TonnesPerM3">The content in t per m³ (content × factor items), else null.</param>
/// <param name="FactorTonnesPerTonne">The factor in t CO2e per t of material (content × factor items), else null.</param>
/// <param name="FootprintTonnesPerM3">The footprint in t CO2e per m³ (footprint items), else null.</param>
/// <param name="Source">The citation the project gave.</param>
/// <param name="GivenInCo2">Whether the figure was written in CO2 rather than CO2e.</param>
internal sealed record UserItem(
    string Name,
    string Path,
    double? TonnesPerM3,
    double? FactorTonnesPerTonne,
    double? FootprintTonnesPerM3,
    string Source,
    bool GivenInCo2);

/// <summary>A checked <c>embodied</c> request of one ready-mix line.</summary>
/// <param name="Basis">How the footprint is built.</param>
/// <param name="Path">The JSON Pointer of <c>embodied</c>.</param>
/// <param name="Shipped">Contents of shipped materials (materials basis).</param>
/// <param name="Others">Project-supplied items (materials basis).</param>
internal sealed record EmbodiedRequest(EmbodiedBasis Basis, string Path, ImmutableArray<ShippedContent> Shipped, ImmutableArray<UserItem> Others);
