using System.Collections.Immutable;
using Carbon.Energy;
using Carbon.Projects;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Units;

namespace Carbon.Review.Regimes;

/// <summary>A project's value of one review measure, with its trace.</summary>
/// <param name="Value">The value in the measure's unit.</param>
/// <param name="Trace">How it was computed.</param>
internal sealed record MeasureValue(double Value, Trace Trace);

/// <summary>Computes the review measures (年综合能源消费量, 年电力消费量, oil, gas, coal) from the energy accounting.</summary>
internal sealed class ProjectMeasures(EnergyResult energy, ComparedEnergy compared, List<Diagnostic> diagnostics)
{
    private readonly Dictionary<string, MeasureValue> _values = new(StringComparer.Ordinal);

    /// <summary>The value of a measure (computed once per assessment).</summary>
    public MeasureValue Of(ReviewMeasure measure)
    {
        if (!_values.TryGetValue(measure.Id, out var value))
        {
            value = Compute(measure);
            _values[measure.Id] = value;
        }

        return value;
    }

    private MeasureValue Compute(ReviewMeasure measure)
    {
        switch (measure.Kind)
        {
            case MeasureKind.ComprehensiveEnergy:
                return new MeasureValue(compared.Tce, compared.Trace);
            case MeasureKind.Electricity:
            {
                var inputs = ImmutableArray.CreateBuilder<TraceInput>();
                double kwh = 0;
                foreach (var l in energy.Lines.Where(l => l.Carrier.Kind == CarrierKind.Electricity))
                {
                    kwh += l.ElectricityKwh;
                    inputs.Add(new TraceInput(l.Carrier.Id, l.ElectricityKwh, "kWh", InputOrigin.Project, JsonPointer.Member(l.Line.Path, "amount")));
                }

                return new MeasureValue(kwh, new Trace("Σ kWh", inputs.ToImmutable(), [], new LocalizedText("各电力行之和，输出为负；含自发自用电", "the electricity lines, exports negative; on-site generation used on site included")));
            }

            default:
            {
                var inputs = ImmutableArray.CreateBuilder<TraceInput>();
                double sum = 0;
                var dimension = QuantityParser.TryParseUnit(measure.Unit, out var unit, out _)
                    ? unit.Dimension
                    : throw new InvalidOperationException($"Measure unit '{measure.Unit}' was validated when the regimes were read.");
                foreach (var l in energy.Lines.Where(l => measure.Carriers.Contains(l.Carrier.Id)))
                {
                    if (l.Line.Amount.Dimension != dimension)
                    {
                        diagnostics.Add(ReviewDiagnostics.MeasureDimension(l.Line.Path, l.Carrier.Id, measure.Id, measure.Unit));
                        continue;
                    }

                    var sign = l.Line.Direction == EnergyDirection.Export ? -1.0 : 1.0;
                    var amount = sign * l.Line.Amount.In(measure.Unit);
                    sum += amount;
                    inputs.Add(new TraceInput(l.Carrier.Id, amount, measure.Unit, InputOrigin.Project, JsonPointer.Member(l.Line.Path, "amount")));
                }

                return new MeasureValue(sum, new Trace(
                    "Σ " + measure.Unit,
                    inputs.ToImmutable(),
                    [],
                    new LocalizedText(
                        "实物量之和（" + string.Join("、", measure.Carriers) + "），输出为负",
                        "physical amounts of " + string.Join(", ", measure.Carriers) + ", exports negative")));
            }
        }
    }
}
