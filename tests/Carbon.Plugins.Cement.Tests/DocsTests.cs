using System.Reflection;
using System.Text.RegularExpressions;
using Carbon.Plugins.Cement.Calculation;

namespace Carbon.Plugins.Cement.Tests;

/// <summary>docs/methodology/cement.md lists every diagnostic code the plugin can emit, and no other.</summary>
public partial class DocsTests
{
    [GeneratedRegex(@"^\| (CB71\d\d) \|", RegexOptions.Multiline)]
    private static partial Regex CodeRow();

    [Fact]
    public void Methodology_page_lists_exactly_the_plugins_diagnostic_codes()
    {
        var codes = typeof(CementDiagnostics).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name.EndsWith("Code", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal)
            .ToList();
        codes.Should().OnlyHaveUniqueItems().And.OnlyContain(c => c.StartsWith("CB71", StringComparison.Ordinal));

        var page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "cement.md"));
        var listed = CodeRow().Matches(page).Select(m => m.Groups[1].Value).ToList();
        listed.Should().Equal(codes);
    }
}
