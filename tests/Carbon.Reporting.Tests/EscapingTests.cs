using Carbon.Reporting.Documents;

namespace Carbon.Reporting.Tests;

public class EscapingTests
{
    [Theory]
    [InlineData("a|b *c*", @"a\|b \*c\*")]
    [InlineData("<script>alert(1)</script>", @"\<script\>alert(1)\</script\>")]
    [InlineData("[link](javascript:x) ![img](y)", @"\[link\](javascript:x) !\[img\](y)")]
    [InlineData("_a_ `b` ~c~ #d &amp; $e$ \\", @"\_a\_ \`b\` \~c\~ \#d \&amp; \$e\$ \\")]
    [InlineData("line1\nline2\r\nline3\rline4\tend", "line1 line2 line3 line4 end")]
    [InlineData("   indented", "indented")]
    [InlineData("- not a list", "- not a list")]
    [InlineData("1. not a list", "1. not a list")]
    [InlineData("原煤 21万 t", "原煤 21万 t")]
    public void Markdown_escapes_inline_markup(string text, string expected) => MarkdownText.Escape(text).Should().Be(expected);

    [Theory]
    [InlineData("- item", @"\- item")]
    [InlineData("+ item", @"\+ item")]
    [InlineData("===", @"\===")]
    [InlineData("1. item", @"1\. item")]
    [InlineData("12) item", @"12\) item")]
    [InlineData("1.5 t", @"1\.5 t")]
    [InlineData("a - b", "a - b")]
    [InlineData("GB/T 2589-2008", "GB/T 2589-2008")]
    public void Markdown_escapes_block_markers_at_the_start_of_a_line(string text, string expected) =>
        MarkdownText.Escape(text, lineStart: true).Should().Be(expected);

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("a & b \"c\" 'd'", "a &amp; b &quot;c&quot; &#39;d&#39;")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("bell\u0007 nul\0", "bell  nul ")]
    [InlineData("pair 😀 kept", "pair 😀 kept")]
    [InlineData("原煤 ≤ 100 kgce/t", "原煤 ≤ 100 kgce/t")]
    [InlineData("plain", "plain")]
    public void Html_escapes_to_xml_safe_text(string text, string expected) => HtmlText.Escape(text).Should().Be(expected);

    [Fact]
    public void Html_replaces_lone_surrogates_which_utf8_and_xml_cannot_hold()
    {
        HtmlText.Escape("lone \uD800 high").Should().Be("lone \uFFFD high");
        HtmlText.Escape("lone \uDC00 low").Should().Be("lone \uFFFD low");
        HtmlText.Escape("end \uD83D").Should().Be("end \uFFFD");
    }
}
