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

    // Most rules read a handful of facts: start small and grow (once per context) to the widest rule seen, rather than
    // allocating all 64 slots of 40 bytes for every project.
    private Value[] _reads = new Value[8];

    /// <summary>The value read into each fact slot by the last evaluation (at least as long as the highest slot read).</summary>
    public Value[] Reads => _reads;

    /// <summary>Which slots the last evaluation read.</summary>
    public ulong ReadMask { get; set; }

    /// <summary>Records a read and turns an unknown value into one that names this slot.</summary>
    public Value Record(int slot, Value value)
    {
        if (slot >= _reads.Length)
        {
            Array.Resize(ref _reads, Math.Min(ExpressionLimits.MaxFactSlots, Math.Max(slot + 1, _reads.Length * 2)));
        }

        _reads[slot] = value;
        ReadMask |= 1UL << slot;
        return value.IsUnknown ? Value.Unknown(1UL << slot) : value;
    }
}
