using System.Collections.Immutable;
using Carbon.Sdk.Units;

namespace Carbon.Sdk.Activities;

/// <summary>An activity kind a plugin handles, e.g. <c>cement.clinker</c>, with its amount's dimension and its parameters.</summary>
public sealed record ActivityKindDescriptor
{
    /// <summary>The kind id, prefixed with the plugin id, e.g. <c>cement.clinker</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The name in both languages.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>What the activity is and what it computes, in both languages.</summary>
    public required LocalizedText Description { get; init; }

    /// <summary>The dimension <c>amount</c> must have (e.g. mass for clinker, count for a herd).</summary>
    public required Dimension AmountDimension { get; init; }

    /// <summary>The unit to write the amount in, e.g. <c>t</c>.</summary>
    public required string AmountUnit { get; init; }

    /// <summary>The parameters.</summary>
    public ImmutableArray<ParameterDescriptor> Parameters { get; init; } = [];
}
