using System.Collections.Immutable;
using Carbon.Sdk.Units;
using Carbon.Zoning.Rules;

namespace Carbon.Core.Tests.Zoning;

public class ExpressionLanguageTests
{
    private sealed class FakeSubject : IRuleSubject
    {
        public Dictionary<string, Value> Facts { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Value> Within { get; } = new(StringComparer.Ordinal);

        public Value ProjectFact(string key, ExprType type) => Facts.TryGetValue(key, out var v) ? v : Value.Unknown(0);

        public Value Nature => Value.Of("new");

        public Value Industries => Value.Of(ImmutableArray.Create("C3011"));

        public Value Products => Value.Of(ImmutableArray.Create("cement.clinker"));

        public Value AdminCode => Value.Of("990101");

        public Value Sectors => Value.Of(ImmutableArray.Create("cement-clinker", "two-high"));

        public Value InIndustry(string prefix) => Value.Of("C3011".StartsWith(prefix, StringComparison.Ordinal));

        public Value Energy(string total) => total == "total" ? Value.Of(146_194.225) : Value.Unknown(0);

        public Value EnergyCarrier(string carrier) => Value.Of(carrier == "coal.raw" ? 135_717 : 0);

        public Value EnergyUnit(string product, Dimension per) => product == "cement.clinker" ? Value.Of(0.0943188548387) : Value.Unknown(0);

        public Value Emissions(string gas) => Value.Of(1000);

        public Value EmissionIntensity(string product, Dimension per) => Value.Unknown(0);

        public Value Pollutant(string pollutant) => pollutant == "NOx" ? Value.Of(1085.0 / 365) : Value.Of(0);

        public Value AnyPollutant => Value.True;

        Value IRuleSubject.Within(string kindOrId) => Within.TryGetValue(kindOrId, out var v) ? v : Value.False;

        public Value DistanceTo(string kindOrId) => Value.Of(480);

        public Value SiteArea => Value.Of(0);

        public Value Section(string member) => Value.Unknown(0);

        public Value KeyRegion => Value.False;

        public Value ReductionTargetMet => Value.True;

        public Value AirAttains(string pollutant) => Value.Of(pollutant != "O3");

        public Value QuotaExceeded(string pollutant) => Value.False;

        public Value Cap(string resource, string member) => Value.Of(250_000);
    }

    private static readonly ExpressionLimits Limits = new(2000, 32, 256);

    private static CompileScope Scope(params (string Name, ExprType Type)[] parameters) => new()
    {
        Facts = FactCatalog.Builtin,
        IsZoneReference = s => s is "no-farming" or "drinking-water-1" or "industrial-park" or "residential",
        ZoneKindsText = "drinking-water-1, industrial-park, no-farming, residential",
        Parameters = parameters.Select((p, i) => (p, i)).ToDictionary(x => x.p.Name, x => new ParameterSlot(x.i, x.p.Type), StringComparer.Ordinal),
        Carriers = new HashSet<string>(StringComparer.Ordinal) { "coal.raw", "electricity" },
        Limits = Limits,
    };

    private static CompiledExpression Compile(string text, CompileScope? scope = null)
    {
        var e = ExpressionCompiler.Compile(text, scope ?? Scope(), requireBoolean: true, out var error);
        error.Should().BeNull(error?.En);
        return e!;
    }

    private static ExpressionError Error(string text, CompileScope? scope = null)
    {
        var e = ExpressionCompiler.Compile(text, scope ?? Scope(), requireBoolean: true, out var error);
        e.Should().BeNull();
        error.Should().NotBeNull();
        return error!;
    }

    private static (Value Value, CompiledExpression Expression, EvalContext Context) Eval(string text, FakeSubject? subject = null, params Value[] parameters)
    {
        var e = Compile(text, parameters.Length == 0 ? null : Scope(parameters.Select((p, i) => ("p" + i, p.Kind == ValueKind.Number ? ExprType.Of(Dimension.OfLength) : ExprType.Text)).ToArray()));
        var ctx = new EvalContext(subject ?? new FakeSubject()) { Parameters = parameters };
        return (e.Evaluate(ctx), e, ctx);
    }

