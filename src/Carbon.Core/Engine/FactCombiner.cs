using System.Collections.Immutable;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Facts;
using Carbon.Sdk.Units;

namespace Carbon.Engine;

/// <summary>
/// Turns the facts of all lines into one fact per key for the later stages: a project-declared fact wins over plugin
/// facts (a disagreeing plugin value is reported); plugin facts combine as each declares (sum, union, max), and
/// single-valued facts that disagree are reported with the first value kept.
/// </summary>
internal static class FactCombiner
{
    public static ImmutableArray<(Fact Fact, string Origin)> Combine(IReadOnlyList<(Fact Fact, string Origin)> facts, List<Diagnostic> diagnostics)
    {
        var result = ImmutableArray.CreateBuilder<(Fact, string)>(facts.Count);
        // Groups by key in the order keys first appear, each in line order (what GroupBy gave), without its lookup:
        // next[i] is the following fact with the same key, or −1.
        var heads = new Dictionary<string, int>(facts.Count, StringComparer.Ordinal);
        var next = new int[facts.Count];
        var tails = new int[facts.Count];
        for (var i = 0; i < facts.Count; i++)
        {
            next[i] = -1;
            if (heads.TryGetValue(facts[i].Fact.Key, out var head))
            {
                next[tails[head]] = i;
                tails[head] = i;
            }
            else
            {
                heads.Add(facts[i].Fact.Key, i);
                tails[i] = i;
            }
        }

        var items = new List<(Fact Fact, string Origin)>();
        for (var k = 0; k < facts.Count; k++)
        {
            if (heads[facts[k].Fact.Key] != k)
            {
                continue;
            }

            items.Clear();
            for (var j = k; j >= 0; j = next[j])
            {
                items.Add(facts[j]);
            }

            if (items.Count == 1)
            {
                result.Add(items[0]);
                continue;
            }

            var declared = items.FirstOrDefault(i => i.Origin == "project");
            if (declared.Fact is not null)
            {
                foreach (var other in items.Where(i => i.Origin != "project" && !Same(i.Fact.Value, declared.Fact.Value)))
                {
                    diagnostics.Add(Conflict(other.Fact, declared.Fact));
                }

                result.Add(declared);
                continue;
            }

            var first = items[0];

            switch (first.Fact.Combination)
            {
                case FactCombination.Sum when items.All(i => i.Fact.Value.Kind == FactKind.Quantity && i.Fact.Value.Quantity.Dimension == first.Fact.Value.Quantity.Dimension):
                    var sum = items.Sum(i => i.Fact.Value.Quantity.Value);
                    result.Add((first.Fact with { Value = FactValue.Of(new Quantity(sum, first.Fact.Value.Quantity.Dimension)), Path = null }, first.Origin));
                    break;
                case FactCombination.Max when items.All(i => i.Fact.Value.Kind == FactKind.Quantity && i.Fact.Value.Quantity.Dimension == first.Fact.Value.Quantity.Dimension):
                    result.Add(items.MaxBy(i => i.Fact.Value.Quantity.Value));
                    break;
                case FactCombination.Union:
                    var values = items.SelectMany(i => i.Fact.Value.Kind == FactKind.TextList ? i.Fact.Value.Items : i.Fact.Value.Text is { } t ? [t] : ImmutableArray<string>.Empty)
                        .Distinct(StringComparer.Ordinal).ToImmutableArray();
                    result.Add((first.Fact with { Value = new FactValue { Kind = FactKind.TextList, Items = values }, Path = null }, first.Origin));
                    break;
                default:
                    foreach (var other in items.Skip(1).Where(i => !Same(i.Fact.Value, first.Fact.Value)))
                    {
                        diagnostics.Add(Conflict(other.Fact, first.Fact));
                    }

                    result.Add(first);
                    break;
            }
        }

        return result.ToImmutable();
    }

    private static bool Same(FactValue a, FactValue b) => a.Kind == b.Kind && a.Kind switch
    {
        FactKind.Quantity => a.Quantity == b.Quantity,
        FactKind.Boolean => a.Boolean == b.Boolean,
        FactKind.Text => a.Text == b.Text,
        _ => a.Items.SequenceEqual(b.Items, StringComparer.Ordinal),
    };

    private static Diagnostic Conflict(Fact ignored, Fact used) => Diagnostic.Warning(
        "CB4110", ignored.Path ?? string.Empty,
        $"事实“{ignored.Key}”有不一致的取值；采用 {used.Path ?? "项目声明"} 处的值。请只在一处给出，或使其一致。",
        $"Fact '{ignored.Key}' has disagreeing values; the one at {used.Path ?? "the project's facts"} is used. Give it once, or make the values agree.");
}
