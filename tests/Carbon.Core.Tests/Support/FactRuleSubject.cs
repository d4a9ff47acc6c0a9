using Carbon.Sdk.Units;
using Carbon.Zoning.Rules;

namespace Carbon.Core.Tests.Support;

/// <summary>
/// A rule subject that answers project facts from a dictionary and, optionally, the nature and the energy total;
/// everything else is unknown. Shared by the rule-language tests and the rules benchmark (linked there).
/// </summary>
internal sealed class FactRuleSubject(IReadOnlyDictionary<string, Value> facts) : IRuleSubject
{
    /// <summary>The project's nature (<c>project.nature</c>), unknown unless set.</summary>
    public Value Nature { get; init; } = Value.Unknown(0);

    /// <summary>The comprehensive energy in tce (<c>energy.total</c>), unknown unless set.</summary>
    public Value EnergyTotal { get; init; } = Value.Unknown(0);

    public Value ProjectFact(string key, ExprType type) => facts.TryGetValue(key, out var v) ? v : Value.Unknown(0);

    public Value Energy(string total) => total == "total" ? EnergyTotal : Value.Unknown(0);

    public Value Industries => Value.Unknown(0);

    public Value Products => Value.Unknown(0);

    public Value AdminCode => Value.Unknown(0);

    public Value Sectors => Value.Unknown(0);

    public Value AnyPollutant => Value.Unknown(0);

    public Value SiteArea => Value.Unknown(0);

    public Value KeyRegion => Value.Unknown(0);

    public Value ReductionTargetMet => Value.Unknown(0);

    public Value InIndustry(string prefix) => Value.Unknown(0);

    public Value EnergyCarrier(string carrier) => Value.Unknown(0);

    public Value EnergyUnit(string product, Dimension per) => Value.Unknown(0);

    public Value Emissions(string gas) => Value.Unknown(0);

    public Value EmissionIntensity(string product, Dimension per) => Value.Unknown(0);

    public Value Pollutant(string pollutant) => Value.Unknown(0);

    public Value Within(string kindOrId) => Value.Unknown(0);

    public Value DistanceTo(string kindOrId) => Value.Unknown(0);

    public Value Section(string member) => Value.Unknown(0);

    public Value AirAttains(string pollutant) => Value.Unknown(0);

    public Value QuotaExceeded(string pollutant) => Value.Unknown(0);

    public Value Cap(string resource, string member) => Value.Unknown(0);
}
