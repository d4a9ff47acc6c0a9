using Carbon.Sdk.Diagnostics;

namespace Carbon.Zoning.Loading;

/// <summary>
/// The files of a pack folder, confined to it: relative paths only, no "..", and no link whose target lies outside
/// the folder. Sizes are checked before anything is read. Never throws for bad input.
/// </summary>
internal sealed class PackFiles
{
    private readonly string _root;

    public PackFiles(string root)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
    }

    public string Root => _root;

    /// <summary>Resolves a pack-relative path to a full path inside the folder, or reports why it may not be used.</summary>
    public string? Resolve(string relative, string jsonPath, List<Diagnostic> diagnostics)
    {
        var normalized = relative.Replace('\\', '/');
        // Control characters (NUL above all) are refused with the other unsafe names: Path APIs would throw on them.
        if (normalized.Length == 0 || normalized.Any(char.IsControl) || Path.IsPathRooted(relative) || normalized.StartsWith('/') || normalized.Contains(':', StringComparison.Ordinal)
            || normalized.Split('/').Any(s => s is ".." or "~"))
        {
            diagnostics.Add(ZoningDiagnostics.OutsidePack(jsonPath, relative));
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(_root, normalized.Replace('/', Path.DirectorySeparatorChar)));
        if (!IsInside(full))
        {
            diagnostics.Add(ZoningDiagnostics.OutsidePack(jsonPath, relative));
            return null;
        }

        // Walk every component below the root: a link anywhere on the way must resolve inside the folder.
        var current = _root;
        foreach (var part in Path.GetRelativePath(_root, full).Split(Path.DirectorySeparatorChar))
        {
            current = Path.Combine(current, part);
            try
            {
                FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
                if (info.Exists && info.LinkTarget is not null)
                {
                    var target = info.ResolveLinkTarget(returnFinalTarget: true);
                    if (target is null || !IsInside(Path.GetFullPath(target.FullName)))
                    {
                        diagnostics.Add(ZoningDiagnostics.OutsidePack(jsonPath, relative));
                        return null;
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                diagnostics.Add(ZoningDiagnostics.CannotRead(jsonPath, relative, ex.Message));
                return null;
            }
        }

        return full;
    }

    /// <summary>Reads a file after checking its size; null when it is missing, too large or unreadable.</summary>
    public static byte[]? Read(string fullPath, string display, string jsonPath, long maxBytes, List<Diagnostic> diagnostics, bool required = true)
    {
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists)
            {
                if (required)
                {
                    diagnostics.Add(ZoningDiagnostics.CannotRead(jsonPath, display, "文件不存在", "the file does not exist"));
                }

                return null;
            }

            if (info.Length > maxBytes)
            {
                diagnostics.Add(ZoningDiagnostics.TooLarge(jsonPath, display, info.Length, maxBytes));
                return null;
            }

            return File.ReadAllBytes(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            diagnostics.Add(ZoningDiagnostics.CannotRead(jsonPath, display, ex.Message));
            return null;
        }
    }

    private bool IsInside(string full) =>
        full.StartsWith(_root + Path.DirectorySeparatorChar, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
