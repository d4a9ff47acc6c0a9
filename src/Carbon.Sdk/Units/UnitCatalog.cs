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
    internal static readonly FrozenDictionary<string, Scale> Simple =
        new Dictionary<string, Scale>(StringComparer.Ordinal)
        {
            // mass, canonical t
            ["t"] = new(1, 1, M), ["吨"] = new(1, 1, M), ["kt"] = new(1e3, 1, M), ["Mt"] = new(1e6, 1, M),
            ["kg"] = new(1, 1e3, M), ["千克"] = new(1, 1e3, M), ["公斤"] = new(1, 1e3, M), ["g"] = new(1, 1e6, M), ["克"] = new(1, 1e6, M),
            // energy, canonical GJ
            ["J"] = new(1, 1e9, E), ["kJ"] = new(1, 1e6, E), ["MJ"] = new(1, 1e3, E), ["GJ"] = new(1, 1, E), ["TJ"] = new(1e3, 1, E), ["PJ"] = new(1e6, 1, E),
            ["Wh"] = new(36, 1e7, E), ["kWh"] = new(36, 1e4, E), ["MWh"] = new(36, 10, E), ["GWh"] = new(36e2, 1, E), ["TWh"] = new(36e5, 1, E),
            ["千瓦时"] = new(36, 1e4, E), ["度"] = new(36, 1e4, E), ["兆瓦时"] = new(36, 10, E),
            ["kcal"] = new(41868, 1e10, E), ["Mcal"] = new(41868, 1e7, E), ["Gcal"] = new(41868, 1e4, E),
            // volume, canonical m³ (Nm³ = m³ at normal conditions)
            ["m3"] = new(1, 1, V), ["m³"] = new(1, 1, V), ["Nm3"] = new(1, 1, V), ["Nm³"] = new(1, 1, V), ["立方米"] = new(1, 1, V), ["方"] = new(1, 1, V),
            ["L"] = new(1, 1e3, V), ["l"] = new(1, 1e3, V), ["升"] = new(1, 1e3, V),
            // standard coal, canonical tce
            ["tce"] = new(1, 1, Ce), ["kgce"] = new(1, 1e3, Ce), ["吨标准煤"] = new(1, 1, Ce), ["千克标准煤"] = new(1, 1e3, Ce), ["吨标煤"] = new(1, 1, Ce),
            // count, canonical head
            ["head"] = new(1, 1, N), ["头"] = new(1, 1, N), ["只"] = new(1, 1, N), ["羽"] = new(1, 1, N), ["匹"] = new(1, 1, N), ["item"] = new(1, 1, N),
            // time, canonical d
            ["d"] = new(1, 1, T), ["day"] = new(1, 1, T), ["天"] = new(1, 1, T), ["日"] = new(1, 1, T), ["h"] = new(1, 24, T), ["小时"] = new(1, 24, T),
            ["a"] = new(365, 1, T), ["yr"] = new(365, 1, T), ["year"] = new(365, 1, T), ["年"] = new(365, 1, T),
            // money, canonical CNY
            ["CNY"] = new(1, 1, Cny), ["元"] = new(1, 1, Cny), ["yuan"] = new(1, 1, Cny),
            // length, canonical m; area m²
            ["m"] = new(1, 1, L), ["米"] = new(1, 1, L), ["km"] = new(1e3, 1, L), ["公里"] = new(1e3, 1, L), ["千米"] = new(1e3, 1, L),
            ["m2"] = new(1, 1, A), ["m²"] = new(1, 1, A), ["km2"] = new(1e6, 1, A), ["km²"] = new(1e6, 1, A), ["ha"] = new(1e4, 1, A), ["hm2"] = new(1e4, 1, A), ["hm²"] = new(1e4, 1, A),
            ["亩"] = new(10000, 15, A), ["公顷"] = new(1e4, 1, A),
            // pressure, canonical Pa
            ["Pa"] = new(1, 1, P), ["kPa"] = new(1e3, 1, P), ["MPa"] = new(1e6, 1, P),
            // temperature (Celsius, never scaled)
            ["°C"] = new(1, 1, Tc), ["℃"] = new(1, 1, Tc), ["degC"] = new(1, 1, Tc),
            // pure numbers
            ["%"] = new(1, 100, Dimension.None), ["‰"] = new(1, 1e3, Dimension.None), ["1"] = new(1, 1, Dimension.None),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The scale of a simple unit to its canonical unit, as the exact ratio <paramref name="Numerator"/> /
    /// <paramref name="Denominator"/>. A class, not a value tuple, so that the frozen table above is the shared
    /// reference-type instantiation the runtime ships precompiled, rather than one JIT-compiled at every start.
    /// </summary>
    /// <param name="Numerator">The numerator.</param>
    /// <param name="Denominator">The denominator.</param>
    /// <param name="Dimension">The dimension.</param>
    internal sealed record Scale(double Numerator, double Denominator, Dimension Dimension);

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
