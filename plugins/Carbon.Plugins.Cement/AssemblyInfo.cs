using Carbon.Plugins.Cement;
using Carbon.Sdk.Plugins;

[assembly: CarbonPlugin(typeof(CementPlugin))]
