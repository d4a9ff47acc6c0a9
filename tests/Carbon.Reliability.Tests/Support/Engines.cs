using Carbon.Plugins.Cement;
using Carbon.Plugins.Concrete;
using Carbon.Plugins.Lime;
using Carbon.Plugins.Livestock;
using Carbon.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Carbon.Reliability.Tests.Support;

/// <summary>
/// Engines as a host builds them: the core with every bundled plugin. The shared one is built once and warmed up
/// (JIT, embedded data) so that timings measure an assessment, not start-up.
/// </summary>
internal static class Engines
{
    private static readonly Lazy<ICarbonEngine> SharedEngine = new(() =>
    {
        var engine = Create();
        foreach (var sample in Samples.All)
        {
            engine.Assess(File.ReadAllBytes(sample));
        }

        return engine;
    });

    /// <summary>The shared, warmed-up engine (the engine is documented as safe for concurrent use).</summary>
    public static ICarbonEngine Shared => SharedEngine.Value;

    /// <summary>A new engine with the bundled plugins.</summary>
    /// <param name="configure">Changes to the options (limits, extra data sets), or null.</param>
    /// <param name="extra">Further plugins (test plugins).</param>
    /// <returns>The engine.</returns>
    public static ICarbonEngine Create(Action<CarbonOptions>? configure = null, params ISectorPlugin[] extra)
    {
        var services = new ServiceCollection();
        services.AddCarbon(configure).AddCement().AddLime().AddConcrete().AddLivestock();
        foreach (var plugin in extra)
        {
            services.AddSingleton(plugin);
        }

        return services.BuildServiceProvider().GetRequiredService<ICarbonEngine>();
    }
}
