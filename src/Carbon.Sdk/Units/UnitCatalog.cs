using System.Collections.Frozen;

namespace Carbon.Sdk.Units;

/// <summary>
/// The units Carbon understands, with their scale to the canonical unit of their dimension
/// (t, GJ, m³, tce, head, d, CNY, m, Pa, °C). Every scale here is an exact definition
/// (SI prefixes, 1 kWh = 3.6 MJ, 1 kcal = 4.1868 kJ as GB/T 2589 uses, 1 a = 365 d, 1 亩 = 10000/15 m²);
/// none is a measured or published coefficient.
/// </summary>
internal static class UnitCatalog
{
    private static readonly Dimension M = Dimension.OfMass;
    private static readonly Dimension E = Dimension.OfEnergy;
    private static readonly Dimension V = Dimension.OfVolume;
    private static readonly Dimension Ce = Dimension.OfCoalEquivalent;
    private static readonly Dimension N = Dimension.OfCount;
    private static readonly Dimension T = Dimension.OfTime;
    private static readonly Dimension Cny = Dimension.OfMoney;
    private static readonly Dimension L = Dimension.OfLength;
    private static readonly Dimension A = Dimension.OfArea;
    private static readonly Dimension P = Dimension.OfPressure;
    private static readonly Dimension Tc = Dimension.OfTemperature;

    /// <summary>
    /// Simple (undivided) unit symbols with their scale as an exact ratio numerator/denominator, so that "70 %" is
    /// 70 / 100 = 0.7 exactly rather than 70 × 0.01 = 0.7000000000000001.
    /// </summary>
    internal static readonly FrozenDictionary<string, (double Numerator, double Denominator, Dimension Dimension)> Simple =
        new Dictionary<string, (double, double, Dimension)>(StringComparer.Ordinal)
        {
            // mass, canonical t
            ["t"] = (1, 1, M), ["吨"] = (1, 1, M), ["kt"] = (1e3, 1, M), ["Mt"] = (1e6, 1, M),
            ["kg"] = (1, 1e3, M), ["千克"] = (1, 1e3, M), ["公斤"] = (1, 1e3, M), ["g"] = (1, 1e6, M), ["克"] = (1, 1e6, M),
            // energy, canonical GJ
            ["J"] = (1, 1e9, E), ["kJ"] = (1, 1e6, E), ["MJ"] = (1, 1e3, E), ["GJ"] = (1, 1, E), ["TJ"] = (1e3, 1, E), ["PJ"] = (1e6, 1, E),
            ["Wh"] = (36, 1e7, E), ["kWh"] = (36, 1e4, E), ["MWh"] = (36, 10, E), ["GWh"] = (36e2, 1, E), ["TWh"] = (36e5, 1, E),
            ["千瓦时"] = (36, 1e4, E), ["度"] = (36, 1e4, E), ["兆瓦时"] = (36, 10, E),
            ["kcal"] = (41868, 1e10, E), ["Mcal"] = (41868, 1e7, E), ["Gcal"] = (41868, 1e4, E),
            // volume, canonical m³ (Nm³ = m³ at normal conditions)
            ["m3"] = (1, 1, V), ["m³"] = (1, 1, V), ["Nm3"] = (1, 1, V), ["Nm³"] = (1, 1, V), ["立方米"] = (1, 1, V), ["方"] = (1, 1, V),
            ["L"] = (1, 1e3, V), ["l"] = (1, 1e3, V), ["升"] = (1, 1e3, V),
            // standard coal, canonical tce
            ["tce"] = (1, 1, Ce), ["kgce"] = (1, 1e3, Ce), ["吨标准煤"] = (1, 1, Ce), ["千克标准煤"] = (1, 1e3, Ce), ["吨标煤"] = (1, 1, Ce),
            // count, canonical head
            ["head"] = (1, 1, N), ["头"] = (1, 1, N), ["只"] = (1, 1, N), ["羽"] = (1, 1, N), ["匹"] = (1, 1, N), ["item"] = (1, 1, N),
            // time, canonical d
            ["d"] = (1, 1, T), ["day"] = (1, 1, T), ["天"] = (1, 1, T), ["日"] = (1, 1, T), ["h"] = (1, 24, T), ["小时"] = (1, 24, T),
            ["a"] = (365, 1, T), ["yr"] = (365, 1, T), ["year"] = (365, 1, T), ["年"] = (365, 1, T),
            // money, canonical CNY
            ["CNY"] = (1, 1, Cny), ["元"] = (1, 1, Cny), ["yuan"] = (1, 1, Cny),
            // length, canonical m; area m²
            ["m"] = (1, 1, L), ["米"] = (1, 1, L), ["km"] = (1e3, 1, L), ["公里"] = (1e3, 1, L), ["千米"] = (1e3, 1, L),
            ["m2"] = (1, 1, A), ["m²"] = (1, 1, A), ["km2"] = (1e6, 1, A), ["km²"] = (1e6, 1, A), ["ha"] = (1e4, 1, A), ["hm2"] = (1e4, 1, A), ["hm²"] = (1e4, 1, A),
            ["亩"] = (10000, 15, A), ["公顷"] = (1e4, 1, A),
            // pressure, canonical Pa
            ["Pa"] = (1, 1, P), ["kPa"] = (1e3, 1, P), ["MPa"] = (1e6, 1, P),
            // temperature (Celsius, never scaled)
            ["°C"] = (1, 1, Tc), ["℃"] = (1, 1, Tc), ["degC"] = (1, 1, Tc),
            // pure numbers
            ["%"] = (1, 100, Dimension.None), ["‰"] = (1, 1e3, Dimension.None), ["1"] = (1, 1, Dimension.None),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Substances a mass unit may name (<c>tCO2</c>, <c>kg CH4</c>, <c>tC</c>, <c>kg N</c>).</summary>
    internal static readonly FrozenDictionary<string, string> Substances =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["CO2"] = "CO2", ["CO₂"] = "CO2", ["CO2e"] = "CO2e", ["CO₂e"] = "CO2e", ["CO2eq"] = "CO2e",
            ["CH4"] = "CH4", ["CH₄"] = "CH4", ["N2O"] = "N2O", ["N₂O"] = "N2O",
            ["C"] = "C", ["N"] = "N", ["N2O-N"] = "N2O-N", ["VS"] = "VS", ["CaO"] = "CaO", ["MgO"] = "MgO",
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Chinese multipliers that may stand before a number's unit or inside a unit (万Nm³).</summary>
    internal static bool TryMultiplier(char c, out double factor)
    {
        switch (c)
        {
            case '万':
                factor = 1e4;
                return true;
            case '亿':
                factor = 1e8;
                return true;
            default:
                factor = 1;
                return false;
        }
    }
}
