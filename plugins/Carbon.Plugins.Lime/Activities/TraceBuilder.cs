using System.Collections.Immutable;
using System.Globalization;
using Carbon.Plugins.Lime.Factors;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Lime.Activities;

/// <summary>Collects the inputs and factor records of one calculation so that its <see cref="Trace"/> lists them all.</summary>
internal sealed class TraceBuilder
{
    private readonly ImmutableArray<TraceInput>.Builder _inputs = ImmutableArray.CreateBuilder<TraceInput>();
    private readonly ImmutableArray<FactorReference>.Builder _factors = ImmutableArray.CreateBuilder<FactorReference>();

    /// <summary>Adds an input.</summary>
    public TraceBuilder Input(string name, double value, string unit, InputOrigin origin, string? path = null)
    {
        _inputs.Add(new TraceInput(name, value, unit, origin, path));
        return this;
    }

    /// <summary>Adds a data record as a default input and lists the record.</summary>
    public TraceBuilder Default(string name, FactorRecord record)
    {
        var unit = QuantityParser.TryParseUnit(record.Unit, out var definition, out _) && definition.Scale == 1 ? record.Unit : "1";
        _inputs.Add(new TraceInput(name, FactorLookup.ValueOf(record), unit, InputOrigin.Default));
        return Factor(record);
    }

    /// <summary>Lists a data record (once).</summary>
    public TraceBuilder Factor(FactorRecord record)
    {
        var reference = record.ToReference();
        foreach (var f in _factors)
        {
            if (f.Id == reference.Id)
            {
                return this;
            }
        }

        _factors.Add(reference);
        return this;
    }

    /// <summary>Builds the trace.</summary>
    public Trace Build(string formula, LocalizedText? note) => new(formula, _inputs.ToImmutable(), _factors.ToImmutable(), note);

    /// <summary>Builds the trace with a note of several sentences (see <see cref="Notes.Join"/>).</summary>
    public Trace Build(string formula, IReadOnlyList<LocalizedText> notes) => Build(formula, Notes.Join(notes));
}

/// <summary>Trace notes of several sentences, each language joined in its own way.</summary>
internal static class Notes
{
    /// <summary>Joins sentences: Chinese ones run on (each ends with "。"), English ones are separated by a space.</summary>
    public static LocalizedText? Join(IReadOnlyList<LocalizedText> notes) =>
        notes.Count == 0 ? null : new LocalizedText(string.Concat(notes.Select(n => n.Zh)), string.Join(" ", notes.Select(n => n.En)));

    /// <summary>Joins two sentences.</summary>
    public static LocalizedText Then(this LocalizedText first, LocalizedText second) => Join([first, second])!;

    /// <summary>The Chinese name of a data status (the English one is its id; UNCONFIRMED in capitals).</summary>
    public static LocalizedText Status(DataStatus status) => status switch
    {
        DataStatus.Confirmed => new("已确认", "confirmed"),
        DataStatus.SingleSource => new("单一来源", "single-source"),
        DataStatus.Derived => new("推算", "derived"),
        DataStatus.Unconfirmed => new("未核实（UNCONFIRMED）", "UNCONFIRMED"),
        _ => new("项目提供", status.ToName()),
    };
}

/// <summary>Culture-invariant number formatting for notes and messages.</summary>
internal static class Num
{
    /// <summary>A number with up to 10 significant digits, invariant culture (0.913 × 0.85 prints as 0.77605).</summary>
    public static string F(double value) => value.ToString("G10", CultureInfo.InvariantCulture);
}
