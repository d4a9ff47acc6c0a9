namespace Carbon.Sdk.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Information for the reader, e.g. which default was used.</summary>
    Info = 0,

    /// <summary>The result stands but the reader must know something, e.g. an unconfirmed factor was used.</summary>
    Warning = 1,

    /// <summary>The input is invalid; no result is computed from it.</summary>
    Error = 2,
}
