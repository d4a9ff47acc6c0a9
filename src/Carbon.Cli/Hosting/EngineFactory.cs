using Carbon.Plugins;
using Carbon.Plugins.Cement;
using Carbon.Plugins.Concrete;
using Carbon.Plugins.Lime;
using Carbon.Plugins.Livestock;
using Microsoft.Extensions.DependencyInjection;

namespace Carbon.Cli.Hosting;

/// <summary>
/// Builds the engine the console uses: the core with every bundled sector plugin, plus plugins from the folder named
/// by --plugins, or else from a <c>plugins</c> folder beside the executable when one exists. Plugins are never loaded
/// from anywhere else.
/// </summary>
internal static class EngineFactory
{
    public static ICarbonEngine Create(string? pluginsDirectory)
    {
        var services = new ServiceCollection();
        var builder = services.AddCarbon()
            .AddCement()
            .AddLime()
            .AddConcrete()
            .AddLivestock();
        var folder = pluginsDirectory ?? DefaultPluginsFolder();
        if (folder is not null)
        {
            builder.AddPluginsFrom(folder);
        }

        return services.BuildServiceProvider().GetRequiredService<ICarbonEngine>();
    }

    private static string? DefaultPluginsFolder()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "plugins");
        return Directory.Exists(beside) ? beside : null;
    }
}
