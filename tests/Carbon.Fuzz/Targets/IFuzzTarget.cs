namespace Carbon.Fuzz.Targets;

/// <summary>
/// One harness: feeds the bytes to a Carbon input reader and checks the oracles. Any exception that escapes
/// <see cref="Check"/> is a finding (AFL records the input under crashes/): either the reader threw on bad input,
/// or an oracle (<see cref="FuzzFinding"/>) caught a wrong answer.
/// </summary>
internal interface IFuzzTarget
{
    /// <summary>Runs one input.</summary>
    /// <param name="input">The bytes AFL produced.</param>
    /// <returns>A one-line summary of what the input did (for replay).</returns>
    string Check(byte[] input);
}
