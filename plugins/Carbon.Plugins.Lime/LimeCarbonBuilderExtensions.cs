using Carbon.Plugins.Lime.Methods;
using Carbon.Sdk.DependencyInjection;
using Carbon.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Carbon.Plugins.Lime;

/// <summary>Registers the lime plugin: <c>services.AddCarbon().AddLime()</c>.</summary>
public static class LimeCarbonBuilderExtensions
{
    /// <summary>
    /// Adds the lime sector plugin (石灰). Idempotent: a second call registers nothing more and its options are not
    /// applied (the first registration wins). Options are validated here, not on first use.
    /// </summary>
    /// <param name="builder">The Carbon builder.</param>
    /// <param name="configure">Sets the plugin options, or null for the defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message says which and how to fix it.</exception>
    public static ICarbonBuilder AddLime(this ICarbonBuilder builder, Action<LimeOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new LimeOptions();
        configure?.Invoke(options);
        var settings = LimePlugin.Validate(options);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ISectorPlugin, LimePlugin>(_ => new LimePlugin(settings)));
        return builder;
    }
}
