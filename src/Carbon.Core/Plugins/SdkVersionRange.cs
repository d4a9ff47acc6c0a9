using System.Globalization;

namespace Carbon.Plugins;

/// <summary>
/// A NuGet-style version range as written in <c>PluginMetadata.SdkRange</c>: <c>[0.1,1.0)</c>, <c>[1.0,)</c>,
/// <c>(,2.0]</c>, <c>[1.2]</c> (exactly), or a bare <c>1.0</c> (at least 1.0). Versions have one to four numeric parts;
/// missing parts are 0, so <c>1.0</c> equals <c>1.0.0</c>. Pre-release labels are not accepted (the SDK ships none).
/// Immutable and culture-independent.
/// </summary>
/// <remarks>
/// This file is compiled into Carbon.Core and, as a linked source file, into Carbon.Sdk.Testing, so that the host and
/// the conformance kit apply one rule. It belongs in Carbon.Sdk next to <c>PluginMetadata</c> (see docs/plugins.md).
/// </remarks>
internal sealed record SdkVersionRange
{
    private SdkVersionRange(Version? minimum, bool minimumInclusive, Version? maximum, bool maximumInclusive)
    {
        Minimum = minimum;
        MinimumInclusive = minimumInclusive;
        Maximum = maximum;
        MaximumInclusive = maximumInclusive;
    }

    /// <summary>The lower bound, or null for none.</summary>
    public Version? Minimum { get; }

    /// <summary>Whether the lower bound itself is in the range.</summary>
    public bool MinimumInclusive { get; }

    /// <summary>The upper bound, or null for none.</summary>
    public Version? Maximum { get; }

    /// <summary>Whether the upper bound itself is in the range.</summary>
    public bool MaximumInclusive { get; }

    /// <summary>Reads a range.</summary>
    /// <param name="text">The range text.</param>
    /// <param name="range">The range when the text is valid.</param>
    /// <param name="error">Why the text is not a range (English), or null.</param>
    /// <returns>True when the text is a valid, non-empty range.</returns>
    public static bool TryParse(string? text, out SdkVersionRange? range, out string? error)
    {
        range = null;
        var s = text?.Trim() ?? string.Empty;
        if (s.Length == 0)
        {
            error = "the range is empty";
            return false;
        }

        var first = s[0];
        if (first is not ('[' or '('))
        {
            // A bare version means "this version or later", as in NuGet.
            if (!TryParseVersion(s, out var floor))
            {
                error = $"'{s}' is not a version (write e.g. 1.0 or [1.0,2.0))";
                return false;
            }

            range = new SdkVersionRange(floor, true, null, false);
            error = null;
            return true;
        }

        var last = s[^1];
        if (last is not (']' or ')'))
        {
            error = "a range that opens with [ or ( must close with ] or )";
            return false;
        }

        var body = s[1..^1];
        var comma = body.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            // [1.0] is the exact version; (1.0) means nothing and is refused.
            if (first != '[' || last != ']' || !TryParseVersion(body.Trim(), out var exact))
            {
                error = "a range without a comma must be an exact version in square brackets, e.g. [1.0]";
                return false;
            }

            range = new SdkVersionRange(exact, true, exact, true);
            error = null;
            return true;
        }

        if (body.IndexOf(',', comma + 1) >= 0)
        {
            error = "a range has at most one comma";
            return false;
        }

        var lowText = body[..comma].Trim();
        var highText = body[(comma + 1)..].Trim();
        Version? low = null;
        Version? high = null;
        if (lowText.Length > 0 && !TryParseVersion(lowText, out low))
        {
            error = $"the lower bound '{lowText}' is not a version";
            return false;
        }

        if (highText.Length > 0 && !TryParseVersion(highText, out high))
        {
            error = $"the upper bound '{highText}' is not a version";
            return false;
        }

        if (low is null && high is null)
        {
            error = "a range needs at least one bound";
            return false;
        }

        if ((low is null && first == '[') || (high is null && last == ']'))
        {
            error = "a missing bound must be open: write (,2.0) or [1.0,)";
            return false;
        }

        if (low is not null && high is not null)
        {
            var order = low.CompareTo(high);
            if (order > 0 || (order == 0 && !(first == '[' && last == ']')))
            {
                error = "the range is empty: its lower bound is not below its upper bound";
                return false;
            }
        }

        range = new SdkVersionRange(low, first == '[', high, last == ']');
        error = null;
        return true;
    }

    /// <summary>Whether a version is in the range.</summary>
    /// <param name="version">The version (missing parts count as 0).</param>
    /// <returns>True when it is.</returns>
    public bool Contains(Version version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var v = Normalize(version);
        if (Minimum is not null)
        {
            var c = v.CompareTo(Minimum);
            if (c < 0 || (c == 0 && !MinimumInclusive))
            {
                return false;
            }
        }

        if (Maximum is not null)
        {
            var c = v.CompareTo(Maximum);
            if (c > 0 || (c == 0 && !MaximumInclusive))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The range in NuGet notation, e.g. <c>[0.1.0.0,1.0.0.0)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        (MinimumInclusive ? "[" : "(") + Minimum?.ToString() + "," + Maximum?.ToString() + (MaximumInclusive ? "]" : ")");

    /// <summary>A version with all four parts set (missing parts are 0), so that 1.0 equals 1.0.0.0.</summary>
    /// <param name="version">The version.</param>
    /// <returns>The normalised version.</returns>
    internal static Version Normalize(Version version) =>
        new(version.Major, version.Minor, Math.Max(version.Build, 0), Math.Max(version.Revision, 0));

    private static bool TryParseVersion(string text, out Version? version)
    {
        version = null;
        var parts = text.Split('.');
        if (parts.Length is < 1 or > 4)
        {
            return false;
        }

        var numbers = new int[4];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.Length == 0 || part.Length > 9 || !part.All(char.IsAsciiDigit)
                || !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        version = new Version(numbers[0], numbers[1], numbers[2], numbers[3]);
        return true;
    }
}
