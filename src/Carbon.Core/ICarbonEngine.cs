using System.Collections.Immutable;
using Carbon.Energy;
using Carbon.Projects;
using Carbon.Reports;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;

namespace Carbon;

/// <summary>
/// Assesses projects: reads a project file, checks it against the loaded data and plugins, and computes energy,
/// emissions and the rest into one <see cref="AssessmentReport"/>. A pure function of (project, data versions,
/// options): no clock, no culture, no I/O. Safe for concurrent use; resolve it once and share it.
/// </summary>
public interface ICarbonEngine
{
    /// <summary>What is loaded: plugins, activity kinds, data sets, carriers, and load diagnostics.</summary>
    EngineCatalog Catalog { get; }

    /// <summary>Reads a project file without assessing it.</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <returns>The project and the diagnostics of reading it.</returns>
    ProjectReadResult Read(ReadOnlySpan<byte> utf8Json);

    /// <summary>Reads and assesses a project file. Invalid input gives a report with diagnostics and no numbers.</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="options">Per-call choices (zoning pack, stages), or null for <see cref="AssessmentOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    AssessmentReport Assess(ReadOnlySpan<byte> utf8Json, AssessmentOptions? options = null);

    /// <summary>Assesses a project that was read before.</summary>
    /// <param name="project">The project.</param>
    /// <param name="options">Per-call choices (zoning pack, stages), or null for <see cref="AssessmentOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    AssessmentReport Assess(Project project, AssessmentOptions? options = null);
}

/// <summary>What an engine has loaded.</summary>
/// <param name="Plugins">The plugins that loaded.</param>
/// <param name="ActivityKinds">Every activity kind, by id.</param>
/// <param name="DataSets">Every data set (core first, then plugins).</param>
/// <param name="Carriers">The energy carriers.</param>
/// <param name="Diagnostics">Problems found while loading plugins and data (e.g. a plugin that threw).</param>
public sealed record EngineCatalog(
    ImmutableArray<PluginMetadata> Plugins,
    ImmutableArray<ActivityKindDescriptor> ActivityKinds,
    ImmutableArray<DataSet> DataSets,
    CarrierCatalog Carriers,
    ImmutableArray<Diagnostic> Diagnostics);
