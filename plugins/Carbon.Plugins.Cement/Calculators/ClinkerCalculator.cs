using Carbon.Plugins.Cement.Calculation;
using Carbon.Plugins.Cement.Calculators.Clinker;
using Carbon.Plugins.Cement.Facts;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Cement.Calculators;

/// <summary>
/// cement.clinker: process CO2 of the carbonate decomposition for the clinker produced, by the chosen methodology,
/// plus the zoning facts of the line (capacity, kiln type, capacity replacement). Pure and thread-safe.
/// </summary>
internal sealed class ClinkerCalculator : IActivityCalculator
{
    private readonly string _defaultMethodology;

    /// <summary>Creates the calculator.</summary>
    /// <param name="defaultMethodology">The methodology used when the project names none.</param>
    public ClinkerCalculator(string defaultMethodology) => _defaultMethodology = defaultMethodology;

    /// <inheritdoc/>
    public ActivityResult Calculate(ActivityInput input, ICalculationContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var reader = new LineReader(input);
        var clinker = reader.Amount(Dimension.OfMass, "t");
        var method = MethodologyResolver.Resolve(context, _defaultMethodology, reader, warnMee2024: true);
        var facts = ClinkerFactsReader.Read(reader);
        if (clinker is not { } q || method is null)
        {
            return new ActivityResult { Diagnostics = reader.Diagnostics, Methodology = method };
        }

        var outcome = method switch
        {
            CementMethodologyIds.China2013 or CementMethodologyIds.Mee2024 => ChinaClinkerMethod.Calculate(reader, q, method),
            CementMethodologyIds.IpccTier1 => IpccTier1ClinkerMethod.Calculate(reader, context, q),
            CementMethodologyIds.IpccTier2 => IpccTier2ClinkerMethod.Calculate(reader, context, q),
            _ => IpccTier3ClinkerMethod.Calculate(reader, context, q),
        };
        reader.ReportUnused(method);
        if (reader.HasErrors || outcome is null)
        {
            return new ActivityResult { Diagnostics = reader.Diagnostics, Methodology = method };
        }

        return new ActivityResult
        {
            Emissions = outcome.Emissions,
            Indicators = outcome.ProcessFactor is { } indicator && q > 0 ? [indicator] : [],
            Facts = facts,
            Diagnostics = reader.Diagnostics,
            Methodology = method,
        };
    }
}
