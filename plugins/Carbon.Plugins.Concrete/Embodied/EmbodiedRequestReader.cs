using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Carbon.Plugins.Concrete.Diagnostics;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Concrete.Embodied;

/// <summary>
/// Reads the <c>embodied</c> parameter of a ready-mix line:
/// <code>
/// { "basis": "materials",              // optional; or "strength-class"
///   "cementPerM3": "300 kg", "sandPerM3": "760 kg", "gypsumPerM3": "0 kg",
///   "others": [ { "name": "碎石", "perM3": "1050 kg", "factor": "… kg CO2e/t", "source": "…" },
///               { "name": "原材料运输", "footprintPerM3": "… kg CO2e/m³", "source": "…" } ] }
/// </code>
/// Every problem becomes a diagnostic with its JSON Pointer; unknown members are errors, never ignored.
/// </summary>
internal static class EmbodiedRequestReader
{
    private const string BasisMember = "basis";
    private const string OthersMember = "others";
    private const string NameMember = "name";
    private const string PerM3Member = "perM3";
    private const string FactorMember = "factor";
    private const string FootprintMember = "footprintPerM3";
    private const string SourceMember = "source";

    private static readonly string AllowedTopMembers =
        string.Join(", ", new[] { BasisMember }.Concat(ShippedMaterial.All.Select(m => m.Member)).Append(OthersMember));

    private static readonly string AllowedItemMembers = string.Join(", ", NameMember, PerM3Member, FactorMember, FootprintMember, SourceMember);

    /// <summary>Reads the request.</summary>
    /// <param name="value">The parameter value (type Json).</param>
    /// <param name="settings">The host settings (whether user factors are accepted).</param>
    /// <param name="diagnostics">Receives the problems.</param>
    /// <returns>The request, or null when it has errors.</returns>
    public static EmbodiedRequest? Read(ParameterValue value, ConcreteSettings settings, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var path = value.Path;
        var root = value.Json;
        if (root.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(ConcreteDiagnostics.EmbodiedIsNotObject(path));
            return null;
        }

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var basis = EmbodiedBasis.Materials;
        var contents = new Dictionary<string, ShippedContent>(StringComparer.Ordinal);
        var others = ImmutableArray.CreateBuilder<UserItem>();
        var othersGiven = false;
        foreach (var member in root.EnumerateObject())
        {
            var memberPath = path + "/" + Escape(member.Name);
            if (!seen.Add(member.Name))
            {
                diagnostics.Add(ConcreteDiagnostics.EmbodiedMemberUnknown(memberPath, member.Name, AllowedTopMembers));
                continue;
            }

            if (member.Name == BasisMember)
            {
                var text = member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString() : member.Value.GetRawText();
                switch (text)
                {
                    case "materials" when member.Value.ValueKind == JsonValueKind.String:
                        basis = EmbodiedBasis.Materials;
                        break;
                    case "strength-class" when member.Value.ValueKind == JsonValueKind.String:
                        basis = EmbodiedBasis.StrengthClass;
                        break;
                    default:
                        diagnostics.Add(ConcreteDiagnostics.EmbodiedBasisUnknown(memberPath, text ?? string.Empty));
                        break;
                }

                continue;
            }

            if (member.Name == OthersMember)
            {
                othersGiven = true;
                ReadOthers(member.Value, memberPath, others, diagnostics);
                continue;
            }

            var material = ShippedMaterial.All.FirstOrDefault(m => m.Member == member.Name);
            if (material is null)
            {
                diagnostics.Add(ConcreteDiagnostics.EmbodiedMemberUnknown(memberPath, member.Name, AllowedTopMembers));
                continue;
            }

            if (TryReadContent(member.Value, memberPath, diagnostics, out var tonnes))
            {
                contents[material.Member] = new ShippedContent(material, tonnes, memberPath);
            }
        }

        var materialGiven = othersGiven || seen.Overlaps(ShippedMaterial.All.Select(m => m.Member));
        if (basis == EmbodiedBasis.StrengthClass && materialGiven)
        {
            diagnostics.Add(ConcreteDiagnostics.BasisConflicts(path));
        }
        else if (basis == EmbodiedBasis.Materials && !materialGiven)
        {
            diagnostics.Add(ConcreteDiagnostics.MaterialsMissing(path));
        }
        else if (basis == EmbodiedBasis.Materials && othersGiven && others.Count == 0 && contents.Count == 0 && CountErrors(diagnostics) == errors)
        {
            // "others": [] and nothing else: no material at all.
            diagnostics.Add(ConcreteDiagnostics.MaterialsMissing(path));
        }

        if (othersGiven && !settings.AcceptUserSuppliedFactors)
        {
            diagnostics.Add(ConcreteDiagnostics.UserFactorsAreRefused(path + "/" + OthersMember));
        }

        if (CountErrors(diagnostics) > errors)
        {
            return null;
        }

        // Shipped contents in the fixed order of ShippedMaterial.All, so traces do not depend on the member order.
        var shipped = ShippedMaterial.All.Where(m => contents.ContainsKey(m.Member)).Select(m => contents[m.Member]).ToImmutableArray();
        return new EmbodiedRequest(basis, path, shipped, others.ToImmutable());
    }

