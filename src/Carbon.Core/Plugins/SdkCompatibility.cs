using System.Reflection;
using Carbon.Sdk.Plugins;

namespace Carbon.Plugins;

/// <summary>
/// The compatibility rule between a plugin and the running Carbon.Sdk (docs/plugins.md#compatibility):
/// the Carbon.Sdk version the plugin assembly was compiled against must be in the host's compatibility series (the same
/// major; while the major is 0, the same minor too — a 0.x minor may break, as in SemVer) and must not be newer than the
/// host's; and the plugin's declared <see cref="PluginMetadata.SdkRange"/> must contain the host's version.
/// </summary>
internal static class SdkCompatibility
{
    /// <summary>The simple name of the SDK assembly.</summary>
    public const string SdkAssemblyName = "Carbon.Sdk";

    /// <summary>The running Carbon.Sdk's assembly version (e.g. 0.2.0.0), normalised to four parts.</summary>
    public static Version HostSdkVersion { get; } =
        Normalize(typeof(ISectorPlugin).Assembly.GetName().Version ?? new Version(0, 0));

    /// <summary>Whether a plugin compiled against <paramref name="referenced"/> can run on <paramref name="host"/>.</summary>
    /// <param name="referenced">The Carbon.Sdk version the plugin references.</param>
    /// <param name="host">The running Carbon.Sdk version.</param>
    /// <returns>True when both are in the same series (major, and minor while the major is 0) and the reference is not newer than the host.</returns>
    public static bool IsReferenceCompatible(Version referenced, Version host)
    {
        ArgumentNullException.ThrowIfNull(referenced);
        ArgumentNullException.ThrowIfNull(host);
        var r = Normalize(referenced);
        var h = Normalize(host);
        var sameSeries = r.Major == h.Major && (h.Major != 0 || r.Minor == h.Minor);
        return sameSeries && r.CompareTo(h) <= 0;
    }

    /// <summary>The Carbon.Sdk version an assembly references, or null when it references none.</summary>
    /// <param name="assembly">The plugin assembly.</param>
    /// <returns>The referenced version.</returns>
    public static Version? ReferencedSdkVersion(Assembly assembly) =>
        assembly.GetReferencedAssemblies()
            .FirstOrDefault(a => string.Equals(a.Name, SdkAssemblyName, StringComparison.Ordinal))?.Version;

    /// <summary>Formats a version as major.minor.patch for messages.</summary>
    /// <param name="version">The version.</param>
    /// <returns>The text.</returns>
    public static string Display(Version version)
    {
        var v = Normalize(version);
        return v.Revision == 0 ? new Version(v.Major, v.Minor, v.Build).ToString() : v.ToString();
    }

    /// <summary>A version with all four parts set (missing parts are 0), so that 1.0 equals 1.0.0.0, as <see cref="SdkVersionRange"/> compares.</summary>
    /// <param name="version">The version.</param>
    /// <returns>The normalised version.</returns>
    internal static Version Normalize(Version version) =>
        new(version.Major, version.Minor, Math.Max(version.Build, 0), Math.Max(version.Revision, 0));
}
