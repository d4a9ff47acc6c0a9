using System.Collections.Immutable;
using Carbon.Sdk.Diagnostics;

namespace Carbon.Projects;

/// <summary>The outcome of reading a project file: the project (when it has no errors) and every diagnostic.</summary>
/// <param name="Project">The project, or null when the file has errors.</param>
/// <param name="Diagnostics">All problems and notices, in document order.</param>
public sealed record ProjectReadResult(Project? Project, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
