namespace Carbon.Fuzz.Targets;

/// <summary>An oracle violation: the reader answered, but the answer breaks a guarantee (finite numbers, round-trip, diagnostics).</summary>
internal sealed class FuzzFinding : Exception
{
    public FuzzFinding()
    {
    }

    public FuzzFinding(string message)
        : base(message)
    {
    }

    public FuzzFinding(string message, Exception inner)
        : base(message, inner)
    {
    }
}
