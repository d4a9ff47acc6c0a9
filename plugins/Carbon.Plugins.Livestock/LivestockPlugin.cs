using System.Collections.Immutable;
using Carbon.Plugins.Livestock.Calculation;
using Carbon.Plugins.Livestock.Data;
using Carbon.Plugins.Livestock.Herd;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;

namespace Carbon.Plugins.Livestock;

/// <summary>
/// The livestock plugin (畜禽养殖): the activity kind <c>livestock.herd</c>, enteric and manure CH4 and manure N2O by
/// IPCC 2006 Tier 1/Tier 2, GB/T 32151.22-2024 Appendix C or (unconfirmed, when named) the 2011 provincial
/// inventory guideline, and facts for zoning and review (species, pig equivalents, scale class, site distances).
/// Immutable and thread-safe.
/// </summary>
public sealed class LivestockPlugin : ISectorPlugin
{
    /// <summary>The plugin id, also the prefix of its activity kinds and facts.</summary>
    public const string PluginId = "livestock";

    private readonly HerdCalculator _calculator;

    /// <summary>Creates the plugin with the default options (for hosts that load plugins from a folder).</summary>
    public LivestockPlugin()
        : this(new LivestockOptions())
    {
    }

    /// <summary>Creates the plugin with options (validated by <see cref="LivestockCarbonBuilderExtensions.AddLivestock"/>).</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public LivestockPlugin(LivestockOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        LivestockOptionsValidator.Validate(options);
        var data = LivestockData.Load();
        DataSets = data.Sets;
        Metadata = new PluginMetadata
        {
            Id = PluginId,
            Version = "0.2.0",
            Name = new LocalizedText("畜禽养殖", "Livestock farming"),
            SdkRange = "[0.2,0.3)",
            Methodologies = LivestockMethods.All,
            DefaultMethodology = options.DefaultMethodology,
        };
        _calculator = new HerdCalculator(data, options.DefaultMethodology, [.. options.ScaleStandards]);
    }

    /// <inheritdoc />
    public PluginMetadata Metadata { get; }

    /// <inheritdoc />
    public IReadOnlyList<ActivityKindDescriptor> ActivityKinds { get; } = ImmutableArray.Create(HerdKind.Descriptor);

    /// <inheritdoc />
    public IReadOnlyList<DataSet> DataSets { get; }

    /// <inheritdoc />
    public IActivityCalculator? GetCalculator(string kind) =>
        string.Equals(kind, HerdKind.Id, StringComparison.Ordinal) ? _calculator : null;
}
