using System.Text;
using Carbon.Reliability.Tests.Support;
using Carbon.Sdk.Factors;

namespace Carbon.Reliability.Tests.Regressions;

/// <summary>
/// Finding F2 (fuzzing, project target, 91 crash inputs; corpus CB1001__invalid-utf8-*, CB1001__lone-surrogate-*): JSON
/// checks a string's UTF-8 bytes and its <c>\u</c> escapes only when the string is read, so a file with an invalid byte
/// (e.g. 0x87 inside a member name, or a UTF-16 file) or a lone surrogate escape such as <c>"\ud800"</c> parsed, and
/// then threw InvalidOperationException out of <see cref="ICarbonEngine.Assess(ReadOnlySpan{byte}, AssessmentOptions?)"/>
/// (exit 3 in the console) and out of <see cref="DataSetReader.TryRead"/>, whose contract is never to throw. Both
/// readers now check the text up front and answer CB1001 / CB9001.
/// </summary>
public class UndecodableTextTests
{
    public static TheoryData<string, byte[]> BadBytes()
    {
        var valid = Encoding.UTF8.GetBytes("""{"schemaVersion":"1","id":"p","name":{"zh":"项目","en":"Project"},"nature":"new","reportingYear":2025}""");
        byte[] With(int at, params byte[] bytes) => [.. valid[..at], .. bytes, .. valid[at..]];
        var nameAt = Encoding.UTF8.GetBytes("""{"schemaVersi""").Length;
        var idAt = Encoding.UTF8.GetBytes("""{"schemaVersion":"1","id":"p""").Length;
        return new()
        {
            { "a stray continuation byte inside a member name (the fuzzer's input)", With(nameAt, 0x87) },
            { "a lone lead byte inside a string", With(idAt, 0xE7) },
            { "an overlong encoding of '/'", With(idAt, 0xC0, 0xAF) },
            { "a UTF-8-encoded surrogate code point", With(idAt, 0xED, 0xA0, 0x80) },
            { "0xFF", With(idAt, 0xFF) },
            { "the file saved as UTF-16 with a byte-order mark", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(valid))] },
        };
    }

    [Theory]
    [MemberData(nameof(BadBytes))]
    public void A_file_that_is_not_UTF_8_is_CB1001_not_an_exception(string what, byte[] bytes)
    {
        _ = what;
        var report = Engines.Shared.Assess(bytes);

        report.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("CB1001");
        report.Diagnostics[0].Message.En.Should().Contain("UTF-8");
    }

    [Fact]
    public void A_data_set_that_is_not_UTF_8_is_CB9001_not_an_exception()
    {
        byte[] json = [.. """{"id":"x","version":"1","title":{"zh":"""u8, 0x22, 0x87, 0x22, .. ""","en":"t"},"records":[]}"""u8];

        var ok = DataSetReader.TryRead(json, out var set, out var diagnostics);

        ok.Should().BeFalse();
        set.Should().BeNull();
        diagnostics.Should().ContainSingle().Which.Code.Should().Be("CB9001");
    }

    public static TheoryData<string, string> Projects() => new()
    {
        // where, JSON with the escape (written with \\u so that the file holds the six characters \ud800)
        { "id", """{"schemaVersion":"1","id":"\ud800","name":{"zh":"项目","en":"Project"},"nature":"new","reportingYear":2025}""" },
        { "name.zh (low surrogate first)", """{"schemaVersion":"1","id":"p","name":{"zh":"\udc00x","en":"Project"},"nature":"new","reportingYear":2025}""" },
        { "member name", """{"schemaVersion":"1","id":"p","name":{"zh":"项目","en":"Project"},"nature":"new","reportingYear":2025,"\ud83d":1}""" },
        { "fact key", """{"schemaVersion":"1","id":"p","name":{"zh":"项目","en":"Project"},"nature":"new","reportingYear":2025,"facts":{"a\udfff":true}}""" },
        { "activity parameter (read by the plugin)", """{"schemaVersion":"1","id":"p","name":{"zh":"项目","en":"Project"},"nature":"new","reportingYear":2025,"activities":[{"kind":"cement.cement","amount":"1 t","parameters":{"clinkerFraction":"90 %","cementType":"P\ud800O"}}]}""" },
        { "surrogate pair split by text", """{"schemaVersion":"1","id":"\ud83dx\ude00","name":{"zh":"项目","en":"Project"},"nature":"new","reportingYear":2025}""" },
    };

    [Theory]
    [MemberData(nameof(Projects))]
    public void A_lone_surrogate_escape_in_a_project_is_CB1001_not_an_exception(string where, string json)
    {
        _ = where;
        var report = Engines.Shared.Assess(Encoding.UTF8.GetBytes(json));

        report.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("CB1001");
        report.Diagnostics[0].Message.En.Should().Contain("surrogate");
    }

    [Fact]
    public void A_valid_surrogate_pair_escape_is_read_as_the_character()
    {
        const string json = """{"schemaVersion":"1","id":"\ud83d\ude00","name":{"zh":"项目","en":"Project"},"nature":"new","reportingYear":2025}""";

        var read = Engines.Shared.Read(Encoding.UTF8.GetBytes(json));

        read.Project!.Id.Should().Be("😀");
    }

    [Fact]
    public void A_lone_surrogate_escape_in_a_data_set_is_CB9001_not_an_exception()
    {
        const string json = """{"id":"x","version":"1","title":{"zh":"\ud800","en":"t"},"records":[]}""";

        var ok = DataSetReader.TryRead(Encoding.UTF8.GetBytes(json), out var set, out var diagnostics);

        ok.Should().BeFalse();
        set.Should().BeNull();
        diagnostics.Should().ContainSingle().Which.Code.Should().Be("CB9001");
    }
}
