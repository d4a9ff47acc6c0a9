using Carbon.Reports;
using Carbon.Sdk;
using Carbon.Zoning.Model;

namespace Carbon.Zoning.Evaluation;

/// <summary>A required offset of one pollutant by one rule.</summary>
internal sealed record OffsetLine(string RuleId, string Pollutant, double ProjectTonnes, double Ratio, bool Strict, string? DeMinimis, bool DeMinimisApplied, double RequiredTonnes, string Status, CitationReport Citation, bool Advisory)
{
    /// <summary>The condition of approval this offset sets (null under de minimis).</summary>
    public LocalizedText? Condition { get; init; }
}

/// <summary>The evaluation of one rule for one unit (or once, for rules above the category level).</summary>
internal sealed class RuleResult
{
    public required ZoningRule Rule { get; init; }

    public ControlUnit? Unit { get; init; }

    public RuleOutcome Outcome { get; set; }

    public bool Advisory { get; init; }

    public List<EvidenceReport> Evidence { get; } = [];

    public List<string> Missing { get; } = [];

    public LocalizedText? Message { get; set; }

    public List<string> Via { get; } = [];

    public List<OffsetLine> Offsets { get; } = [];

    public CapacityReplacementReport? Replacement { get; set; }

    /// <summary>Conditions of approval (kind, text) this result contributes when it counts.</summary>
    public List<(string Kind, LocalizedText Text)> Conditions { get; } = [];

    /// <summary>Severity order used to combine outcomes: fail > needs-information > manual-review > pass > not-applicable.</summary>
    public static int Severity(RuleOutcome o) => o switch
    {
        RuleOutcome.Fail => 4,
        RuleOutcome.NeedsInformation => 3,
        RuleOutcome.ManualReview => 2,
        RuleOutcome.Pass => 1,
        _ => 0,
    };
}
