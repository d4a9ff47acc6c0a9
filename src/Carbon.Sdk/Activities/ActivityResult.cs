using System.Collections.Immutable;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Facts;

namespace Carbon.Sdk.Activities;

/// <summary>What a calculator returns for one activity line.</summary>
public sealed record ActivityResult
{
    /// <summary>The gases emitted (tonnes of each gas, traced).</summary>
    public ImmutableArray<GasEmission> Emissions { get; init; } = [];

    /// <summary>Figures reported beside the emissions and never added to them.</summary>
    public ImmutableArray<Indicator> Indicators { get; init; } = [];

    /// <summary>Facts for rules and benchmark corrections (e.g. clinker capacity, kiln type, pig equivalents).</summary>
    public ImmutableArray<Fact> Facts { get; init; } = [];

    /// <summary>Diagnostics (an error means no emissions are taken from this line).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The methodology the line was computed with, or null.</summary>
    public string? Methodology { get; init; }

    /// <summary>A result that only carries diagnostics.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <returns>The result.</returns>
    public static ActivityResult Failed(params Diagnostic[] diagnostics) => new() { Diagnostics = [.. diagnostics] };
}
