using Carbon.Sdk.Diagnostics;

namespace Carbon.Engine;

/// <summary>
/// Bounds the diagnostics a report lists: at most <c>max</c> of each code, in their order, then one CB1027 in place of
/// the rest saying how many were left out (<see cref="Projects.ProjectReaderLimits.MaxDiagnosticsPerCode"/>). A file
/// within the member limit could otherwise make tens of thousands of one warning (CB1303, CB1005) and a report of tens
/// of megabytes. Errors stay errors: the CB1027 takes the severity of those it counts.
/// </summary>
internal static class DiagnosticCap
{
    public static List<Diagnostic> Apply(IReadOnlyList<Diagnostic> diagnostics, int max)
    {
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in diagnostics)
        {
            total[d.Code] = total.GetValueOrDefault(d.Code) + 1;
        }

        if (total.Values.All(n => n <= max))
        {
            return [.. diagnostics];
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<Diagnostic>();
        foreach (var d in diagnostics)
        {
            var n = seen[d.Code] = seen.GetValueOrDefault(d.Code) + 1;
            if (n <= max)
            {
                result.Add(d);
            }
            else if (n == max + 1)
            {
                var severity = diagnostics.Where(x => x.Code == d.Code).Skip(max).Max(x => x.Severity);
                result.Add(EngineDiagnostics.Suppressed(d.Path, d.Code, severity, total[d.Code] - max, max));
            }
        }

        return result;
    }
}
