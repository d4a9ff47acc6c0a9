namespace Carbon.Plugins;

/// <summary>A plugin that was loaded from a plugins folder.</summary>
/// <param name="Id">The plugin id, e.g. <c>flat-glass</c>.</param>
/// <param name="Version">The plugin's version.</param>
/// <param name="Folder">The plugin's subfolder, relative to the plugins folder.</param>
/// <param name="Assembly">The plugin assembly's name and version, e.g. <c>Sample.Carbon.FlatGlass, Version=0.1.0.0</c>.</param>
public sealed record LoadedPluginInfo(string Id, string Version, string Folder, string Assembly);
