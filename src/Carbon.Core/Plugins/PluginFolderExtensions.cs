using Carbon.Sdk.DependencyInjection;
using Carbon.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Carbon.Plugins;

/// <summary>Loads sector plugins from a folder the user names (docs/plugins.md#loading).</summary>
public static class PluginFolderExtensions
{
    /// <summary>
    /// Adds every plugin found in <paramref name="directory"/>: each immediate subfolder is one plugin, loaded into an
    /// AssemblyLoadContext of its own that shares Carbon.Sdk and Microsoft.Extensions.*.Abstractions with the host, and
    /// discovered through <see cref="CarbonPluginAttribute"/> only. A plugin that cannot be loaded, is built for another
    /// SDK, lacks the attribute or throws while being created becomes a diagnostic naming it in the registered
    /// <see cref="PluginLoadReport"/>, and the others are added. Loading happens here, once; only from the folder named,
    /// never from the current directory; nothing is fetched. Naming the same folder twice loads it once.
    /// </summary>
    /// <param name="builder">The Carbon builder.</param>
    /// <param name="directory">The full path of the plugins folder (the console resolves a relative one against its working directory).</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is blank or not a full path.</exception>
    public static ICarbonBuilder AddPluginsFrom(this ICarbonBuilder builder, string directory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Path.IsPathFullyQualified(directory))
        {
            throw new ArgumentException(
                $"The plugins folder '{directory}' is not a full path. Carbon does not resolve it against the current directory: pass Path.GetFullPath(folder, baseDirectory).",
                nameof(directory));
        }

        var services = builder.Services;
        var previous = services.LastOrDefault(d => d.ServiceType == typeof(PluginLoadReport))?.ImplementationInstance as PluginLoadReport
            ?? PluginLoadReport.Empty;
        var (plugins, report) = PluginFolderLoader.Load(Path.TrimEndingDirectorySeparator(directory), previous);
        foreach (var plugin in plugins)
        {
            services.AddSingleton(plugin);
        }

        services.Replace(ServiceDescriptor.Singleton(report));
        return builder;
    }
}
