using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Cement.Calculation;

/// <summary>
/// The factor records the calculators ask for (subjects and parameters of the embedded data set carbon.cement),
/// looked up through the context so that a project override wins. Values are read in canonical units.
/// </summary>
internal static class CementFactors
{
    /// <summary>Subject of the clinker records.</summary>
    public const string ClinkerSubject = "cement.clinker";

    /// <summary>IPCC Tier 1 default clinker EF, 0.52 t CO2/t clinker.</summary>
    public static readonly FactorQuery Tier1ClinkerEf = new(ClinkerSubject, "ef-tier1-default", Gas.CO2);

    /// <summary>t CO2 per t CaO (0.7848).</summary>
    public static readonly FactorQuery Co2PerCaO = new(ClinkerSubject, "co2-per-cao", Gas.CO2);

    /// <summary>Default CKD correction factor (1.02).</summary>
    public static readonly FactorQuery CkdDefault = new(ClinkerSubject, "ckd-correction-default");

    /// <summary>The emission factor of a carbonate (IPCC Table 2.1).</summary>
    /// <param name="carbonate">The carbonate id, e.g. <c>calcite</c>.</param>
    /// <returns>The query.</returns>
    public static FactorQuery CarbonateEf(string carbonate) => new("cement.carbonate." + carbonate, "ef", Gas.CO2);

    /// <summary>
    /// Resolves a dimensionless record valid on the context's date. Reports CB7115 when there is none (or its unit is
    /// not dimensionless) and CB7116 when the record used is unconfirmed.
    /// </summary>
    /// <param name="context">The calculation context.</param>
    /// <param name="query">The query (its date is set here).</param>
    /// <param name="reader">Where diagnostics go.</param>
    /// <param name="path">The JSON Pointer to blame.</param>
    /// <returns>The record, or null after an error.</returns>
    public static FactorRecord? Resolve(ICalculationContext context, FactorQuery query, LineReader reader, string path)
    {
        var dated = query with { On = context.AsOf };
        if (!context.Factors.TryResolve(in dated, out var record) || !IsDimensionless(record))
        {
            reader.Add(CementDiagnostics.FactorMissing(path, query.Subject, query.Parameter));
            return null;
        }

        if (record.Status == DataStatus.Unconfirmed)
        {
            reader.Add(CementDiagnostics.UnconfirmedFactor(path, record.Id));
        }

        return record;
    }

    /// <summary>
    /// The record's value in canonical units, computed from <see cref="FactorRecord.Value"/> and
    /// <see cref="FactorRecord.Unit"/> on every call. <see cref="FactorRecord.Quantity"/> is not used: it caches its
    /// value, and a record copied with <c>with { Value = … }</c> (e.g. a project override) keeps the stale cache.
    /// </summary>
    /// <param name="record">A record that passed <see cref="Resolve"/>.</param>
    /// <returns>The value in canonical units.</returns>
    public static double Canonical(FactorRecord record) =>
        QuantityParser.TryParseUnit(record.Unit, out var unit, out _) ? record.Value * unit.Scale : double.NaN;

    private static bool IsDimensionless(FactorRecord record)
    {
        if (!QuantityParser.TryParseUnit(record.Unit, out var unit, out _))
        {
            return false;
        }

        return unit.Dimension.IsNone && double.IsFinite(record.Value);
    }
}
