using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Carbon.Core.Tests.Data;

/// <summary>Every diagnostic code raised by the core, SDK and console is documented in docs/diagnostics.md.</summary>
public partial class DiagnosticCodeDocumentationTests
{
    [Fact]
    public void Every_code_in_the_sources_is_documented()
    {
        var root = RepoRoot();
        var documented = CodePattern().Matches(File.ReadAllText(Path.Combine(root, "docs", "diagnostics.md"))).Select(m => m.Value).ToHashSet();
        var used = Directory.GetFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => QuotedCodePattern().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(c => !c.StartsWith("CB5", StringComparison.Ordinal) && !c.StartsWith("CB6", StringComparison.Ordinal)) // review and zoning document their own ranges
            .ToHashSet();
        used.Should().NotBeEmpty();
        used.Except(documented).Should().BeEmpty("each code must be explained in docs/diagnostics.md");
    }

    private static string RepoRoot([CallerFilePath] string here = "")
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(here)!);
        while (!File.Exists(Path.Combine(dir!.FullName, "Carbon.sln")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }

    [GeneratedRegex(@"CB\d{4}")]
    private static partial Regex CodePattern();

    [GeneratedRegex("\"(CB\\d{4})\"")]
    private static partial Regex QuotedCodePattern();
}
