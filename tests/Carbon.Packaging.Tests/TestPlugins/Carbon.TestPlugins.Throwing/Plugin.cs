using Carbon.Sdk.Plugins;
using Carbon.TestPlugins;

[assembly: CarbonPlugin(typeof(ThrowingPlugin))]

namespace Carbon.TestPlugins;

/// <summary>A plugin whose constructor throws (e.g. its embedded data does not read).</summary>
public sealed class ThrowingPlugin : TestPlugin
{
    public ThrowingPlugin()
        : base("throwing") => throw new InvalidOperationException("the throwing test plugin refuses to start");
}
