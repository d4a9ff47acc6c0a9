using System.Collections.Immutable;
using Carbon.Emissions;
using Carbon.Engine;
using Carbon.Projects;
using Carbon.Reports;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Units;

namespace Carbon.Review.EnergySaving;

/// <summary>
/// The energy-saving amount (节能量) of a project at an existing facility, per product:
/// (existing unit consumption − the project's unit consumption) × the project's output. Positive means energy saved.
/// The project's unit consumption is its whole 当量值 total ÷ the product's output, as in the energy section.
/// </summary>
internal static class EnergySavingCalculator
{
    public static ImmutableArray<EnergySavingReport> Compute(AssessmentState state, List<Diagnostic> diagnostics)
    {
        var project = state.Project;
        if (project.Existing is not { } existing)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<EnergySavingReport>();
        foreach (var before in existing.UnitConsumption)
        {
            var product = project.Products.FirstOrDefault(p => p.Product == before.Product && p.Output.Value > 0);
            if (product is null)
            {
                diagnostics.Add(ReviewDiagnostics.ExistingProductUnknown(JsonPointer.Member(before.Path, "product"), before.Product));
                continue;
            }

            var outputUnit = EmissionTotaller.ProductUnit(product.Output.Dimension);
            var unit = "kgce/" + outputUnit;
            if (before.Value.Dimension != Dimension.OfCoalEquivalent / product.Output.Dimension)
            {
                diagnostics.Add(ReviewDiagnostics.ExistingUnitDimension(JsonPointer.Member(before.Path, "value"), before.Text, "118 " + unit));
                continue;
            }

            var output = product.Output.Value;
            var afterCanonical = state.Energy.Totals.EquivalentTce / output;
            var savingTce = (before.Value.Value - afterCanonical) * output;
            var beforeValue = before.Value.In(unit);
            var afterValue = new Quantity(afterCanonical, before.Value.Dimension).In(unit);
            var trace = new Trace(
                "ΔE = (before − after) × output; after = Σ tce ÷ output",
                [
                    new TraceInput("before", beforeValue, unit, InputOrigin.Project, JsonPointer.Member(before.Path, "value")),
                    new TraceInput("after", afterValue, unit, InputOrigin.Derived),
                    new TraceInput("Σ tce", state.Energy.Totals.EquivalentTce, "tce", InputOrigin.Derived),
                    new TraceInput("output", output, outputUnit, InputOrigin.Project, JsonPointer.Member(product.Path, "output")),
                ],
                [],
                new LocalizedText("ΔE：节能量，正值表示节能", "ΔE: the energy saving; positive means energy saved"));
            result.Add(new EnergySavingReport(
                product.Product,
                ReportNumber.Clean(beforeValue),
                ReportNumber.Clean(afterValue),
                unit,
                ReportNumber.Clean(output),
                outputUnit,
                ReportNumber.Clean(savingTce),
                TraceReport.From(trace)));
        }

        return result.ToImmutable();
    }
}
