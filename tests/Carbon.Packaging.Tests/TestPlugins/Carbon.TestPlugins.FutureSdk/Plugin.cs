using Carbon.Sdk.Plugins;
using Carbon.TestPlugins;

[assembly: CarbonPlugin(typeof(FutureSdkPlugin))]

namespace Carbon.TestPlugins;

/// <summary>A plugin built for another SDK major: it declares Carbon.Sdk [2.0,3.0).</summary>
public sealed class FutureSdkPlugin() : TestPlugin("future", sdkRange: "[2.0,3.0)");
