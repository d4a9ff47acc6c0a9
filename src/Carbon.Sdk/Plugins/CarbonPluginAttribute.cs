namespace Carbon.Sdk.Plugins;

/// <summary>
/// Marks an assembly as a Carbon plugin and names its <see cref="ISectorPlugin"/> type, so that a host loading a
/// plugins folder finds it without scanning every type.
/// </summary>
/// <param name="pluginType">The type implementing <see cref="ISectorPlugin"/>, with a public parameterless constructor.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class CarbonPluginAttribute(Type pluginType) : Attribute
{
    /// <summary>The plugin type.</summary>
    public Type PluginType { get; } = pluginType;
}
