using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using Carbon.Sdk;
using Carbon.Sdk.Units;

namespace Carbon.Energy;

/// <summary>The energy carriers Carbon knows (embedded <c>carriers.json</c>). Immutable.</summary>
public sealed class CarrierCatalog
{
    private readonly FrozenDictionary<string, Carrier> _byId;

    /// <summary>Creates a catalogue.</summary>
    /// <param name="id">The catalogue id.</param>
    /// <param name="version">The catalogue version.</param>
    /// <param name="carriers">The carriers.</param>
    public CarrierCatalog(string id, string version, IEnumerable<Carrier> carriers)
    {
        Id = id;
        Version = version;
        Carriers = [.. carriers];
        _byId = Carriers.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
    }

    /// <summary>The catalogue id.</summary>
    public string Id { get; }

    /// <summary>The catalogue version.</summary>
    public string Version { get; }

    /// <summary>The carriers in catalogue order.</summary>
    public ImmutableArray<Carrier> Carriers { get; }

    /// <summary>Finds a carrier.</summary>
    /// <param name="id">The id.</param>
    /// <param name="carrier">The carrier.</param>
    /// <returns>True when known.</returns>
    public bool TryGet(string id, out Carrier carrier) => _byId.TryGetValue(id, out carrier!);

    /// <summary>Reads the catalogue JSON.</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="InvalidDataException">The JSON is not a valid catalogue (a defect of the shipped data).</exception>
    internal static CarrierCatalog Read(ReadOnlySpan<byte> utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json.ToArray());
        var root = document.RootElement;
        var carriers = new List<Carrier>();
        foreach (var c in root.GetProperty("carriers").EnumerateArray())
        {
            var kind = c.GetProperty("kind").GetString() switch
            {
                "fuel" => CarrierKind.Fuel,
                "electricity" => CarrierKind.Electricity,
                "heat" => CarrierKind.Heat,
                "steam" => CarrierKind.Steam,
                var other => throw new InvalidDataException($"Unknown carrier kind '{other}'."),
            };
            var dimension = c.GetProperty("physical").GetString() switch
            {
                "mass" => Dimension.OfMass,
                "volume" => Dimension.OfVolume,
                "energy" => Dimension.OfEnergy,
                var other => throw new InvalidDataException($"Unknown physical dimension '{other}'."),
            };
            var name = c.GetProperty("name");
            carriers.Add(new Carrier(
                c.GetProperty("id").GetString()!,
                new LocalizedText(name.GetProperty("zh").GetString()!, name.GetProperty("en").GetString()!),
                kind,
                dimension,
                c.GetProperty("unit").GetString()!,
                c.GetProperty("fossil").GetBoolean()));
        }

        return new CarrierCatalog(root.GetProperty("id").GetString()!, root.GetProperty("version").GetString()!, carriers);
    }
}
