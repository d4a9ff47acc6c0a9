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
        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        DataSets = sets.ToImmutable();
        Benchmarks = [.. DataSets.SelectMany(d => d.Benchmarks)];
    }

    /// <summary>The data sets, in load order.</summary>
    public ImmutableArray<DataSet> DataSets { get; }

    /// <inheritdoc />
    public bool TryResolve(in FactorQuery query, out FactorRecord record)
    {
        record = null!;
        if (!_index.TryGetValue(new Key(query.Subject, query.Parameter), out var entries))
        {
            return false;
        }

        Entry? best = null;
        var bestScore = -1;
        foreach (var entry in entries)
        {
            var r = entry.Record;
            if (r.Gas != query.Gas || !string.Equals(r.Variant, query.Variant, StringComparison.Ordinal))
            {
                continue;
            }

            if (query.On is { } on && !r.AppliesOn(on))
            {
                continue;
            }

            var regionExact = r.Region is not null && string.Equals(r.Region, query.Region, StringComparison.Ordinal);
            if (r.Region is not null && !regionExact)
            {
                continue;
            }

            var yearExact = r.Year is not null && r.Year == query.Year;
            if (r.Year is not null && query.Year is not null && !yearExact)
            {
                continue;
            }

            // Specificity first (region, then year), then data-set priority; ties go to the lowest id below.
            var score = ((regionExact ? 1 : 0) << 20) | ((yearExact ? 1 : 0) << 19) | Math.Clamp(entry.Priority, 0, (1 << 19) - 1);
            if (score > bestScore || (score == bestScore && string.CompareOrdinal(r.Id, best!.Value.Record.Id) < 0))
            {
                best = entry;
                bestScore = score;
            }
        }

        if (best is null)
        {
            return false;
        }

        record = best.Value.Record;
        return true;
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

    private readonly record struct Entry(FactorRecord Record, int Priority);
}
