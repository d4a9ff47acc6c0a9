using System.Collections.Immutable;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Concrete.Tests.Support;

/// <summary>
/// A test-only resolver over data sets, following the documented rule of <see cref="IFactorResolver"/>: subject,
/// parameter and gas match; the variant matches exactly (none matches none); a requested year matches; valid on the date; then a regional record beats a
/// national one, a record with a year beats one without, a project override beats plugin data; ties go to the
/// lowest id (ordinal).
/// </summary>
internal sealed class TestFactorResolver : IFactorResolver
{
    private readonly ImmutableArray<(FactorRecord Record, int Rank)> _records;

    public TestFactorResolver(IEnumerable<DataSet> dataSets, IEnumerable<FactorRecord>? overrides = null)
    {
        _records =
        [
            .. dataSets.SelectMany(s => s.Records).Select(r => (r, 1)),
            .. (overrides ?? []).Select(r => (r, 2)),
        ];
    }

    public bool TryResolve(in FactorQuery query, out FactorRecord record)
    {
        var q = query;
        var best = _records
            .Where(x => x.Record.Subject == q.Subject && x.Record.Parameter == q.Parameter && x.Record.Gas == q.Gas)
            .Where(x => x.Record.Variant == q.Variant)
            .Where(x => q.Year is null || x.Record.Year is null || x.Record.Year == q.Year)
            .Where(x => q.On is null || x.Record.AppliesOn(q.On.Value))
            .Where(x => x.Record.Region is null || x.Record.Region == q.Region)
            .OrderByDescending(x => x.Record.Region is not null)
            .ThenByDescending(x => x.Record.Year is not null)
            .ThenByDescending(x => x.Rank)
            .ThenBy(x => x.Record.Id, StringComparer.Ordinal)
            .Select(x => x.Record)
            .FirstOrDefault();
        record = best!;
        return best is not null;
    }
}
