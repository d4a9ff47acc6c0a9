using System.Collections.Immutable;

namespace Carbon.Reports;

/// <summary>
/// The energy-saving review (节能审查) section of a report: the regime in force on the review date, the tier it gives
/// the project with every threshold compared, the contents the energy-saving report must state (Order 2 Art. 11,
/// Order 31 碳排放评价), the impact on the region's targets (m, n) and the energy-saving amount (docs/methodology/review.md).
/// </summary>
/// <param name="Regime">The regime in force on the review date, or null when it cannot be determined (see diagnostics CB5001/CB5002).</param>
/// <param name="Tier">
/// Who reviews: <c>provincial</c>, <c>delegated</c> (the province sets the reviewer), <c>exempt</c> (no separate review) or
/// <c>national</c> (Order 31, NDRC reviews itself); under Order 6 the document to file: <c>report</c>, <c>report-form</c>,
/// <c>registration-form</c>. Null when the regime is unknown.
/// </param>
/// <param name="TierKind"><c>reviewer</c> or <c>document</c>, or null.</param>
/// <param name="DecidedBy">The rule that gave the tier, or null.</param>
/// <param name="Authority">The province's own split of review authority, when the data has one for the project's province.</param>
/// <param name="ComparedEnergy">The comprehensive energy the thresholds compare (total or increment), or null.</param>
/// <param name="Reasons">Every threshold and exemption compared, in the order the regime applies them.</param>
/// <param name="Notes">Constraints, interpretations and caveats that qualify the tier.</param>
/// <param name="Content">What the energy-saving report must state.</param>
/// <param name="RegionalImpact">The m and n indices, or null when no region is given.</param>
/// <param name="EnergySaving">The energy-saving amount (节能量) per product with an existing unit consumption.</param>
/// <param name="DataSets">The review data sets used (regimes, m/n grades) with versions and content hashes.</param>
public sealed record ReviewReport(
    ReviewRegimeReport? Regime,
    string? Tier,
    string? TierKind,
    ReviewDecisionReport? DecidedBy,
    ReviewAuthorityReport? Authority,
    ComparedEnergyReport? ComparedEnergy,
    ImmutableArray<ReviewReasonReport> Reasons,
    ImmutableArray<ReviewNoteReport> Notes,
    ReviewContentReport Content,
    RegionalImpactReport? RegionalImpact,
    ImmutableArray<EnergySavingReport> EnergySaving,
    ImmutableArray<DataSetReport> DataSets);

/// <summary>The regime in force on the review date.</summary>
/// <param name="Id">The regime id, e.g. <c>ndrc-2023-2</c>.</param>
/// <param name="Instrument">The instrument's title and number.</param>
/// <param name="EffectiveFrom">The first day in force (YYYY-MM-DD).</param>
/// <param name="EffectiveFromStatus">How far that date is confirmed.</param>
/// <param name="EffectiveTo">The last day in force, or null while in force.</param>
/// <param name="EffectiveToStatus">How far that date is confirmed.</param>
/// <param name="ElectricityBasis"><c>equivalent</c> (当量值) or <c>equal</c> (等价值).</param>
/// <param name="ElectricityBasisStatus">How far the basis is confirmed (UNCONFIRMED for Order 31).</param>
/// <param name="ElectricityBasisWording">The clause on the basis.</param>
/// <param name="IncrementRule">The rebuild-increment rule.</param>
/// <param name="Status">How far the regime as a whole is confirmed.</param>
/// <param name="Source">The citation.</param>
public sealed record ReviewRegimeReport(
    string Id,
    MessageReport Instrument,
    string EffectiveFrom,
    string EffectiveFromStatus,
    string? EffectiveTo,
    string EffectiveToStatus,
    string ElectricityBasis,
    string ElectricityBasisStatus,
    MessageReport ElectricityBasisWording,
    IncrementRuleReport IncrementRule,
    string Status,
    string Source);

