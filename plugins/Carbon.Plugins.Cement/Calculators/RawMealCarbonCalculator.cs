using Carbon.Plugins.Cement.Activities;
using Carbon.Plugins.Cement.Calculation;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Cement.Calculators;

/// <summary>
/// cement.raw-meal-carbon: 生料中非燃料碳煅烧, <c>E = Q_rawmeal × FR_0 × 44/12</c> [C] (ghg-methods.md §1.2). FR_0 is
/// required: the 0.1–0.3 % default is UNCONFIRMED and not shipped.
/// </summary>
internal sealed class RawMealCarbonCalculator : IActivityCalculator
{
    private readonly string _defaultMethodology;

    /// <summary>Creates the calculator.</summary>
    /// <param name="defaultMethodology">The methodology used when the project names none.</param>
    public RawMealCarbonCalculator(string defaultMethodology) => _defaultMethodology = defaultMethodology;

    /// <inheritdoc/>
    public ActivityResult Calculate(ActivityInput input, ICalculationContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var reader = new LineReader(input);
        var rawMeal = reader.Amount(Dimension.OfMass, "t");
        var chosen = MethodologyResolver.Resolve(context, _defaultMethodology, reader, warnMee2024: true);
        var fraction = reader.Fraction(CementParameters.NonFuelCarbonFraction);
        if (fraction is null && !reader.Has(CementParameters.NonFuelCarbonFraction))
        {
            reader.Add(CementDiagnostics.Missing(
                reader.PathOf(CementParameters.NonFuelCarbonFraction),
                CementParameters.NonFuelCarbonFraction,
                chosen ?? _defaultMethodology,
                "请填写实测的生料非燃料碳含量，如 \"0.2 %\"。常见的 0.1 %–0.3 % 缺省范围未经核实，本程序不代为取值。",
                "Give the measured non-fuel carbon content of the raw meal, e.g. \"0.2 %\". The often-quoted 0.1–0.3 % default is UNCONFIRMED and Carbon does not pick one."));
        }

        if (reader.HasErrors || rawMeal is not { } q || fraction is not { } fr || chosen is null)
        {
            return new ActivityResult { Diagnostics = reader.Diagnostics, Methodology = chosen };
        }

        var recorded = GuidelineTermMethod.Record(chosen, reader);
        reader.ReportUnused(recorded);

        // E = Q × FR_0 × 44/12
        var tonnes = q * fr.Value * Stoichiometry.Co2PerCarbon;
        var trace = new TraceBuilder()
            .Project("Q_rawmeal", q, "t", reader.AmountPath)
            .Project("FR_0", fr, "1")
            .Constant(Stoichiometry.Co2PerCarbonText, Stoichiometry.Co2PerCarbon, "tCO2/tC")
            .Note(GuidelineTermMethod.Note(recorded))
            .Build("E = Q_rawmeal × FR_0 × 44/12");
        return new ActivityResult
        {
            Emissions = [new GasEmission(EmissionSources.Process, Gas.CO2, tonnes, trace, CementEmissionLabels.RawMealCarbon)],
            Diagnostics = reader.Diagnostics,
            Methodology = recorded,
        };
    }
}
