using System.Text.Json;
using Carbon.Cli.Tests.Support;

namespace Carbon.Cli.Tests;

/// <summary>
/// No mixed-language output (issue 10 item 4): every shipped sample, rendered as tables, Markdown and HTML with every
/// trace, shows Carbon's own words in the language asked for only. English output has no Chinese character, and
/// Chinese output no English phrase (four or more English words), except inside text the output quotes as written:
/// <list type="bullet">
/// <item>user data: any text of the project file itself (the project's name, energy-line labels, amounts as written,
/// stages, region names, fact values), and JSON Pointers into it;</item>
/// <item>citations and titles of sources, which exist in one language only: a record's <c>source</c>, a methodology's
/// <c>guideline</c> and <c>edition</c>, a zoning rule's <c>citation</c> (document, number, clause), and the control-unit
/// texts and local labels a zoning pack quotes from the official list (<c>text.*</c>, <c>subType</c>,
/// <c>subClass</c>, <c>dimensionLabel</c>);</item>
/// <item>identifiers and units: record, rule, activity, product and data-set ids (e.g. <c>grid.mee-nbs.2023.南方</c>),
/// the names of trace inputs (symbols, which carry a line's label), units (<c>tce/万元</c>);</item>
/// <item>in English only, a regulation's own term in brackets right after its English rendering, from
/// <see cref="Glossary"/> ("below (不满) 1000 tce": the review turns on the exact word).</item>
/// </list>
/// The allowed text is taken from the sample's JSON report by member name; a run of Chinese characters (or of English
/// words) passes only when it occurs inside one of those strings. docs/reporting.md#one-language-per-report states the rule.
/// </summary>
public class LanguageSeparationTests
{
    /// <summary>Report members whose string values are quoted as written (see the class remarks).</summary>
    private static readonly HashSet<string> Quoted = new(StringComparer.Ordinal)
    {
        // values as the rules and the project give them, and where they are
        "value", "amount", "path", "adminCode",
        // citations and pack quotations
        "source", "guideline", "edition", "document", "number", "clause", "url", "subType", "subClass", "dimensionLabel",
        "legalCategory",
        "spatialLayout", "pollutantDischarge", "environmentalRisk", "resourceEfficiency",
        // identifiers, symbols and units
        "id", "ruleId", "activity", "product", "gwpRecord", "dataSet", "name", "unit",
    };

    /// <summary>Terms of the regulations quoted in brackets in English text (docs/reporting.md#one-language-per-report).</summary>
    private static readonly HashSet<string> Glossary = new(StringComparer.Ordinal) { "当量值", "等价值", "不满", "及以上", "标杆", "基准", "节能量" };

    public static TheoryData<string, string, string> Renderings()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var sample in Projects())
        {
            foreach (var format in (string[])["table", "md", "html"])
            {
                data.Add(sample, format, "en");
                data.Add(sample, format, "zh");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Renderings))]
    public void A_sample_is_rendered_in_one_language(string sample, string format, string language)
    {
        var path = Path.Combine(CliRunner.RepoRoot(), sample);
        var (_, output, error) = CliRunner.Run("assess", path, "--lang", language, "--format", format, "--explain");
        error.Should().BeEmpty();
        var text = format == "html" ? LanguageText.VisibleText(output) : output;
        var quoted = QuotedText(path);

        Foreign(text, language, quoted).Should().BeEmpty($"{sample} in {language} ({format}) shows only {language} apart from quoted data");
    }

    [Theory]
    [InlineData("review", "en")]
    [InlineData("review", "zh")]
    [InlineData("check", "en")]
    [InlineData("check", "zh")]
    public void The_review_and_zoning_tables_are_in_one_language(string command, string language)
    {
        foreach (var sample in Projects())
        {
            var path = Path.Combine(CliRunner.RepoRoot(), sample);
            var (_, output, _) = CliRunner.Run(command, path, "--lang", language);
            var quoted = QuotedText(path);
            Foreign(output, language, quoted).Should().BeEmpty($"{command} {sample} in {language}");
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("assess")]
    [InlineData("check")]
    [InlineData("review")]
    [InlineData("validate")]
    [InlineData("batch")]
    [InlineData("factors")]
    [InlineData("plugins")]
    [InlineData("init")]
    [InlineData("schema")]
    public void Help_is_in_one_language(string? command)
    {
        string[] args = command is null ? ["--help"] : ["help", command];
        var en = CliRunner.Run([.. args, "--lang", "en"]).Out;
        var zh = CliRunner.Run([.. args, "--lang", "zh"]).Out;

        LanguageText.ChineseRuns(en).Should().BeEmpty();
        LanguageText.EnglishPhrases(zh).Should().BeEmpty();
        zh.Should().NotBe(en);
    }

    [Fact]
    public void The_checks_find_what_they_look_for()
    {
        // The detectors themselves: a leaked Chinese label, a leaked English sentence, and quoted text that passes.
        LanguageText.ChineseRuns("Note: 余热发电 waste heat").Should().Equal("余热发电");
        LanguageText.EnglishPhrases("说明：waste-heat power used on site").Should().Equal("waste-heat power used on site");
        LanguageText.EnglishPhrases("公式：FC × NCV × CC × OF × 44/12").Should().BeEmpty("symbols are not a sentence");
        Foreign("below (不满) 1000 tce; 说明 (不满", "en", []).Should().Equal("说明", "不满");
        Foreign("from 标杆 levels; (equivalent value, 当量值); (标杆/基准); (value,\n│  │ 当量值)", "en", []).Should().Equal("标杆");
        Foreign("Label: 窑头用煤", "en", ["窑头用煤 kiln coal"]).Should().BeEmpty();
                LanguageText.VisibleText("<style>font-family: Noto Sans CJK SC</style><p title=\"x\">a &amp; b</p>").Should().Be("\n\na & b\n");
    }

    /// <summary>Text of the other language that is neither quoted data nor a bracketed term of the glossary.</summary>
    private static List<string> Foreign(string text, string language, List<string> quoted)
    {
        var runs = language == "en" ? LanguageText.ChineseRunsExceptGlosses(text, Glossary) : LanguageText.EnglishPhrases(text);
        return [.. runs.Where(run => !quoted.Any(q => q.Contains(run, StringComparison.Ordinal))).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The project samples (zoning packs and plugin folders are not projects).</summary>
    private static IEnumerable<string> Projects()
    {
        var root = CliRunner.RepoRoot();
        return Directory.EnumerateFiles(Path.Combine(root, "docs", "samples"), "*.json", SearchOption.TopDirectoryOnly)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "docs", "samples", "zoning"), "*.json", SearchOption.TopDirectoryOnly))
            .Where(f => File.ReadAllText(f).Contains("\"reportingYear\"", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>Every string of the project file, and every string the report quotes as written (by member name).</summary>
    private static List<string> QuotedText(string path)
    {
        var quoted = new List<string>();
        using (var project = JsonDocument.Parse(File.ReadAllBytes(path)))
        {
            Collect(project.RootElement, null, quoted, everything: true);
        }

        var (_, json, _) = CliRunner.Run("assess", path, "--format", "json");
        using var report = JsonDocument.Parse(json);
        Collect(report.RootElement, null, quoted, everything: false);
        return quoted;
    }

    private static void Collect(JsonElement e, string? member, List<string> quoted, bool everything)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    Collect(p.Value, p.Name, quoted, everything);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                {
                    Collect(item, member, quoted, everything);
                }

                break;
            case JsonValueKind.String when everything || (member is not null && Quoted.Contains(member)):
                quoted.Add(e.GetString()!);
                break;
        }
    }
}
