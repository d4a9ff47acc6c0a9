using Carbon.Plugins.Xyzzy;
using Carbon.Sdk.Plugins;

// How a host loading a plugins folder finds the plugin: it reads this attribute and never scans types.
[assembly: CarbonPlugin(typeof(QuuxPlugin))]
