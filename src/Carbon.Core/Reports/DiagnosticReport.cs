using Carbon.Sdk.Diagnostics;

namespace Carbon.Reports;

/// <summary>A diagnostic in a report.</summary>
/// <param name="Code">The stable code.</param>
/// <param name="Severity"><c>error</c>, <c>warning</c> or <c>info</c>.</param>
/// <param name="Path">The JSON Pointer.</param>
/// <param name="Message">The message in both languages.</param>
public sealed record DiagnosticReport(string Code, string Severity, string Path, MessageReport Message)
{
    internal static DiagnosticReport From(Diagnostic d) => new(
        d.Code,
        d.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "info" },
        d.Path,
        new MessageReport(d.Message.Zh, d.Message.En));
}

/// <summary>A text in both languages.</summary>
/// <param name="Zh">Chinese.</param>
/// <param name="En">English.</param>
public sealed record MessageReport(string Zh, string En);
