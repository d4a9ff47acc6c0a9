namespace Carbon.Plugins.Livestock.Tests.Support;

/// <summary>
/// 100-year GWPs from ghg-methods.md §5.4 — used only to check the §6.2 CO2e totals by hand; converting to CO2e is
/// the core's job, never the plugin's.
/// </summary>
internal static class Gwp
{
    public const double Ar5Ch4 = 28, Ar5N2O = 265;   // AR5 [C]
    public const double Ar4Ch4 = 25, Ar4N2O = 298;   // AR4 [S: S1]
    public const double SarCh4 = 21, SarN2O = 310;   // SAR [S: S1]
}
