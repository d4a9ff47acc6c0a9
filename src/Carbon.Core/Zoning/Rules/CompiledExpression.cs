using System.Collections.Immutable;

namespace Carbon.Zoning.Rules;

/// <summary>
/// An expression parsed, type-checked and compiled once into closures. Immutable and thread-safe; evaluation goes
/// through an <see cref="EvalContext"/> owned by the caller.
/// </summary>
internal sealed class CompiledExpression
{
    private readonly Func<EvalContext, Value> _evaluate;

    public CompiledExpression(string text, ExprType type, Func<EvalContext, Value> evaluate, ImmutableArray<string> slotNames, ImmutableArray<ExprType> slotTypes)
    {
        Text = text;
        Type = type;
        _evaluate = evaluate;
        SlotNames = slotNames;
        SlotTypes = slotTypes;
    }

    /// <summary>The expression as written.</summary>
    public string Text { get; }

    /// <summary>The result type.</summary>
    public ExprType Type { get; }

    /// <summary>The display name of each fact slot, e.g. <c>facts.cement.clinker-capacity</c> or <c>site.within('no-farming')</c>.</summary>
    public ImmutableArray<string> SlotNames { get; }

    /// <summary>The type of each fact slot.</summary>
    public ImmutableArray<ExprType> SlotTypes { get; }

    /// <summary>Evaluates the expression; <see cref="EvalContext.Reads"/> then holds the facts it read.</summary>
    public Value Evaluate(EvalContext context)
    {
        context.ReadMask = 0;
        return _evaluate(context);
    }

    /// <summary>The names of the slots set in a missing-fact mask, in slot order.</summary>
    public IEnumerable<string> Names(ulong mask)
    {
        for (var i = 0; i < SlotNames.Length; i++)
        {
            if ((mask & (1UL << i)) != 0)
            {
                yield return SlotNames[i];
            }
        }
    }
}
