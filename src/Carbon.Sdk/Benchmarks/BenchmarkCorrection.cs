using System.Collections.Immutable;
using Carbon.Sdk.Factors;

namespace Carbon.Sdk.Benchmarks;

/// <summary>How a correction changes a level value.</summary>
public enum CorrectionKind
{
    /// <summary><c>level + coefficient[level] × (fact − reference)</c>, e.g. GB 16780 clause 5.3 (clinker ratio).</summary>
    Linear = 0,

    /// <summary><c>level × (A − B × fact / reference)</c>, e.g. GB 16780 clause 5.4 (altitude, K = 1.179 − 0.211 × P/101 325).</summary>
    Multiplicative = 1,
}

/// <summary>
/// A correction of benchmark levels by a project fact, written as data (its coefficients are published numbers).
/// </summary>
public sealed record BenchmarkCorrection
{
    /// <summary>A stable id, e.g. <c>gb16780.clinker-ratio</c>.</summary>
    public required string Id { get; init; }

    /// <summary>What it does, in both languages.</summary>
    public required LocalizedText Description { get; init; }

    /// <summary>The shape of the correction.</summary>
    public required CorrectionKind Kind { get; init; }

    /// <summary>The fact the correction reads, e.g. <c>cement.clinker-ratio</c> or <c>site.pressure</c>.</summary>
    public required string Fact { get; init; }

    /// <summary>The unit the fact is read in, e.g. <c>%</c> or <c>Pa</c>.</summary>
    public required string FactUnit { get; init; }

    /// <summary>The reference value of the fact in <see cref="FactUnit"/> (75 for 75 %, 101 325 Pa).</summary>
    public required double Reference { get; init; }

    /// <summary>For <see cref="CorrectionKind.Linear"/>: the coefficient per unit of the fact for each level id.</summary>
    public ImmutableDictionary<string, double> Coefficients { get; init; } = ImmutableDictionary<string, double>.Empty;

    /// <summary>For <see cref="CorrectionKind.Multiplicative"/>: the constant A.</summary>
    public double A { get; init; }

    /// <summary>For <see cref="CorrectionKind.Multiplicative"/>: the coefficient B.</summary>
    public double B { get; init; }

    /// <summary>The levels the correction applies to; empty means all levels.</summary>
    public ImmutableArray<string> Levels { get; init; } = [];

    /// <summary>A fact that must exceed <see cref="ConditionAbove"/> for the correction to apply (e.g. <c>site.altitude</c> above 1500 m), or null.</summary>
    public string? ConditionFact { get; init; }

    /// <summary>The unit of <see cref="ConditionFact"/>.</summary>
    public string? ConditionUnit { get; init; }

    /// <summary>The threshold the condition fact must exceed.</summary>
    public double? ConditionAbove { get; init; }

    /// <summary>Where the correction is published.</summary>
    public required SourceCitation Source { get; init; }

    /// <summary>How far it is confirmed.</summary>
    public required DataStatus Status { get; init; }
}
