using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Lime.Tests.Support;

/// <summary>
/// A test-only resolver over data-set records, following the documented rule of <see cref="IFactorResolver"/>:
/// subject, parameter and gas match; a requested variant/year must match; valid on the date; a regional record beats a
/// national one; an override beats data; ties go to the lowest id.
/// </summary>
internal sealed class TestFactorResolver(IEnumerable<FactorRecord> records, IEnumerable<FactorRecord>? overrides = null) : IFactorResolver
{
    private readonly FactorRecord[] _records = [.. records];
    private readonly FactorRecord[] _overrides = [.. overrides ?? []];

    public bool TryResolve(in FactorQuery query, out FactorRecord record)
    {
        var best = Pick(_overrides, query) ?? Pick(_records, query);
        record = best!;
        return best is not null;
    }

    private static FactorRecord? Pick(FactorRecord[] pool, FactorQuery query)
    {
        FactorRecord? best = null;
        foreach (var r in pool)
        {
            if (r.Subject != query.Subject || r.Parameter != query.Parameter || r.Gas != query.Gas)
            {
                continue;
            }

            if ((query.Variant is not null && r.Variant != query.Variant) || (query.Year is not null && r.Year is not null && r.Year != query.Year))
            {
                continue;
            }

            if (query.On is { } on && !r.AppliesOn(on))
            {
                continue;
            }

            if (r.Region is not null && r.Region != query.Region)
            {
                continue;
            }

            if (best is null || Better(r, best, query))
            {
                best = r;
            }
        }

        return best;
    }

    private static bool Better(FactorRecord a, FactorRecord b, FactorQuery query)
    {
        var aRegion = a.Region is not null && a.Region == query.Region;
        var bRegion = b.Region is not null && b.Region == query.Region;
        if (aRegion != bRegion)
        {
            return aRegion;
        }

        return string.CompareOrdinal(a.Id, b.Id) < 0;
    }
}
