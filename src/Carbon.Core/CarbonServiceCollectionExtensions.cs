using Carbon.Engine;
using Carbon.Plugins;
using Carbon.Sdk.DependencyInjection;
using Carbon.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Carbon;

/// <summary>Registers Carbon in a service collection.</summary>
public static class CarbonServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Carbon engine (<see cref="ICarbonEngine"/>, a singleton) and returns a builder that plugins add
    /// themselves to: <c>services.AddCarbon().AddCement()</c>. Idempotent: calling it twice registers one engine and
    /// applies both configurations.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Configures the options, or null.</param>
    /// <returns>The Carbon builder.</returns>
    public static ICarbonBuilder AddCarbon(this IServiceCollection services, Action<CarbonOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var holder = services.FirstOrDefault(d => d.ServiceType == typeof(CarbonOptions))?.ImplementationInstance as CarbonOptions;
        if (holder is null)
        {
            holder = new CarbonOptions();
            services.AddSingleton(holder);
        }

        configure?.Invoke(holder);
        services.TryAddSingleton<ICarbonEngine>(sp =>
        {
            var options = sp.GetRequiredService<CarbonOptions>();
            options.Validate();
            return new CarbonEngine(sp.GetServices<ISectorPlugin>(), options, sp.GetService<PluginLoadReport>()?.Diagnostics ?? []);
        });
        return new CarbonBuilder(services);
    }

    private sealed class CarbonBuilder(IServiceCollection services) : ICarbonBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
