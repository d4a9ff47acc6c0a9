using System.Xml.Linq;

namespace Carbon.Reporting.Tests;

/// <summary>Parses a rendered page as XML (the renderer writes well-formed markup) to inspect it.</summary>
internal static class HtmlDocument
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XDocument Parse(string html)
    {
        html.Should().StartWith("<!DOCTYPE html>\n");
        return XDocument.Parse(html["<!DOCTYPE html>\n".Length..]);
    }

    /// <summary>Every <c>&lt;svg&gt;</c> fragment parsed on its own, as a tool extracting the charts would.</summary>
    public static List<XElement> SvgFragments(string html)
    {
        var result = new List<XElement>();
        var start = 0;
        while ((start = html.IndexOf("<svg", start, StringComparison.Ordinal)) >= 0)
        {
            var end = html.IndexOf("</svg>", start, StringComparison.Ordinal) + "</svg>".Length;
            result.Add(XElement.Parse(html[start..end]));
            start = end;
        }

        return result;
    }
}
