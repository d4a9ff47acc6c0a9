using Carbon.Sdk.DependencyInjection;
using Carbon.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Carbon.Plugins.Livestock;

/// <summary>Registers the livestock plugin: <c>services.AddCarbon().AddLivestock()</c>.</summary>
public static class LivestockCarbonBuilderExtensions
{
    /// <summary>
    /// Adds the livestock plugin. The options are validated now; calling it again with the same options does nothing,
    /// with different options throws (one plugin instance, one configuration).
    /// </summary>
    /// <param name="builder">The Carbon builder.</param>
    /// <param name="configure">Changes to the default options, or null.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException">The options are invalid, or differ from an earlier call.</exception>
    public static ICarbonBuilder AddLivestock(this ICarbonBuilder builder, Action<LivestockOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new LivestockOptions();
        configure?.Invoke(options);
        LivestockOptionsValidator.Validate(options);
        var registration = new LivestockRegistration(options.DefaultMethodology, [.. options.ScaleStandards]);

        var existing = builder.Services.FirstOrDefault(d => d.ServiceType == typeof(LivestockRegistration))?.ImplementationInstance as LivestockRegistration;
        if (existing is not null)
        {
            if (!existing.SameAs(registration))
            {
                throw new ArgumentException("AddLivestock was already called with different options; configure the livestock plugin once.", nameof(configure));
            }

            return builder;
        }

        builder.Services.AddSingleton(registration);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ISectorPlugin, LivestockPlugin>(_ => new LivestockPlugin(registration.ToOptions())));
        return builder;
    }
}
