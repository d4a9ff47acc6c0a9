using System.Text;
using Carbon.Sdk.Benchmarks;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;
using Carbon.Sdk.Units;

namespace Carbon.Sdk.Testing.Internal;

/// <summary>Checks that every shipped number is cited and status-tagged, and that the data round-trips through JSON.</summary>
internal static class DataSetChecks
{
    public static IEnumerable<string> Citations(ISectorPlugin plugin)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in plugin.DataSets)
        {
            var s = $"Data set '{set.Id}'";
            if (string.IsNullOrWhiteSpace(set.Id) || string.IsNullOrWhiteSpace(set.Version) || set.Title is null || !set.Title.IsComplete)
            {
                yield return $"{s}: id, version and a zh/en title are required.";
            }

            if (string.IsNullOrEmpty(set.ContentHash))
            {
                yield return $"{s} was built in code: ship numbers as embedded JSON read with DataSetReader.ReadEmbedded, so that they are data with a content hash.";
            }

            foreach (var r in set.Records)
            {
                var label = $"{s}, record '{r.Id}'";
                if (!ids.Add(r.Id))
                {
                    yield return $"{label}: the id is used twice in the plugin's data.";
                }

                if (!Cited(r.Source))
                {
                    yield return $"{label}: no source document.";
                }

                if (!Tagged(r.Status))
                {
                    yield return $"{label}: status must be confirmed, single-source, derived or unconfirmed.";
                }

                if (!double.IsFinite(r.Value) || !QuantityParser.TryParseUnit(r.Unit, out _, out _))
                {
                    yield return $"{label}: the value must be finite and the unit '{r.Unit}' one Carbon reads.";
                }

                if (r.DataSet != set.Id || r.DataSetVersion != set.Version)
                {
                    yield return $"{label}: not stamped with its data set's id and version.";
                }
            }

            foreach (var t in set.Benchmarks)
            {
                foreach (var problem in Table(s, t))
                {
                    yield return problem;
                }
            }
        }
    }

    public static IEnumerable<string> RoundTrip(ISectorPlugin plugin)
    {
        foreach (var set in plugin.DataSets)
        {
            var s = $"Data set '{set.Id}'";
            var json = DataSetJsonWriter.Write(set);
            if (!DataSetReader.TryRead(json, out var again, out var problems) || again is null)
            {
                yield return $"{s} does not read back from its JSON form: " + string.Join("; ", problems.Select(p => $"{p.Code} {p.Path}: {p.Message.En}"));
                continue;
            }

            if (again.Id != set.Id || again.Version != set.Version || again.Title != set.Title || again.Source != set.Source)
            {
                yield return $"{s}: id, version, title or source changed on the round trip.";
            }

            if (again.Records.Length != set.Records.Length)
            {
                yield return $"{s}: {set.Records.Length} records became {again.Records.Length}.";
                continue;
            }

            for (var i = 0; i < set.Records.Length; i++)
            {
                // `with { Value = … }` drops the lazily computed canonical quantity, which is not part of the record's data.
                var before = set.Records[i] with { Value = set.Records[i].Value };
                var after = again.Records[i] with { Value = again.Records[i].Value };
                if (before != after)
                {
                    yield return $"{s}, record '{before.Id}' changed on the round trip: {before} became {after}.";
                }
            }

            var second = DataSetJsonWriter.Write(again);
            if (!json.AsSpan().SequenceEqual(second))
            {
                yield return $"{s}: the benchmark tables or records changed on the round trip:\n{Encoding.UTF8.GetString(json)}\nbecame\n{Encoding.UTF8.GetString(second)}";
            }
        }
    }

    private static IEnumerable<string> Table(string s, BenchmarkTable t)
    {
        var label = $"{s}, benchmark table '{t.Id}'";
        if (!Cited(t.Source) || !Tagged(t.Status) || t.Title is null || !t.Title.IsComplete)
        {
            yield return $"{label}: needs a zh/en title, a source document and a status.";
        }

        foreach (var i in t.Indicators)
        {
            var il = $"{label}, indicator '{i.Id}'";
            if (i.Name is null || !i.Name.IsComplete || !QuantityParser.TryParseUnit(i.Unit, out _, out _))
            {
                yield return $"{il}: needs a zh/en name and a unit Carbon reads.";
            }

            foreach (var l in i.Levels)
            {
                if (!Tagged(l.Status) || !double.IsFinite(l.Value) || l.Name is null || !l.Name.IsComplete
                    || (l.AppliesTo is not null && (l.AppliesToStatus is not { } a || !Tagged(a))) || (l.Source is not null && !Cited(l.Source)))
                {
                    yield return $"{il}, level '{l.Level}': needs a zh/en name, a finite value, a status, and a status for whom it applies to.";
                }
            }

            foreach (var c in i.Corrections)
            {
                if (!Cited(c.Source) || !Tagged(c.Status) || c.Description is null || !c.Description.IsComplete)
                {
                    yield return $"{il}, correction '{c.Id}': needs a zh/en description, a source document and a status.";
                }
            }
        }
    }

    private static bool Cited(SourceCitation? source) => source is not null && !string.IsNullOrWhiteSpace(source.Document);

    private static bool Tagged(DataStatus status) => Enum.IsDefined(status) && status != DataStatus.ProjectSupplied;
}
