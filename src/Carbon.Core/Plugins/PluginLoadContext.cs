using System.Reflection;
using System.Runtime.Loader;

namespace Carbon.Plugins;

/// <summary>
/// The load context of one plugin folder. It resolves the plugin's private dependencies from its folder (through the
/// folder's <c>.deps.json</c> when there is one) and hands out the host's copy of every shared assembly
/// (<see cref="SharedAssemblies"/>). Not collectible: plugins live as long as the service provider that holds them.
/// </summary>
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    private readonly AssemblyDependencyResolver _resolver;

    /// <summary>Creates the context of a plugin whose entry assembly is <paramref name="entryAssemblyPath"/>.</summary>
    /// <param name="name">A name for diagnostics, e.g. <c>carbon-plugin:flat-glass</c>.</param>
    /// <param name="entryAssemblyPath">The full path of the plugin assembly.</param>
    public PluginLoadContext(string name, string entryAssemblyPath)
        : base(name, isCollectible: false)
    {
        _resolver = new AssemblyDependencyResolver(entryAssemblyPath);
    }

    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (SharedAssemblies.IsShared(assemblyName.Name))
        {
            return SharedAssemblies.HostAssembly(assemblyName);
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);

        // Null falls back to the default context: the framework's own assemblies.
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    /// <inheritdoc />
    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
