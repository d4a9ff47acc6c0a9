using System.Text;
using Carbon.Reporting.Documents;

namespace Carbon.Reporting.Charts;

/// <summary>
/// A chart drawn as inline SVG by Carbon's own code (no script, no external asset): explicit width, height and
/// viewBox, a <c>&lt;title&gt;</c> and <c>&lt;desc&gt;</c> for screen readers, and deterministic coordinates.
/// </summary>
internal abstract class SvgChart(string title, string description)
{
    /// <summary>The font stack of chart text (no quotes, so it sits in an XML attribute as is); CJK fonts first.</summary>
    public const string FontFamily = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, Hiragino Sans GB, WenQuanYi Micro Hei, sans-serif";

    /// <summary>The chart's title (also its caption).</summary>
    public string Title { get; } = title;

    /// <summary>What the chart shows, in words (the figures it draws).</summary>
    public string Description { get; } = description;

    /// <summary>The width in CSS pixels.</summary>
    public abstract double Width { get; }

    /// <summary>The height in CSS pixels.</summary>
    public abstract double Height { get; }

    /// <summary>Writes the chart as an <c>&lt;svg&gt;</c> element; <paramref name="id"/> makes its title and desc ids unique in the page.</summary>
    public string ToSvg(string id)
    {
        var w = SvgBuilder.Num(Width);
        var h = SvgBuilder.Num(Height);
        var sb = new StringBuilder();
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(w).Append("\" height=\"").Append(h)
            .Append("\" viewBox=\"0 0 ").Append(w).Append(' ').Append(h)
            .Append("\" role=\"img\" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\" font-family=\"")
            .Append(FontFamily).Append("\" font-size=\"12\">\n")
            .Append("<title id=\"").Append(id).Append("-title\">").Append(HtmlText.Escape(Title)).Append("</title>\n")
            .Append("<desc id=\"").Append(id).Append("-desc\">").Append(HtmlText.Escape(Description)).Append("</desc>\n");
        var body = new SvgBuilder();
        Draw(body);
        sb.Append(body).Append("</svg>");
        return sb.ToString();
    }

    /// <summary>Draws the chart's content.</summary>
    protected abstract void Draw(SvgBuilder svg);
}
