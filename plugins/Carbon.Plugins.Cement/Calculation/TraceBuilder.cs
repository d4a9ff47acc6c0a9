using System.Collections.Immutable;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Cement.Calculation;

/// <summary>Collects the inputs and factor records of one trace so that a reviewer can redo the arithmetic.</summary>
internal sealed class TraceBuilder
{
    private readonly ImmutableArray<TraceInput>.Builder _inputs = ImmutableArray.CreateBuilder<TraceInput>();
    private readonly ImmutableArray<FactorReference>.Builder _factors = ImmutableArray.CreateBuilder<FactorReference>();
    private readonly List<LocalizedText> _notes = [];

    /// <summary>Adds an input given in the project file.</summary>
    /// <param name="name">The symbol.</param>
    /// <param name="value">The value in <paramref name="unit"/>.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="path">The JSON Pointer.</param>
    /// <returns>This builder.</returns>
    public TraceBuilder Project(string name, double value, string unit, string path)
    {
        _inputs.Add(new TraceInput(name, value, unit, InputOrigin.Project, path));
        return this;
    }

    /// <summary>Adds a reading from the project file.</summary>
    /// <param name="name">The symbol.</param>
    /// <param name="reading">The reading.</param>
    /// <param name="unit">The unit of the canonical value.</param>
    /// <returns>This builder.</returns>
    public TraceBuilder Project(string name, Reading reading, string unit) => Project(name, reading.Value, unit, reading.Path);

    /// <summary>Adds a value taken from a data record (and the record itself).</summary>
    /// <param name="name">The symbol.</param>
    /// <param name="record">The record.</param>
    /// <returns>This builder.</returns>
    public TraceBuilder Record(string name, FactorRecord record)
    {
        var origin = record.Status == DataStatus.ProjectSupplied ? InputOrigin.Project : InputOrigin.Default;
        _inputs.Add(new TraceInput(name, record.Value, record.Unit, origin));
        Factor(record);
        return this;
    }

    /// <summary>Adds a value computed from the other inputs.</summary>
    /// <param name="name">The symbol.</param>
    /// <param name="value">The value.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>This builder.</returns>
    public TraceBuilder Derived(string name, double value, string unit)
    {
        _inputs.Add(new TraceInput(name, value, unit, InputOrigin.Derived));
        return this;
    }

    /// <summary>Adds an exact constant of the formula.</summary>
    /// <param name="name">The symbol, e.g. <c>44/12</c>.</param>
    /// <param name="value">The value.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>This builder.</returns>
    public TraceBuilder Constant(string name, double value, string unit)
    {
        _inputs.Add(new TraceInput(name, value, unit, InputOrigin.Constant));
        return this;
    }

    /// <summary>Adds a factor record without an input line (e.g. when the record is already shown as an input).</summary>
    /// <param name="record">The record.</param>
    /// <returns>This builder.</returns>
    public TraceBuilder Factor(FactorRecord record)
    {
        var reference = record.ToReference();
        if (!_factors.Contains(reference))
        {
            _factors.Add(reference);
        }

        return this;
    }

    /// <summary>Adds a sentence to the note, in both languages.</summary>
    /// <param name="note">The sentence.</param>
    /// <returns>This builder.</returns>
    public TraceBuilder Note(LocalizedText note)
    {
        _notes.Add(note);
        return this;
    }

    /// <summary>Adds a sentence to the note, in both languages.</summary>
    /// <param name="zh">The Chinese sentence.</param>
    /// <param name="en">The English sentence.</param>
    /// <returns>This builder.</returns>
    public TraceBuilder Note(string zh, string en) => Note(new LocalizedText(zh, en));

    /// <summary>Builds the trace.</summary>
    /// <param name="formula">The formula in the symbols of the inputs.</param>
    /// <returns>The trace.</returns>
    public Trace Build(string formula) => new(formula, _inputs.ToImmutable(), _factors.ToImmutable(), _notes.Count switch
    {
        0 => null,
        // One note is the note itself (a record: equal to the joined copy it replaces, without building one).
        1 => _notes[0],
        _ => new LocalizedText(string.Concat(_notes.Select(n => n.Zh)), string.Join(" ", _notes.Select(n => n.En))),
    });
}
