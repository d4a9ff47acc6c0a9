using System.Collections.Immutable;
using Carbon.Projects;
using Carbon.Sdk;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;
using Carbon.Zoning.Rules;

namespace Carbon.Zoning.Model;

/// <summary>Where a rule comes from: the document and clause, and the clause id (C1–C38) of the domain notes it is modelled on.</summary>
internal sealed record RuleCitation(string? DocumentId, string Document, string? Number, string? Clause, string? ClauseRef, string? Url, string? Edition);

/// <summary>Which sites and projects a rule binds to (all given lists must match; an empty list matches everything).</summary>
internal sealed record RuleBinding(
    ImmutableArray<string> Units,
    ImmutableArray<UnitCategory> UnitCategories,
    ImmutableArray<string> UnitSubTypes,
    ImmutableArray<string> Industries,
    ImmutableArray<string> Sectors,
    ImmutableArray<ProjectNature> Natures,
    ImmutableArray<string> AdminCodes)
{
    public static RuleBinding Empty { get; } = new([], [], [], [], [], [], []);
}

/// <summary>A rule parameter (per-unit or per-region values may override it).</summary>
internal sealed record RuleParameter(string Name, ExprType Type, Value Value, string Text, DataStatus Status, RuleCitation? Citation);

/// <summary>Parameter values for some units or regions.</summary>
internal sealed record ParameterOverride(ImmutableArray<string> Units, ImmutableArray<string> AdminCodes, ImmutableArray<(int Index, Value Value, string Text)> Values);

/// <summary>One ratio of an offset rule: for which pollutants, when, how many times.</summary>
internal sealed record OffsetRatio(ImmutableArray<string> Pollutants, CompiledExpression? When, double Ratio, bool Strict, DataStatus Status, RuleCitation? Citation);

/// <summary>A de-minimis amount below which no offset is needed (the quota is granted directly).</summary>
internal sealed record DeMinimis(string Pollutant, Quantity Amount, string Text, DataStatus Status);

/// <summary>倍量削减替代: offsets of the project's new emissions by pollutant, with ratios by region status and sector.</summary>
internal sealed record OffsetSpec(ImmutableArray<string> Pollutants, ImmutableArray<OffsetRatio> Ratios, ImmutableDictionary<string, DeMinimis> DeMinimis);

/// <summary>One minimum ratio of capacity replacement for a region class and source class.</summary>
internal sealed record ReplacementRatio(string RegionClass, string SourceClass, double MinRatio, DataStatus Status, RuleCitation? Citation);

/// <summary>产能置换: new capacity must be matched by retired capacity at a minimum ratio (C29, C30).</summary>
internal sealed record CapacityReplacementSpec(
    string Product,
    string CapacityFact,
    string ReplacementFact,
    string RatioFact,
    string RestrictedFact,
    string ClassesFact,
    string ProvincesFact,
    ImmutableArray<ReplacementRatio> Ratios);

/// <summary>An access rule, shaped like an admission policy: binding, requirement, parameters, effect and citation.</summary>
internal sealed record ZoningRule
{
    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    public required RuleLevel Level { get; init; }

    public required AccessDimension Dimension { get; init; }

    public string? LocalDimensionLabel { get; init; }

    public required RuleEffect Effect { get; init; }

    public EnforcementMode? Enforcement { get; init; }

    public required DataStatus Status { get; init; }

    public required RuleBinding Binding { get; init; }

    public CompiledExpression? When { get; init; }

    public CompiledExpression? Require { get; init; }

    public LocalizedText? ManualReview { get; init; }

    public LocalizedText? Obligation { get; init; }

    public required LocalizedText Message { get; init; }

    public required RuleCitation Citation { get; init; }

    public ImmutableArray<RuleParameter> Parameters { get; init; } = [];

    public ImmutableArray<ParameterOverride> ParameterOverrides { get; init; } = [];

    public ImmutableArray<string> References { get; init; } = [];

    public OffsetSpec? Offset { get; init; }

    public CapacityReplacementSpec? Replacement { get; init; }

    public string? OriginalText { get; init; }

    /// <summary>Whether the rule rests on UNCONFIRMED data (its own status, a parameter or a ratio): it then runs advisory.</summary>
    public bool UsesUnconfirmed { get; init; }

    public required string Path { get; init; }
}
