using Carbon.Sdk.Diagnostics;
using Carbon.Zoning.Loading;

namespace Carbon.Zoning;

/// <summary>
/// Loads zoning packs (docs/zoning-pack.md): from a folder (its <c>pack.json</c> plus the layer files it names), from
/// a single JSON file (layer files beside it may be named), or from bytes (self-contained). Paths are confined to the
/// pack folder. Bad input never throws: every problem is a diagnostic, and a pack with errors is not returned.
/// Thread-safe and stateless.
/// </summary>
public static class ZoningPackLoader
{
    /// <summary>The manifest file name inside a pack folder.</summary>
    public const string ManifestName = "pack.json";

    private static readonly Lazy<ZoningPack> SampleInstance = new(LoadSample, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The embedded sample district (示例区): FICTIONAL data for demonstrations and tests, never for a real approval.
    /// Loaded once; immutable.
    /// </summary>
    public static ZoningPack Sample => SampleInstance.Value;

    /// <summary>Loads a pack from a folder (reads <c>pack.json</c>) or from a <c>.json</c> file.</summary>
    /// <param name="path">The folder or file.</param>
    /// <param name="limits">The limits, or null for <see cref="ZoningPackLimits.Default"/>.</param>
    /// <returns>The pack and the diagnostics.</returns>
    public static ZoningPackLoadResult Load(string path, ZoningPackLimits? limits = null)
    {
        limits ??= ZoningPackLimits.Default;
        if (string.IsNullOrWhiteSpace(path))
        {
            return Failed(ZoningDiagnostics.CannotRead(string.Empty, path ?? string.Empty, "未给出路径", "no path was given"));
        }

        string root;
        string manifest;
        try
        {
            if (Directory.Exists(path))
            {
                root = path;
                manifest = Path.Combine(path, ManifestName);
            }
            else
            {
                var full = Path.GetFullPath(path);
                root = Path.GetDirectoryName(full) ?? full;
                manifest = full;
            }
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or NotSupportedException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return Failed(ZoningDiagnostics.CannotRead(string.Empty, path, ex.Message));
        }

        var diagnostics = new List<Diagnostic>();
        var bytes = PackFiles.Read(manifest, Path.GetFileName(manifest), string.Empty, limits.MaxFileBytes, diagnostics);
        if (bytes is null)
        {
            return new ZoningPackLoadResult(null, [.. diagnostics]);
        }

        return PackReader.Read(bytes, Path.GetFileName(manifest), new PackFiles(root), limits);
    }

    /// <summary>Loads a self-contained pack from the bytes of its JSON (layer files cannot be used).</summary>
    /// <param name="utf8Json">The pack JSON.</param>
    /// <param name="limits">The limits, or null for <see cref="ZoningPackLimits.Default"/>.</param>
    /// <returns>The pack and the diagnostics.</returns>
    public static ZoningPackLoadResult Load(ReadOnlySpan<byte> utf8Json, ZoningPackLimits? limits = null) =>
        PackReader.Read(utf8Json.ToArray(), "pack.json", null, limits ?? ZoningPackLimits.Default);

    private static ZoningPackLoadResult Failed(Diagnostic d) => new(null, [d]);

    private static ZoningPack LoadSample()
    {
        var assembly = typeof(ZoningPackLoader).Assembly;
        // The resource name carries the folder separator of the build machine ('/' or '\'); find it either way.
        var name = assembly.GetManifestResourceNames().Single(n => n.Replace('\\', '/').EndsWith("zoning/sample-district.json", StringComparison.Ordinal));
        var bytes = Data.CoreData.ReadResource(assembly, name);
        var result = PackReader.Read(bytes, "sample-district.json", null, ZoningPackLimits.Default);
        // The sample ships with Carbon and is tested; a failure here is a defect of the shipped data.
        return result.Pack ?? throw new InvalidDataException("The embedded sample zoning pack does not load: "
            + string.Join("; ", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Code + " " + d.Path + " " + d.Message.En)));
    }
}
