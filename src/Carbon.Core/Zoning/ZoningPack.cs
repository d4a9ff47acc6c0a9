using System.Collections.Frozen;
using System.Collections.Immutable;
using Carbon.Sdk;
using Carbon.Zoning.Model;
using Carbon.Zoning.Rules;
using Carbon.Zoning.Spatial;
using NetTopologySuite.Geometries;

namespace Carbon.Zoning;

/// <summary>
/// A loaded zoning pack (三线一单 / 生态环境分区管控 results of one jurisdiction and version): plan documents, control
/// units, element and special zones, control sections, region status, resource caps, sector definitions and access
/// rules with compiled conditions and a spatial index. Immutable and thread-safe; load it once with
/// <see cref="ZoningPackLoader"/> and share it across assessments.
/// </summary>
public sealed class ZoningPack
{
    internal ZoningPack(PackContent content, EnforcementMode enforcement)
    {
        Content = content;
        Enforcement = enforcement;
    }

    internal PackContent Content { get; }

    /// <summary>The pack id, e.g. <c>carbon.sample-district</c>.</summary>
    public string Id => Content.Id;

    /// <summary>The pack version (plans are updated every few years; results carry it).</summary>
    public string Version => Content.Version;

    /// <summary>The pack title in both languages.</summary>
    public LocalizedText Title => Content.Title;

    /// <summary>Whether the pack is sample data (the embedded 示例区 is FICTIONAL and must not decide a real approval).</summary>
    public bool IsSample => Content.Sample;

    /// <summary>The pack's notice (for the sample: the label that its data is fictional), or null.</summary>
    public LocalizedText? Notice => Content.Notice;

    /// <summary>Whether failed rules decide the verdict or are only reported.</summary>
    public EnforcementMode Enforcement { get; }

    /// <summary>The number of control units.</summary>
    public int UnitCount => Content.Units.Length;

    /// <summary>The number of element and special zones.</summary>
    public int ZoneCount => Content.Zones.Length;

    /// <summary>The number of rules.</summary>
    public int RuleCount => Content.Rules.Length;

    /// <summary>The same pack in another enforcement mode (e.g. to try a new pack in advisory mode).</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The pack in that mode (this instance when it already is).</returns>
    public ZoningPack WithEnforcement(EnforcementMode mode) => mode == Enforcement ? this : new ZoningPack(Content, mode);

    /// <summary>Finds the control units and zones covering a point (a point on a boundary belongs to both sides).</summary>
    /// <param name="longitude">Longitude in degrees (CGCS2000/WGS84).</param>
    /// <param name="latitude">Latitude in degrees.</param>
    /// <returns>The unit codes and zone ids.</returns>
    public ZoningLocation Locate(double longitude, double latitude)
    {
        if (!double.IsFinite(longitude) || !double.IsFinite(latitude))
        {
            return new ZoningLocation([], []);
        }

        var c = new Coordinate(longitude, latitude);
        var hits = new List<int>(4);
        Content.Index.UnitsCovering(c, hits);
        var units = hits.Select(i => Content.Units[i].Code).ToImmutableArray();
        hits.Clear();
        Content.Index.ZonesCovering(c, hits);
        return new ZoningLocation(units, hits.Select(i => Content.Zones[i].Id).ToImmutableArray());
    }
}

/// <summary>The immutable content of a pack, shared by the enforcement variants of a <see cref="ZoningPack"/>.</summary>
internal sealed record PackContent
{
    public required string Id { get; init; }

    public required string Version { get; init; }

    public required LocalizedText Title { get; init; }

    public bool Sample { get; init; }

    public LocalizedText? Notice { get; init; }

    public string? AdminCode { get; init; }

    public required ImmutableArray<PlanDocument> Documents { get; init; }

    public required ImmutableArray<ControlUnit> Units { get; init; }

    public required ImmutableArray<Zone> Zones { get; init; }

    public required FrozenDictionary<string, ControlSection> Sections { get; init; }

    public required FrozenDictionary<string, RegionStatus> Regions { get; init; }

    public required ImmutableArray<KeyRegionList> KeyRegionLists { get; init; }

    public required ImmutableArray<SectorDefinition> Sectors { get; init; }

    public required FrozenDictionary<string, FactDefinition> Facts { get; init; }

    /// <summary>Rules in level order, then file order.</summary>
    public required ImmutableArray<ZoningRule> Rules { get; init; }

    public required FrozenDictionary<string, ZoningRule> RulesById { get; init; }

    /// <summary>Indexes (into <see cref="Rules"/>) of the rules above the unit level: evaluated for every site in scope.</summary>
    public required ImmutableArray<int> AreaRules { get; init; }

    /// <summary>The position of each rule in <see cref="Rules"/>, by id.</summary>
    public required FrozenDictionary<string, int> RuleIndex { get; init; }

    /// <summary>Indexes of unit-level rules by unit code, so a site only visits the rows of its own units.</summary>
    public required FrozenDictionary<string, ImmutableArray<int>> UnitRules { get; init; }

    /// <summary>Zone indexes by kind.</summary>
    public required FrozenDictionary<string, ImmutableArray<int>> ZonesByKind { get; init; }

    /// <summary>Zone indexes by id.</summary>
    public required FrozenDictionary<string, int> ZonesById { get; init; }

    public required SpatialIndex Index { get; init; }
}