    [Theory]
    // A literal on the right is compared directly (no closure call); on the left it takes the general path. Both must
    // give the same verdict, and an unknown fact must still be named.
    [InlineData("facts.cement.clinker-capacity > 4000 t/d", "4000 t/d < facts.cement.clinker-capacity", true)]   // 5000 > 4000
    [InlineData("facts.cement.clinker-capacity <= 4000 t/d", "4000 t/d >= facts.cement.clinker-capacity", false)] // 5000 ≤ 4000 is false
    [InlineData("facts.cement.clinker-capacity == 5000 t/d", "5000 t/d == facts.cement.clinker-capacity", true)]
    [InlineData("facts.project.catalogue-class == 'restricted'", "'restricted' == facts.project.catalogue-class", true)]
    [InlineData("facts.project.catalogue-class != 'restricted'", "'restricted' != facts.project.catalogue-class", false)]
    [InlineData("facts.project.coal-replacement == true", "true == facts.project.coal-replacement", false)]
    [InlineData("facts.project.catalogue-class in ['eliminated', 'restricted']", "facts.project.catalogue-class in ['eliminated', 'restricted']", true)]
    [InlineData("facts.project.catalogue-class not in ['eliminated', 'restricted']", "facts.project.catalogue-class not in ['eliminated', 'restricted']", false)]
    public void A_literal_operand_gives_the_same_verdict_on_either_side(string literalRight, string literalLeft, bool expected)
    {
        var s = new FakeSubject();
        s.Facts["cement.clinker-capacity"] = Value.Of(5000); // canonical t/d
        s.Facts["project.catalogue-class"] = Value.Of("restricted");
        s.Facts["project.coal-replacement"] = Value.False;

        Eval(literalRight, s).Value.Should().Match<Value>(v => !v.IsUnknown && v.Boolean == expected);
        Eval(literalLeft, s).Value.Should().Match<Value>(v => !v.IsUnknown && v.Boolean == expected);

        // The same expressions over a subject that knows nothing are unknown and name the one fact they read.
        var (unknown, expression, _) = Eval(literalRight);
        unknown.IsUnknown.Should().BeTrue();
        expression.Names(unknown.Missing).Should().ContainSingle().Which.Should().StartWith("facts.");
    }

    [Fact]
    public void Unit_literals_compare_by_dimension_in_canonical_units()
    {
        var s = new FakeSubject();
        s.Facts["cement.clinker-capacity"] = Value.Of(5000); // canonical t/d
        Eval("facts.cement.clinker-capacity >= 5000 t/d", s).Value.Boolean.Should().BeTrue();
        // 208.333… t/h × 24 h/d = 5000 t/d: the literal is converted, so 208 t/h is less.
        Eval("facts.cement.clinker-capacity > 208 t/h", s).Value.Boolean.Should().BeTrue();
        // 1.5 × 5000 t/d = 7500 t/d
        Eval("1.5 * facts.cement.clinker-capacity == 7500 t/d", s).Value.Boolean.Should().BeTrue();
        // 100 kgce/t = 0.1 tce/t; the fake unit consumption is 0.0943… tce/t
        Eval("energy.unit('cement.clinker') <= 100 kgce/t", s).Value.Boolean.Should().BeTrue();
        Eval("energy.total <= 25万 tce", s).Value.Boolean.Should().BeTrue();
    }

    [Fact]
    public void Pollutant_amounts_compare_with_tonnes_per_year()
    {
        // The fake NOx is 1085 t ÷ 365 d in canonical t/d; 1085 t/a parses to 1085 × (1/365) t/d: equal within tolerance.
        Eval("pollutant('NOx') == 1085 t/a").Value.Boolean.Should().BeTrue();
        Eval("pollutant('nox') > 3 t/a").Value.Boolean.Should().BeTrue();
        Eval("pollutant('SO2') > 0 t/a").Value.Boolean.Should().BeFalse();
    }

    [Fact]
    public void Missing_fact_gives_unknown_naming_it()
    {
        var (v, e, _) = Eval("facts.project.reduction-plan");
        v.IsUnknown.Should().BeTrue();
        e.Names(v.Missing).Should().Equal("facts.project.reduction-plan");
    }

