using Carbon.Sdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Carbon.Plugins.Cement;

/// <summary>Registers the cement plugin: <c>services.AddCarbon().AddCement()</c>.</summary>
public static class CementCarbonBuilderExtensions
{
    /// <summary>
    /// Adds the cement plugin. Idempotent: the plugin is registered once; when called again, the options of the last
    /// call win. Options are validated here.
    /// </summary>
    /// <param name="builder">The Carbon builder.</param>
    /// <param name="configure">Sets the options, e.g. <c>o => o.DefaultMethodology = CementMethodologyIds.IpccTier2</c>.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException">The options are invalid (e.g. an unknown default methodology).</exception>
    public static ICarbonBuilder AddCement(this ICarbonBuilder builder, Action<CementOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new CementOptions();
        configure?.Invoke(options);
        CementPlugin.Validate(options);

        // A snapshot, so later changes to the object passed to configure cannot reach the plugin.
        var snapshot = new CementOptions { DefaultMethodology = options.DefaultMethodology };
        builder.Services.Replace(ServiceDescriptor.Singleton(snapshot));
        return builder.AddSectorPlugin<CementPlugin>();
    }
}
