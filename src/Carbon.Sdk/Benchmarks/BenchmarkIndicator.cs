using System.Collections.Immutable;

namespace Carbon.Sdk.Benchmarks;

/// <summary>
/// One indicator of a benchmark table, e.g. "熟料单位产品综合能耗, kgce/t clinker", and its levels.
/// </summary>
public sealed record BenchmarkIndicator
{
    /// <summary>A stable id within the table, e.g. <c>clinker.comprehensive-energy</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The name in both languages.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>The product id the indicator is per unit of (matches <c>products[].product</c>), e.g. <c>cement.clinker</c>.</summary>
    public required string Product { get; init; }

    /// <summary>What is divided by the product output.</summary>
    public required IndicatorBasis Basis { get; init; }

    /// <summary>The indicator's unit as published, e.g. <c>kgce/t</c>, <c>kWh/t</c>, <c>kgce/m³</c>.</summary>
    public required string Unit { get; init; }

    /// <summary>When set, only energy lines tagged with this stage count (e.g. <c>production</c> vs <c>transport</c>).</summary>
    public string? Stage { get; init; }

    /// <summary>For <see cref="IndicatorBasis.CarrierGroup"/>: the carrier ids that count (e.g. the coals).</summary>
    public ImmutableArray<string> Carriers { get; init; } = [];

    /// <summary>The levels, best first.</summary>
    public ImmutableArray<BenchmarkLevel> Levels { get; init; } = [];

    /// <summary>Corrections of the levels by project facts (e.g. GB 16780's clinker-ratio and altitude corrections).</summary>
    public ImmutableArray<BenchmarkCorrection> Corrections { get; init; } = [];
}
