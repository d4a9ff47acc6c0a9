using System.Collections.Immutable;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Livestock.Calculation;

/// <summary>Collects the inputs, factor records and notes of one traced number (per call; not shared).</summary>
internal sealed class TraceBuilder
{
    private readonly ImmutableArray<TraceInput>.Builder _inputs = ImmutableArray.CreateBuilder<TraceInput>();
    private readonly ImmutableArray<FactorReference>.Builder _factors = ImmutableArray.CreateBuilder<FactorReference>();
    private readonly HashSet<string> _factorIds = new(StringComparer.Ordinal);
    private readonly HashSet<TraceInput> _seenInputs = [];
    private readonly List<LocalizedText> _notes = [];

    /// <summary>Adds terms (their inputs and records); an input already listed is not repeated.</summary>
    /// <param name="terms">The terms.</param>
    /// <returns>This builder.</returns>
    public TraceBuilder Add(params IEnumerable<Term> terms)
    {
        foreach (var term in terms)
        {
            var input = term.ToInput();
            if (_seenInputs.Add(input))
            {
                _inputs.Add(input);
            }

            if (term.Record is not null && _factorIds.Add(term.Record.Id))
            {
                _factors.Add(term.Record.ToReference());
            }
        }

        return this;
    }

    /// <summary>Adds a note in both languages (say which method, table row or default was used); a repeat is ignored.</summary>
    /// <param name="note">The note, or null.</param>
    /// <returns>This builder.</returns>
    public TraceBuilder Note(LocalizedText? note)
    {
        if (note is not null && note.IsComplete && !_notes.Contains(note))
        {
            _notes.Add(note);
        }

        return this;
    }

    /// <summary>Adds a note in both languages.</summary>
    /// <param name="zh">The Chinese sentence.</param>
    /// <param name="en">The English sentence.</param>
    /// <returns>This builder.</returns>
    public TraceBuilder Note(string zh, string en) => Note(new LocalizedText(zh, en));

    /// <summary>Builds the trace.</summary>
    /// <param name="formula">The formula with the symbols of the inputs.</param>
    /// <returns>The trace.</returns>
    public Trace Build(string formula) =>
        new(formula, _inputs.ToImmutable(), _factors.ToImmutable(), _notes.Count == 0 ? null : new LocalizedText(string.Concat(_notes.Select(n => n.Zh)), string.Join(" ", _notes.Select(n => n.En))));
}
