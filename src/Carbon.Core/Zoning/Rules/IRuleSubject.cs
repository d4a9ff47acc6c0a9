using Carbon.Sdk.Units;

namespace Carbon.Zoning.Rules;

/// <summary>
/// What rule expressions read: the project, its results, its site and its region. Implemented per assessment by the
/// zoning evaluator; every member answers <see cref="Value.Unknown"/> (mask 0) when the fact is missing, and the
/// compiled expression turns that into the slot's bit. Members are cheap or cached: expressions call them freely.
/// </summary>
internal interface IRuleSubject
{
    Value ProjectFact(string key, ExprType type);

    Value Nature { get; }

    Value Industries { get; }

    Value Products { get; }

    Value AdminCode { get; }

    Value Sectors { get; }

    Value InIndustry(string prefix);

    Value Energy(string total);

    Value EnergyCarrier(string carrier);

    Value EnergyUnit(string product, Dimension per);

    Value Emissions(string gas);

    Value EmissionIntensity(string product, Dimension per);

    Value Pollutant(string pollutant);

    Value AnyPollutant { get; }

    Value Within(string kindOrId);

    Value DistanceTo(string kindOrId);

    Value SiteArea { get; }

    Value Section(string member);

    Value KeyRegion { get; }

    Value ReductionTargetMet { get; }

    Value AirAttains(string pollutant);

    Value QuotaExceeded(string pollutant);

    Value Cap(string resource, string member);
}
