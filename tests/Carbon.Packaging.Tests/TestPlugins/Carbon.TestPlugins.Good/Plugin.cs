using Carbon.Sdk.Plugins;
using Carbon.TestPlugins;

[assembly: CarbonPlugin(typeof(GoodPlugin))]

namespace Carbon.TestPlugins;

/// <summary>A plugin that loads: id <c>good</c>.</summary>
public sealed class GoodPlugin() : TestPlugin("good");
