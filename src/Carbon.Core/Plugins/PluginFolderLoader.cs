using System.Collections.Immutable;
using System.Reflection;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Plugins;

namespace Carbon.Plugins;

/// <summary>
/// Loads the plugins of one plugins folder (docs/plugins.md#loading): every immediate subfolder is one plugin, loaded
/// into a <see cref="PluginLoadContext"/> of its own; its entry assembly is <c>&lt;folder&gt;/&lt;folder&gt;.dll</c>
/// (else the assembly of the folder's only <c>.deps.json</c>), found through <see cref="CarbonPluginAttribute"/> only,
/// checked against the running Carbon.Sdk, created with its public parameterless constructor and checked again through
/// its metadata. Anything that fails becomes a diagnostic naming the folder, and the plugin is skipped.
/// </summary>
internal static class PluginFolderLoader
{
    /// <summary>A sentinel meaning "every kind is prefixed" (a kind may itself be null).</summary>
    private static readonly Sdk.Activities.ActivityKindDescriptor Unprefixed = new()
    {
        Kind = string.Empty,
        Name = new Sdk.LocalizedText("-", "-"),
        Description = new Sdk.LocalizedText("-", "-"),
        AmountDimension = default,
        AmountUnit = "1",
    };

    /// <summary>Loads the folder.</summary>
    /// <param name="directory">The full path of the plugins folder, as the user named it.</param>
    /// <param name="previous">What earlier calls loaded (a folder named twice is loaded once).</param>
    /// <returns>The plugins created, and the report including <paramref name="previous"/>.</returns>
    public static (ImmutableArray<ISectorPlugin> Plugins, PluginLoadReport Report) Load(string directory, PluginLoadReport previous)
    {
        var plugins = ImmutableArray.CreateBuilder<ISectorPlugin>();
        var infos = previous.Plugins.ToBuilder();
        var diagnostics = previous.Diagnostics.ToBuilder();
        var loadedPaths = previous.LoadedPaths;
        if (!Directory.Exists(directory))
        {
            diagnostics.Add(PluginLoadDiagnostics.FolderNotFound(directory));
            return (plugins.ToImmutable(), previous with { Diagnostics = diagnostics.ToImmutable() });
        }

        // Ordinal order, so that what is loaded (and reported) does not depend on the file system's listing order.
        foreach (var file in Directory.GetFiles(directory, "*.dll").Order(StringComparer.Ordinal))
        {
            diagnostics.Add(PluginLoadDiagnostics.LooseAssembly(Path.GetFileName(file)));
        }

        foreach (var folderPath in Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
        {
            var folder = Path.GetFileName(folderPath);
            var entry = EntryAssembly(folderPath);
            if (entry is null)
            {
                diagnostics.Add(PluginLoadDiagnostics.NoEntryAssembly(folder));
                continue;
            }

            if (loadedPaths.Contains(entry))
            {
                continue;
            }

            var plugin = LoadOne(folder, entry, diagnostics);
            if (plugin is not null)
            {
                plugins.Add(plugin.Value.Plugin);
                infos.Add(plugin.Value.Info);
                loadedPaths = loadedPaths.Add(entry);
            }
        }

        return (plugins.ToImmutable(), new PluginLoadReport { Plugins = infos.ToImmutable(), Diagnostics = diagnostics.ToImmutable(), LoadedPaths = loadedPaths });
    }

    private static string? EntryAssembly(string folderPath)
    {
        var named = Path.Combine(folderPath, Path.GetFileName(folderPath) + ".dll");
        if (File.Exists(named))
        {
            return named;
        }

        var deps = Directory.GetFiles(folderPath, "*.deps.json");
        if (deps.Length == 1)
        {
            var stem = Path.GetFileName(deps[0])[..^".deps.json".Length];
            var candidate = Path.Combine(folderPath, stem + ".dll");
            return File.Exists(candidate) ? candidate : null;
        }

        return null;
    }

#pragma warning disable CA1031 // A faulty plugin must not take the host down: every failure becomes a diagnostic naming it.
    private static (ISectorPlugin Plugin, LoadedPluginInfo Info)? LoadOne(string folder, string entry, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var file = Path.GetFileName(entry);
        Assembly assembly;
        CarbonPluginAttribute? attribute;
        try
        {
            var context = new PluginLoadContext("carbon-plugin:" + folder, entry);
            assembly = context.LoadFromAssemblyPath(entry);

            // Checked before any plugin type is touched: an assembly built for another SDK fails in unpredictable ways.
            var referenced = SdkCompatibility.ReferencedSdkVersion(assembly);
            if (referenced is not null && !SdkCompatibility.IsReferenceCompatible(referenced, SdkCompatibility.HostSdkVersion))
            {
                diagnostics.Add(PluginLoadDiagnostics.IncompatibleReference(folder, file, SdkCompatibility.Display(referenced), SdkCompatibility.Display(SdkCompatibility.HostSdkVersion)));
                return null;
            }

            attribute = assembly.GetCustomAttribute<CarbonPluginAttribute>();
        }
        catch (Exception ex)
        {
            diagnostics.Add(PluginLoadDiagnostics.CannotLoad(folder, file, ex));
            return null;
        }

        if (attribute is null)
        {
            diagnostics.Add(PluginLoadDiagnostics.NoAttribute(folder, file));
            return null;
        }

        var type = attribute.PluginType;
        var typeName = type?.FullName ?? "null";
        if (type is null || !typeof(ISectorPlugin).IsAssignableFrom(type))
        {
            diagnostics.Add(PluginLoadDiagnostics.BadPluginType(folder, typeName, "它没有实现 ISectorPlugin", "it does not implement ISectorPlugin"));
            return null;
        }

        if (type.Assembly != assembly)
        {
            diagnostics.Add(PluginLoadDiagnostics.BadPluginType(folder, typeName, "它不在插件自己的程序集中", "it is not defined in the plugin's own assembly"));
            return null;
        }

        if (type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
        {
            diagnostics.Add(PluginLoadDiagnostics.BadPluginType(folder, typeName, "它必须是具体类并有公共无参构造函数", "it must be a concrete class with a public parameterless constructor"));
            return null;
        }

        ISectorPlugin plugin;
        try
        {
            plugin = (ISectorPlugin)Activator.CreateInstance(type)!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            diagnostics.Add(PluginLoadDiagnostics.ConstructorThrew(folder, typeName, ex.InnerException));
            return null;
        }
        catch (Exception ex)
        {
            diagnostics.Add(PluginLoadDiagnostics.ConstructorThrew(folder, typeName, ex));
            return null;
        }

        PluginMetadata metadata;
        IReadOnlyList<Sdk.Activities.ActivityKindDescriptor> kinds;
        try
        {
            metadata = plugin.Metadata;
            kinds = plugin.ActivityKinds;
            if (metadata is null)
            {
                diagnostics.Add(PluginLoadDiagnostics.IncompleteMetadata(folder, typeName, "Metadata"));
                return null;
            }

            var missing = string.IsNullOrWhiteSpace(metadata.Id) ? "Id"
                : string.IsNullOrWhiteSpace(metadata.Version) ? "Version"
                : string.IsNullOrWhiteSpace(metadata.SdkRange) ? "SdkRange"
                : null;
            if (missing is not null)
            {
                diagnostics.Add(PluginLoadDiagnostics.IncompleteMetadata(folder, typeName, missing));
                return null;
            }

            if (kinds is null)
            {
                diagnostics.Add(PluginLoadDiagnostics.IncompleteMetadata(folder, typeName, "ActivityKinds"));
                return null;
            }

            kinds = [.. kinds];
        }
        catch (Exception ex)
        {
            diagnostics.Add(PluginLoadDiagnostics.DescribeThrew(folder, typeName, ex));
            return null;
        }

        if (!SdkVersionRange.TryParse(metadata.SdkRange, out var range, out var why))
        {
            diagnostics.Add(PluginLoadDiagnostics.BadSdkRange(folder, metadata.Id, metadata.SdkRange, why!));
            return null;
        }

        if (!range!.Contains(SdkCompatibility.HostSdkVersion))
        {
            diagnostics.Add(PluginLoadDiagnostics.SdkOutOfRange(folder, metadata.Id, metadata.SdkRange, SdkCompatibility.Display(SdkCompatibility.HostSdkVersion)));
            return null;
        }

        var prefix = metadata.Id + ".";
        var foreign = kinds.FirstOrDefault(k => k is null || k.Kind is null || !k.Kind.StartsWith(prefix, StringComparison.Ordinal), Unprefixed);
        if (!ReferenceEquals(foreign, Unprefixed))
        {
            diagnostics.Add(PluginLoadDiagnostics.KindNotPrefixed(folder, metadata.Id, foreign?.Kind ?? "null"));
            return null;
        }

        return (plugin, new LoadedPluginInfo(metadata.Id, metadata.Version, folder, assembly.GetName().Name + ", Version=" + assembly.GetName().Version));
    }
#pragma warning restore CA1031
}