    [Fact]
    public void Kleene_logic_names_only_the_facts_that_matter()
    {
        // false and unknown = false: nothing is missing.
        Eval("region.keyRegion and facts.project.coal-replacement").Value.Should().Match<Value>(v => !v.IsUnknown && !v.Boolean);
        // true or unknown = true.
        Eval("not region.keyRegion or facts.project.coal-replacement").Value.Boolean.Should().BeTrue();
        // (unknown A or false) and unknown B = unknown naming A and B.
        var (v, e, _) = Eval("(facts.project.water-supply or region.keyRegion) and facts.project.reduction-plan");
        v.IsUnknown.Should().BeTrue();
        e.Names(v.Missing).Should().Equal("facts.project.water-supply", "facts.project.reduction-plan");
        // not unknown = unknown
        Eval("not facts.project.water-supply").Value.IsUnknown.Should().BeTrue();
        // has() is never unknown
        Eval("has(facts.project.water-supply)").Value.Should().Match<Value>(x => !x.IsUnknown && !x.Boolean);
    }

    [Fact]
    public void Lists_sectors_and_industries()
    {
        Eval("project.nature in ['new', 'expansion']").Value.Boolean.Should().BeTrue();
        Eval("project.nature not in ['new', 'expansion']").Value.Boolean.Should().BeFalse();
        Eval("'two-high' in project.sectors").Value.Boolean.Should().BeTrue();
        Eval("project.inIndustry('C30') and not project.inIndustry('A')").Value.Boolean.Should().BeTrue();
        Eval("'cement.clinker' in project.products").Value.Boolean.Should().BeTrue();
    }

    [Fact]
    public void Parameters_are_typed_by_their_default()
    {
        var (v, _, _) = Eval("site.distanceTo('residential') >= params.p0", null, Value.Of(500));
        v.Boolean.Should().BeFalse(); // 480 m < 500 m
        Error("site.distanceTo('residential') >= params.p0", Scope(("p0", ExprType.Of(Dimension.OfMass / Dimension.OfTime)))).Code.Should().Be("CB6109");
    }

    [Fact]
    public void Evidence_records_every_fact_read()
    {
        var s = new FakeSubject();
        s.Within["no-farming"] = Value.Of(true, "NF-01");
        var (_, e, ctx) = Eval("site.within('no-farming') and energy.carrier('coal.raw') > 0 tce", s);
        e.SlotNames.Should().Equal("site.within('no-farming')", "energy.carrier('coal.raw')");
        ctx.ReadMask.Should().Be(3UL);
        ctx.Reads[0].Format(ExprType.Boolean).Should().Be("true (NF-01)");
        ctx.Reads[1].Format(ExprType.Of(Dimension.OfCoalEquivalent)).Should().Be("135717 tce");
    }

    [Fact]
    public void Division_by_zero_is_unknown_not_infinite()
    {
        Eval("energy.total / energy.carrier('electricity') > 1").Value.IsUnknown.Should().BeTrue();
    }

    // ---- Errors: code, 0-based position and a message that says what to write ----

