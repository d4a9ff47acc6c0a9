using System.Collections.Immutable;
using Carbon.Sdk;
using Carbon.Sdk.Factors;

namespace Carbon.Review.Regimes;

/// <summary>What a regime's tiers name: the reviewing authority (Orders 44, 2, 31) or the assessment document (Order 6).</summary>
internal enum TierKind
{
    /// <summary>Who reviews: <c>provincial</c>, <c>delegated</c>, <c>exempt</c> (and <c>national</c> under Order 31).</summary>
    Reviewer = 0,

    /// <summary>Which document the developer files (Order 6): <c>report</c>, <c>report-form</c>, <c>registration-form</c>.</summary>
    Document = 1,
}

/// <summary>A dated boundary of a regime (issue date, start, end) with how far the date is confirmed.</summary>
/// <param name="Date">The date, or null (unknown, or open-ended for an end date).</param>
/// <param name="Status">How far the date is confirmed.</param>
/// <param name="Note">Why, when the date is not plain.</param>
internal sealed record DatedBoundary(DateOnly? Date, DataStatus Status, LocalizedText? Note);

/// <summary>How the regime converts electricity to standard coal for its thresholds (当量值 in every text seen).</summary>
/// <param name="Basis"><c>equivalent</c> (当量值) or <c>equal</c> (等价值).</param>
/// <param name="Status">How far it is confirmed (UNCONFIRMED for Order 31).</param>
/// <param name="Wording">The clause, e.g. 电力折算系数按当量值.</param>
internal sealed record ElectricityBasisRule(string Basis, DataStatus Status, LocalizedText Wording);

/// <summary>Whether the regime counts the post-commissioning increment (增量) instead of the full consumption.</summary>
internal enum IncrementRuleKind
{
    /// <summary>Projects of the listed natures count the increment (Order 44; Order 2 only with site, process and equipment unchanged).</summary>
    IncrementForNatures = 0,

    /// <summary>No increment rule is established in the data (Order 6; Order 31 unconfirmed): the full consumption is compared.</summary>
    NotEstablished = 1,
}

/// <summary>The rebuild-increment rule of a regime.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Natures">The project natures that count the increment (JSON names, e.g. <c>rebuild</c>).</param>
/// <param name="RequiresSiteProcessEquipmentUnchanged">Order 2: only when site, main process and equipment are all unchanged.</param>
/// <param name="Status">How far the rule is confirmed.</param>
/// <param name="Wording">The clause, or null.</param>
/// <param name="Interpretation">An interpretive choice Carbon made (e.g. 技术改造 read as 改建), or null.</param>
/// <param name="Note">A note (e.g. why no rule is established), or null.</param>
internal sealed record IncrementRule(
    IncrementRuleKind Kind,
    ImmutableArray<string> Natures,
    bool RequiresSiteProcessEquipmentUnchanged,
    DataStatus Status,
    LocalizedText? Wording,
    LocalizedText? Interpretation,
    LocalizedText? Note);

/// <summary>A rule that falls back when no other rule holds (e.g. "below 10000 tce the province decides").</summary>
/// <param name="Tier">The tier it gives.</param>
/// <param name="Status">How far it is confirmed.</param>
/// <param name="Wording">The clause.</param>
/// <param name="Source">The source.</param>
internal sealed record OtherwiseRule(string Tier, DataStatus Status, LocalizedText Wording, SourceCitation Source);

/// <summary>A constraint that adds a note to a tier when a project fact is true (Order 31: 两高 not delegated to county level).</summary>
/// <param name="Id">The id.</param>
/// <param name="Fact">The boolean fact, e.g. <c>review.two-high</c>.</param>
/// <param name="Tier">The tier it qualifies.</param>
/// <param name="Status">How far it is confirmed.</param>
/// <param name="Wording">The clause.</param>
/// <param name="Source">The source.</param>
internal sealed record RegimeConstraint(string Id, string Fact, string Tier, DataStatus Status, LocalizedText Wording, SourceCitation Source);

/// <summary>
/// One energy-saving review regime (节能审查办法) in force for a date range: its tier rules, electricity basis and
/// increment rule, each with its source and status (energy.md §0–§1.1).
/// </summary>
internal sealed record ReviewRegime
{
    public required string Id { get; init; }

    public required LocalizedText Instrument { get; init; }

    public required DatedBoundary Issued { get; init; }

    /// <summary>The first day in force (its date is never null).</summary>
    public required DatedBoundary EffectiveFrom { get; init; }

    /// <summary>The last day in force; a null date means still in force.</summary>
    public required DatedBoundary EffectiveTo { get; init; }

    public required SourceCitation Source { get; init; }

    public required DataStatus Status { get; init; }

    public required TierKind TierKind { get; init; }

    public required ElectricityBasisRule ElectricityBasis { get; init; }

    public required IncrementRule Increment { get; init; }

    /// <summary>The rules in the order they are applied; the first that holds decides the tier.</summary>
    public required ImmutableArray<RegimeRule> Rules { get; init; }

    public required OtherwiseRule Otherwise { get; init; }

    public ImmutableArray<RegimeConstraint> Constraints { get; init; } = [];

    public ImmutableArray<LocalizedText> Notes { get; init; } = [];

    /// <summary>Whether the regime is in force on <paramref name="date"/> (both ends inclusive).</summary>
    public bool Covers(DateOnly date) =>
        EffectiveFrom.Date is { } from && date >= from && (EffectiveTo.Date is not { } to || date <= to);

    /// <summary>Whether either end of the in-force period rests on a date that is not confirmed.</summary>
    public bool HasUncertainDates => EffectiveFrom.Status != DataStatus.Confirmed || EffectiveTo.Status != DataStatus.Confirmed;
}
