namespace Carbon.Plugins.Cement.Calculation;

/// <summary>Builds RFC 6901 JSON Pointers.</summary>
internal static class JsonPointer
{
    /// <summary>Appends one reference token, escaping <c>~</c> and <c>/</c>.</summary>
    /// <param name="path">The pointer so far.</param>
    /// <param name="token">The member name or index.</param>
    /// <returns>The longer pointer.</returns>
    public static string Append(string path, string token) =>
        path + "/" + token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
