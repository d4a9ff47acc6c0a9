using System.Collections.Immutable;
using System.Text.Json;
using Carbon.Sdk.Units;

namespace Carbon.Sdk.Activities;

/// <summary>A parameter value as the project gave it, already checked against its <see cref="ParameterDescriptor"/>.</summary>
public sealed record ParameterValue
{
    /// <summary>The type it was read as.</summary>
    public required ParameterType Type { get; init; }

    /// <summary>The JSON Pointer of the value in the project file.</summary>
    public required string Path { get; init; }

    /// <summary>The value as written, for traces.</summary>
    public required string Raw { get; init; }

    /// <summary>For quantities and numbers: the value (canonical units for quantities).</summary>
    public Quantity Quantity { get; init; }

    /// <summary>For text and choices: the string.</summary>
    public string? Text { get; init; }

    /// <summary>For booleans: the value.</summary>
    public bool Boolean { get; init; }

    /// <summary>For shares: each key's fraction (summing to 1).</summary>
    public ImmutableDictionary<string, double> Shares { get; init; } = ImmutableDictionary<string, double>.Empty;

    /// <summary>For <see cref="ParameterType.Json"/>: the element (a clone, independent of the document).</summary>
    public JsonElement Json { get; init; }

    /// <summary>The number of a quantity or number parameter in canonical units.</summary>
    public double Number => Quantity.Value;
}
