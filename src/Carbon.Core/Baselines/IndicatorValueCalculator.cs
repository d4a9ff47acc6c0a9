using System.Collections.Immutable;
using Carbon.Emissions;
using Carbon.Energy;
using Carbon.Engine;
using Carbon.Projects;
using Carbon.Reports;
using Carbon.Review;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Benchmarks;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Units;

namespace Carbon.Baselines;

/// <summary>A project's value of a benchmark indicator, or why it has none.</summary>
/// <param name="Value">The value in the indicator's unit, or null.</param>
/// <param name="Trace">How it was computed, or null.</param>
/// <param name="NeedsInformation">What is missing, or null.</param>
internal sealed record IndicatorValue(double? Value, Trace? Trace, MessageReport? NeedsInformation);

/// <summary>
/// Computes a project's unit value for a benchmark indicator from the energy lines (stage-filtered where the indicator
/// names a stage) or the emissions, divided by the product's output and expressed in the indicator's published unit:
/// comprehensive-energy = Σ 当量值 tce; electricity = Σ kWh; carrier-group = Σ tce of the listed carriers;
/// fossil-energy = Σ tce of fossil, non-renewable lines; co2e = the emissions total (t CO2e).
/// </summary>
internal static class IndicatorValueCalculator
{
    public static IndicatorValue Compute(BenchmarkIndicator indicator, ProductLine product, AssessmentState state, List<Diagnostic> diagnostics)
    {
        var lines = state.Energy.Lines.AsEnumerable();
        if (indicator.Stage is { } stage)
        {
            if (indicator.Basis == IndicatorBasis.Co2e)
            {
                diagnostics.Add(ReviewDiagnostics.Co2eStageUnsupported(indicator.Id, stage));
                return new IndicatorValue(null, null, new MessageReport($"排放无法按工段“{stage}”拆分。", $"Emissions cannot be split by stage '{stage}'."));
            }

            lines = lines.Where(l => string.Equals(l.Line.Stage, stage, StringComparison.Ordinal));
            if (!lines.Any())
            {
                diagnostics.Add(ReviewDiagnostics.StageHasNoLines(indicator.Id, stage));
                return new IndicatorValue(null, null, new MessageReport(
                    $"没有能源行标注工段“{stage}”：请在 energy[] 中用 \"stage\": \"{stage}\" 标注该工段的能源。",
                    $"No energy line carries stage '{stage}': tag that stage's energy lines with \"stage\": \"{stage}\" in energy[]."));
            }
        }

        var inputs = ImmutableArray.CreateBuilder<TraceInput>();
        double numerator;
        Dimension numeratorDimension;
        string formula;
        LocalizedText? basisNote = null;
        switch (indicator.Basis)
        {
            case IndicatorBasis.Electricity:
            {
                double kwh = 0;
                foreach (var l in lines.Where(l => l.Carrier.Kind == CarrierKind.Electricity))
                {
                    kwh += l.ElectricityKwh;
                    inputs.Add(new TraceInput(Name(l), l.ElectricityKwh, "kWh", InputOrigin.Project, JsonPointer.Member(l.Line.Path, "amount")));
                }

                var energy = Quantity.Of(kwh, "kWh");
                numerator = energy.Value;
                numeratorDimension = energy.Dimension;
                formula = "Σ electricity ÷ output";
                break;
            }

            case IndicatorBasis.Co2e:
            {
                numerator = state.Emissions.Totals.Co2eTonnes;
                numeratorDimension = Dimension.OfMass;
                inputs.Add(new TraceInput("Σ CO2e", numerator, "tCO2e", InputOrigin.Derived));
                formula = "Σ CO2e ÷ output";
                basisNote = new LocalizedText("GWP：" + state.Emissions.GwpSet, "GWP: " + state.Emissions.GwpSet);
                break;
            }

            default:
            {
                Func<EnergyLineResult, bool> counts = indicator.Basis switch
                {
                    IndicatorBasis.CarrierGroup => l => indicator.Carriers.Contains(l.Carrier.Id),
                    IndicatorBasis.FossilEnergy => l => l.Carrier.Fossil && !l.Line.Renewable,
                    _ => _ => true,
                };
                numerator = 0;
                foreach (var l in lines.Where(counts))
                {
                    numerator += l.EquivalentTce;
                    inputs.Add(new TraceInput(Name(l), l.EquivalentTce, "tce", InputOrigin.Derived, l.Line.Path));
                }

                numeratorDimension = Dimension.OfCoalEquivalent;
                formula = "Σ tce ÷ output";
                basisNote = indicator.Basis switch
                {
                    IndicatorBasis.CarrierGroup => new LocalizedText(
                        "当量值；仅计 " + string.Join("、", indicator.Carriers),
                        "equivalent value; " + string.Join(", ", indicator.Carriers) + " only"),
                    IndicatorBasis.FossilEnergy => new LocalizedText("当量值；仅计化石、非可再生能源行", "equivalent value; fossil, non-renewable lines only"),
                    _ => new LocalizedText("当量值", "equivalent value"),
                };
                break;
            }
        }

        var outputUnit = EmissionTotaller.ProductUnit(product.Output.Dimension);
        inputs.Add(new TraceInput("output", product.Output.Value, outputUnit, InputOrigin.Project, JsonPointer.Member(product.Path, "output")));
        var perUnit = new Quantity(numerator / product.Output.Value, numeratorDimension / product.Output.Dimension);
        if (!QuantityParser.TryParseUnit(indicator.Unit, out var unit, out _) || perUnit.Dimension != unit.Dimension)
        {
            diagnostics.Add(ReviewDiagnostics.IndicatorUnitMismatch(JsonPointer.Member(product.Path, "output"), indicator.Id, indicator.Unit, outputUnit));
            return new IndicatorValue(null, null, new MessageReport(
                $"指标单位 {indicator.Unit} 与产量单位 {outputUnit} 不一致。",
                $"The indicator's unit {indicator.Unit} does not match the output unit {outputUnit}."));
        }

        var stageNote = indicator.Stage is null ? null : new LocalizedText("环节 " + indicator.Stage, "stage " + indicator.Stage);
        var note = (basisNote, stageNote) switch
        {
            ({ } b, { } s) => new LocalizedText(b.Zh + "；" + s.Zh, b.En + "; " + s.En),
            (var b, var s) => b ?? s,
        };
        return new IndicatorValue(ReportNumber.Clean(perUnit.In(indicator.Unit)), new Trace(formula + " [" + indicator.Unit + "]", inputs.ToImmutable(), [], note), null);
    }

    /// <summary>The canonical amount per output unit (for gaps) and the unit a gap × output is reported in.</summary>
    public static (double Scale, string Unit) AnnualUnit(BenchmarkIndicator indicator) => indicator.Basis switch
    {
        // kWh per canonical energy unit (GJ): the gap × output is reported in kWh.
        IndicatorBasis.Electricity => (1 / Quantity.Of(1, "kWh").Value, "kWh"),
        IndicatorBasis.Co2e => (1, "tCO2e"),
        _ => (1, "tce"),
    };

    private static string Name(EnergyLineResult l) => l.Line.Label is null ? l.Carrier.Id : l.Carrier.Id + " (" + l.Line.Label + ")";
}
