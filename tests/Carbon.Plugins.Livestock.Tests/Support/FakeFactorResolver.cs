using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Livestock.Tests.Support;

/// <summary>
/// A test-only resolver over data sets, following the rule documented on <see cref="IFactorResolver"/>: subject,
/// parameter and gas match; a requested variant and year match; valid on the date; then a regional record beats a
/// national one, a record with a year beats one without, a project override beats plugin data; ties → lowest id.
/// </summary>
internal sealed class FakeFactorResolver : IFactorResolver
{
    private readonly IReadOnlyList<FactorRecord> _data;
    private readonly IReadOnlyList<FactorRecord> _overrides;

    public FakeFactorResolver(IEnumerable<DataSet> sets, IEnumerable<FactorRecord>? overrides = null)
    {
        _data = [.. sets.SelectMany(s => s.Records)];
        _overrides = [.. overrides ?? []];
    }

    public List<FactorQuery> Queries { get; } = [];

    public bool TryResolve(in FactorQuery query, out FactorRecord record)
    {
        lock (Queries)
        {
            Queries.Add(query);
        }

        var q = query;
        var best = _overrides.Select(r => (r, Override: 1)).Concat(_data.Select(r => (r, Override: 0)))
            .Where(x => Matches(x.r, q))
            .OrderByDescending(x => x.r.Region is not null)
            .ThenByDescending(x => x.r.Year is not null)
            .ThenByDescending(x => x.Override)
            .ThenBy(x => x.r.Id, StringComparer.Ordinal)
            .Select(x => x.r)
            .FirstOrDefault();
        record = best!;
        return best is not null;
    }

    private static bool Matches(FactorRecord r, FactorQuery q) =>
        r.Subject == q.Subject
        && r.Parameter == q.Parameter
        && r.Gas == q.Gas
        && (q.Variant is null || r.Variant == q.Variant)
        && (q.Year is null || r.Year is null || r.Year == q.Year)
        && (r.Region is null || r.Region == q.Region)
        && (q.On is null || r.AppliesOn(q.On.Value));
}
