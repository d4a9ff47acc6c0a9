namespace Carbon.Reporting.Tests;

public class ReportRendererTests
{
    [Theory]
    [InlineData("md", ReportFormat.Markdown)]
    [InlineData("MD", ReportFormat.Markdown)]
    [InlineData("markdown", ReportFormat.Markdown)]
    [InlineData("html", ReportFormat.Html)]
    [InlineData("Htm", ReportFormat.Html)]
    public void Format_names_are_read(string name, ReportFormat expected)
    {
        ReportRenderer.TryParseFormat(name, out var format).Should().BeTrue();
        format.Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("table")]
    [InlineData("json")]
    [InlineData("pdf")]
    public void Other_names_are_not_formats(string? name) => ReportRenderer.TryParseFormat(name, out _).Should().BeFalse();

    [Fact]
    public void Render_by_format_is_the_format_renderer()
    {
        var options = new ReportRenderOptions { Language = ReportLanguage.En, Explain = true };

        ReportRenderer.Render(Samples.Cement, ReportFormat.Markdown, options).Should().Be(MarkdownReportRenderer.Render(Samples.Cement, options));
        ReportRenderer.Render(Samples.Cement, ReportFormat.Html, options).Should().Be(HtmlReportRenderer.Render(Samples.Cement, options));
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        ReportRenderer.Render(Samples.Cement, ReportFormat.Html, writer, options);
        writer.ToString().Should().Be(HtmlReportRenderer.Render(Samples.Cement, options));
        ReportRenderer.FileExtension(ReportFormat.Markdown).Should().Be(".md");
        ReportRenderer.FileExtension(ReportFormat.Html).Should().Be(".html");
    }

    [Fact]
    public void Defaults_are_chinese_without_traces()
    {
        ReportRenderOptions.Default.Should().Be(new ReportRenderOptions());
        ReportRenderOptions.Default.Language.Should().Be(ReportLanguage.Zh);
        ReportRenderOptions.Default.Explain.Should().BeFalse();
        MarkdownReportRenderer.Render(Samples.Cement).Should().Be(MarkdownReportRenderer.Render(Samples.Cement, ReportRenderOptions.Default));
    }

    [Fact]
    public void Bad_arguments_throw()
    {
        FluentActions.Invoking(() => MarkdownReportRenderer.Render(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => HtmlReportRenderer.Render(Samples.Cement, (TextWriter)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ReportRenderer.Render(Samples.Cement, (ReportFormat)7)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
