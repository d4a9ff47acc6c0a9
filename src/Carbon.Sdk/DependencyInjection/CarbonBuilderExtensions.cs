using Carbon.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Carbon.Sdk.DependencyInjection;

/// <summary>Registration helpers for plugin authors.</summary>
public static class CarbonBuilderExtensions
{
    /// <summary>
    /// Registers a sector plugin as a singleton <see cref="ISectorPlugin"/>. Idempotent: adding the same plugin
    /// type twice registers it once.
    /// </summary>
    /// <typeparam name="TPlugin">The plugin type.</typeparam>
    /// <param name="builder">The Carbon builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ICarbonBuilder AddSectorPlugin<TPlugin>(this ICarbonBuilder builder)
        where TPlugin : class, ISectorPlugin
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ISectorPlugin, TPlugin>());
        return builder;
    }
}
