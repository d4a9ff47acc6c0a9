using Carbon.Plugins.Concrete;
using Carbon.Sdk.Plugins;

// Lets a host that loads a plugins folder find the plugin type without scanning every type.
[assembly: CarbonPlugin(typeof(ConcretePlugin))]
