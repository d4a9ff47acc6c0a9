using System.Reflection;
using System.Text.RegularExpressions;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;

namespace Carbon.Sdk.Testing.Internal;

/// <summary>Checks of a plugin's metadata, SDK range and assembly attribute.</summary>
internal static partial class MetadataChecks
{
    /// <summary>The running Carbon.Sdk's version, as the host reads it.</summary>
    public static Version HostSdkVersion { get; } = Normalize(typeof(ISectorPlugin).Assembly.GetName().Version ?? new Version(0, 0));

    public static IEnumerable<string> Metadata(ISectorPlugin plugin)
    {
        var m = plugin.Metadata;
        if (m is null)
        {
            yield return "Metadata is null.";
            yield break;
        }

        if (string.IsNullOrWhiteSpace(m.Id) || !IdPattern().IsMatch(m.Id))
        {
            yield return $"Metadata.Id '{m.Id}' must be lower-case kebab (letters, digits, '-'), e.g. 'flat-glass': it prefixes kinds, facts and products.";
        }

        if (string.IsNullOrWhiteSpace(m.Version) || !SemVerPattern().IsMatch(m.Version))
        {
            yield return $"Metadata.Version '{m.Version}' must be a SemVer version such as 0.1.0.";
        }

        if (m.Name is null || !m.Name.IsComplete)
        {
            yield return "Metadata.Name needs both zh and en.";
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var method in m.Methodologies.IsDefault ? [] : m.Methodologies)
        {
            var label = $"Methodology '{method.Id}'";
            if (string.IsNullOrWhiteSpace(method.Id) || !ids.Add(method.Id))
            {
                yield return $"{label}: the id is blank or used twice.";
            }

            if (method.Name is null || !method.Name.IsComplete)
            {
                yield return $"{label}: Name needs both zh and en.";
            }

            if (string.IsNullOrWhiteSpace(method.Guideline) || string.IsNullOrWhiteSpace(method.Edition))
            {
                yield return $"{label}: Guideline and Edition must name the document and its edition.";
            }

            if (!Enum.IsDefined(method.Status) || method.Status == DataStatus.ProjectSupplied)
            {
                yield return $"{label}: Status must be confirmed, single-source, derived or unconfirmed.";
            }
        }

        if (m.DefaultMethodology is not null && !ids.Contains(m.DefaultMethodology))
        {
            yield return $"DefaultMethodology '{m.DefaultMethodology}' is not one of the plugin's methodologies ({string.Join(", ", ids)}).";
        }

        if (m.DefaultMethodology is null && ids.Count > 0)
        {
            yield return "The plugin lists methodologies but names no DefaultMethodology: a project that names none would not know which was used.";
        }
    }

    public static IEnumerable<string> SdkRange(ISectorPlugin plugin)
    {
        var text = plugin.Metadata?.SdkRange;
        if (!SdkVersionRange.TryParse(text, out var range, out var error))
        {
            yield return $"SdkRange '{text}' is not a version range ({error}); write e.g. [0.2,0.3).";
            yield break;
        }

        if (!range!.Contains(HostSdkVersion))
        {
            yield return $"SdkRange '{text}' does not contain the Carbon.Sdk this test runs on ({HostSdkVersion.ToString(3)}); a host with it would skip the plugin.";
        }
    }

    public static IEnumerable<string> Attribute(Type pluginType)
    {
        var attribute = pluginType.Assembly.GetCustomAttribute<CarbonPluginAttribute>();
        if (attribute is null)
        {
            yield return $"The assembly {pluginType.Assembly.GetName().Name} has no [assembly: CarbonPlugin(typeof({pluginType.Name}))]: a host loading a plugins folder would not find the plugin.";
        }
        else if (attribute.PluginType != pluginType)
        {
            yield return $"[assembly: CarbonPlugin] names {attribute.PluginType?.FullName}, not {pluginType.FullName}.";
        }

        if (pluginType.GetConstructor(Type.EmptyTypes) is null)
        {
            yield return $"{pluginType.FullName} needs a public parameterless constructor: hosts loading a plugins folder create it with its defaults.";
        }
    }

    private static Version Normalize(Version v) => new(v.Major, v.Minor, Math.Max(v.Build, 0), Math.Max(v.Revision, 0));

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SemVerPattern();
}