/// <summary>A regime's rule on counting the post-commissioning increment (增量) for existing facilities.</summary>
/// <param name="Rule"><c>increment-for-natures</c> or <c>not-established</c>.</param>
/// <param name="Natures">The project natures that count the increment.</param>
/// <param name="RequiresSiteProcessEquipmentUnchanged">Order 2: only with site, main process and equipment unchanged.</param>
/// <param name="Wording">The clause, or null.</param>
/// <param name="Interpretation">Carbon's interpretive choice, or null.</param>
/// <param name="Status">How far the rule is confirmed.</param>
public sealed record IncrementRuleReport(string Rule, ImmutableArray<string> Natures, bool RequiresSiteProcessEquipmentUnchanged, MessageReport? Wording, MessageReport? Interpretation, string Status);

/// <summary>The rule that decided the tier.</summary>
/// <param name="Rule">The rule id, or <c>otherwise</c>.</param>
/// <param name="Wording">What the rule says.</param>
/// <param name="Status">How far the rule is confirmed.</param>
/// <param name="Source">The citation.</param>
public sealed record ReviewDecisionReport(string Rule, MessageReport Wording, string Status, string Source);

/// <summary>A province's split of review authority applied to the project (matched by the first two digits of adminCode).</summary>
/// <param name="Override">The override id, e.g. <c>hunan.order2</c>.</param>
/// <param name="Province">The province.</param>
/// <param name="Level">The authority level of the band the project falls in (<c>province</c>, <c>prefecture</c>, <c>county</c>), or null when no band covers it.</param>
/// <param name="Authority">Who reviews, or null.</param>
/// <param name="Wording">The band's wording, or null.</param>
/// <param name="Status">How far the split is confirmed.</param>
/// <param name="Source">The citation.</param>
/// <param name="Note">A note (e.g. what the data does not cover), or null.</param>
public sealed record ReviewAuthorityReport(string Override, MessageReport Province, string? Level, MessageReport? Authority, MessageReport? Wording, string Status, string Source, MessageReport? Note);

/// <summary>The comprehensive energy (当量值) the review thresholds compare.</summary>
/// <param name="Basis"><c>total</c> (full post-commissioning consumption) or <c>increment</c> (minus the existing facility's).</param>
/// <param name="Tce">The value compared, tce.</param>
/// <param name="TotalTce">The project's total (当量值, net of exports), tce.</param>
/// <param name="ExistingTce">The existing facility's annual energy, tce, when the increment was taken.</param>
/// <param name="Why">Why this basis.</param>
/// <param name="Trace">How it was computed.</param>
public sealed record ComparedEnergyReport(string Basis, double Tce, double TotalTce, double? ExistingTce, MessageReport Why, TraceReport Trace);

/// <summary>One threshold or exemption the regime compared.</summary>
/// <param name="Rule">The rule id (e.g. <c>order2.art8.small-project</c>).</param>
/// <param name="RuleTier">The tier the rule gives when it holds.</param>
/// <param name="Threshold">The threshold id (e.g. <c>order2.art8.electricity-below-5000000</c>), or the fact key for a fact rule.</param>
/// <param name="Measure">The measure id (<c>energy-tce</c>, <c>electricity-kwh</c>, <c>oil-t</c>, <c>gas-m3</c>, <c>coal-t</c>) or <c>fact</c>.</param>
/// <param name="MeasureName">The measure as the regulations name it.</param>
/// <param name="Comparison"><c>at-least</c> (以上/及以上: the limit counts), <c>below</c> (不满: strictly less) or <c>is-true</c>.</param>
/// <param name="Limit">The limit, or null for a fact.</param>
/// <param name="Unit">The unit of the limit and value, or null for a fact.</param>
/// <param name="ProjectValue">The project's value, or null for a fact.</param>
/// <param name="ProjectText">The fact's value as text (<c>true</c>, <c>false</c>, <c>not declared</c>), or null.</param>
/// <param name="Holds">Whether the comparison holds.</param>
/// <param name="Decisive">Whether this comparison belongs to the rule that decided the tier.</param>
/// <param name="Wording">The comparison as the regulation words it.</param>
/// <param name="Status">How far the figure is confirmed.</param>
/// <param name="Source">The citation.</param>
/// <param name="Notes">Caveats (interpretations, unconfirmed bases or dates).</param>
/// <param name="Trace">How the project's value was computed, with the threshold as a cited record; null for a fact.</param>
public sealed record ReviewReasonReport(
    string Rule,
    string RuleTier,
    string Threshold,
    string Measure,
    MessageReport MeasureName,
    string Comparison,
    double? Limit,
    string? Unit,
    double? ProjectValue,
    string? ProjectText,
    bool Holds,
    bool Decisive,
    MessageReport Wording,
    string Status,
    string Source,
    ImmutableArray<MessageReport> Notes,
    TraceReport? Trace);

