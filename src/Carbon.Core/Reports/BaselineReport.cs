using System.Collections.Immutable;

namespace Carbon.Reports;

/// <summary>
/// One efficiency indicator of a benchmark table (a GB energy-limit standard's levels, the NDRC 标杆/基准 list)
/// compared with the project's unit value. Lower is better for every indicator (energy and emissions).
/// </summary>
/// <param name="Indicator">The indicator id within its table.</param>
/// <param name="Name">The indicator name.</param>
/// <param name="Table">The table id (e.g. <c>gb16780-2021</c>).</param>
/// <param name="TableTitle">The table title.</param>
/// <param name="DataSet">The data set holding the table.</param>
/// <param name="DataSetVersion">Its version.</param>
/// <param name="TableStatus">How far the table as a whole is confirmed.</param>
/// <param name="Product">The product the indicator is per unit of.</param>
/// <param name="Basis"><c>comprehensive-energy</c>, <c>electricity</c>, <c>carrier-group</c>, <c>fossil-energy</c> or <c>co2e</c>.</param>
/// <param name="Stage">The stage filter, or null.</param>
/// <param name="Carriers">For <c>carrier-group</c>: the carriers counted.</param>
/// <param name="Value">The project's value in <paramref name="Unit"/>, or null when it cannot be computed.</param>
/// <param name="Unit">The indicator's unit as published.</param>
/// <param name="Trace">How the project's value was computed, or null.</param>
/// <param name="Levels">Each level, best first, with its correction and whether the project meets it.</param>
/// <param name="BestLevelMet">The best level the project meets, or null.</param>
/// <param name="Classification"><c>at-or-better-than-benchmark</c>, <c>between</c> or <c>worse-than-baseline</c> where the table has 标杆 (<c>benchmark</c>) and 基准 (<c>baseline</c>) levels; otherwise null.</param>
/// <param name="ClassificationNote">What the classification means for approval, or null.</param>
/// <param name="GapToBenchmark">Value − 标杆 in the indicator's unit (positive: worse than the benchmark), or null.</param>
/// <param name="GapAnnual">The gap × output: the annual amount (tce, kWh or t CO2e) by which the project misses (positive) or beats (negative) the benchmark, or null.</param>
/// <param name="GapAnnualUnit">The unit of <paramref name="GapAnnual"/>, or null.</param>
/// <param name="Source">The table's citation.</param>
/// <param name="NeedsInformation">What is missing to judge some levels (e.g. a fact a correction needs).</param>
public sealed record BaselineReport(
    string Indicator,
    MessageReport Name,
    string Table,
    MessageReport TableTitle,
    string DataSet,
    string DataSetVersion,
    string TableStatus,
    string Product,
    string Basis,
    string? Stage,
    ImmutableArray<string> Carriers,
    double? Value,
    string Unit,
    TraceReport? Trace,
    ImmutableArray<BaselineLevelReport> Levels,
    string? BestLevelMet,
    string? Classification,
    MessageReport? ClassificationNote,
    double? GapToBenchmark,
    double? GapAnnual,
    string? GapAnnualUnit,
    string Source,
    ImmutableArray<MessageReport> NeedsInformation);

/// <summary>One level of an indicator.</summary>
/// <param name="Level">The level id (<c>level-1</c>, <c>benchmark</c>, <c>baseline</c>, …).</param>
/// <param name="Name">The level name.</param>
/// <param name="Published">The published value.</param>
/// <param name="Corrected">The value after corrections, or null when a fact the corrections need is missing.</param>
/// <param name="Corrections">Each correction considered, in order, with its arithmetic.</param>
/// <param name="Met">Whether the project's value is at or below the corrected level, or null when either is unknown.</param>
/// <param name="Status">How far the published value is confirmed.</param>
/// <param name="AppliesTo">Whom the level binds, or null.</param>
/// <param name="AppliesToStatus">How far that is confirmed, or null.</param>
/// <param name="Source">The level's own citation when it differs from the table's, or null.</param>
public sealed record BaselineLevelReport(
    string Level,
    MessageReport Name,
    double Published,
    double? Corrected,
    ImmutableArray<CorrectionStepReport> Corrections,
    bool? Met,
    string Status,
    MessageReport? AppliesTo,
    string? AppliesToStatus,
    string? Source);

/// <summary>One correction of a level by a project fact.</summary>
/// <param name="Correction">The correction id.</param>
/// <param name="Description">What it does.</param>
/// <param name="Kind"><c>linear</c> (level + k × (fact − reference)) or <c>multiplicative</c> (level × (A − B × fact/reference)).</param>
/// <param name="Fact">The fact read.</param>
/// <param name="FactValue">The fact's value in <paramref name="FactUnit"/>, or null when missing.</param>
/// <param name="FactUnit">The unit the fact is read in.</param>
/// <param name="Applied">Whether it changed the level (false when its condition is not met or its fact is missing).</param>
/// <param name="Before">The level before this correction.</param>
/// <param name="After">The level after it, or null when its fact is missing.</param>
/// <param name="Formula">The arithmetic with the numbers, e.g. <c>87 + 1.15 × (80 − 75) = 92.75</c>.</param>
/// <param name="Status">How far the correction is confirmed.</param>
/// <param name="Source">The citation.</param>
/// <param name="Note">Why it was or was not applied, or null.</param>
public sealed record CorrectionStepReport(
    string Correction,
    MessageReport Description,
    string Kind,
    string Fact,
    double? FactValue,
    string FactUnit,
    bool Applied,
    double Before,
    double? After,
    string Formula,
    string Status,
    string Source,
    MessageReport? Note);
