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
            error = l.T($"“{shown}”不是有效的文件路径。", $"'{shown}' is not a valid file path.");
            return null;
        }

        if (Directory.Exists(full))
        {
            error = l.T($"“{path}”是文件夹，不是项目文件。", $"'{path}' is a folder, not a project file.");
            return null;
        }

        if (!File.Exists(full))
        {
            error = l.T($"找不到项目文件：{path}", $"Project file not found: {path}");
            return null;
        }

        try
        {
            var info = new FileInfo(full);
            if (info.Length > MaxFileBytes)
            {
                error = l.T($"项目文件过大（{info.Length} 字节）。", $"The project file is too large ({info.Length} bytes).");
                return null;
            }

            return File.ReadAllBytes(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = l.T($"无法读取项目文件 {path}：{ex.Message}", $"Cannot read the project file {path}: {ex.Message}");
            return null;
        }
    }
}
