using System.Text.Json;
using Carbon.Sdk.Units;

namespace Carbon.Projects;

/// <summary>An <c>activities[]</c> line before it is checked against its plugin's descriptor.</summary>
public sealed record RawActivity
{
    /// <summary>The kind id.</summary>
    public required string Kind { get; init; }

    /// <summary>The amount in canonical units.</summary>
    public required Quantity Amount { get; init; }

    /// <summary>The amount as written.</summary>
    public required string AmountText { get; init; }

    /// <summary>The <c>parameters</c> object (a clone), or an empty object.</summary>
    public required JsonElement Parameters { get; init; }

    /// <summary>An optional label.</summary>
    public string? Label { get; init; }

    /// <summary>The JSON Pointer of the line.</summary>
    public required string Path { get; init; }
}
