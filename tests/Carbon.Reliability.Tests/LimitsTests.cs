using System.Globalization;
using System.Text;
using Carbon.Projects;
using Carbon.Reliability.Tests.Support;
using Carbon.Reports;
using Carbon.Sdk.Units;

namespace Carbon.Reliability.Tests;

/// <summary>
/// Every limit (docs/security.md) at and just over its value, with the default and with a configured value: at the
/// limit the file is read; one over, the limit's diagnostic with its pointer — never a crash.
/// </summary>
[Collection(HeavyTests.Name)]
public class LimitsTests
{
    private const string Head = """{"schemaVersion":"1","id":"p","name":{"zh":"项目","en":"Project"},"nature":"new","reportingYear":2025""";

    private static readonly ProjectReader Reader = new();

    private static ProjectReadResult Read(string json, ProjectReaderLimits? limits = null) => new ProjectReader(limits).Read(Encoding.UTF8.GetBytes(json));

    private static string Project(string members) => Head + (members.Length > 0 ? "," + members : string.Empty) + "}";

    private static string Items(string item, int n) => string.Join(",", Enumerable.Repeat(item, n));

    [Fact]
    public void The_defaults_are_the_documented_ones()
    {
        var d = ProjectReaderLimits.Default;
        (d.MaxBytes, d.MaxDepth, d.MaxArrayLength, d.MaxVertices, d.MaxMembers, d.MaxStringLength, d.MaxDiagnosticsPerCode)
            .Should().Be((4 * 1024 * 1024, 64, 10_000, 100_000, 50_000, 10_000, 100));
        (QuantityParser.MaxLength, QuantityParser.MaxMagnitude, QuantityParser.MinCanonicalMagnitude, QuantityParser.MaxCanonicalMagnitude)
            .Should().Be((200, 1e15, 1e-30, 1e15));
    }

    [Fact]
    public void Size_at_the_limit_is_read_and_one_byte_more_is_CB1010()
    {
        var json = Project(string.Empty);
        var atLimit = json + new string(' ', ProjectReaderLimits.Default.MaxBytes - Encoding.UTF8.GetByteCount(json));

        Reader.Read(Encoding.UTF8.GetBytes(atLimit)).HasErrors.Should().BeFalse();
        var over = Reader.Read(Encoding.UTF8.GetBytes(atLimit + " "));
        over.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("CB1010");
    }

    [Fact]
    public void A_configured_size_limit_applies()
    {
        var json = Project(string.Empty);
        var limits = new ProjectReaderLimits { MaxBytes = Encoding.UTF8.GetByteCount(json) };

        Read(json, limits).HasErrors.Should().BeFalse();
        Read(json + " ", limits).Diagnostics.Should().ContainSingle().Which.Code.Should().Be("CB1010");
    }

    [Theory]
    [InlineData(64, null)]
    [InlineData(65, "CB1001")]
    [InlineData(10_000, "CB1001")]
    public void Nesting_at_the_limit_is_read_and_deeper_is_CB1001_without_recursion(int depth, string? code)
    {
        // The root object is one level; "notes" holds depth − 1 nested arrays. 10 000 levels must not overflow the stack.
        var json = Project("\"notes\":" + new string('[', depth - 1) + new string(']', depth - 1));

        var result = Read(json);

        if (code is null)
        {
            result.HasErrors.Should().BeFalse();
        }
        else
        {
            result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(code);
        }
    }

    [Fact]
    public void A_configured_depth_applies()
    {
        var limits = new ProjectReaderLimits { MaxDepth = 5 };

        Read(Project("\"notes\":[[[[]]]]"), limits).HasErrors.Should().BeFalse();
        Read(Project("\"notes\":[[[[[]]]]]"), limits).Diagnostics.Should().ContainSingle().Which.Code.Should().Be("CB1001");
    }

    [Theory]
    [InlineData("\"industryCodes\":[{0}]", "\"C3011\"", "/industryCodes")]
    [InlineData("\"notes\":[{0}]", "1", "/notes")]
    [InlineData("\"activities\":[{{\"kind\":\"lime.kiln\",\"amount\":\"300 t/d\",\"parameters\":{{\"kilnType\":\"twin-shaft\",\"replacesKilns\":[{0}]}}}}]", "\"earth\"", "/activities/0/parameters/replacesKilns")]
    public void Arrays_anywhere_at_the_limit_are_read_and_longer_are_CB1011(string member, string item, string path)
    {
        var max = ProjectReaderLimits.Default.MaxArrayLength;

        Read(Project(string.Format(CultureInfo.InvariantCulture, member, Items(item, max)))).Diagnostics.Should().NotContain(d => d.Code == "CB1011");
        var over = Read(Project(string.Format(CultureInfo.InvariantCulture, member, Items(item, max + 1))));
        over.Diagnostics.Should().ContainSingle().Which.Should().Match<Sdk.Diagnostics.Diagnostic>(d => d.Code == "CB1011" && d.Path == path);
    }

    [Fact]
    public void A_configured_array_limit_applies()
    {
        var limits = new ProjectReaderLimits { MaxArrayLength = 3 };

        Read(Project("\"industryCodes\":[\"C3011\",\"C3012\",\"C3021\"]"), limits).HasErrors.Should().BeFalse();
        Read(Project("\"industryCodes\":[\"C3011\",\"C3012\",\"C3021\",\"C3022\"]"), limits).Diagnostics.Should().ContainSingle(d => d.Code == "CB1011");
    }

