using System.Collections.Immutable;
using Carbon.Sdk.Units;

namespace Carbon.Sdk.Activities;

/// <summary>One <c>activities[]</c> line of a project, checked against its kind's descriptor.</summary>
public sealed record ActivityInput
{
    /// <summary>The kind id.</summary>
    public required string Kind { get; init; }

    /// <summary>The amount in canonical units (dimension already checked).</summary>
    public required Quantity Amount { get; init; }

    /// <summary>The amount as written, e.g. <c>"155万 t"</c>.</summary>
    public required string AmountText { get; init; }

    /// <summary>The JSON Pointer of the line, e.g. <c>/activities/0</c>.</summary>
    public required string Path { get; init; }

    /// <summary>An optional label the project gave the line.</summary>
    public string? Label { get; init; }

    /// <summary>The parameters that were given, by name.</summary>
    public ImmutableDictionary<string, ParameterValue> Parameters { get; init; } = ImmutableDictionary<string, ParameterValue>.Empty;

    /// <summary>Gets a parameter if given.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value.</param>
    /// <returns>True when the project gave it.</returns>
    public bool TryGet(string name, out ParameterValue value) => Parameters.TryGetValue(name, out value!);
}
