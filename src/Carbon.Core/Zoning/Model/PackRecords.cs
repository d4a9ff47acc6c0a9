using System.Collections.Immutable;
using Carbon.Sdk;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;
using NetTopologySuite.Geometries;

namespace Carbon.Zoning.Model;

/// <summary>A plan document (e.g. a city's 三线一单 plan, a national policy) that units and rules come from.</summary>
internal sealed record PlanDocument(
    string Id,
    LocalizedText Title,
    string? Number,
    string? Issuer,
    string? Level,
    string? IssuedOn,
    string? EffectiveFrom,
    string? EffectiveTo,
    string? Version,
    string Status,
    string Verification,
    string? Url);

/// <summary>The four dimension texts of a unit, verbatim as published (free text in the GIS data).</summary>
internal sealed record DimensionTexts(string? SpatialLayout, string? PollutantDischarge, string? EnvironmentalRisk, string? ResourceEfficiency, string? Remark)
{
    public static DimensionTexts Empty { get; } = new(null, null, null, null, null);
}

/// <summary>环境管控单元: a control unit with its opaque code, category, admin codes and geometry.</summary>
internal sealed record ControlUnit(
    string Code,
    LocalizedText Name,
    UnitCategory Category,
    string? SubType,
    string? AdminCode,
    string? Province,
    string? City,
    string? County,
    string? DocumentId,
    string? Version,
    bool Marine,
    DimensionTexts Text,
    Geometry Geometry,
    string Path);

/// <summary>An element zone (要素管控分区: water, air, ecology…) or a special zone (禁养区, water-source levels, red line…).</summary>
internal sealed record Zone(
    string Id,
    string Kind,
    LocalizedText Name,
    string? Element,
    string? SubClass,
    string? LegalCategory,
    UnitCategory? Category,
    string? Basin,
    string? Reach,
    string? SectionId,
    string? DocumentId,
    Geometry Geometry,
    string Path);

/// <summary>A water-quality control section (控制断面) with its target and current class.</summary>
internal sealed record ControlSection(string Id, LocalizedText Name, double? Longitude, double? Latitude, string? Level, int TargetClass, int? CurrentClass, int? Year, string? DocumentId)
{
    public bool? MeetsTarget => CurrentClass is { } c ? c <= TargetClass : null;
}

/// <summary>Air-quality attainment of one pollutant in one region and year.</summary>
internal sealed record AirStatus(string Pollutant, bool Attains, int? Year, string? Statistic, string? DocumentId);

/// <summary>A resource-use upper line (资源利用上线) of a region: limit, use so far, headroom.</summary>
internal sealed record ResourceCap(string Resource, string Metric, Quantity Limit, string LimitText, Quantity? Used, string? UsedText, string? Period, string? DocumentId, DataStatus Status)
{
    public Quantity? Headroom => Used is { } u ? new Quantity(Limit.Value - u.Value, Limit.Dimension) : null;
}

/// <summary>What is known of a region (province, city or county): key-region membership, attainment, quotas, caps.</summary>
internal sealed record RegionStatus(
    string AdminCode,
    LocalizedText? Name,
    int? Year,
    bool? KeyRegion,
    bool? ReductionTargetMet,
    ImmutableDictionary<string, AirStatus> Air,
    ImmutableDictionary<string, bool> QuotaExceeded,
    ImmutableDictionary<string, ResourceCap> Caps);

/// <summary>A city list such as the 重点区域 of 国发〔2023〕24号.</summary>
internal sealed record KeyRegionList(string Id, LocalizedText Name, string? DocumentId, ImmutableHashSet<string> Cities, DataStatus Status);

/// <summary>A sector tag derived from products, industry prefixes, facts or other sectors (e.g. 两高 = building materials + …).</summary>
internal sealed record SectorDefinition(
    string Id,
    LocalizedText Name,
    ImmutableArray<string> Industries,
    ImmutableArray<string> Products,
    ImmutableArray<string> Facts,
    ImmutableArray<string> Includes);
