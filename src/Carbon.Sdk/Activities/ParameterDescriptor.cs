using System.Collections.Immutable;
using Carbon.Sdk.Units;

namespace Carbon.Sdk.Activities;

/// <summary>One parameter of an activity kind, documented in both languages with its unit.</summary>
public sealed record ParameterDescriptor
{
    /// <summary>The JSON member name under <c>parameters</c>, e.g. <c>caoFraction</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The type.</summary>
    public required ParameterType Type { get; init; }

    /// <summary>What it means, in both languages.</summary>
    public required LocalizedText Description { get; init; }

    /// <summary>Whether the project must give it.</summary>
    public bool Required { get; init; }

    /// <summary>For <see cref="ParameterType.Quantity"/>: the dimension the value must have.</summary>
    public Dimension? Dimension { get; init; }

    /// <summary>The unit to write it in (documentation and <c>carbon init</c>), e.g. <c>%</c>.</summary>
    public string? Unit { get; init; }

    /// <summary>For <see cref="ParameterType.Choice"/> and <see cref="ParameterType.Shares"/>: the allowed keys.</summary>
    public ImmutableArray<string> AllowedValues { get; init; } = [];

    /// <summary>The smallest allowed value (canonical units), or null.</summary>
    public double? Minimum { get; init; }

    /// <summary>The largest allowed value (canonical units), or null.</summary>
    public double? Maximum { get; init; }
}
