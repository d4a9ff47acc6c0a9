using Carbon.Sdk;

namespace Carbon.Plugins.Livestock.Domain;

/// <summary>
/// A manure management system (粪便管理方式) a herd line may give a share of manure to. Which tables have a row
/// for it (IPCC Tables 10.17/10.21/10.22, GB/T 32151.22 Tables C.6/C.9) is found in the data, not here.
/// </summary>
/// <param name="Id">The id used as a key of <c>manureSystems</c>, <c>mcf</c> and <c>fracGasMs</c>.</param>
/// <param name="Name">The name in both languages (the Chinese term of GB/T 32151.22 where it has one).</param>
/// <param name="FracGasRow">The IPCC Table 10.22 row key the system's Frac_GasMS is published under.</param>
internal sealed record ManureSystem(string Id, LocalizedText Name, string FracGasRow);
