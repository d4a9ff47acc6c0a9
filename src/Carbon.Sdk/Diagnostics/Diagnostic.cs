namespace Carbon.Sdk.Diagnostics;

/// <summary>
/// A problem or notice about an input, with a stable code, where it is (a JSON Pointer into the input, RFC 6901)
/// and a message in both languages that tells the reader what to do.
/// </summary>
/// <param name="Code">A stable code such as <c>CB1003</c>; codes are listed in docs/diagnostics.md and never reused.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Path">A JSON Pointer into the input (e.g. <c>/energy/2/amount</c>), or empty for the whole input.</param>
/// <param name="Message">The message in zh-CN and en.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Path, LocalizedText Message)
{
    /// <summary>Creates an error.</summary>
    /// <param name="code">The code.</param>
    /// <param name="path">The JSON Pointer.</param>
    /// <param name="zh">The Chinese message.</param>
    /// <param name="en">The English message.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Error(string code, string path, string zh, string en) => new(code, DiagnosticSeverity.Error, path, new LocalizedText(zh, en));

    /// <summary>Creates a warning.</summary>
    /// <param name="code">The code.</param>
    /// <param name="path">The JSON Pointer.</param>
    /// <param name="zh">The Chinese message.</param>
    /// <param name="en">The English message.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Warning(string code, string path, string zh, string en) => new(code, DiagnosticSeverity.Warning, path, new LocalizedText(zh, en));

    /// <summary>Creates an informational notice.</summary>
    /// <param name="code">The code.</param>
    /// <param name="path">The JSON Pointer.</param>
    /// <param name="zh">The Chinese message.</param>
    /// <param name="en">The English message.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Info(string code, string path, string zh, string en) => new(code, DiagnosticSeverity.Info, path, new LocalizedText(zh, en));
}
