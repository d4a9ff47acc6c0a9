using System.Collections.Immutable;
using System.Text.Json;
using Carbon.Plugins.Cement.Activities;
using Carbon.Plugins.Cement.Calculation;
using Carbon.Sdk.Facts;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Cement.Facts;

/// <summary>
/// Reads the <c>capacityReplacement</c> parameter (产能置换来源: the clinker lines retired for a new one) into facts for
/// the capacity-replacement rules (zoning.md C29/C30): total retired capacity, the ratio to the new capacity, the
/// restricted-class share, and the provinces and classes involved (cross-province checks compare them with the
/// project's adminCode).
/// </summary>
internal static class CapacityReplacementReader
{
    private static readonly Dimension MassPerDay = Dimension.OfMass / Dimension.OfTime;

    /// <summary>Whether a member is one an item may have (matched on its UTF-8 name, without decoding it).</summary>
    private static bool IsMember(JsonProperty member) =>
        member.NameEquals("province"u8) || member.NameEquals("catalogueClass"u8) || member.NameEquals("capacity"u8) || member.NameEquals("name"u8);

    /// <summary>Reads the sources and adds the facts.</summary>
    /// <param name="reader">The line reader (diagnostics go there).</param>
    /// <param name="newCapacity">The new clinker capacity in t/d, when given.</param>
    /// <param name="facts">Where the facts go.</param>
    public static void Read(LineReader reader, Reading? newCapacity, ImmutableArray<Fact>.Builder facts)
    {
        if (reader.Json(CementParameters.CapacityReplacement) is not { } json)
        {
            return;
        }

        var (element, path) = json;
        if (element.ValueKind != JsonValueKind.Array)
        {
            reader.Add(CementDiagnostics.ReplacementInvalid(
                path,
                "capacityReplacement 必须是数组，每项为 {province, catalogueClass, capacity}。",
                "capacityReplacement must be an array of {province, catalogueClass, capacity}."));
            return;
        }

        var total = 0.0;
        var restricted = 0.0;
        var provinces = new SortedSet<string>(StringComparer.Ordinal);
        var classes = new SortedSet<string>(StringComparer.Ordinal);
        var ok = true;
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var itemPath = JsonPointer.Append(path, index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            index++;
            if (!ReadItem(reader, item, itemPath, out var province, out var catalogueClass, out var capacity))
            {
                ok = false;
                continue;
            }

            total += capacity;
            if (catalogueClass == "restricted")
            {
                restricted += capacity;
            }

            provinces.Add(province);
            classes.Add(catalogueClass);
        }

        if (!ok)
        {
            return;
        }

        facts.Add(new Fact(CementFactKeys.ReplacementCapacity, FactValue.Of(new Quantity(total, MassPerDay)), path));
        facts.Add(new Fact(CementFactKeys.ReplacementRestrictedCapacity, FactValue.Of(new Quantity(restricted, MassPerDay)), path));
        facts.Add(new Fact(CementFactKeys.ReplacementProvinces, new FactValue { Kind = FactKind.TextList, Items = [.. provinces] }, path));
        facts.Add(new Fact(CementFactKeys.ReplacementClasses, new FactValue { Kind = FactKind.TextList, Items = [.. classes] }, path));
        if (newCapacity is { Value: > 0 } capacityNew)
        {
            // 置换比例 = 退出产能 / 新建产能, e.g. 7500 / 5000 = 1.5 (1.5:1).
            facts.Add(new Fact(CementFactKeys.ReplacementRatio, FactValue.Of(new Quantity(total / capacityNew.Value, Dimension.None)), path));
        }
        else
        {
            reader.Add(CementDiagnostics.ReplacementRatio(path));
        }
    }

    private static bool ReadItem(LineReader reader, JsonElement item, string path, out string province, out string catalogueClass, out double capacity)
    {
        province = string.Empty;
        catalogueClass = string.Empty;
        capacity = 0;
        if (item.ValueKind != JsonValueKind.Object)
        {
            reader.Add(CementDiagnostics.ReplacementInvalid(path, "每项必须是对象 {province, catalogueClass, capacity}。", "Each item must be an object {province, catalogueClass, capacity}."));
            return false;
        }

        var ok = true;
        foreach (var member in item.EnumerateObject())
        {
            if (!IsMember(member))
            {
                reader.Add(CementDiagnostics.ReplacementInvalid(
                    JsonPointer.Append(path, member.Name),
                    $"未知成员“{member.Name}”：只能有 province、catalogueClass、capacity、name。",
                    $"Unknown member '{member.Name}': only province, catalogueClass, capacity and name are read."));
                ok = false;
            }
        }

        if (!TryProvince(item, out province))
        {
            reader.Add(CementDiagnostics.ReplacementInvalid(
                JsonPointer.Append(path, "province"),
                "province 必须是 GB/T 2260 行政区划代码（6 位，如 \"340000\"，或省级 2 位，如 \"34\"）。",
                "province must be a GB/T 2260 code (6 digits such as \"340000\", or the 2-digit province prefix such as \"34\")."));
            ok = false;
        }

        if (!item.TryGetProperty("catalogueClass", out var cls) || cls.ValueKind != JsonValueKind.String
            || !CementChoices.CatalogueClasses.Contains(cls.GetString()!, StringComparer.Ordinal))
        {
            reader.Add(CementDiagnostics.ReplacementInvalid(
                JsonPointer.Append(path, "catalogueClass"),
                "catalogueClass 必须是 encouraged（鼓励类）、allowed（允许类）、restricted（限制类）或 eliminated（淘汰类）。",
                "catalogueClass must be encouraged, allowed, restricted or eliminated (产业结构调整指导目录 class)."));
            ok = false;
        }
        else
        {
            catalogueClass = cls.GetString()!;
        }

        if (!item.TryGetProperty("capacity", out var cap) || !JsonQuantity.TryRead(cap, MassPerDay, out capacity) || capacity < 0)
        {
            reader.Add(CementDiagnostics.ReplacementInvalid(
                JsonPointer.Append(path, "capacity"),
                "capacity 必须是带单位的非负熟料产能，如 \"2500 t/d\"。",
                "capacity must be a non-negative clinker capacity with a unit, e.g. \"2500 t/d\"."));
            ok = false;
        }

        if (item.TryGetProperty("name", out var name) && name.ValueKind != JsonValueKind.String)
        {
            reader.Add(CementDiagnostics.ReplacementInvalid(JsonPointer.Append(path, "name"), "name 必须是文本。", "name must be a text."));
            ok = false;
        }

        return ok;
    }

    private static bool TryProvince(JsonElement item, out string province)
    {
        province = string.Empty;
        if (!item.TryGetProperty("province", out var p) || p.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        var text = p.GetString()!;
        if ((text.Length != 2 && text.Length != 6) || !text.All(char.IsAsciiDigit) || text.StartsWith('0'))
        {
            return false;
        }

        province = text[..2] + "0000";
        return true;
    }
}
