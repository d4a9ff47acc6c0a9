using System.Reflection;
using System.Runtime.Loader;
using Carbon.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Carbon.Plugins;

/// <summary>
/// The assemblies a plugin shares with the host instead of loading its own copy: Carbon.Sdk and every
/// <c>Microsoft.Extensions.*.Abstractions</c>. Sharing them is what makes a plugin's <see cref="ISectorPlugin"/> the
/// host's <see cref="ISectorPlugin"/>; a private copy would be a different type and the plugin could not be used.
/// </summary>
internal static class SharedAssemblies
{
    /// <summary>Whether an assembly name is shared with the host.</summary>
    /// <param name="name">The simple assembly name.</param>
    /// <returns>True for Carbon.Sdk and Microsoft.Extensions.*.Abstractions.</returns>
    public static bool IsShared(string? name) =>
        name is not null
        && (string.Equals(name, SdkCompatibility.SdkAssemblyName, StringComparison.Ordinal)
            || (name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) && name.EndsWith(".Abstractions", StringComparison.Ordinal)));

    /// <summary>
    /// The host's copy of a shared assembly: the one the host has already loaded (Carbon.Sdk and the dependency-injection
    /// abstractions always are), else the one the host's load context resolves.
    /// </summary>
    /// <param name="name">The requested name.</param>
    /// <returns>The host's assembly, or null to let the runtime's default rules decide.</returns>
    public static Assembly? HostAssembly(AssemblyName name)
    {
        if (string.Equals(name.Name, SdkCompatibility.SdkAssemblyName, StringComparison.Ordinal))
        {
            return typeof(ISectorPlugin).Assembly;
        }

        var di = typeof(IServiceCollection).Assembly;
        if (string.Equals(name.Name, di.GetName().Name, StringComparison.Ordinal))
        {
            return di;
        }

        var host = AssemblyLoadContext.GetLoadContext(typeof(ISectorPlugin).Assembly) ?? AssemblyLoadContext.Default;
        foreach (var loaded in host.Assemblies)
        {
            if (string.Equals(loaded.GetName().Name, name.Name, StringComparison.Ordinal))
            {
                return loaded;
            }
        }

        try
        {
            return host.LoadFromAssemblyName(new AssemblyName(name.Name!));
        }
        catch (FileNotFoundException)
        {
            // The host does not have it: the plugin's own copy is not used either (it would not be shared), so the
            // load fails and becomes a diagnostic naming the plugin.
            return null;
        }
    }
}
