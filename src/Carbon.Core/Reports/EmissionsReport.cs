using System.Collections.Immutable;

namespace Carbon.Reports;

/// <summary>The emissions section.</summary>
/// <param name="GwpSet">The GWP set used for CO2e (SAR, AR4, AR5 or AR6).</param>
/// <param name="Totals">The totals.</param>
/// <param name="BySource">CO2e per source category, in order of first appearance.</param>
/// <param name="Lines">One line per gas and source.</param>
/// <param name="Intensities">Carbon intensity per product.</param>
public sealed record EmissionsReport(string GwpSet, EmissionTotals Totals, ImmutableArray<SourceTotalReport> BySource, ImmutableArray<EmissionLineReport> Lines, ImmutableArray<IntensityReport> Intensities);

/// <summary>Totals in tonnes (net of deductions for exported electricity and heat).</summary>
/// <param name="Co2eTonnes">t CO2e under the report's GWP set.</param>
/// <param name="Co2Tonnes">t CO2.</param>
/// <param name="Ch4Tonnes">t CH4.</param>
/// <param name="N2oTonnes">t N2O.</param>
public sealed record EmissionTotals(double Co2eTonnes, double Co2Tonnes, double Ch4Tonnes, double N2oTonnes);

/// <summary>CO2e of one source category.</summary>
/// <param name="Source">The source category.</param>
/// <param name="Co2eTonnes">t CO2e.</param>
public sealed record SourceTotalReport(string Source, double Co2eTonnes);

/// <summary>One emission line.</summary>
/// <param name="Source">The source category (e.g. <c>fuel-combustion</c>, <c>process</c>).</param>
/// <param name="Activity">The carrier id or activity kind.</param>
/// <param name="Label">The line's label in both languages (a project label is quoted as written in both), or null.</param>
/// <param name="Gas">CO2, CH4 or N2O.</param>
/// <param name="Tonnes">Tonnes of the gas.</param>
/// <param name="Gwp">The GWP applied.</param>
/// <param name="GwpRecord">The id of the GWP record.</param>
/// <param name="Co2eTonnes">t CO2e.</param>
/// <param name="Methodology">The methodology, or null.</param>
/// <param name="Path">The JSON Pointer of the project line it comes from.</param>
/// <param name="Trace">How it was computed.</param>
public sealed record EmissionLineReport(string Source, string Activity, MessageReport? Label, string Gas, double Tonnes, double Gwp, string GwpRecord, double Co2eTonnes, string? Methodology, string Path, TraceReport Trace);

/// <summary>Carbon intensity of a product (碳排放强度).</summary>
/// <param name="Product">The product id.</param>
/// <param name="Value">The value.</param>
/// <param name="Unit">e.g. tCO2e/t.</param>
/// <param name="Trace">How it was computed.</param>
public sealed record IntensityReport(string Product, double Value, string Unit, TraceReport Trace);
