using System.Collections.Immutable;
using Carbon.Plugins.Concrete.Data;
using Carbon.Plugins.Concrete.ReadyMix;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;

namespace Carbon.Plugins.Concrete;

/// <summary>
/// The ready-mixed concrete plugin (预拌混凝土 / 混凝土搅拌站): the activity kind <c>concrete.ready-mix</c>, the
/// GB 36888-2018 energy-limit levels for production and transport, the GB/T 51366-2019 material factors of the
/// embodied product footprint, and the station's facts for zoning. Immutable and thread-safe.
/// Add it with <c>services.AddCarbon().AddConcrete()</c>.
/// </summary>
public sealed class ConcretePlugin : ISectorPlugin
{
    private readonly ReadyMixCalculator _readyMix;

    /// <summary>Creates the plugin with default options (as a host loading a plugins folder does).</summary>
    public ConcretePlugin()
        : this(ConcreteSettings.Default)
    {
    }

    /// <summary>Creates the plugin with validated host settings.</summary>
    /// <param name="settings">The settings.</param>
    internal ConcretePlugin(ConcreteSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        _readyMix = new ReadyMixCalculator(settings);
        DataSets = ConcreteDataSets.Load();
    }

    /// <inheritdoc />
    public PluginMetadata Metadata => ConcreteMetadata.Value;

    /// <inheritdoc />
    public IReadOnlyList<ActivityKindDescriptor> ActivityKinds { get; } = ImmutableArray.Create(ReadyMixKind.Descriptor);

    /// <inheritdoc />
    public IReadOnlyList<DataSet> DataSets { get; }

    /// <summary>The settings the plugin was created with.</summary>
    internal ConcreteSettings Settings { get; }

    /// <inheritdoc />
    public IActivityCalculator? GetCalculator(string kind) =>
        string.Equals(kind, ReadyMixKind.Id, StringComparison.Ordinal) ? _readyMix : null;
}
