using System.Collections.Immutable;
using Carbon.Sdk;
using Carbon.Sdk.Facts;
using Carbon.Sdk.Units;

namespace Carbon.Projects;

/// <summary>
/// A project as read from a project file (schema version 1, docs/project-file.md): typed, units checked.
/// Activity lines are kept as written until the engine checks them against the loaded plugins.
/// </summary>
public sealed record Project
{
    /// <summary>The schema version ("1").</summary>
    public required string SchemaVersion { get; init; }

    /// <summary>The project's id.</summary>
    public required string Id { get; init; }

    /// <summary>The project's name in both languages.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>项目性质.</summary>
    public required ProjectNature Nature { get; init; }

    /// <summary>GB/T 4754 industry codes, e.g. <c>C3011</c>.</summary>
    public ImmutableArray<string> IndustryCodes { get; init; } = [];

    /// <summary>GB/T 2260 administrative division code, or null.</summary>
    public string? AdminCode { get; init; }

    /// <summary>The site, or null.</summary>
    public SiteLocation? Location { get; init; }

    /// <summary>The energy-saving review date, or null.</summary>
    public DateOnly? ReviewDate { get; init; }

    /// <summary>The year the annual figures describe (e.g. the first full year of operation).</summary>
    public required int ReportingYear { get; init; }

    /// <summary>Products.</summary>
    public ImmutableArray<ProductLine> Products { get; init; } = [];

    /// <summary>Energy lines.</summary>
    public ImmutableArray<EnergyLine> Energy { get; init; } = [];

    /// <summary>Activity lines as written.</summary>
    public ImmutableArray<RawActivity> Activities { get; init; } = [];

    /// <summary>Pollutants discharged per year.</summary>
    public ImmutableArray<PollutantLine> Pollutants { get; init; } = [];

    /// <summary>Project-declared facts.</summary>
    public ImmutableArray<Fact> Facts { get; init; } = [];

    /// <summary>Options.</summary>
    public ProjectOptions Options { get; init; } = new();

    /// <summary>The project's annual value added (money), or null.</summary>
    public Quantity? ValueAdded { get; init; }

    /// <summary>The locality's figures for the m/n indices, or null.</summary>
    public RegionalContext? Region { get; init; }

    /// <summary>The facility before the project, or null.</summary>
    public ExistingFacility? Existing { get; init; }
}
