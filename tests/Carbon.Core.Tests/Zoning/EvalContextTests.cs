using Carbon.Sdk.Units;
using Carbon.Zoning.Rules;

namespace Carbon.Core.Tests.Zoning;

/// <summary>The evaluation context starts with a few read slots and grows to the widest rule it meets.</summary>
public class EvalContextTests
{
    [Fact]
    public void A_rule_reading_more_facts_than_the_initial_slots_records_every_read()
    {
        // Twelve facts f0 … f11, fact i = i t/a; the rule sums them: 0 + 1 + … + 11 = 66 t/a, and 66 t/a == 66 t/a.
        var perYear = Quantity.Parse("1 t/a").Dimension;
        var facts = Enumerable.Range(0, 12).ToDictionary(i => "bench.f" + i, i => new FactDefinition("bench.f" + i, ExprType.Of(perYear), "f", "f"), StringComparer.Ordinal);
        var values = Enumerable.Range(0, 12).ToDictionary(i => "bench.f" + i, i => Value.Of(Quantity.Of(i, "t/a").Value), StringComparer.Ordinal);
        var text = string.Join(" + ", Enumerable.Range(0, 12).Select(i => "facts.bench.f" + i)) + " == 66 t/a";
        var scope = new CompileScope { Facts = facts, IsZoneReference = _ => false, ZoneKindsText = string.Empty, Limits = new ExpressionLimits(2000, 32, 256) };
        var rule = ExpressionCompiler.Compile(text, scope, requireBoolean: true, out var error);
        error.Should().BeNull();
        var context = new EvalContext(new FactsOnly(values));

        var result = rule!.Evaluate(context);

        result.Kind.Should().Be(ValueKind.Boolean);
        result.Boolean.Should().BeTrue();
        context.ReadMask.Should().Be((1UL << 12) - 1, "all twelve slots were read");
        context.Reads.Length.Should().BeGreaterThanOrEqualTo(12);
        // Slot 11 holds fact f11 = 11 t/a in the canonical t/d: 11 / 365.
        context.Reads[11].Number.Should().BeApproximately(11.0 / 365, 1e-15);
    }

    private sealed class FactsOnly(Dictionary<string, Value> facts) : IRuleSubject
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
}
