namespace Carbon.TestPlugins;

/// <summary>A plugin whose assembly lacks [assembly: CarbonPlugin(...)]: the host must not find it by scanning.</summary>
public sealed class UnmarkedPlugin() : TestPlugin("unmarked");
