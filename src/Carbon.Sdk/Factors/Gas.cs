namespace Carbon.Sdk.Factors;

/// <summary>The greenhouse gases Carbon accounts. CO2e is never a gas: it is derived with a named GWP set.</summary>
public enum Gas
{
    /// <summary>Carbon dioxide.</summary>
    CO2 = 0,

    /// <summary>Methane.</summary>
    CH4 = 1,

    /// <summary>Nitrous oxide.</summary>
    N2O = 2,
}
