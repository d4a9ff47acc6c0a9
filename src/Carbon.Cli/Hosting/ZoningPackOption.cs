using Carbon.Zoning;

namespace Carbon.Cli.Hosting;

/// <summary>The <c>--zoning &lt;pack&gt;</c> and <c>--advisory</c> options, shared by the commands that check zoning.</summary>
internal static class ZoningPackOption
{
    /// <summary>
    /// Loads the pack the user named (null when none was named: the engine then uses the embedded sample) and applies
    /// <c>--advisory</c>. Returns false, having written the pack's diagnostics, when the named pack does not load.
    /// </summary>
    public static bool TryLoad(CliEnvironment env, ParsedArguments args, Language l, out ZoningPack? pack)
    {
        pack = null;
        if (args.Value("--zoning") is { } packPath)
        {
            var loaded = ZoningPackLoader.Load(env.Resolve(packPath));
            if (loaded.HasErrors || loaded.Pack is null)
            {
                env.Error.WriteLine(l.F("Assess.CannotReadZoningPack", packPath));
                foreach (var d in loaded.Diagnostics)
                {
                    env.Error.WriteLine($"  {d.Code} {d.Path} {l.Text(d.Message)}");
                }

                return false;
            }

            pack = loaded.Pack;
        }

        if (args.Has("--advisory"))
        {
            pack = (pack ?? ZoningPackLoader.Sample).WithEnforcement(EnforcementMode.Advisory);
        }

        return true;
    }
}
