using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Carbon.Reporting.Resources;

namespace Carbon.Reporting.Tests.Resources;

/// <summary>
/// The two tables of Carbon.Reporting's words (Resources/Strings.en.resx, Strings.zh-CN.resx): the same keys, the same
/// placeholders, English without Chinese and Chinese that is Chinese, and every key the code asks for present.
/// </summary>
public partial class ReportStringsTests
{
    /// <summary>Key prefixes looked up with a code appended (ReportLabels), so not visible as literals in the code.</summary>
    private static readonly string[] CodeLists = ["Status.", "Source.", "Basis.", "Severity.", "Nature.", "Origin.", "Verdict.", "Tier.", "Outcome.", "EnergyKind."];

    private static IReadOnlyDictionary<string, string> Zh => ReportStrings.Table(ReportLanguage.Zh);

    private static IReadOnlyDictionary<string, string> En => ReportStrings.Table(ReportLanguage.En);

    [Fact]
    public void Both_languages_have_the_same_keys_and_no_empty_text()
    {
        Zh.Keys.Should().BeEquivalentTo(En.Keys);
        Zh.Should().HaveCountGreaterThan(100, "the tables are embedded and read");
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
    public void English_texts_have_no_chinese_and_chinese_texts_no_english_sentences()
    {
        foreach (var (key, en) in En)
        {
            en.Should().NotMatchRegex(Cjk().ToString(), $"{key} is English");
        }

        foreach (var (key, zh) in Zh)
        {
            EnglishWords().IsMatch(zh).Should().BeFalse($"{key} is Chinese: \"{zh}\"");
            if (zh != En[key])
            {
                zh.Should().MatchRegex(Cjk().ToString(), $"{key} is Chinese");
            }
        }
    }

    [Fact]
    public void Every_key_the_code_uses_is_in_the_tables_and_every_text_is_used()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoRoot(), "src", "Carbon.Reporting"), "*.cs", SearchOption.AllDirectories))
        {
            foreach (Match m in KeyUse().Matches(File.ReadAllText(file)))
            {
                used.Add(m.Groups["key"].Value);
            }
        }

        used.Should().NotBeEmpty();
        used.Where(k => !En.ContainsKey(k)).Should().BeEmpty("every key the code looks up is in the tables");
        En.Keys.Where(k => !used.Contains(k) && !CodeLists.Any(p => k.StartsWith(p, StringComparison.Ordinal)))
            .Should().BeEmpty("a text nobody asks for is dead");
    }

    [Fact]
    public void A_missing_key_is_a_defect_not_a_silent_fallback()
    {
        var act = () => ReportStrings.Get("No.Such.Key", ReportLanguage.Zh);

        act.Should().Throw<InvalidOperationException>().WithMessage("*zh-CN*No.Such.Key*");
    }

    [Fact]
    public void Lookups_do_not_read_the_current_culture()
    {
        var zh = Samples.InCulture("en-US", () => ReportStrings.Get("Label.Formula", ReportLanguage.Zh));
        var en = Samples.InCulture("zh-CN", () => ReportStrings.Get("Label.Formula", ReportLanguage.En));

        zh.Should().Be("公式");
        en.Should().Be("Formula");
        ReportStrings.Format("Emissions.Title", ReportLanguage.En, "AR5").Should().Be("Greenhouse-gas emissions (GWP: AR5)");
    }

    private static List<string> Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    private static string RepoRoot([CallerFilePath] string here = "")
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(here)!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Carbon.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Carbon.sln not found above " + here);
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")]
    private static partial Regex Cjk();

    /// <summary>Four or more English words in a row: an English phrase inside a Chinese text.</summary>
    [GeneratedRegex(@"[A-Za-z][A-Za-z'\-]*(?:[ ,;]+[A-Za-z][A-Za-z'\-]*){3,}")]
    private static partial Regex EnglishWords();

    [GeneratedRegex(@"(?:(?<![A-Za-z.])|\bc\.|ReportStrings\.)(?:T|F|Get|Format|Find)\(""(?<key>[A-Za-z][A-Za-z0-9.\-]*)""")]
    private static partial Regex KeyUse();
}
