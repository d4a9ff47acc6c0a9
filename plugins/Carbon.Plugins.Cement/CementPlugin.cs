using System.Collections.Immutable;
using Carbon.Plugins.Cement.Activities;
using Carbon.Plugins.Cement.Calculators;
using Carbon.Plugins.Cement.Methodologies;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;

namespace Carbon.Plugins.Cement;

/// <summary>
/// The cement sector plugin (水泥): process CO2 of clinker (2013 China guideline / GB/T 32151.8-2015, IPCC 2006
/// Tiers 1–3, MEE 2024 read as the 2013 structure), raw-meal non-fuel carbon and alternative fuels; the GB 16780-2021
/// energy limits and the NDRC 标杆/基准 levels as benchmark data; zoning facts (capacity, kiln type, capacity
/// replacement). Immutable and thread-safe.
/// </summary>
public sealed class CementPlugin : ISectorPlugin
{
    /// <summary>The manifest resource name of the embedded data set.</summary>
    internal const string DataResource = "Carbon.Plugins.Cement.Data.cement.json";

    private readonly ImmutableDictionary<string, IActivityCalculator> _calculators;

    /// <summary>Creates the plugin with the default options (default methodology china-2013).</summary>
    public CementPlugin()
        : this(new CementOptions())
    {
    }

    /// <summary>Creates the plugin with options (as registered by <c>AddCement</c>).</summary>
    /// <param name="options">The options; validated here.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public CementPlugin(CementOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var defaultMethodology = Validate(options);
        Metadata = new PluginMetadata
        {
            Id = "cement",
            Version = "0.2.0",
            Name = new LocalizedText("水泥", "Cement"),
            SdkRange = "[0.2,0.3)",
            Methodologies = CementMethodologies.All,
            DefaultMethodology = defaultMethodology,
        };
        DataSets = [DataSetReader.ReadEmbedded(typeof(CementPlugin).Assembly, DataResource)];
        _calculators = new Dictionary<string, IActivityCalculator>(StringComparer.Ordinal)
        {
            [CementKinds.Clinker] = new ClinkerCalculator(defaultMethodology),
            [CementKinds.Cement] = new CementCalculator(defaultMethodology),
            [CementKinds.RawMealCarbon] = new RawMealCarbonCalculator(defaultMethodology),
            [CementKinds.AlternativeFuel] = new AlternativeFuelCalculator(defaultMethodology),
        }.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public PluginMetadata Metadata { get; }

    /// <inheritdoc/>
    public IReadOnlyList<ActivityKindDescriptor> ActivityKinds => CementActivityKinds.All;

    /// <inheritdoc/>
    public IReadOnlyList<DataSet> DataSets { get; }

    /// <inheritdoc/>
    public IActivityCalculator? GetCalculator(string kind) => kind is not null && _calculators.TryGetValue(kind, out var calculator) ? calculator : null;

    /// <summary>Checks options and returns the default methodology.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The default methodology id.</returns>
    /// <exception cref="ArgumentException">The default methodology is not one the plugin implements.</exception>
    internal static string Validate(CementOptions options)
    {
        var id = options.DefaultMethodology;
        if (!CementMethodologies.IsKnown(id))
        {
            throw new ArgumentException(
                $"CementOptions.DefaultMethodology '{id}' is not a cement methodology. Use one of: {string.Join(", ", CementMethodologies.All.Select(m => m.Id))}.",
                nameof(options));
        }

        return id;
    }
}
