using Carbon.Sdk.DependencyInjection;

namespace Carbon.Plugins;

/// <summary>Loads sector plugins from a folder the user names (issue 9 implements the loading).</summary>
public static class PluginFolderExtensions
{
    /// <summary>
    /// Adds every plugin found in <paramref name="directory"/>: one AssemblyLoadContext per plugin, discovered through
    /// <see cref="Sdk.Plugins.CarbonPluginAttribute"/>; a plugin that cannot load becomes a diagnostic naming it.
    /// </summary>
    /// <param name="builder">The Carbon builder.</param>
    /// <param name="directory">The plugins folder.</param>
    /// <returns>The builder.</returns>
    public static ICarbonBuilder AddPluginsFrom(this ICarbonBuilder builder, string directory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        throw new NotSupportedException("Loading plugins from a folder is not implemented yet (issue 9).");
    }
}
