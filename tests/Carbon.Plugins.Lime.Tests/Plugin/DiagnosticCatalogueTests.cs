using System.Reflection;
using Carbon.Plugins.Lime.Diagnostics;
using Carbon.Sdk.Diagnostics;

namespace Carbon.Plugins.Lime.Tests.Plugin;

/// <summary>The CB72xx catalogue: every code is in the documented list, unique per condition and bilingual.</summary>
public class DiagnosticCatalogueTests
{
    /// <summary>The codes listed in docs/methodology/lime.md.</summary>
    private static readonly string[] Documented =
    [
        "CB7201", "CB7202", "CB7203", "CB7204", "CB7205", "CB7206", "CB7207", "CB7208", "CB7209", "CB7210", "CB7211",
        "CB7212", "CB7213", "CB7214", "CB7215", "CB7216", "CB7217", "CB7218", "CB7219", "CB7221", "CB7222", "CB7223",
        "CB7224", "CB7230", "CB7231", "CB7240",
    ];

    private static IEnumerable<Diagnostic> All()
    {
        foreach (var method in typeof(LimeDiagnostics).GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
        {
            if (method.ReturnType != typeof(Diagnostic))
            {
                continue;
            }

            var args = method.GetParameters().Select(p => p.ParameterType switch
            {
                var t when t == typeof(string) => (object)"x",
                var t when t == typeof(bool) => true,
                var t when t == typeof(double) => 1.5,
                _ => new[] { "a", "b" },
            }).ToArray();
            yield return (Diagnostic)method.Invoke(null, args)!;
        }
    }

    [Fact]
    public void Every_code_is_documented_and_in_range()
    {
        All().Select(d => d.Code).Distinct().Should().BeEquivalentTo(Documented);
    }

    [Fact]
    public void Every_message_is_in_chinese_and_english()
    {
        foreach (var d in All())
        {
            d.Message.IsComplete.Should().BeTrue(d.Code);
            d.Message.Zh.Any(c => c >= '\u4e00' && c <= '\u9fff').Should().BeTrue(d.Code + " zh has Chinese text");
            d.Message.En.Count(char.IsAsciiLetter).Should().BeGreaterThan(10, d.Code + " en is English (Chinese terms may be quoted)");
        }
    }
}
