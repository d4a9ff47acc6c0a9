using System.Collections.Immutable;
using Carbon.Sdk.Diagnostics;

namespace Carbon.Zoning;

/// <summary>The outcome of loading a zoning pack: the pack (when it has no errors) and every diagnostic.</summary>
/// <param name="Pack">The pack, or null when loading found errors.</param>
/// <param name="Diagnostics">All problems and notices, in the order found.</param>
public sealed record ZoningPackLoadResult(ZoningPack? Pack, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
