using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Carbon.Reports;

/// <summary>
/// The result of assessing one project: one immutable tree, serialised by <see cref="ReportJson"/>
/// (docs/report.md, docs/schemas/report.schema.json). When the input has errors, only <see cref="Diagnostics"/>,
/// <see cref="Project"/> (when readable) and <see cref="DataSets"/> are filled.
/// </summary>
public sealed record AssessmentReport
{
    /// <summary>
    /// The report schema version: "2" (trace notes are <c>{ zh, en }</c>; docs/report.md lists the changes from "1").
    /// </summary>
    public string SchemaVersion { get; init; } = "2";

    /// <summary>The Carbon engine version that produced the report.</summary>
    public required string EngineVersion { get; init; }

    /// <summary>The project, or null when the file could not be read.</summary>
    public ProjectSummary? Project { get; init; }

    /// <summary>The energy section, or null when the input has errors.</summary>
    public EnergyReport? Energy { get; init; }

    /// <summary>The emissions section, or null when the input has errors.</summary>
    public EmissionsReport? Emissions { get; init; }

    /// <summary>Each efficiency indicator compared with its limit and benchmark levels (GB energy-limit standards, 标杆/基准).</summary>
    public ImmutableArray<BaselineReport> Baselines { get; init; } = [];

    /// <summary>The energy-saving review (节能审查) outcome under the regime in force on the review date, or null.</summary>
    public ReviewReport? Review { get; init; }

    /// <summary>The zoning (三线一单) checks, or null when not run.</summary>
    public ZoningReport? Zoning { get; init; }

    /// <summary>Figures reported by plugins beside the emissions, never added to them (e.g. embodied footprints).</summary>
    public ImmutableArray<IndicatorReport> Indicators { get; init; } = [];

    /// <summary>The facts rules and corrections read: project-declared and plugin-derived.</summary>
    public ImmutableArray<FactReport> Facts { get; init; } = [];

    /// <summary>The methodologies used, with edition and status.</summary>
    public ImmutableArray<MethodologyReport> Methodologies { get; init; } = [];

    /// <summary>The data sets the numbers came from, with versions and content hashes.</summary>
    public ImmutableArray<DataSetReport> DataSets { get; init; } = [];

    /// <summary>Every UNCONFIRMED record the report relied on.</summary>
    public ImmutableArray<FactorReport> Unconfirmed { get; init; } = [];

    /// <summary>Diagnostics: input problems, defaults used, unconfirmed data used.</summary>
    public ImmutableArray<DiagnosticReport> Diagnostics { get; init; } = [];

    /// <summary>Whether any diagnostic is an error (the input was invalid and nothing was computed).</summary>
    [JsonIgnore]
    public bool HasErrors => Diagnostics.Any(d => d.Severity == "error");
}

/// <summary>A plugin indicator.</summary>
/// <param name="Id">The indicator id.</param>
/// <param name="Activity">The activity kind.</param>
/// <param name="Path">The JSON Pointer of the activity.</param>
/// <param name="Name">The name.</param>
/// <param name="Value">The value.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Trace">How it was computed.</param>
public sealed record IndicatorReport(string Id, string Activity, string Path, MessageReport Name, double Value, string Unit, TraceReport Trace);

/// <summary>A fact.</summary>
/// <param name="Key">The key.</param>
/// <param name="Kind"><c>quantity</c>, <c>boolean</c>, <c>text</c> or <c>text-list</c>.</param>
/// <param name="Value">The value as text (quantities in canonical units).</param>
/// <param name="Origin"><c>project</c> or the plugin id that derived it.</param>
/// <param name="Path">The JSON Pointer, or null.</param>
public sealed record FactReport(string Key, string Kind, string Value, string Origin, string? Path);

/// <summary>A methodology used.</summary>
/// <param name="Plugin">The plugin id.</param>
/// <param name="Id">The methodology id.</param>
/// <param name="Name">The name.</param>
/// <param name="Guideline">The guideline.</param>
/// <param name="Edition">The edition.</param>
/// <param name="EffectiveFrom">The date it came into force, or null.</param>
/// <param name="Status">The status.</param>
public sealed record MethodologyReport(string Plugin, string Id, MessageReport Name, string Guideline, string Edition, string? EffectiveFrom, string Status);

/// <summary>A data set used.</summary>
/// <param name="Id">The id.</param>
/// <param name="Version">The version.</param>
/// <param name="Title">The title.</param>
/// <param name="ContentHash">SHA-256 of its JSON.</param>
public sealed record DataSetReport(string Id, string Version, MessageReport Title, string ContentHash);
