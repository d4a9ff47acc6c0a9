using Carbon.Plugins.Livestock;
using Carbon.Sdk.Plugins;

[assembly: CarbonPlugin(typeof(LivestockPlugin))]
