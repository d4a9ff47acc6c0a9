using System.Globalization;
using Carbon.Engine;
using Carbon.Sdk.Diagnostics;

namespace Carbon.Core.Tests.Engine;

public class DiagnosticCapTests
{
    private static Diagnostic W(string code, int i) => Diagnostic.Warning(code, "/w/" + i.ToString(CultureInfo.InvariantCulture), "警告", "warning");

    private static Diagnostic E(string code, int i) => Diagnostic.Error(code, "/e/" + i.ToString(CultureInfo.InvariantCulture), "错误", "error");

    [Fact]
    public void Each_code_keeps_its_first_max_in_order_then_one_count()
    {
        // Interleaved: 7 × A (warnings), 2 × B, 5 × C (errors); max 3.
        // A: 3 kept (0, 1, 2), then one CB1027 for 7 − 3 = 4 more at A's 4th (/w/3). B: both kept. C: 3 kept, CB1027 for 2 more at /e/3.
        var input = new List<Diagnostic>();
        for (var i = 0; i < 7; i++)
        {
            input.Add(W("A", i));
            if (i < 2)
            {
                input.Add(W("B", i));
            }

            if (i < 5)
            {
                input.Add(E("C", i));
            }
        }

        var capped = DiagnosticCap.Apply(input, 3);

        capped.Select(d => (d.Code, d.Path)).Should().Equal(
            ("A", "/w/0"), ("B", "/w/0"), ("C", "/e/0"),
            ("A", "/w/1"), ("B", "/w/1"), ("C", "/e/1"),
            ("A", "/w/2"), ("C", "/e/2"),
            ("CB1027", "/w/3"), ("CB1027", "/e/3"));
        var (a, c) = (capped[8], capped[9]);
        (a.Severity, c.Severity).Should().Be((DiagnosticSeverity.Warning, DiagnosticSeverity.Error));
        a.Message.En.Should().Be("4 more A diagnostics are not listed (at most 3 per code; the first not listed is at /w/3). Fix the ones listed above first.");
        a.Message.Zh.Should().Be("另有 4 条 A 诊断未列出（每个代码最多列出 3 条；第一条未列出的位于 /w/3）。请先修正上面列出的问题。");
        c.Message.En.Should().StartWith("2 more C diagnostics");
    }

    [Fact]
    public void An_error_among_suppressed_warnings_of_one_code_makes_the_count_an_error()
    {
        var input = new List<Diagnostic> { W("X", 0), W("X", 1), E("X", 2) };

        var capped = DiagnosticCap.Apply(input, 1);

        capped.Should().HaveCount(2);
        capped[1].Should().Match<Diagnostic>(d => d.Code == "CB1027" && d.Severity == DiagnosticSeverity.Error && d.Path == "/w/1");
    }

    [Fact]
    public void At_most_max_of_each_code_nothing_changes()
    {
        var input = new List<Diagnostic> { W("A", 0), W("A", 1), E("B", 0) };

        DiagnosticCap.Apply(input, 2).Should().Equal(input);
    }
}