    [Theory]
    [InlineData(100_000, null)]
    [InlineData(100_001, "CB1021")]
    public void Site_vertices_at_the_limit_are_read_and_more_are_CB1021(int vertices, string? code)
    {
        // One ring of `vertices` positions, closed: the first position repeated last. Rings are not held to the array limit.
        var positions = Enumerable.Range(0, vertices - 1).Select(i => string.Create(CultureInfo.InvariantCulture, $"[{109 + (i * 1e-6)},23.1]"));
        var json = Project("\"location\":{\"type\":\"Polygon\",\"coordinates\":[[" + string.Join(",", positions) + ",[109,23.1]]]}");

        var result = Read(json);

        if (code is null)
        {
            result.HasErrors.Should().BeFalse();
            result.Project!.Location!.Polygons[0][0].Length.Should().Be(vertices);
        }
        else
        {
            result.Diagnostics.Should().ContainSingle().Which.Should().Match<Sdk.Diagnostics.Diagnostic>(d => d.Code == code && d.Path == "/location/coordinates/0");
        }
    }

    [Fact]
    public void Members_at_the_limit_are_read_and_one_more_is_CB1026()
    {
        // The head has 6 members (name's zh and en included); facts bring the rest.
        var limits = new ProjectReaderLimits { MaxMembers = 100 };
        string Facts(int n) => "\"facts\":{" + string.Join(",", Enumerable.Range(0, n).Select(i => $"\"f{i}\":1")) + "}";

        Read(Project(Facts(100 - 8)), limits).HasErrors.Should().BeFalse();
        Read(Project(Facts(100 - 7)), limits).Diagnostics.Should().ContainSingle().Which.Should().Match<Sdk.Diagnostics.Diagnostic>(d => d.Code == "CB1026" && d.Path == "/facts");
    }

    [Theory]
    [InlineData("\"id\":\"{0}\"", "/id")]
    [InlineData("\"notes\":[\"{0}\"]", "/notes/0")]
    [InlineData("\"{0}\":1", "")]
    public void Strings_at_the_limit_are_read_and_longer_are_CB1025(string member, string path)
    {
        var max = ProjectReaderLimits.Default.MaxStringLength;
        var atLimit = Read(Project(string.Format(CultureInfo.InvariantCulture, member, new string('项', max))));
        var over = Read(Project(string.Format(CultureInfo.InvariantCulture, member, new string('项', max + 1))));

        atLimit.Diagnostics.Should().NotContain(d => d.Code == "CB1025");
        over.Diagnostics.Should().ContainSingle().Which.Should().Match<Sdk.Diagnostics.Diagnostic>(d => d.Code == "CB1025" && d.Path == path);
    }

    [Theory]
    [InlineData("1000000000000000 t", null)]             // 1e15 as written: the limit
    [InlineData("1000000000000001 t", "CB2001")]         // one more
    [InlineData("1e-27 kg", null)]                        // 1e-30 t canonical: the lower bound
    [InlineData("9e-28 kg", "CB2001")]                    // 9e-31 t
    [InlineData("1e9 Mt", null)]                          // 1e15 t canonical: the upper bound
    [InlineData("1.000000001e9 Mt", "CB2001")]            // 1.000000001e15 t canonical (N1: was accepted up to 1e30)
    public void Quantity_magnitudes_at_the_limits(string amount, string? code)
    {
        var result = Read(Project($$"""
            "energy":[{"carrier":"coal.raw","amount":"{{amount}}"}]
            """));

        if (code is null)
        {
            result.HasErrors.Should().BeFalse();
        }
        else
        {
            result.Diagnostics.Should().ContainSingle().Which.Should().Match<Sdk.Diagnostics.Diagnostic>(d => d.Code == code && d.Path == "/energy/0/amount");
        }
    }

    [Fact]
    public void Quantity_text_of_200_characters_is_read_and_201_is_CB2001()
    {
        var at = "1" + new string(' ', 198) + "t";
        var over = "1" + new string(' ', 199) + "t";

        var atLimit = Read(Project("\"energy\":[{\"carrier\":\"coal.raw\",\"amount\":\"" + at + "\"}]"));
        atLimit.HasErrors.Should().BeFalse(string.Join("; ", atLimit.Diagnostics.Select(d => d.Code + " " + d.Message.En)));
        Read(Project("\"energy\":[{\"carrier\":\"coal.raw\",\"amount\":\"" + over + "\"}]")).Diagnostics.Should().ContainSingle()
            .Which.Message.En.Should().Contain("too long");
    }

    [Theory]
    [InlineData(257, 1, 100)]
    [InlineData(64, 0, 100)]
    [InlineData(64, 1, 0)]
    [InlineData(64, 1, -1)]
    public void Unsafe_limits_are_refused_when_the_engine_is_built(int depth, int members, int perCode)
    {
        var build = () => Engines.Create(o => o.Limits = ProjectReaderLimits.Default with { MaxDepth = depth, MaxMembers = members, MaxDiagnosticsPerCode = perCode });

        build.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void The_engine_applies_its_configured_limits()
    {
        // "schemaVersion" and "reportingYear" (13 characters) are the longest member names of the file.
        var engine = Engines.Create(o => o.Limits = ProjectReaderLimits.Default with { MaxStringLength = 20 });

        var report = engine.Assess(Encoding.UTF8.GetBytes(Project(string.Empty).Replace("\"id\":\"p\"", "\"id\":\"abcdefghijklmnopqrstu\"", StringComparison.Ordinal)));

        report.Diagnostics.Should().ContainSingle().Which.Should().Match<DiagnosticReport>(d => d.Code == "CB1025" && d.Path == "/id");
    }
}
