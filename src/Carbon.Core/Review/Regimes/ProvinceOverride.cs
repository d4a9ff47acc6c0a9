using System.Collections.Immutable;
using Carbon.Sdk;
using Carbon.Sdk.Factors;

namespace Carbon.Review.Regimes;

/// <summary>One band of a province's split of review authority (e.g. Hunan: 5000–10000 tce → 市州).</summary>
/// <param name="Level">The authority level: <c>province</c>, <c>prefecture</c>, <c>county</c>.</param>
/// <param name="Measure">The measure compared (<c>energy-tce</c>).</param>
/// <param name="AtLeast">The lower limit (included).</param>
/// <param name="Below">The upper limit (not included), or null.</param>
/// <param name="Authority">Who reviews.</param>
/// <param name="Wording">The band as the province words it.</param>
internal sealed record OverrideBand(string Level, string Measure, double AtLeast, double? Below, LocalizedText Authority, LocalizedText Wording);

/// <summary>
/// A province's own split of review authority under a national regime, matched by the first two digits of the
/// project's GB/T 2260 administrative code.
/// </summary>
/// <param name="Id">The id.</param>
/// <param name="Regime">The national regime it implements.</param>
/// <param name="ProvinceCode">The two-digit province code, e.g. <c>43</c> (Hunan).</param>
/// <param name="Province">The province's name.</param>
/// <param name="Status">How far it is confirmed.</param>
/// <param name="Source">The source.</param>
/// <param name="Bands">The bands, highest first.</param>
/// <param name="Note">A note, or null.</param>
internal sealed record ProvinceOverride(string Id, string Regime, string ProvinceCode, LocalizedText Province, DataStatus Status, SourceCitation Source, ImmutableArray<OverrideBand> Bands, LocalizedText? Note);
