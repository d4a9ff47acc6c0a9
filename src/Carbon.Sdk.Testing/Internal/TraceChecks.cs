using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;
using Carbon.Sdk.Units;

namespace Carbon.Sdk.Testing.Internal;

/// <summary>
/// Checks that every number of a result is traced: a formula, named inputs with units, a JSON Pointer for each project
/// input, a factor reference for each default, and every factor reference matching a record of the plugin's data.
/// </summary>
internal static class TraceChecks
{
    /// <summary>The relative tolerance for matching a default input with its record (unit conversions are exact ratios).</summary>
    private const double MatchTolerance = 1e-9;

    public static IEnumerable<string> Check(ISectorPlugin plugin, GoldenCase golden, ActivityInput input, ActivityResult result)
    {
        var records = plugin.DataSets.SelectMany(d => d.Records).GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var e in result.Emissions)
        {
            foreach (var p in Trace($"Golden case '{golden.Name}', {e.Gas} line '{e.Label?.En ?? e.Source}'", e.Trace, records, input))
            {
                yield return p;
            }

            if (e.Label is { IsComplete: false })
            {
                yield return $"Golden case '{golden.Name}': the {e.Gas} line labelled '{e.Label.Zh}' / '{e.Label.En}' needs its label in both Chinese and English.";
            }

            if (!double.IsFinite(e.Tonnes) || string.IsNullOrWhiteSpace(e.Source))
            {
                yield return $"Golden case '{golden.Name}': an emission line has no source category or a non-finite value.";
            }
        }

        foreach (var i in result.Indicators)
        {
            foreach (var p in Trace($"Golden case '{golden.Name}', indicator '{i.Id}'", i.Trace, records, input))
            {
                yield return p;
            }

            if (i.Name is null || !i.Name.IsComplete || !double.IsFinite(i.Value) || !QuantityParser.TryParseUnit(i.Unit, out _, out _))
            {
                yield return $"Golden case '{golden.Name}', indicator '{i.Id}': needs a zh/en name, a finite value and a unit Carbon reads.";
            }
        }

        foreach (var d in result.Diagnostics)
        {
            if (d.Message is null || !d.Message.IsComplete || string.IsNullOrWhiteSpace(d.Code))
            {
                yield return $"Golden case '{golden.Name}': diagnostic '{d.Code}' needs a code and a message in zh and en.";
            }
        }
    }

    private static IEnumerable<string> Trace(string what, Trace? trace, Dictionary<string, FactorRecord> records, ActivityInput input)
    {
        if (trace is null || string.IsNullOrWhiteSpace(trace.Formula))
        {
            yield return $"{what}: no trace formula.";
            yield break;
        }

        if (trace.Inputs.IsDefaultOrEmpty)
        {
            yield return $"{what}: the trace lists no inputs.";
        }

        if (trace.Note is { IsComplete: false })
        {
            yield return $"{what}: the trace note needs a Chinese and an English text (each complete on its own).";
        }

        var factors = trace.Factors.IsDefault ? [] : trace.Factors;
        foreach (var f in factors)
        {
            if (!records.TryGetValue(f.Id, out var record))
            {
                yield return $"{what}: factor '{f.Id}' is not a record of the plugin's data sets.";
            }
            else if (record.ToReference() != f)
            {
                yield return $"{what}: factor reference {f} does not match its record {record.ToReference()}.";
            }
        }

        foreach (var i in trace.Inputs.IsDefault ? [] : trace.Inputs)
        {
            var label = $"{what}, input '{i.Name}'";
            if (string.IsNullOrWhiteSpace(i.Name) || string.IsNullOrWhiteSpace(i.Unit) || !double.IsFinite(i.Value))
            {
                yield return $"{label}: needs a name, a unit and a finite value.";
            }

            if (i.Origin == InputOrigin.Project && (i.Path is null || !i.Path.StartsWith(input.Path + "/", StringComparison.Ordinal)))
            {
                yield return $"{label}: a project input needs the JSON Pointer it was read from (under {input.Path}/).";
            }

            if (i.Origin == InputOrigin.Default && !factors.Any(f => Matches(i, f)))
            {
                yield return $"{label}: a default of {GoldenCaseRun.N(i.Value)} {i.Unit} has no matching factor reference in the trace ({string.Join(", ", factors.Select(f => f.Id + " = " + GoldenCaseRun.N(f.Value) + " " + f.Unit))}).";
            }
        }
    }

    /// <summary>A default matches a factor when the values agree as published or in canonical units.</summary>
    private static bool Matches(TraceInput input, FactorReference factor)
    {
        var inputs = new List<double> { input.Value };
        if (QuantityParser.TryParseUnit(input.Unit, out var iu, out _))
        {
            inputs.Add(iu.ToCanonical(input.Value));
        }

        var published = new List<double> { factor.Value };
        if (QuantityParser.TryParseUnit(factor.Unit, out var fu, out _))
        {
            published.Add(fu.ToCanonical(factor.Value));
        }

        return inputs.Any(a => published.Any(b => GoldenCaseRun.Close(a, b, MatchTolerance)));
    }
}
