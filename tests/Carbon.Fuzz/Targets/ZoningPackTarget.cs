using Carbon.Sdk.Diagnostics;
using Carbon.Zoning;

namespace Carbon.Fuzz.Targets;

/// <summary>
/// <see cref="ZoningPackLoader.Load(ReadOnlySpan{byte}, ZoningPackLimits?)"/> on a self-contained pack (JSON with units,
/// zones, regions, rules and their expressions). Oracles: nothing throws; a pack with errors is not returned and one
/// without is; every diagnostic is a CB6xxx with a pointer and both messages; a pack that loads can locate a point and
/// check the sample projects (the project harness's oracles apply to those reports).
/// </summary>
internal sealed class ZoningPackTarget : IFuzzTarget
{
    private static readonly byte[] PigFarm = Templates.Read("pig-farm.json");
    private static readonly byte[] Cement = Templates.Read("cement.json");

    public string Check(byte[] input)
    {
        var result = ZoningPackLoader.Load(input);
        return Judge(result);
    }

    internal static string Judge(ZoningPackLoadResult result)
    {
        foreach (var d in result.Diagnostics)
        {
            if (!d.Code.StartsWith("CB6", StringComparison.Ordinal) || d.Code.Length != 6 || (d.Path.Length > 0 && d.Path[0] != '/')
                || string.IsNullOrWhiteSpace(d.Message.Zh) || string.IsNullOrWhiteSpace(d.Message.En))
            {
                throw new FuzzFinding($"Malformed zoning diagnostic {d}.");
            }
        }

        var hasErrors = result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        if (hasErrors != (result.Pack is null))
        {
            throw new FuzzFinding($"HasErrors={hasErrors} but pack {(result.Pack is null ? "null" : "returned")}.");
        }

        if (result.Pack is not { } pack)
        {
            return "refused: " + string.Join(',', result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Code).Distinct());
        }

        _ = pack.Locate(112.90, 28.20);
        var options = new AssessmentOptions { ZoningPack = pack };
        return "loaded; pig farm " + ProjectTarget.Check(PigFarm, options) + "; cement " + ProjectTarget.Check(Cement, options);
    }
}
