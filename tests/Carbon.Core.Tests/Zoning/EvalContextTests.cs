using Carbon.Core.Tests.Support;
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
        var context = new EvalContext(new FactRuleSubject(values));

        var result = rule!.Evaluate(context);

        result.Kind.Should().Be(ValueKind.Boolean);
        result.Boolean.Should().BeTrue();
        context.ReadMask.Should().Be((1UL << 12) - 1, "all twelve slots were read");
        context.Reads.Length.Should().BeGreaterThanOrEqualTo(12);
        // Slot 11 holds fact f11 = 11 t/a in the canonical t/d: 11 / 365.
        context.Reads[11].Number.Should().BeApproximately(11.0 / 365, 1e-15);
    }
}