/// <summary>A note that qualifies the review outcome.</summary>
/// <param name="Kind"><c>constraint</c>, <c>regime</c>, <c>interpretation</c> or <c>caveat</c>.</param>
/// <param name="Text">The note.</param>
/// <param name="Status">How far it is confirmed, or null.</param>
/// <param name="Source">The citation, or null.</param>
public sealed record ReviewNoteReport(string Kind, MessageReport Text, string? Status, string? Source);

/// <summary>
/// What the energy-saving report must state (Order 2 Art. 11(5), (7); Order 31 碳排放评价): unit-product energy, energy
/// per value added, total energy and its structure with fossil, renewable and feedstock energy kept apart, and the carbon
/// emissions with their structure and intensity.
/// </summary>
/// <param name="UnitProduct">单位产品综合能耗 and 单位产品化石能源消费量 per product.</param>
/// <param name="PerValueAdded">单位增加值能耗 and 单位增加值化石能耗, or null without value added.</param>
/// <param name="Energy">能源消费总量 and 能源消费结构.</param>
/// <param name="Carbon">碳排放总量, 结构 and 单位产品碳排放.</param>
public sealed record ReviewContentReport(
    ImmutableArray<UnitProductEnergyReport> UnitProduct,
    ValueAddedIntensityReport? PerValueAdded,
    EnergyStructureReport Energy,
    CarbonEvaluationReport Carbon);

/// <summary>Unit-product energy of one product (whole project, 当量值).</summary>
/// <param name="Product">The product id.</param>
/// <param name="ComprehensiveEnergy">单位产品综合能耗.</param>
/// <param name="FossilEnergy">单位产品化石能源消费量.</param>
/// <param name="Unit">kgce per product unit.</param>
public sealed record UnitProductEnergyReport(string Product, double ComprehensiveEnergy, double FossilEnergy, string Unit);

/// <summary>Energy per unit of value added.</summary>
/// <param name="ValueAdded">The project's annual value added, 10⁴ CNY (万元).</param>
/// <param name="Energy">单位增加值能耗 (当量值).</param>
/// <param name="FossilEnergy">单位增加值化石能源消费量.</param>
/// <param name="Unit"><c>tce/万元</c>.</param>
/// <param name="Trace">How it was computed.</param>
public sealed record ValueAddedIntensityReport(double ValueAdded, double Energy, double FossilEnergy, string Unit, TraceReport Trace);

/// <summary>Total energy and its structure, tce at 当量值.</summary>
/// <param name="TotalTce">能源消费总量 (综合能耗, net of exports).</param>
/// <param name="TotalEqualValueTce">The same at 等价值, or null when unknown.</param>
/// <param name="FossilTce">化石能源消费量.</param>
/// <param name="RenewableTce">可再生能源消费量 (the report must also say how its supply is secured).</param>
/// <param name="SecondaryTce">Purchased electricity and heat not declared renewable.</param>
/// <param name="FeedstockTce">原料用能消费量 (part of the kinds above, reported separately).</param>
/// <param name="ByCarrier">Share of each carrier in the total.</param>
/// <param name="ByKind">Shares of fossil, renewable and secondary energy (they add up to the total).</param>
public sealed record EnergyStructureReport(
    double TotalTce,
    double? TotalEqualValueTce,
    double FossilTce,
    double RenewableTce,
    double SecondaryTce,
    double FeedstockTce,
    ImmutableArray<EnergyShareReport> ByCarrier,
    ImmutableArray<EnergyShareReport> ByKind);

