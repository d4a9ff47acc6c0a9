using Carbon.Plugins.Lime.Diagnostics;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Lime.Factors;

/// <summary>
/// Finds the data records a lime calculation needs through the context's resolver (so a project override wins),
/// and records CB7208 when one is missing. Every lime record is a pure ratio (t CO2/t, a fraction), so a record
/// whose unit is not dimensionless is refused with CB7224.
/// </summary>
internal sealed class FactorLookup(ICalculationContext context, string linePath, List<Diagnostic> errors)
{
    /// <summary>Finds a record, or records an error and returns null.</summary>
    public FactorRecord? Get(string subject, string parameter, Gas? gas = null)
    {
        var query = new FactorQuery(subject, parameter, gas, On: context.AsOf);
        if (!context.Factors.TryResolve(query, out var record) || record is null)
        {
            errors.Add(LimeDiagnostics.MissingFactor(linePath, subject, parameter));
            return null;
        }

        if (!QuantityParser.TryParseUnit(record.Unit, out var unit, out _) || !unit.Dimension.IsNone)
        {
            errors.Add(LimeDiagnostics.RecordNotRatio(linePath, record.Id, record.Unit));
            return null;
        }

        return record;
    }

    /// <summary>A record's value as a pure number (its unit's scale applied, e.g. 95 % → 0.95).</summary>
    public static double ValueOf(FactorRecord record) => record.Quantity.Value;
}
