using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Carbon.Zoning;

namespace Carbon.Fuzz.Targets;

/// <summary>
/// The rule-expression language (lexer, parser, type checker, compiler, evaluator): the input text becomes the
/// <c>when</c> condition of the first rule of the sample district pack, which is then loaded and, when it loads,
/// used to check the sample projects. Oracles: those of <see cref="ZoningPackTarget"/>.
/// </summary>
internal sealed class RuleExpressionTarget : IFuzzTarget
{
    private static readonly string Pack = Templates.Text("small-district.json");

    public string Check(byte[] input)
    {
        var pack = JsonNode.Parse(Pack)!.AsObject();
        var rules = pack["rules"]!.AsArray();
        var first = rules[0]!.AsObject();
        first["when"] = Encoding.UTF8.GetString(input);
        return ZoningPackTarget.Judge(ZoningPackLoader.Load(Encoding.UTF8.GetBytes(pack.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))));
    }
}
