using System.Collections.Immutable;
using Carbon.Sdk;

namespace Carbon.Plugins.Concrete.Embodied;

/// <summary>
/// A material whose cradle-to-gate factor the plugin ships (GB/T 51366-2019), and the <c>embodied</c> member that
/// gives its content per m³ of concrete.
/// </summary>
/// <param name="Member">The member of <c>embodied</c>, e.g. <c>cementPerM3</c>.</param>
/// <param name="Symbol">The short symbol used in traces, e.g. <c>cement</c>.</param>
/// <param name="Subject">The factor subject, e.g. <c>concrete.cement-po</c>.</param>
/// <param name="Name">The material's name in both languages.</param>
internal sealed record ShippedMaterial(string Member, string Symbol, string Subject, LocalizedText Name)
{
    /// <summary>The factor parameter all embodied factors share (a CO2e factor, not a single gas).</summary>
    public const string FactorParameter = "embodied-co2e";

    /// <summary>The subject of the whole-concrete factors by strength class (variant C30, C50).</summary>
    public const string ReadyMixSubject = "concrete.ready-mix";

    /// <summary>The shipped materials, in the order they appear in formulas and traces.</summary>
    public static ImmutableArray<ShippedMaterial> All { get; } =
    [
        new("cementPerM3", "cement", "concrete.cement-po", new LocalizedText("普通硅酸盐水泥 P·O（市场平均）", "ordinary Portland cement P·O (market average)")),
        new("sandPerM3", "sand", "concrete.sand", new LocalizedText("砂（细度模数 1.6–3.0）", "sand (fineness modulus 1.6–3.0)")),
        new("gypsumPerM3", "gypsum", "concrete.natural-gypsum", new LocalizedText("天然石膏", "natural gypsum")),
    ];
}
