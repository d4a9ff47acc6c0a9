using System.Text.RegularExpressions;
using Carbon.Cli.Resources;
using Carbon.Cli.Tests.Support;

namespace Carbon.Cli.Tests.Resources;

/// <summary>
/// The console's two word tables (src/Carbon.Cli/Resources/Strings.en.resx, Strings.zh-CN.resx): same keys, same
/// placeholders, English without Chinese, Chinese without English phrases, every key the code uses present, and the
/// tables embedded in the executable the console tests run.
/// </summary>
public partial class CliStringsTests
{
    /// <summary>
    /// English texts that quote input syntax with Chinese characters: quantities may be written with 万 and 亿
    /// (docs/project-file.md), and the starter file says so.
    /// </summary>
    private static readonly HashSet<string> QuotesInputSyntax = new(StringComparer.Ordinal) { "Init.QuantitySyntax" };

    private static IReadOnlyDictionary<string, string> Zh => CliStrings.Table(zh: true);

    private static IReadOnlyDictionary<string, string> En => CliStrings.Table(zh: false);

    [Fact]
    public void Both_languages_have_the_same_keys_and_no_empty_text()
    {
        Zh.Keys.Should().BeEquivalentTo(En.Keys);
        Zh.Should().HaveCountGreaterThan(100);
        Zh.Values.Concat(En.Values).Should().OnlyContain(v => v.Trim().Length > 0);
    }

    [Fact]
    public void Each_text_has_the_same_placeholders_in_both_languages()
    {
        foreach (var key in En.Keys)
        {
            Placeholders(Zh[key]).Should().BeEquivalentTo(Placeholders(En[key]), key);
        }
    }

    [Fact]
    public void English_texts_have_no_chinese_and_chinese_texts_no_english_phrases()
    {
        foreach (var (key, en) in En.Where(e => !QuotesInputSyntax.Contains(e.Key)))
        {
            LanguageText.ChineseRuns(en).Should().BeEmpty($"{key} is English");
        }

        foreach (var (key, zh) in Zh)
        {
            LanguageText.EnglishPhrases(zh).Should().BeEmpty($"{key} is Chinese");
            if (zh != En[key])
            {
                LanguageText.ChineseRuns(zh).Should().NotBeEmpty($"{key} is Chinese");
            }
        }
    }

    [Fact]
    public void Every_key_the_code_uses_is_in_the_tables_and_every_text_is_used()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(CliRunner.RepoRoot(), "src", "Carbon.Cli"), "*.cs", SearchOption.AllDirectories))
        {
            foreach (Match m in KeyUse().Matches(File.ReadAllText(file)))
            {
                used.Add(m.Groups["key"].Value);
            }
        }

        used.RemoveWhere(k => k.EndsWith('.')); // a prefix completed at run time ("Factors.Field." + field)
        used.Where(k => !En.ContainsKey(k)).Should().BeEmpty("every key the code looks up is in the tables");
        // Factors.Field.* are looked up as "Factors.Field." + the field name.
        En.Keys.Where(k => !used.Contains(k) && !k.StartsWith("Factors.Field.", StringComparison.Ordinal)).Should().BeEmpty("a text nobody asks for is dead");
    }

    [Fact]
    public void A_missing_key_throws_rather_than_falling_back_to_the_other_language()
    {
        var act = () => CliStrings.Get("No.Such.Key", zh: true);

        act.Should().Throw<InvalidOperationException>().WithMessage("*zh-CN*No.Such.Key*");
    }

    [Fact]
    public void The_built_console_carries_both_tables()
    {
        // The console as a separate process (as installed): the tables live in carbon.dll, not in satellite folders.
        var zh = CliProcess.Run("help", "validate", "--lang", "zh");
        var en = CliProcess.Run("help", "validate", "--lang", "en");

        zh.Out.Should().Be(CliStrings.Get("Help.validate", zh: true));
        en.Out.Should().Be(CliStrings.Get("Help.validate", zh: false));
        Directory.EnumerateDirectories(AppContext.BaseDirectory, "zh*").Where(d => File.Exists(Path.Combine(d, "carbon.resources.dll")))
            .Should().BeEmpty("the console needs no satellite assembly");
    }

    private static List<string> Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\bl\.(?:T|F)\(""(?<key>[A-Za-z][A-Za-z0-9.\-]*)""")]
    private static partial Regex KeyUse();
}
