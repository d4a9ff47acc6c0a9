using System.Text.RegularExpressions;
using Carbon.Reliability.Tests.Support;

namespace Carbon.Reliability.Tests.Data;

/// <summary>
/// Issue 10 (no mixed-language output): every emission line a plugin writes carries its label in Chinese and in
/// English (<c>GasEmission.Label</c> is a <c>LocalizedText</c> since SDK 0.2.0), and a label the project file gives is
/// quoted as written in both. Checked over every shipped sample that has emission lines.
/// </summary>
public partial class EmissionLabelLanguageTests
{
    [Fact]
    public void Plugin_lines_have_a_chinese_and_an_english_label_and_project_labels_are_quoted_in_both()
    {
        var engine = Engines.Create();
        var pluginLines = 0;
        foreach (var sample in Samples.All)
        {
            var report = engine.Assess(File.ReadAllBytes(sample));
            foreach (var line in report.Emissions?.Lines ?? [])
            {
                if (line.Path.StartsWith("/energy/", StringComparison.Ordinal))
                {
                    // an energy line: its label, if any, is the project's own text, the same in both fields
                    line.Label?.Zh.Should().Be(line.Label.En, $"{Path.GetFileName(sample)} {line.Path} quotes the project's label");
                    continue;
                }

                line.Label.Should().NotBeNull($"{Path.GetFileName(sample)} {line.Path}: a plugin line says what it is");
                Han().IsMatch(line.Label!.Zh).Should().BeTrue($"{Path.GetFileName(sample)} {line.Path}: '{line.Label.Zh}' is Chinese");
                Han().IsMatch(line.Label.En).Should().BeFalse($"{Path.GetFileName(sample)} {line.Path}: '{line.Label.En}' is English");
                pluginLines++;
            }
        }

        // cement (clinker, raw meal), lime (calcination), concrete and livestock samples all have plugin lines
        pluginLines.Should().BeGreaterThan(4);
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
