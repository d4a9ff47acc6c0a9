using System.Collections.Immutable;
using Carbon.Sdk.Benchmarks;

namespace Carbon.Sdk.Factors;

/// <summary>
/// A versioned collection of factor records and benchmark tables from one body of sources, shipped as embedded
/// JSON (format: docs/data.md). A report names every data set and version it used. A value may not change without
/// a new version; <see cref="ContentHash"/> lets tests hold data sets to that.
/// </summary>
public sealed record DataSet
{
    /// <summary>A stable id, e.g. <c>carbon.gbt2589</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The version, e.g. <c>2008-annex-a.1</c>; bump it with any change of content.</summary>
    public required string Version { get; init; }

    /// <summary>The title in both languages.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>The main source the set transcribes.</summary>
    public SourceCitation? Source { get; init; }

    /// <summary>The factor records, each stamped with this set's id and version.</summary>
    public ImmutableArray<FactorRecord> Records { get; init; } = [];

    /// <summary>The benchmark tables (energy limits, 标杆/基准 levels) the set carries.</summary>
    public ImmutableArray<BenchmarkTable> Benchmarks { get; init; } = [];

    /// <summary>SHA-256 (lower-case hex) of the JSON the set was read from, or empty for a set built in code.</summary>
    public string ContentHash { get; init; } = string.Empty;
}
