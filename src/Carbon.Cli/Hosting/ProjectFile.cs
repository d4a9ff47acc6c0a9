namespace Carbon.Cli.Hosting;

/// <summary>Reads a project file the user named, with bilingual errors instead of exceptions.</summary>
internal static class ProjectFile
{
    /// <summary>The largest file read into memory; the reader's own limit then applies (and says so).</summary>
    private const long MaxFileBytes = 64L * 1024 * 1024;

    public static byte[]? Read(CliEnvironment env, string path, Language l, out string? error)
    {
        error = null;
        string full;
        try
        {
            full = env.Resolve(path);
        }
        catch (ArgumentException)
        {
            var shown = path.Replace("\0", "\\0", StringComparison.Ordinal);
            error = l.F("File.InvalidPath", shown);
            return null;
        }

        if (Directory.Exists(full))
        {
            error = l.F("File.IsFolder", path);
            return null;
        }

        if (!File.Exists(full))
        {
            error = l.F("File.NotFound", path);
            return null;
        }

        try
        {
            var info = new FileInfo(full);
            if (info.Length > MaxFileBytes)
            {
                error = l.F("File.TooLarge", info.Length);
                return null;
            }

            return File.ReadAllBytes(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = l.F("File.CannotRead", path, ex.Message);
            return null;
        }
    }
}
