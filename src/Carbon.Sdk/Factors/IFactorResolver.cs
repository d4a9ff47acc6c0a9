namespace Carbon.Sdk.Factors;

/// <summary>
/// Finds the factor record that applies. The rule is deterministic and documented (docs/data.md#resolution):
/// subject, parameter and gas must match; a requested variant and year must match; the record must be valid on the
/// date; then a record for the requested region beats a national one, a record with a year beats one without,
/// a project override beats plugin data, which beats core data; remaining ties go to the lowest id (ordinal).
/// Implementations are thread-safe and do not allocate per lookup.
/// </summary>
public interface IFactorResolver
{
    /// <summary>Finds the applicable record.</summary>
    /// <param name="query">What is asked for.</param>
    /// <param name="record">The record, when found.</param>
    /// <returns>True when a record applies.</returns>
    bool TryResolve(in FactorQuery query, out FactorRecord record);
}
