using Carbon.Plugins.Lime;
using Carbon.Plugins.Lime.Activities;
using Carbon.Plugins.Lime.Benchmarks;
using Carbon.Plugins.Lime.Methods;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;

[assembly: CarbonPlugin(typeof(LimePlugin))]

namespace Carbon.Plugins.Lime;

/// <summary>
/// The lime sector plugin (石灰): process CO2 of lime production by IPCC 2006 Tier 1, 2 and 3 and the Chinese
/// limestone practice, kiln facts for zoning, and an explicitly empty benchmark slot (no national lime
/// energy-consumption limit is confirmed). Immutable and thread-safe.
/// </summary>
public sealed class LimePlugin : ISectorPlugin
{
    /// <summary>The plugin id, prefix of its activity kinds.</summary>
    internal const string Id = "lime";

    /// <summary>The manifest name of the shipped data set.</summary>
    internal const string DataResource = "Carbon.Plugins.Lime.Data.lime-ipcc2006.json";

    private readonly IActivityCalculator _production;
    private readonly IActivityCalculator _carbonateInput;
    private readonly IActivityCalculator _kiln;

    /// <summary>Creates the plugin with the default options (as a host loading a plugins folder does).</summary>
    public LimePlugin()
        : this(Validate(new LimeOptions()))
    {
    }

    /// <summary>Creates the plugin with validated settings and the shipped data set.</summary>
    internal LimePlugin(LimeSettings settings)
        : this(settings, DataSetReader.ReadEmbedded(typeof(LimePlugin).Assembly, DataResource))
    {
    }

    /// <summary>Creates the plugin over a given data set (tests use this to fill the benchmark slot).</summary>
    internal LimePlugin(LimeSettings settings, DataSet dataSet)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(dataSet);
        Settings = settings with { HasLimeBenchmarkTable = NationalEnergyLimit.HasTableFor(dataSet) };
        DataSets = [dataSet];
        Metadata = new PluginMetadata
        {
            Id = Id,
            Version = "0.2.0",
            Name = new LocalizedText("石灰", "Lime"),
            SdkRange = "[0.2,0.3)",
            Methodologies = LimeMethods.All,
            DefaultMethodology = Settings.DefaultMethodology,
        };
        _production = new LimeProductionCalculator(Settings);
        _carbonateInput = new CarbonateInputCalculator(Settings);
        _kiln = new LimeKilnCalculator();
    }

    /// <inheritdoc />
    public PluginMetadata Metadata { get; }

    /// <inheritdoc />
    public IReadOnlyList<ActivityKindDescriptor> ActivityKinds { get; } = LimeActivityKinds.All;

    /// <inheritdoc />
    public IReadOnlyList<DataSet> DataSets { get; }

    /// <summary>The settings the plugin computes with.</summary>
    internal LimeSettings Settings { get; }

    /// <inheritdoc />
    public IActivityCalculator? GetCalculator(string kind) => kind switch
    {
        LimeProductionCalculator.Kind => _production,
        CarbonateInputCalculator.Kind => _carbonateInput,
        LimeKilnCalculator.Kind => _kiln,
        _ => null,
    };

    /// <summary>Validates host options and snapshots them.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    internal static LimeSettings Validate(LimeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Array.IndexOf(LimeMethods.ForProduction, options.DefaultMethodology) < 0)
        {
            throw new ArgumentException(
                $"LimeOptions.DefaultMethodology is '{options.DefaultMethodology ?? "null"}'; it must be '{LimeMethods.IpccTier1}' (printed Table 2.4 defaults) or '{LimeMethods.IpccTier2}' (SR × content computed unrounded). The carbonate methods apply per line kind, not as a default.",
                nameof(options));
        }

        return new LimeSettings(options.AllowUnconfirmedDefaults, options.DefaultMethodology, HasLimeBenchmarkTable: false);
    }
}
