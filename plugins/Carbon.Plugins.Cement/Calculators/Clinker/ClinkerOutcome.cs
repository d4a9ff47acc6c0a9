using System.Collections.Immutable;
using Carbon.Sdk;
using Carbon.Sdk.Activities;

namespace Carbon.Plugins.Cement.Calculators.Clinker;

/// <summary>What one clinker methodology computed: the emission lines and the clinker's process emission factor.</summary>
/// <param name="Emissions">The emission lines (tonnes CO2).</param>
/// <param name="ProcessFactor">The clinker's process CO2 per t clinker with its trace, or null when it cannot be given.</param>
internal sealed record ClinkerOutcome(ImmutableArray<GasEmission> Emissions, Indicator? ProcessFactor)
{
    /// <summary>The indicator id of the clinker's process emission factor.</summary>
    public const string ProcessFactorId = "cement.clinker-process-ef";

    /// <summary>The indicator name.</summary>
    public static readonly LocalizedText ProcessFactorName = new("熟料过程排放因子（碳酸盐分解，不含粉尘项）", "Clinker process emission factor (carbonate decomposition, dust terms excluded)");

    /// <summary>The unit of the indicator.</summary>
    public const string ProcessFactorUnit = "tCO2/t";
}
