using Carbon.Sdk.Factors;

namespace Carbon.Sdk.Plugins;

/// <summary>A methodology a plugin implements, recorded in reports with its edition and effective date.</summary>
public sealed record MethodologyInfo
{
    /// <summary>The id used in <c>options.methods</c>, e.g. <c>china-2013</c>, <c>ipcc-tier2</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The name in both languages.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>The guideline, e.g. "IPCC 2006 Vol. 3 Ch. 2 §2.2".</summary>
    public required string Guideline { get; init; }

    /// <summary>The edition, e.g. "2006".</summary>
    public required string Edition { get; init; }

    /// <summary>The date it came into force, when known.</summary>
    public DateOnly? EffectiveFrom { get; init; }

    /// <summary>How far the plugin's reading of it is confirmed.</summary>
    public required DataStatus Status { get; init; }
}
