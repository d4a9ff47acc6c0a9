using Carbon.Zoning;

namespace Carbon.Fuzz.Targets;

/// <summary>
/// A pack folder's layer files: the input replaces one file of the shapefile demo pack (<c>zones.geojson</c>, or the
/// shapefile's <c>units.shp</c> or <c>units.dbf</c>) in a private temporary folder, and the folder is loaded. Oracles:
/// those of <see cref="ZoningPackTarget"/>.
/// </summary>
internal sealed class LayerFileTarget(string replaced) : IFuzzTarget
{
    private static readonly string[] Files = ["pack.json", "units.cpg", "units.dbf", "units.prj", "units.shp", "units.shx", "zones.geojson"];

    private readonly string _folder = CreateFolder();

    public string Check(byte[] input)
    {
        foreach (var file in Files)
        {
            File.WriteAllBytes(Path.Combine(_folder, file), file == replaced ? input : Templates.Read("shapefile-demo." + file));
        }

        return ZoningPackTarget.Judge(ZoningPackLoader.Load(_folder));
    }

    private static string CreateFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "carbon-fuzz-layer-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
