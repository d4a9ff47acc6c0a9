using System.Reflection;

namespace Carbon.Fuzz.Targets;

/// <summary>The embedded files the zoning harnesses wrap their input in.</summary>
internal static class Templates
{
    public static byte[] Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Fuzz." + name)
            ?? throw new InvalidOperationException("missing template " + name);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public static string Text(string name) => System.Text.Encoding.UTF8.GetString(Read(name));
}
