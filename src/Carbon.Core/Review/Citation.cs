using Carbon.Sdk.Factors;

namespace Carbon.Review;

/// <summary>Writes a citation on one line with everything a reviewer needs to find it: document, clause, address, edition.</summary>
internal static class Citation
{
    public static string Format(SourceCitation source)
    {
        var text = source.Document;
        if (source.Clause is { Length: > 0 } clause)
        {
            text += ", " + clause;
        }

        if (source.Url is { Length: > 0 } url)
        {
            text += " — " + url;
        }

        if (source.Edition is { Length: > 0 } edition)
        {
            text += " (" + edition + ")";
        }

        return text;
    }
}
