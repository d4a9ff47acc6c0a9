using Carbon.Zoning;

namespace Carbon;

/// <summary>Per-call choices of an assessment.</summary>
public sealed record AssessmentOptions
{
    /// <summary>Whether to run the energy-saving review and baselines (default true).</summary>
    public bool IncludeReview { get; init; } = true;

    /// <summary>Whether to run the zoning checks (default true).</summary>
    public bool IncludeZoning { get; init; } = true;

    /// <summary>The zoning pack to check against, or null for the embedded sample district (示例区).</summary>
    public ZoningPack? ZoningPack { get; init; }

    /// <summary>The defaults.</summary>
    public static AssessmentOptions Default { get; } = new();
}
