using Carbon.Sdk.Units;

namespace Carbon.Projects;

/// <summary>One <c>products[]</c> line: a product, its annual output and optionally its design capacity.</summary>
public sealed record ProductLine
{
    /// <summary>The product id, e.g. <c>cement.clinker</c>.</summary>
    public required string Product { get; init; }

    /// <summary>The annual output in canonical units.</summary>
    public required Quantity Output { get; init; }

    /// <summary>The output as written.</summary>
    public required string OutputText { get; init; }

    /// <summary>The design capacity (e.g. t/d), or null.</summary>
    public Quantity? Capacity { get; init; }

    /// <summary>The capacity as written.</summary>
    public string? CapacityText { get; init; }

    /// <summary>The JSON Pointer of the line.</summary>
    public required string Path { get; init; }
}
