using System.Collections.Frozen;
using System.Collections.Immutable;
using Carbon.Sdk.Factors;

namespace Carbon.Data;

/// <summary>
/// The factor records of every loaded data set, indexed by (subject, parameter), resolved by the documented rule
/// of <see cref="IFactorResolver"/>. Immutable after construction, so safe for concurrent use; a lookup does not
/// allocate.
/// </summary>
public sealed class FactorCatalog : IFactorResolver, IFactorCatalogView
{
    private readonly FrozenDictionary<Key, Entry[]> _index;
    private readonly FrozenDictionary<QueryKey, Bucket> _buckets;
    private readonly FrozenDictionary<string, FactorRecord> _byId;

    /// <summary>Builds the catalogue. Later data sets in the list rank higher when records tie (core data first, then plugins).</summary>
    /// <param name="dataSets">The data sets with their priority (higher wins).</param>
    public FactorCatalog(IEnumerable<(DataSet DataSet, int Priority)> dataSets)
    {
        ArgumentNullException.ThrowIfNull(dataSets);
        var groups = new Dictionary<Key, List<Entry>>();
        var sets = ImmutableArray.CreateBuilder<DataSet>();
        var byId = new Dictionary<string, FactorRecord>(StringComparer.Ordinal);
        foreach (var (set, priority) in dataSets)
        {
            sets.Add(set);
            foreach (var record in set.Records)
            {
                // The first data set that has an id keeps it, as a scan of Records in order would find it.
                byId.TryAdd(record.Id, record);
                var key = new Key(record.Subject, record.Parameter);
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                }

                list.Add(new Entry(record, priority));
            }
        }

        _index = groups.ToFrozenDictionary(g => g.Key, g => g.Value.ToArray());
        _buckets = Buckets(groups);
        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        DataSets = sets.ToImmutable();
        Benchmarks = [.. DataSets.SelectMany(d => d.Benchmarks)];
    }

    /// <summary>The data sets, in load order.</summary>
    public ImmutableArray<DataSet> DataSets { get; }

    /// <inheritdoc />
    public bool TryResolve(in FactorQuery query, out FactorRecord record)
    {
        // The records that could match at all (same subject, parameter, gas and variant), found by one lookup; those of
        // the query's region are scanned first: any of them outranks every record without a region, so when one
        // applies the records without a region need not be looked at.
        record = null!;
        if (!_buckets.TryGetValue(new QueryKey(query.Subject, query.Parameter, query.Gas, query.Variant), out var bucket))
        {
            return false;
        }

        if (query.Region is not null && bucket.ByRegion is { } byRegion && byRegion.TryGetValue(query.Region, out var regional)
            && Best(regional, in query, regionExact: true) is { } inRegion)
        {
            record = inRegion;
            return true;
        }

        if (Best(bucket.Everywhere, in query, regionExact: false) is { } everywhere)
        {
            record = everywhere;
            return true;
        }

        return false;
    }

    /// <summary>
    /// The most specific applicable record among entries that all match the query's subject, parameter, gas, variant
    /// and (when <paramref name="regionExact"/>) region, or all have no region: the year next, then data-set priority;
    /// ties go to the lowest id.
    /// </summary>
    private static FactorRecord? Best(Entry[] entries, in FactorQuery query, bool regionExact)
    {
        Entry? best = null;
        var bestScore = -1;
        foreach (var entry in entries)
        {
            var r = entry.Record;
            if (query.On is { } on && !r.AppliesOn(on))
            {
                continue;
            }

            var yearExact = r.Year is not null && r.Year == query.Year;
            if (r.Year is not null && query.Year is not null && !yearExact)
            {
                continue;
            }

            var score = ((regionExact ? 1 : 0) << 20) | ((yearExact ? 1 : 0) << 19) | Math.Clamp(entry.Priority, 0, (1 << 19) - 1);
            if (score > bestScore || (score == bestScore && string.CompareOrdinal(r.Id, best!.Value.Record.Id) < 0))
            {
                best = entry;
                bestScore = score;
            }
        }

        return best?.Record;
    }

    /// <summary>The records of each (subject, parameter) split by gas and variant, and then by region.</summary>
    private static FrozenDictionary<QueryKey, Bucket> Buckets(Dictionary<Key, List<Entry>> groups)
    {
        var buckets = new Dictionary<QueryKey, (List<Entry> Everywhere, Dictionary<string, List<Entry>> ByRegion)>();
        foreach (var (key, entries) in groups)
        {
            foreach (var entry in entries)
            {
                var r = entry.Record;
                var queryKey = new QueryKey(key.Subject, key.Parameter, r.Gas, r.Variant);
                if (!buckets.TryGetValue(queryKey, out var bucket))
                {
                    buckets[queryKey] = bucket = ([], new Dictionary<string, List<Entry>>(StringComparer.Ordinal));
                }

                if (r.Region is null)
                {
                    bucket.Everywhere.Add(entry);
                }
                else
                {
                    if (!bucket.ByRegion.TryGetValue(r.Region, out var list))
                    {
                        bucket.ByRegion[r.Region] = list = [];
                    }

                    list.Add(entry);
                }
            }
        }

        return buckets.ToFrozenDictionary(
            b => b.Key,
            b => new Bucket(
                [.. b.Value.Everywhere],
                b.Value.ByRegion.Count == 0 ? null : b.Value.ByRegion.ToFrozenDictionary(r => r.Key, r => r.Value.ToArray(), StringComparer.Ordinal)));
    }

    /// <summary>All records of a subject and parameter, for listing and for choosing the latest year.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="parameter">The parameter.</param>
    /// <returns>The records, in load order.</returns>
    public IEnumerable<FactorRecord> All(string subject, string parameter) =>
        _index.TryGetValue(new Key(subject, parameter), out var entries) ? entries.Select(e => e.Record) : [];

    /// <summary>Every record of every data set.</summary>
    public IEnumerable<FactorRecord> Records => DataSets.SelectMany(d => d.Records);

    /// <summary>Every benchmark table of every data set, in data-set order (collected once, not per assessment).</summary>
    internal ImmutableArray<Sdk.Benchmarks.BenchmarkTable> Benchmarks { get; }

    /// <summary>The record with an id (the first data set that has it), without scanning every record.</summary>
    internal bool TryGetById(string id, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out FactorRecord record) => _byId.TryGetValue(id, out record);

    private readonly record struct Key(string Subject, string Parameter);

    /// <summary>What a query must match exactly (variant compared ordinally, as string equality is).</summary>
    private readonly record struct QueryKey(string Subject, string Parameter, Gas? Gas, string? Variant);

    /// <summary>Records without a region, and records by region.</summary>
    private sealed record Bucket(Entry[] Everywhere, FrozenDictionary<string, Entry[]>? ByRegion);

    private readonly record struct Entry(FactorRecord Record, int Priority);
}
