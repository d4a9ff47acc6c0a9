using System.Collections.Immutable;
using Carbon.Sdk.Units;

namespace Carbon.Projects;

/// <summary>The GWP sets Carbon carries (100-year values).</summary>
public enum GwpSet
{
    /// <summary>IPCC Second Assessment Report (1995).</summary>
    SAR = 0,

    /// <summary>IPCC Fourth Assessment Report (2007).</summary>
    AR4 = 1,

    /// <summary>IPCC Fifth Assessment Report (2013).</summary>
    AR5 = 2,

    /// <summary>IPCC Sixth Assessment Report (2021).</summary>
    AR6 = 3,
}

/// <summary>Which grid emission factor to use for purchased electricity.</summary>
/// <param name="Series">The series: <c>mee-nbs</c>, <c>mee-nbs-residual</c>, <c>mee-nbs-fossil</c> or <c>carbon-market</c>.</param>
/// <param name="Year">The data year, or null for the latest not after the reporting year.</param>
/// <param name="Region">The region (<c>national</c>, a grid region such as <c>华东</c>, or a province), or null for national.</param>
public sealed record ElectricityFactorChoice(string Series, int? Year, string? Region);

/// <summary>A project-supplied 等价值 (equal-value) coefficient for a secondary carrier, with its source.</summary>
/// <param name="Carrier">The carrier: <c>electricity</c>, <c>heat</c> or <c>steam</c>.</param>
/// <param name="Coefficient">The coefficient (tce per canonical unit of the carrier).</param>
/// <param name="Text">The coefficient as written, e.g. <c>0.300 kgce/kWh</c>.</param>
/// <param name="Source">The source the project cites.</param>
/// <param name="Path">The JSON Pointer.</param>
public sealed record EqualValueCoefficient(string Carrier, Quantity Coefficient, string Text, string Source, string Path);

/// <summary>The <c>options</c> section of a project file.</summary>
public sealed record ProjectOptions
{
    /// <summary>The GWP set.</summary>
    public GwpSet GwpSet { get; init; } = GwpSet.AR5;

    /// <summary>Whether the project named the GWP set (else the default was used and the report says so).</summary>
    public bool GwpSetGiven { get; init; }

    /// <summary>The grid factor choice, or null for the default (MEE/NBS national average of the latest year not after the reporting year).</summary>
    public ElectricityFactorChoice? ElectricityFactor { get; init; }

    /// <summary>Methodology per plugin id.</summary>
    public ImmutableDictionary<string, string> Methods { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Project-supplied 等价值 coefficients.</summary>
    public ImmutableArray<EqualValueCoefficient> EqualValue { get; init; } = [];
}
