namespace Carbon.Zoning.Rules;

/// <summary>
/// The mutable scratch space of one evaluation: the subject, the current rule's parameter values and the fact
/// values read (for evidence). One per assessment, used by one thread; reused across rules so evaluation allocates
/// nothing.
/// </summary>
internal sealed class EvalContext
{
    public EvalContext(IRuleSubject subject) => Subject = subject;

    public IRuleSubject Subject { get; }

    /// <summary>The parameter values of the rule being evaluated (resolved for the current unit or region).</summary>
    public Value[] Parameters { get; set; } = [];

    /// <summary>The value read into each fact slot by the last evaluation.</summary>
    public Value[] Reads { get; } = new Value[ExpressionLimits.MaxFactSlots];

    /// <summary>Which slots the last evaluation read.</summary>
    public ulong ReadMask { get; set; }

    /// <summary>Records a read and turns an unknown value into one that names this slot.</summary>
    public Value Record(int slot, Value value)
    {
        Reads[slot] = value;
        ReadMask |= 1UL << slot;
        return value.IsUnknown ? Value.Unknown(1UL << slot) : value;
    }
}
