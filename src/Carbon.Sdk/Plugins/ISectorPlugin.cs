using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;

namespace Carbon.Sdk.Plugins;

/// <summary>
/// A sector plugin: metadata, activity kinds with calculators, and embedded data sets (factors and benchmark
/// tables). Plugins depend on Carbon.Sdk only. Implementations are immutable and thread-safe.
/// </summary>
public interface ISectorPlugin
{
    /// <summary>Who the plugin is.</summary>
    PluginMetadata Metadata { get; }

    /// <summary>The activity kinds it handles.</summary>
    IReadOnlyList<ActivityKindDescriptor> ActivityKinds { get; }

    /// <summary>The data sets it ships.</summary>
    IReadOnlyList<DataSet> DataSets { get; }

    /// <summary>The calculator for one of its kinds.</summary>
    /// <param name="kind">The kind id.</param>
    /// <returns>The calculator, or null when the kind is not the plugin's.</returns>
    IActivityCalculator? GetCalculator(string kind);
}
