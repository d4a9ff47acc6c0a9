using Carbon.Sdk.Factors;

namespace Carbon.Fuzz.Targets;

/// <summary>
/// <see cref="DataSetReader.TryRead"/> (user override files and third-party plugin data). Oracles: nothing throws;
/// every diagnostic is a CB9xxx error or warning; a set that reads has an id, a version, a content hash, and every
/// record and benchmark level a finite value, a source document and a defined status.
/// </summary>
internal sealed class DataSetTarget : IFuzzTarget
{
    public string Check(byte[] input)
    {
        var ok = DataSetReader.TryRead(input, out var set, out var diagnostics);
        foreach (var d in diagnostics)
        {
            if (!d.Code.StartsWith("CB9", StringComparison.Ordinal) || d.Code.Length != 6 || string.IsNullOrWhiteSpace(d.Message.Zh) || string.IsNullOrWhiteSpace(d.Message.En))
            {
                throw new FuzzFinding($"Malformed diagnostic {d}.");
            }
        }

        if (ok != (set is not null))
        {
            throw new FuzzFinding($"TryRead returned {ok} with data set {(set is null ? "null" : set.Id)}.");
        }

        if (set is null)
        {
            return "refused: " + string.Join(',', diagnostics.Select(d => d.Code).Distinct());
        }

        if (string.IsNullOrWhiteSpace(set.Id) || string.IsNullOrWhiteSpace(set.Version) || set.ContentHash.Length != 64)
        {
            throw new FuzzFinding("A data set read without id, version or hash.");
        }

        foreach (var r in set.Records)
        {
            if (!double.IsFinite(r.Value) || r.Source is null || string.IsNullOrWhiteSpace(r.Source.Document) || !Enum.IsDefined(r.Status) || r.DataSet != set.Id)
            {
                throw new FuzzFinding($"Record {r.Id} read without a finite value, a source or a status.");
            }
        }

        foreach (var level in set.Benchmarks.SelectMany(t => t.Indicators).SelectMany(i => i.Levels))
        {
            if (!double.IsFinite(level.Value) || !Enum.IsDefined(level.Status))
            {
                throw new FuzzFinding($"Benchmark level {level.Level} read without a finite value or a status.");
            }
        }

        return $"read {set.Id} {set.Version}: {set.Records.Length} records";
    }
}
