using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Carbon.Sdk.Plugins;

/// <summary>
/// A range of Carbon.Sdk versions in NuGet notation, as written in <see cref="PluginMetadata.SdkRange"/>:
/// <c>[0.1,1.0)</c> (0.1 ≤ v &lt; 1.0), <c>[1.0,)</c>, <c>(,2.0]</c>, <c>[1.2]</c> (exactly 1.2), or a bare <c>1.0</c>
/// (1.0 or later). The host and the conformance kit read a plugin's range with this type, so both apply one rule
/// (docs/plugins.md#compatibility).
/// </summary>
/// <remarks>
/// <para>Versions have one to four numeric parts and missing parts are 0, so <c>1.0</c>, <c>1.0.0</c> and
/// <c>1.0.0.0</c> are one version. Pre-release labels are not accepted: Carbon.Sdk ships none.</para>
/// <para>Immutable, thread-safe and independent of the current culture. <see cref="ToString"/> writes the shortest
/// notation (<c>[0.1,1.0)</c>), which <see cref="Parse"/> reads back to an equal range.</para>
/// </remarks>
public sealed class SdkVersionRange : IEquatable<SdkVersionRange>
{
    private SdkVersionRange(Version? minimum, bool isMinimumInclusive, Version? maximum, bool isMaximumInclusive)
    {
        Minimum = minimum;
        IsMinimumInclusive = minimum is not null && isMinimumInclusive;
        Maximum = maximum;
        IsMaximumInclusive = maximum is not null && isMaximumInclusive;
    }

    /// <summary>The lower bound with all four parts set (e.g. <c>0.1.0.0</c>), or null when the range has none.</summary>
    public Version? Minimum { get; }

    /// <summary>Whether <see cref="Minimum"/> itself is in the range (<c>[</c>) or not (<c>(</c>); false without a lower bound.</summary>
    public bool IsMinimumInclusive { get; }

    /// <summary>The upper bound with all four parts set (e.g. <c>1.0.0.0</c>), or null when the range has none.</summary>
    public Version? Maximum { get; }

    /// <summary>Whether <see cref="Maximum"/> itself is in the range (<c>]</c>) or not (<c>)</c>); false without an upper bound.</summary>
    public bool IsMaximumInclusive { get; }

    /// <summary>Reads a range, e.g. <c>[0.1,1.0)</c>.</summary>
    /// <param name="text">The range text; whitespace around it and around each bound is ignored.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a non-empty range; the message says why.</exception>
    public static SdkVersionRange Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var range, out var error)
            ? range
            : throw new FormatException($"'{text}' is not a Carbon.Sdk version range: {error} (write e.g. [0.1,1.0)).");
    }

    /// <summary>Reads a range, without throwing.</summary>
    /// <param name="text">The range text, or null.</param>
    /// <param name="range">The range when the text is valid, else null.</param>
    /// <returns>True when the text is a valid, non-empty range.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out SdkVersionRange? range) =>
        TryParse(text, out range, out _);

    /// <summary>Reads a range, without throwing, and says why the text is not one.</summary>
    /// <param name="text">The range text, or null.</param>
    /// <param name="range">The range when the text is valid, else null.</param>
    /// <param name="error">Why the text is not a range (English, for a diagnostic), or null when it is one.</param>
    /// <returns>True when the text is a valid, non-empty range.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out SdkVersionRange? range, [NotNullWhen(false)] out string? error)
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
        if (s.Length < 2 || last is not (']' or ')'))
        {
            error = "a range that opens with [ or ( must close with ] or )";
            return false;
        }

        var body = s[1..^1];
        var comma = body.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            // [1.0] is the exact version; (1.0) would contain nothing and is refused.
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
    /// <param name="version">The version; missing parts count as 0 (<c>1.0</c> is <c>1.0.0.0</c>).</param>
    /// <returns>True when it is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="version"/> is null.</exception>
    public bool Contains(Version version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var v = new Version(version.Major, version.Minor, Math.Max(version.Build, 0), Math.Max(version.Revision, 0));
        if (Minimum is not null)
        {
            var c = v.CompareTo(Minimum);
            if (c < 0 || (c == 0 && !IsMinimumInclusive))
            {
                return false;
            }
        }

        if (Maximum is not null)
        {
            var c = v.CompareTo(Maximum);
            if (c > 0 || (c == 0 && !IsMaximumInclusive))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The range in NuGet notation with the shortest versions (trailing zero parts after the minor dropped):
    /// <c>[0.1,1.0)</c>, <c>[1.0,)</c>, <c>(,2.0]</c>, or <c>[1.2]</c> for an exact version. A bare <c>1.0</c> is written <c>[1.0,)</c>.
    /// </summary>
    /// <returns>The text, which <see cref="Parse"/> reads back to an equal range.</returns>
    public override string ToString()
    {
        if (Minimum is not null && IsMinimumInclusive && IsMaximumInclusive && Minimum.Equals(Maximum))
        {
            return "[" + Format(Minimum) + "]";
        }

        return (IsMinimumInclusive ? "[" : "(") + Format(Minimum) + "," + Format(Maximum) + (IsMaximumInclusive ? "]" : ")");
    }

    /// <summary>Whether two ranges have the same bounds (versions compared with missing parts as 0).</summary>
    /// <param name="other">The other range.</param>
    /// <returns>True when they contain the same versions.</returns>
    public bool Equals([NotNullWhen(true)] SdkVersionRange? other) =>
        other is not null
        && Equals(Minimum, other.Minimum) && IsMinimumInclusive == other.IsMinimumInclusive
        && Equals(Maximum, other.Maximum) && IsMaximumInclusive == other.IsMaximumInclusive;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as SdkVersionRange);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Minimum, IsMinimumInclusive, Maximum, IsMaximumInclusive);

    /// <summary>Whether two ranges are equal (see <see cref="Equals(SdkVersionRange)"/>).</summary>
    /// <param name="left">A range, or null.</param>
    /// <param name="right">A range, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(SdkVersionRange? left, SdkVersionRange? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two ranges differ (see <see cref="Equals(SdkVersionRange)"/>).</summary>
    /// <param name="left">A range, or null.</param>
    /// <param name="right">A range, or null.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(SdkVersionRange? left, SdkVersionRange? right) => !(left == right);

    private static string Format(Version? version)
    {
        if (version is null)
        {
            return string.Empty;
        }

        var parts = version.Revision > 0 ? 4 : version.Build > 0 ? 3 : 2;
        var text = version.Major.ToString(CultureInfo.InvariantCulture) + "." + version.Minor.ToString(CultureInfo.InvariantCulture);
        if (parts >= 3)
        {
            text += "." + version.Build.ToString(CultureInfo.InvariantCulture);
        }

        if (parts == 4)
        {
            text += "." + version.Revision.ToString(CultureInfo.InvariantCulture);
        }

        return text;
    }

    private static bool TryParseVersion(string text, [NotNullWhen(true)] out Version? version)
    {
        version = null;
        var parts = text.Split('.');
        if (parts.Length > 4)
        {
            return false;
        }

        var numbers = new int[4];
        for (var i = 0; i < parts.Length; i++)
        {
            // ASCII digits only (no sign, no spaces, no full-width digits), at most 9 so that the part fits an int.
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
