namespace Carbon.Sdk.Activities;

/// <summary>Where a trace input came from.</summary>
public enum InputOrigin
{
    /// <summary>Given in the project file.</summary>
    Project = 0,

    /// <summary>A default from a data set (the factor is listed in the trace).</summary>
    Default = 1,

    /// <summary>Computed from other inputs in this trace.</summary>
    Derived = 2,

    /// <summary>A physical or stoichiometric constant of the formula (e.g. 44/12).</summary>
    Constant = 3,
}

/// <summary>One input of a calculation as a reviewer reads it in the trace.</summary>
/// <param name="Name">The symbol or name, e.g. <c>FC</c> or <c>clinker</c>.</param>
/// <param name="Value">The value in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Origin">Where it came from.</param>
/// <param name="Path">The JSON Pointer in the project file when it came from there.</param>
public sealed record TraceInput(string Name, double Value, string Unit, InputOrigin Origin, string? Path = null);
