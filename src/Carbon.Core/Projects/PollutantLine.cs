using Carbon.Sdk.Units;

namespace Carbon.Projects;

/// <summary>One <c>pollutants[]</c> line: a pollutant the project discharges per year (for offsets and caps).</summary>
public sealed record PollutantLine
{
    /// <summary>The pollutant, e.g. <c>NOx</c>, <c>VOCs</c>, <c>SO2</c>, <c>PM</c>, <c>COD</c>, <c>NH3-N</c>.</summary>
    public required string Pollutant { get; init; }

    /// <summary>The annual amount (mass) in canonical units.</summary>
    public required Quantity Amount { get; init; }

    /// <summary>The amount as written.</summary>
    public required string AmountText { get; init; }

    /// <summary>The JSON Pointer of the line.</summary>
    public required string Path { get; init; }
}
