namespace Carbon.Cli;

/// <summary>The console's exit codes (docs/console.md).</summary>
internal static class ExitCodes
{
    /// <summary>The project is allowed / the command succeeded.</summary>
    public const int Ok = 0;

    /// <summary>The project is prohibited or failed a check.</summary>
    public const int Failed = 1;

    /// <summary>The input (file, arguments) is invalid.</summary>
    public const int InvalidInput = 2;

    /// <summary>An internal error: a defect in Carbon or a plugin.</summary>
    public const int InternalError = 3;
}
