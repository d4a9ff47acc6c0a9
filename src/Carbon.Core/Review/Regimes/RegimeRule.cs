using System.Collections.Immutable;
using Carbon.Sdk;
using Carbon.Sdk.Factors;

namespace Carbon.Review.Regimes;

/// <summary>How a rule's conditions combine.</summary>
internal enum RuleMatch
{
    /// <summary>The rule holds when a boolean project fact is true (e.g. <c>review.state-secret</c>).</summary>
    Fact = 0,

    /// <summary>The rule holds when every condition holds (e.g. 不满1000吨标准煤 <em>且</em> 不满500万千瓦时).</summary>
    All = 1,

    /// <summary>The rule holds when any condition holds (e.g. 10000吨标准煤及以上 <em>或</em> 煤炭10000吨及以上).</summary>
    Any = 2,
}

/// <summary>How a project value is compared with a limit, in the regulation's words.</summary>
internal enum LimitComparisonKind
{
    /// <summary>以上 / 及以上 / 以上（含）: the limit itself counts (value ≥ limit).</summary>
    AtLeast = 0,

    /// <summary>不满 / 不含: strictly below the limit (value &lt; limit).</summary>
    Below = 1,
}

/// <summary>One threshold of a rule: a measure compared with a published limit.</summary>
/// <param name="Id">The threshold id, e.g. <c>order2.art7.energy-10000</c>.</param>
/// <param name="Measure">The measure id, e.g. <c>energy-tce</c>.</param>
/// <param name="Comparison">The comparison.</param>
/// <param name="Limit">The published limit in the measure's unit.</param>
/// <param name="Status">How far the figure is confirmed.</param>
/// <param name="Wording">The comparison as the regulation words it.</param>
/// <param name="Source">The source.</param>
internal sealed record ThresholdCondition(string Id, string Measure, LimitComparisonKind Comparison, double Limit, DataStatus Status, LocalizedText Wording, SourceCitation Source);

/// <summary>A rule of a regime: when it holds, it gives a tier.</summary>
/// <param name="Id">The rule id.</param>
/// <param name="Tier">The tier it gives.</param>
/// <param name="Match">How its conditions combine.</param>
/// <param name="Fact">For <see cref="RuleMatch.Fact"/>: the boolean fact.</param>
/// <param name="Conditions">For <see cref="RuleMatch.All"/> and <see cref="RuleMatch.Any"/>: the thresholds.</param>
/// <param name="Status">How far the rule is confirmed (fact rules; thresholds carry their own).</param>
/// <param name="Wording">What the rule says.</param>
/// <param name="Source">The source.</param>
internal sealed record RegimeRule(
    string Id,
    string Tier,
    RuleMatch Match,
    string? Fact,
    ImmutableArray<ThresholdCondition> Conditions,
    DataStatus Status,
    LocalizedText Wording,
    SourceCitation Source);
