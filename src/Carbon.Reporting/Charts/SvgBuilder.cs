using System.Globalization;
using System.Text;
using Carbon.Reporting.Documents;

namespace Carbon.Reporting.Charts;

/// <summary>
/// Writes SVG elements with coordinates formatted culture-invariant to one decimal (never <c>-0.0</c>), and every
/// text escaped, so a chart is well-formed XML and the same figures always give the same bytes.
/// </summary>
internal sealed class SvgBuilder
{
    private readonly StringBuilder _sb = new();

    public static string Num(double value)
    {
        var r = Math.Round(value, 1, MidpointRounding.ToEven);
        if (r == 0 || !double.IsFinite(r))
        {
            r = 0;
        }

        return r.ToString("0.0", CultureInfo.InvariantCulture);
    }

    public SvgBuilder Raw(string markup)
    {
        _sb.Append(markup);
        return this;
    }

    public SvgBuilder Rect(double x, double y, double width, double height, string fill, string? tooltip = null, string? stroke = null, double rx = 0)
    {
        _sb.Append("<rect x=\"").Append(Num(x)).Append("\" y=\"").Append(Num(y))
            .Append("\" width=\"").Append(Num(Math.Max(0, width))).Append("\" height=\"").Append(Num(Math.Max(0, height)))
            .Append("\" fill=\"").Append(fill).Append('"');
        if (rx > 0)
        {
            _sb.Append(" rx=\"").Append(Num(rx)).Append('"');
        }

        if (stroke is not null)
        {
            _sb.Append(" stroke=\"").Append(stroke).Append('"');
        }

        if (tooltip is null)
        {
            _sb.Append("/>");
        }
        else
        {
            _sb.Append("><title>").Append(HtmlText.Escape(tooltip)).Append("</title></rect>");
        }

        _sb.Append('\n');
        return this;
    }

    public SvgBuilder Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, bool dashed = false)
    {
        _sb.Append("<line x1=\"").Append(Num(x1)).Append("\" y1=\"").Append(Num(y1)).Append("\" x2=\"").Append(Num(x2))
            .Append("\" y2=\"").Append(Num(y2)).Append("\" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Append(Num(width)).Append('"');
        if (dashed)
        {
            _sb.Append(" stroke-dasharray=\"4 3\"");
        }

        _sb.Append("/>\n");
        return this;
    }

    public SvgBuilder Polygon(string fill, string? tooltip, params (double X, double Y)[] points)
    {
        _sb.Append("<polygon points=\"");
        for (var i = 0; i < points.Length; i++)
        {
            if (i > 0)
            {
                _sb.Append(' ');
            }

            _sb.Append(Num(points[i].X)).Append(',').Append(Num(points[i].Y));
        }

        _sb.Append("\" fill=\"").Append(fill).Append('"');
        if (tooltip is null)
        {
            _sb.Append("/>\n");
        }
        else
        {
            _sb.Append("><title>").Append(HtmlText.Escape(tooltip)).Append("</title></polygon>\n");
        }

        return this;
    }

    public SvgBuilder Circle(double cx, double cy, double r, string fill)
    {
        _sb.Append("<circle cx=\"").Append(Num(cx)).Append("\" cy=\"").Append(Num(cy)).Append("\" r=\"").Append(Num(r))
            .Append("\" fill=\"").Append(fill).Append("\"/>\n");
        return this;
    }

    /// <summary>A text; <paramref name="anchor"/> is start, middle or end; the text is cut to <paramref name="maxWidth"/> with an ellipsis.</summary>
    public SvgBuilder Text(double x, double y, string text, string anchor = "start", double size = 12, bool bold = false, string fill = "#1a1a1a", double? maxWidth = null)
    {
        var shown = maxWidth is { } w ? TextMetrics.Fit(text, w, size) : text;
        _sb.Append("<text x=\"").Append(Num(x)).Append("\" y=\"").Append(Num(y)).Append('"');
        if (anchor != "start")
        {
            _sb.Append(" text-anchor=\"").Append(anchor).Append('"');
        }

        if (size != 12)
        {
            _sb.Append(" font-size=\"").Append(Num(size)).Append('"');
        }

        if (bold)
        {
            _sb.Append(" font-weight=\"700\"");
        }

        if (fill != "#1a1a1a")
        {
            _sb.Append(" fill=\"").Append(fill).Append('"');
        }

        _sb.Append('>').Append(HtmlText.Escape(shown));
        if (!ReferenceEquals(shown, text) && shown != text)
        {
            // The full text stays available as a tooltip and to screen readers.
            _sb.Append("<title>").Append(HtmlText.Escape(text)).Append("</title>");
        }

        _sb.Append("</text>\n");
        return this;
    }

    public override string ToString() => _sb.ToString();
}
