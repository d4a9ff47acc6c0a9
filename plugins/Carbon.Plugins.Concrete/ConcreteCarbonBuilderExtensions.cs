using Carbon.Sdk.DependencyInjection;
using Carbon.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Carbon.Plugins.Concrete;

/// <summary>Registers the ready-mixed concrete plugin: <c>services.AddCarbon().AddConcrete()</c>.</summary>
public static class ConcreteCarbonBuilderExtensions
{
    /// <summary>
    /// Adds the concrete plugin. Idempotent: calling it again with the same options changes nothing; calling it
    /// again with different options throws, because one host cannot apply two sets of options to one plugin.
    /// </summary>
    /// <param name="builder">The Carbon builder.</param>
    /// <param name="configure">Sets the host options, or null for the defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is invalid, or the plugin was already added with other options.</exception>
    public static ICarbonBuilder AddConcrete(this ICarbonBuilder builder, Action<ConcreteOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new ConcreteOptions();
        configure?.Invoke(options);
        var settings = ConcreteSettings.From(options);

        var previous = builder.Services
            .Where(d => d.ServiceType == typeof(ConcreteSettings))
            .Select(d => d.ImplementationInstance)
            .OfType<ConcreteSettings>()
            .FirstOrDefault();
        if (previous is not null)
        {
            if (previous != settings)
            {
                throw new ArgumentException(
                    $"AddConcrete was already called with other options ({previous}); call it once, or with the same options ({settings}).",
                    nameof(configure));
            }

            return builder;
        }

        builder.Services.AddSingleton(settings);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ISectorPlugin, ConcretePlugin>(_ => new ConcretePlugin(settings)));
        return builder;
    }
}
