using System.Collections.Immutable;
using Carbon.Sdk;

namespace Carbon.Review.Regimes;

/// <summary>What a review measure adds up.</summary>
internal enum MeasureKind
{
    /// <summary>综合能耗 at 当量值 (or its increment), tce.</summary>
    ComprehensiveEnergy = 0,

    /// <summary>Electricity in kWh (physical).</summary>
    Electricity = 1,

    /// <summary>The physical amount of a group of carriers (oil, gas, coal).</summary>
    Carriers = 2,
}

/// <summary>A quantity the review thresholds compare (e.g. 年煤炭消费量), defined as data.</summary>
/// <param name="Id">The id, e.g. <c>coal-t</c>.</param>
/// <param name="Name">The name as the regulations use it.</param>
/// <param name="Unit">The unit of the thresholds.</param>
/// <param name="Kind">What it adds up.</param>
/// <param name="Carriers">For <see cref="MeasureKind.Carriers"/>: the carrier ids that count.</param>
/// <param name="Interpretation">An interpretive choice Carbon made (e.g. which carriers are "coal"), or null.</param>
/// <param name="Note">A note, or null.</param>
internal sealed record ReviewMeasure(string Id, LocalizedText Name, string Unit, MeasureKind Kind, ImmutableArray<string> Carriers, LocalizedText? Interpretation, LocalizedText? Note);