/// <summary>One part of the energy total.</summary>
/// <param name="Key">The carrier id or kind (<c>fossil</c>, <c>renewable</c>, <c>secondary</c>).</param>
/// <param name="Name">The name.</param>
/// <param name="Tce">tce at 当量值.</param>
/// <param name="Share">Fraction of the total (0–1), or null when the total is zero.</param>
public sealed record EnergyShareReport(string Key, MessageReport Name, double Tce, double? Share);

/// <summary>The carbon emission evaluation (碳排放评价, Order 31).</summary>
/// <param name="GwpSet">The GWP set of the CO2e figures.</param>
/// <param name="TotalCo2eTonnes">碳排放总量, t CO2e.</param>
/// <param name="BySource">碳排放结构: CO2e and share per source category.</param>
/// <param name="IntensityPerProduct">单位产品碳排放 per product.</param>
public sealed record CarbonEvaluationReport(string GwpSet, double TotalCo2eTonnes, ImmutableArray<EmissionShareReport> BySource, ImmutableArray<IntensityReport> IntensityPerProduct);

/// <summary>One source category's part of the emissions.</summary>
/// <param name="Source">The source category.</param>
/// <param name="Co2eTonnes">t CO2e.</param>
/// <param name="Share">Fraction of the total (0–1), or null when the total is zero.</param>
public sealed record EmissionShareReport(string Source, double Co2eTonnes, double? Share);

/// <summary>The project's impact on the region's energy dual-control targets (energy.md §1.5).</summary>
/// <param name="Region">The region's name, or null.</param>
/// <param name="M">m (%) = d ÷ the five-year increment quota × 100, or null when not computable.</param>
/// <param name="N">n (%) = ((a + d)/(b + e) − c)/c × 100, or null when not computable.</param>
/// <param name="GradeTable">The grade table used, or null when the project named an unknown one.</param>
/// <param name="Notes">Why an index is missing, and the caveats of the method.</param>
public sealed record RegionalImpactReport(string? Region, ImpactIndexReport? M, ImpactIndexReport? N, GradeTableReport? GradeTable, ImmutableArray<MessageReport> Notes);

/// <summary>One impact index with its grade.</summary>
/// <param name="Value">The index in percent.</param>
/// <param name="Grade">The grade id (e.g. <c>small</c>), or null when not graded.</param>
/// <param name="GradeName">The grade name (e.g. 影响较小), or null.</param>
/// <param name="Trace">How it was computed, with every input.</param>
public sealed record ImpactIndexReport(double Value, string? Grade, MessageReport? GradeName, TraceReport Trace);

/// <summary>The m/n grade table used.</summary>
/// <param name="Id">The table id.</param>
/// <param name="Title">The title.</param>
/// <param name="Status">How far it is confirmed.</param>
/// <param name="Source">The citation.</param>
public sealed record GradeTableReport(string Id, MessageReport Title, string Status, string Source);

/// <summary>The energy-saving amount (节能量) of one product: (before − after) × output; positive means energy saved.</summary>
/// <param name="Product">The product id.</param>
/// <param name="Before">The existing unit consumption.</param>
/// <param name="After">The project's unit consumption (单位产品综合能耗, whole project, 当量值).</param>
/// <param name="Unit">kgce per product unit.</param>
/// <param name="Output">The project's annual output.</param>
/// <param name="OutputUnit">The output unit.</param>
/// <param name="SavingTce">The annual saving, tce (negative: the project uses more per unit).</param>
/// <param name="Trace">How it was computed.</param>
public sealed record EnergySavingReport(string Product, double Before, double After, string Unit, double Output, string OutputUnit, double SavingTce, TraceReport Trace);
