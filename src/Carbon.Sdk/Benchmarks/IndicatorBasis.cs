namespace Carbon.Sdk.Benchmarks;

/// <summary>What the numerator of a unit-product indicator is.</summary>
public enum IndicatorBasis
{
    /// <summary>Comprehensive energy consumption (综合能耗), 当量值, in tce.</summary>
    ComprehensiveEnergy = 0,

    /// <summary>Electricity consumed, in kWh (physical), e.g. 综合电耗.</summary>
    Electricity = 1,

    /// <summary>The standard coal of a group of carriers (e.g. 综合煤耗: the coals), in tce.</summary>
    CarrierGroup = 2,

    /// <summary>Fossil energy consumption (化石能源消费量), in tce.</summary>
    FossilEnergy = 3,

    /// <summary>Greenhouse-gas emissions in t CO2e under the report's GWP set.</summary>
    Co2e = 4,
}