    private static int CountErrors(ImmutableArray<Diagnostic>.Builder diagnostics) => diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    private static void ReadOthers(JsonElement array, string path, ImmutableArray<UserItem>.Builder others, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            diagnostics.Add(ConcreteDiagnostics.OtherItemInvalid(path));
            return;
        }

        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = path + "/" + i.ToString(CultureInfo.InvariantCulture);
            i++;
            var read = ReadOther(item, itemPath, diagnostics);
            if (read is not null)
            {
                others.Add(read);
            }
        }
    }

    private static UserItem? ReadOther(JsonElement item, string path, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(ConcreteDiagnostics.OtherItemInvalid(path));
            return null;
        }

        var errors = CountErrors(diagnostics);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        JsonElement? name = null, perM3 = null, factor = null, footprint = null, source = null;
        foreach (var member in item.EnumerateObject())
        {
            var memberPath = path + "/" + Escape(member.Name);
            if (!seen.Add(member.Name))
            {
                diagnostics.Add(ConcreteDiagnostics.EmbodiedMemberUnknown(memberPath, member.Name, AllowedItemMembers));
                continue;
            }

            switch (member.Name)
            {
                case NameMember: name = member.Value; break;
                case PerM3Member: perM3 = member.Value; break;
                case FactorMember: factor = member.Value; break;
                case FootprintMember: footprint = member.Value; break;
                case SourceMember: source = member.Value; break;
                default:
                    diagnostics.Add(ConcreteDiagnostics.EmbodiedMemberUnknown(memberPath, member.Name, AllowedItemMembers));
                    break;
            }
        }

        var nameText = name is { ValueKind: JsonValueKind.String } n ? n.GetString() : null;
        if (string.IsNullOrWhiteSpace(nameText))
        {
            diagnostics.Add(ConcreteDiagnostics.OtherItemInvalid(path + "/" + NameMember));
        }

        var sourceText = source is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;
        if (string.IsNullOrWhiteSpace(sourceText))
        {
            diagnostics.Add(ConcreteDiagnostics.UserFactorSourceIsMissing(path + "/" + SourceMember));
        }

        double? tonnesPerM3 = null, factorValue = null, footprintValue = null;
        var inCo2 = false;
        if (footprint is not null)
        {
            if (perM3 is not null || factor is not null)
            {
                diagnostics.Add(ConcreteDiagnostics.OtherItemHasWrongShape(path));
            }
            else if (TryReadCo2e(footprint.Value, path + "/" + FootprintMember, Dimension.OfMass / Dimension.OfVolume, "kg CO2e/m³", diagnostics, out var f, out var co2))
            {
                footprintValue = f;
                inCo2 = co2;
            }
        }
        else if (perM3 is null || factor is null)
        {
            diagnostics.Add(ConcreteDiagnostics.OtherItemHasWrongShape(path));
        }
        else
        {
            if (TryReadContent(perM3.Value, path + "/" + PerM3Member, diagnostics, out var t))
            {
                tonnesPerM3 = t;
            }

            if (TryReadCo2e(factor.Value, path + "/" + FactorMember, Dimension.None, "kg CO2e/t", diagnostics, out var ef, out var co2))
            {
                factorValue = ef;
                inCo2 = co2;
            }
        }

        return CountErrors(diagnostics) > errors
            ? null
            : new UserItem(nameText!, path, tonnesPerM3, factorValue, footprintValue, sourceText!, inCo2);
    }

    /// <summary>Reads a content: a mass (per m³ by the member's meaning) or a mass per volume, zero or more.</summary>
    private static bool TryReadContent(JsonElement element, string path, ImmutableArray<Diagnostic>.Builder diagnostics, out double tonnesPerM3)
    {
        tonnesPerM3 = 0;
        var text = element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText();
        if (element.ValueKind != JsonValueKind.String
            || !QuantityParser.TryParse(text, out var quantity, out _, out _)
            || !(quantity.Is(Dimension.OfMass) || quantity.Is(Dimension.OfMass / Dimension.OfVolume))
            || !(quantity.Value >= 0))
        {
            diagnostics.Add(ConcreteDiagnostics.ContentInvalid(path, text ?? string.Empty));
            return false;
        }

        tonnesPerM3 = quantity.Value;
        return true;
    }

    /// <summary>Reads a CO2e (or CO2) figure of the given dimension, zero or more, in canonical units.</summary>
    private static bool TryReadCo2e(JsonElement element, string path, Dimension dimension, string exampleUnit, ImmutableArray<Diagnostic>.Builder diagnostics, out double canonical, out bool inCo2)
    {
        canonical = 0;
        inCo2 = false;
        var text = element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText();
        if (element.ValueKind != JsonValueKind.String
            || !QuantityParser.TryParse(text, out var quantity, out var unit, out _)
            || !quantity.Is(dimension)
            || unit.Substance is not ("CO2e" or "CO2")
            || !(quantity.Value >= 0))
        {
            diagnostics.Add(ConcreteDiagnostics.UserFactorInvalid(path, text ?? string.Empty, exampleUnit));
            return false;
        }

        canonical = quantity.Value;
        inCo2 = unit.Substance == "CO2";
        if (inCo2)
        {
            diagnostics.Add(ConcreteDiagnostics.Co2Counted(path));
        }

        return true;
    }

    /// <summary>Escapes a member name for a JSON Pointer (RFC 6901: ~ → ~0, / → ~1).</summary>
    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