    [Theory]
    [InlineData("facts.cement.clinker-capacity > 500 m", "CB6109", 30, "different dimensions")]
    [InlineData("facts.cement.clinker-capacty >= 5000 t/d", "CB6105", 0, "Did you mean 'facts.cement.clinker-capacity'")]
    [InlineData("facts.nothing.here", "CB6105", 0, "unknown fact 'facts.nothing.here'")]
    [InlineData("site.within('no-farming'", "CB6101", 24, "expected ',' or ')'")]
    [InlineData("project.nature == 'new", "CB6102", 18, "no closing '")]
    [InlineData("1.2.3 > 1", "CB6103", 0, "the number '1.2.3' is invalid")]
    [InlineData("energy.total <= 5 wombats", "CB6104", 18, "unknown unit 'wombats'")]
    [InlineData("site.near('river')", "CB6106", 0, "unknown function 'site.near'")]
    [InlineData("site.within('no-farming', 'x')", "CB6107", 0, "takes 1 argument(s) but 2 were given")]
    [InlineData("project.nature and true", "CB6108", 0, "needs booleans on both sides but got text")]
    [InlineData("site.within('scenic-lake')", "CB6113", 12, "unknown zone kind or zone id 'scenic-lake'")]
    [InlineData("site.within(project.nature)", "CB6114", 12, "must be a string literal")]
    [InlineData("site.distanceTo('residential') >= params.setback", "CB6115", 34, "the rule has no parameter 'setback'")]
    [InlineData("region.keyRegion # true", "CB6116", 17, "unexpected character '#'")]
    [InlineData("   ", "CB6117", 0, "the expression is empty")]
    [InlineData("region.keyRegion && true", "CB6119", 17, "write 'and' instead of '&&'")]
    [InlineData("project.nature = 'new'", "CB6120", 15, "compare with '==', not '='")]
    [InlineData("1 < energy.total < 2 tce", "CB6121", 17, "cannot be chained")]
    [InlineData("energy.total", "CB6122", 0, "must give a boolean")]
    [InlineData("pollutant('CO2') > 0 t/a", "CB6123", 10, "does not accept 'CO2'")]
    [InlineData("project.nature in ['new', 3]", "CB6125", 26, "may hold strings only")]
    [InlineData("site.within > 1", "CB6126", 0, "is a function; call it with parentheses")]
    [InlineData("facts.project.reduction-plan()", "CB6126", 0, "is a fact, not a function")]
    [InlineData("energy.carrier('unobtainium') > 0 tce", "CB6123", 15, "does not accept 'unobtainium'")]
    [InlineData("energy.total - -", "CB6101", 16, "the expression ends too early")]
    [InlineData("has(3)", "CB6108", 4, "has()")]
    public void Errors_have_a_code_a_position_and_a_useful_message(string text, string code, int position, string fragment)
    {
        var e = Error(text);
        e.Code.Should().Be(code, e.En);
        e.Position.Should().Be(position, e.En);
        e.En.Should().Contain(fragment);
        e.En.Should().StartWith(position == 0 && code is "CB6117" or "CB6122" ? string.Empty : "column " + (position + 1), "the message names the 1-based column");
        e.Zh.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Too_long_and_too_many_nodes_are_diagnostics()
    {
        Error(new string('x', 2001)).Code.Should().Be("CB6111");
        var chain = string.Join(" or ", Enumerable.Repeat("true", 130)); // 259 nodes > 256
        Error(chain).Code.Should().Be("CB6112");
    }

    [Fact]
    public void Too_many_fact_reads_is_a_diagnostic()
    {
        var scope = Scope(Enumerable.Range(0, 70).Select(i => ("p" + i, ExprType.Boolean)).ToArray());
        var text = string.Join(" or ", Enumerable.Range(0, 70).Select(i => "params.p" + i));
        var e = ExpressionCompiler.Compile(text, scope, requireBoolean: true, out var error);
        e.Should().BeNull();
        error!.Code.Should().Be("CB6118");
    }

    [Theory]
    [InlineData(100_000, "(")]
    [InlineData(100_000, "not ")]
    [InlineData(100_000, "-")]
    [InlineData(50_000, "[")]
    [InlineData(50_000, "has(")]
    public void Deep_nesting_gives_a_diagnostic_not_a_stack_overflow(int depth, string opener)
    {
        var text = string.Concat(Enumerable.Repeat(opener, depth)) + "1";
        var scope = new CompileScope { Facts = FactCatalog.Builtin, IsZoneReference = _ => false, ZoneKindsText = string.Empty, Limits = new ExpressionLimits(1_000_000, 32, 1_000_000) };
        var e = ExpressionCompiler.Compile(text, scope, requireBoolean: true, out var error);
        e.Should().BeNull();
        error!.Code.Should().Be("CB6110");
        error.En.Should().Contain("deeper than 32 levels");
    }

    [Fact]
    public void Deep_nesting_error_points_at_the_opener_past_the_limit()
    {
        // 40 '(' : the 33rd (0-based position 32) is one level too deep.
        var e = Error(new string('(', 40) + "true" + new string(')', 40));
        e.Code.Should().Be("CB6110");
        e.Position.Should().Be(32);
        e.En.Should().StartWith("column 33:");
    }

    [Fact]
    public void Deep_input_within_the_default_token_limit_is_refused_early()
    {
        // Within the length limit, a 100 000-deep input stops at the token limit (2 × 256) before parsing.
        var scope = new CompileScope { Facts = FactCatalog.Builtin, IsZoneReference = _ => false, ZoneKindsText = string.Empty, Limits = new ExpressionLimits(1_000_000, 32, 256) };
        Error(new string('(', 100_000) + "1", scope).Code.Should().Be("CB6112");
        // With the default length limit it is refused as too long first.
        Error(new string('(', 100_000) + "1").Code.Should().Be("CB6111");
    }

    [Fact]
    public void Nesting_within_the_limit_compiles()
    {
        var text = new string('(', 31) + "region.keyRegion" + new string(')', 31);
        Eval(text).Value.Boolean.Should().BeFalse();
    }
}
