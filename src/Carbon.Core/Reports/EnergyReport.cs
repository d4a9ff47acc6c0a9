using System.Collections.Immutable;

namespace Carbon.Reports;

/// <summary>The energy section: totals, one line per energy line, and unit consumption per product.</summary>
/// <param name="Totals">The totals.</param>
/// <param name="Carriers">One line per project energy line, in file order.</param>
/// <param name="UnitConsumption">Unit-product consumption per product (and per stage).</param>
public sealed record EnergyReport(EnergyTotals Totals, ImmutableArray<CarrierLineReport> Carriers, ImmutableArray<UnitConsumptionReport> UnitConsumption);

/// <summary>
/// Energy totals in tonnes of standard coal (tce). <c>equivalentTce</c> is 综合能耗 at 当量值, net of exports;
/// <c>fossilTce + renewableTce + secondaryTce = equivalentTce</c>; feedstock is part of whichever of those its carrier is.
/// </summary>
/// <param name="EquivalentTce">综合能耗, 当量值 (electricity at 0.1229 kgce/kWh).</param>
/// <param name="EqualValueTce">综合能耗, 等价值, or null when a secondary carrier has no known 等价值 coefficient for the year.</param>
/// <param name="FossilTce">Fossil fuels (化石能源), including fossil feedstock.</param>
/// <param name="RenewableTce">Renewable energy (可再生能源).</param>
/// <param name="SecondaryTce">Purchased electricity and heat not declared renewable (secondary energy of mixed origin).</param>
/// <param name="FeedstockTce">原料用能 (energy used as raw material).</param>
/// <param name="FuelTce">Energy used as fuel or energy (= equivalent − feedstock).</param>
/// <param name="ExportedTce">Energy exported (already deducted from the totals above), as a positive number.</param>
public sealed record EnergyTotals(double EquivalentTce, double? EqualValueTce, double FossilTce, double RenewableTce, double SecondaryTce, double FeedstockTce, double FuelTce, double ExportedTce);

/// <summary>One energy line converted to standard coal.</summary>
/// <param name="Carrier">The carrier id.</param>
/// <param name="Name">The carrier name.</param>
/// <param name="Label">The line's label.</param>
/// <param name="Stage">The stage tag.</param>
/// <param name="Use"><c>fuel</c> or <c>feedstock</c>.</param>
/// <param name="Direction"><c>import</c> or <c>export</c>.</param>
/// <param name="Origin">For electricity: <c>grid</c>, <c>waste-heat</c> or <c>on-site-renewable</c>; null for other carriers.</param>
/// <param name="Renewable">Whether renewable.</param>
/// <param name="Amount">The amount as written.</param>
/// <param name="PhysicalAmount">The amount in <paramref name="PhysicalUnit"/>.</param>
/// <param name="PhysicalUnit">The carrier's reporting unit.</param>
/// <param name="EquivalentTce">当量值 tce (negative for exports).</param>
/// <param name="EqualValueTce">等价值 tce, or null when unknown.</param>
/// <param name="Path">The JSON Pointer of the line.</param>
/// <param name="Trace">How it was converted.</param>
public sealed record CarrierLineReport(
    string Carrier,
    MessageReport Name,
    string? Label,
    string? Stage,
    string Use,
    string Direction,
    string? Origin,
    bool Renewable,
    string Amount,
    double PhysicalAmount,
    string PhysicalUnit,
    double EquivalentTce,
    double? EqualValueTce,
    string Path,
    TraceReport Trace);

/// <summary>A unit-product consumption: energy (or electricity) per unit of a product's output.</summary>
/// <param name="Product">The product id.</param>
/// <param name="Stage">The stage, or null for the whole project.</param>
/// <param name="Basis"><c>comprehensive-energy</c>, <c>fossil-energy</c> or <c>electricity</c>.</param>
/// <param name="Value">The value in <paramref name="Unit"/>.</param>
/// <param name="Unit">kgce per product unit, or kWh per product unit.</param>
/// <param name="Trace">How it was computed.</param>
public sealed record UnitConsumptionReport(string Product, string? Stage, string Basis, double Value, string Unit, TraceReport Trace);
