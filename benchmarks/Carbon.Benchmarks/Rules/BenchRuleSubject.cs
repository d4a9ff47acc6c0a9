using System.Collections.Frozen;
using Carbon.Sdk.Units;
using Carbon.Zoning.Rules;

namespace Carbon.Benchmarks.Rules;

/// <summary>A rule subject that answers project facts from a frozen dictionary, as ZoningSubject does from its cache.</summary>
internal sealed class BenchRuleSubject(FrozenDictionary<string, Value> facts) : IRuleSubject
{
    public Value ProjectFact(string key, ExprType type) => facts.TryGetValue(key, out var v) ? v : Value.Unknown(0);

    public Value Nature => Value.Unknown(0);

    public Value Industries => Value.Unknown(0);

    public Value Products => Value.Unknown(0);

    public Value AdminCode => Value.Unknown(0);

    public Value Sectors => Value.Unknown(0);

    public Value AnyPollutant => Value.Unknown(0);

    public Value SiteArea => Value.Unknown(0);

    public Value KeyRegion => Value.Unknown(0);

    public Value ReductionTargetMet => Value.Unknown(0);

    public Value InIndustry(string prefix) => Value.Unknown(0);

    public Value Energy(string total) => Value.Unknown(0);

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
