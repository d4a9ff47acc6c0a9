using Carbon.Sdk.Plugins;
using Carbon.TestPlugins;

[assembly: CarbonPlugin(typeof(LimeTwinPlugin))]

namespace Carbon.TestPlugins;

/// <summary>A plugin that claims the bundled lime plugin's id (and so its kind prefix).</summary>
public sealed class LimeTwinPlugin() : TestPlugin("lime");
