using System.Globalization;

namespace Carbon.Benchmarks.Rules;

/// <summary>
/// The same 30 rules written in both languages: 10 comparisons of quantities combined with booleans, 10 text
/// membership tests, 10 sums and negations. Thresholds vary so that some rules hold and some do not.
/// </summary>
internal static class RuleSet
{
    public static IReadOnlyList<(string Carbon, string RulesEngine)> Rules { get; } = Build();

    private static List<(string, string)> Build()
    {
        var rules = new List<(string, string)>(30);
        for (var i = 0; i < 10; i++)
        {
            var t = (100 * i).ToString(CultureInfo.InvariantCulture);
            rules.Add(($"facts.bench.q{i} > {t} t/a and facts.bench.b{i}", $"input1.Q{i} > {t} && input1.B{i}"));
        }

        for (var i = 0; i < 10; i++)
        {
            rules.Add(($"facts.bench.t{i} in ['coal', 'oil', 'III'] or facts.bench.t{(i + 1) % 10} == 'new'",
                $"(input1.T{i} == \"coal\" || input1.T{i} == \"oil\" || input1.T{i} == \"III\") || input1.T{(i + 1) % 10} == \"new\""));
        }

        for (var i = 0; i < 10; i++)
        {
            var t = (150 * i).ToString(CultureInfo.InvariantCulture);
            rules.Add(($"facts.bench.q{i} + facts.bench.q{(i + 3) % 10} <= {t} t/a or not (facts.bench.b{(i + 5) % 10} and facts.bench.b{i})",
                $"input1.Q{i} + input1.Q{(i + 3) % 10} <= {t} || !(input1.B{(i + 5) % 10} && input1.B{i})"));
        }

        return rules;
    }
}
