using System.Collections.Immutable;
using Carbon.Sdk.Factors;

namespace Carbon.Sdk.Activities;

/// <summary>
/// How a number was computed: the formula, its inputs and every factor record used. A reviewer can redo the
/// arithmetic from the trace alone.
/// </summary>
/// <param name="Formula">The formula with the symbols of <paramref name="Inputs"/>, e.g. <c>FC × NCV × CC × OF × 44/12</c>.</param>
/// <param name="Inputs">The inputs.</param>
/// <param name="Factors">The factor records used.</param>
/// <param name="Note">
/// A note in both languages, e.g. which method or default was used, or null. Each language is a complete text of its
/// own (never "中文 / English" in one string): a Chinese report shows <see cref="LocalizedText.Zh"/> only, an English
/// report <see cref="LocalizedText.En"/> only. The formula stays language-neutral (symbols, ids, units); words that
/// explain it belong here.
/// </param>
public sealed record Trace(string Formula, ImmutableArray<TraceInput> Inputs, ImmutableArray<FactorReference> Factors, LocalizedText? Note = null)
{
    /// <summary>Whether any factor used is unconfirmed.</summary>
    public bool UsesUnconfirmed
    {
        get
        {
            foreach (var factor in Factors)
            {
                if (factor.Status == DataStatus.Unconfirmed)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
