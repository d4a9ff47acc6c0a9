using System.Collections.Immutable;

namespace Carbon.Plugins.Livestock;

/// <summary>An immutable copy of the options registered by <c>AddLivestock</c>, to keep registration idempotent.</summary>
/// <param name="DefaultMethodology">The default methodology.</param>
/// <param name="ScaleStandards">The preferred scale-threshold sets.</param>
internal sealed record LivestockRegistration(string DefaultMethodology, ImmutableArray<string> ScaleStandards)
{
    /// <summary>Whether another registration has the same options.</summary>
    /// <param name="other">The other registration.</param>
    /// <returns>True when equal.</returns>
    public bool SameAs(LivestockRegistration other) =>
        DefaultMethodology == other.DefaultMethodology && ScaleStandards.SequenceEqual(other.ScaleStandards, StringComparer.Ordinal);

    /// <summary>A fresh options object with these values.</summary>
    /// <returns>The options.</returns>
    public LivestockOptions ToOptions()
    {
        var options = new LivestockOptions { DefaultMethodology = DefaultMethodology };
        options.ScaleStandards.Clear();
        foreach (var id in ScaleStandards)
        {
            options.ScaleStandards.Add(id);
        }

        return options;
    }
}
