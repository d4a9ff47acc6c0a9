using Carbon.Plugins.Cement;
using Carbon.Plugins.Concrete;
using Carbon.Plugins.Lime;
using Microsoft.Extensions.DependencyInjection;

namespace Carbon.Cli.Hosting;

/// <summary>Builds the engine the console uses: the core with every bundled sector plugin.</summary>
internal static class EngineFactory
{
    public static ICarbonEngine Create()
    {
        var services = new ServiceCollection();
        services.AddCarbon()
            .AddCement()
            .AddLime()
            .AddConcrete();
        return services.BuildServiceProvider().GetRequiredService<ICarbonEngine>();
    }
}
