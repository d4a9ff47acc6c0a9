using Carbon.Sdk.Plugins;
using Sample.Carbon.FlatGlass;

// How a host loading a plugins folder finds the plugin: it reads this attribute and never scans types.
[assembly: CarbonPlugin(typeof(FlatGlassPlugin))]
