using System.Collections.Immutable;
using Carbon.Sdk.Factors;

namespace Carbon.Sdk.Benchmarks;

/// <summary>
/// A table of efficiency levels for one or more indicators from one document: a GB energy-limit standard's
/// levels 1/2/3, the NDRC 标杆/基准 list, a provincial table. The core compares a project's unit values with it.
/// </summary>
public sealed record BenchmarkTable
{
    /// <summary>A stable id, e.g. <c>gb16780-2021</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The title in both languages.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>The document it transcribes.</summary>
    public required SourceCitation Source { get; init; }

    /// <summary>How far the table as a whole is confirmed (each level may say more).</summary>
    public required DataStatus Status { get; init; }

    /// <summary>The date the document came into force, or null.</summary>
    public DateOnly? EffectiveFrom { get; init; }

    /// <summary>The last day it applies, or null while in force.</summary>
    public DateOnly? EffectiveTo { get; init; }

    /// <summary>The indicators with their levels.</summary>
    public ImmutableArray<BenchmarkIndicator> Indicators { get; init; } = [];

    /// <summary>The data set that holds the table (set when the data set is built).</summary>
    public string DataSet { get; init; } = string.Empty;

    /// <summary>The version of that data set.</summary>
    public string DataSetVersion { get; init; } = string.Empty;
}
