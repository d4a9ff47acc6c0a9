using System.Collections.Immutable;
using Carbon.Sdk;

namespace Carbon.Review.Regimes;

/// <summary>The review regimes by date, their measures and the province overrides (embedded <c>review/regimes.json</c>). Immutable.</summary>
/// <param name="Id">The data set id.</param>
/// <param name="Version">The data set version.</param>
/// <param name="Title">The title.</param>
/// <param name="ContentHash">SHA-256 of the JSON.</param>
/// <param name="Measures">The measures.</param>
/// <param name="Regimes">The regimes, oldest first, not overlapping.</param>
/// <param name="Overrides">The province overrides.</param>
internal sealed record RegimeCatalog(
    string Id,
    string Version,
    LocalizedText Title,
    string ContentHash,
    ImmutableArray<ReviewMeasure> Measures,
    ImmutableArray<ReviewRegime> Regimes,
    ImmutableArray<ProvinceOverride> Overrides)
{
    /// <summary>The regime in force on a date, or null (before the first regime).</summary>
    public ReviewRegime? RegimeOn(DateOnly date) => Regimes.FirstOrDefault(r => r.Covers(date));

    /// <summary>The first day any regime is in force.</summary>
    public DateOnly EarliestDate => Regimes.Select(r => r.EffectiveFrom.Date!.Value).Min();

    /// <summary>The measure with an id.</summary>
    public ReviewMeasure Measure(string id) => Measures.First(m => m.Id == id);

    /// <summary>The province override of a regime for an administrative code, or null.</summary>
    public ProvinceOverride? OverrideFor(string regimeId, string? adminCode) =>
        adminCode is { Length: >= 2 }
            ? Overrides.FirstOrDefault(o => o.Regime == regimeId && string.Equals(o.ProvinceCode, adminCode[..2], StringComparison.Ordinal))
            : null;
}
