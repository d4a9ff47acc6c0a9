namespace Carbon.Projects;

/// <summary>Builds RFC 6901 JSON Pointers.</summary>
internal static class JsonPointer
{
    /// <summary>Appends a member name, escaping '~' and '/'.</summary>
    public static string Member(string path, string name) =>
        path + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>Appends an array index.</summary>
    public static string Index(string path, int index) => path + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
