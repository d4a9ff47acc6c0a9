using Carbon.Sdk.Factors;

namespace Carbon.Sdk.Benchmarks;

/// <summary>One level of an indicator, e.g. GB 16780-2021 level 2 = 107 kgce/t clinker.</summary>
public sealed record BenchmarkLevel
{
    /// <summary>The level id: <c>level-1</c>, <c>level-2</c>, <c>level-3</c>, <c>benchmark</c> (标杆), <c>baseline</c> (基准), or another.</summary>
    public required string Level { get; init; }

    /// <summary>The level's name in both languages, e.g. 2级 / level 2.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>The published limit value, in the indicator's unit.</summary>
    public required double Value { get; init; }

    /// <summary>How far this value is confirmed.</summary>
    public required DataStatus Status { get; init; }

    /// <summary>Whom the level binds (e.g. new and expanded plants), in both languages, with its own status in <see cref="AppliesToStatus"/>.</summary>
    public LocalizedText? AppliesTo { get; init; }

    /// <summary>How far <see cref="AppliesTo"/> is confirmed.</summary>
    public DataStatus? AppliesToStatus { get; init; }

    /// <summary>A citation for the value when it differs from the table's.</summary>
    public SourceCitation? Source { get; init; }
}
