using System.Collections.Immutable;
using Carbon.Sdk.Diagnostics;

namespace Carbon.Plugins;

/// <summary>
/// What <see cref="PluginFolderExtensions.AddPluginsFrom"/> loaded and what it skipped, registered as a singleton so
/// that the engine can add the load diagnostics to <c>EngineCatalog.Diagnostics</c> and to every report. Immutable:
/// each call of <c>AddPluginsFrom</c> replaces the registered report with one that adds its own results.
/// </summary>
public sealed record PluginLoadReport
{
    /// <summary>An empty report.</summary>
    public static PluginLoadReport Empty { get; } = new();

    /// <summary>The plugins that were loaded, in the order they were found.</summary>
    public ImmutableArray<LoadedPluginInfo> Plugins { get; init; } = [];

    /// <summary>Why plugins were skipped (CB7010–CB7049), in the order they were found.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The full paths of the plugin assemblies loaded so far, so that naming a folder twice loads it once.</summary>
    internal ImmutableHashSet<string> LoadedPaths { get; init; } = ImmutableHashSet.Create<string>(StringComparer.Ordinal);
}
