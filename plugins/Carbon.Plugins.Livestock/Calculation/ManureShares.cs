using System.Collections.Immutable;
using Carbon.Plugins.Livestock.Domain;

namespace Carbon.Plugins.Livestock.Calculation;

/// <summary>One manure system with its share of the herd's manure (MS).</summary>
/// <param name="System">The system.</param>
/// <param name="Share">The share, 0–1.</param>
/// <param name="Path">The JSON Pointer of the share.</param>
internal sealed record ManureShare(ManureSystem System, double Share, string Path);

/// <summary>The validated manure-system shares of a herd line, in the catalogue's order (so sums are order-stable).</summary>
/// <param name="Shares">The shares with a positive value.</param>
/// <param name="Path">The JSON Pointer of <c>manureSystems</c>.</param>
internal sealed record ManureShares(ImmutableArray<ManureShare> Shares, string Path);
