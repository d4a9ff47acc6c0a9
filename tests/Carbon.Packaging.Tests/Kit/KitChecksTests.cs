using System.Text;
using Carbon.Plugins.Lime;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;
using Carbon.Sdk.Testing;
using Carbon.Sdk.Testing.Internal;
using Carbon.Sdk.Units;

namespace Carbon.Packaging.Tests.Kit;

/// <summary>Each check of the conformance kit fails for the fault it exists to catch (the kit itself must be able to fail).</summary>
public sealed class KitChecksTests
{
    private const string Line = """{ "kind": "fake.output", "amount": "100 t" }""";

    [Fact]
    public void Incomplete_metadata_is_reported_member_by_member()
    {
        var plugin = new FakePlugin
        {
            Metadata = new PluginMetadata
            {
                Id = "Fake_Plugin",
                Version = "1",
                Name = new LocalizedText("", "Fake"),
                SdkRange = "[0.2,0.3)",
                DefaultMethodology = "nowhere",
                Methodologies = [new MethodologyInfo { Id = "m", Name = new LocalizedText("方法", " "), Guideline = "", Edition = "2006", Status = DataStatus.ProjectSupplied }],
            },
        };

        var problems = MetadataChecks.Metadata(plugin).ToList();

        problems.Should().HaveCount(7);
        problems.Should().Contain(p => p.Contains("Metadata.Id 'Fake_Plugin'", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("Metadata.Version '1'", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("Metadata.Name", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("Methodology 'm': Name", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("Guideline and Edition", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("Status must be", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("DefaultMethodology 'nowhere'", StringComparison.Ordinal));
        MetadataChecks.Metadata(new FakePlugin()).Should().BeEmpty();
    }

    [Theory]
    [InlineData("[2.0,3.0)", "does not contain")]
    [InlineData("2.0", "does not contain")]
    [InlineData("latest", "is not a version range")]
    public void A_range_that_excludes_the_running_sdk_or_does_not_parse_is_reported(string range, string message)
    {
        var plugin = new FakePlugin { Metadata = new FakePlugin().Metadata with { SdkRange = range } };

        MetadataChecks.SdkRange(plugin).Should().ContainSingle().Which.Should().Contain(message);
    }

    [Fact]
    public void A_plugin_assembly_without_the_attribute_is_reported()
    {
        MetadataChecks.Attribute(typeof(FakePlugin)).Should().ContainSingle().Which.Should().Contain("has no [assembly: CarbonPlugin");
        MetadataChecks.Attribute(typeof(LimePlugin)).Should().BeEmpty();
    }

    [Fact]
    public void Undocumented_kinds_and_units_that_do_not_read_are_reported()
    {
        var plugin = new FakePlugin
        {
            ActivityKinds =
            [
                new ActivityKindDescriptor
                {
                    Kind = "other.output",
                    Name = new LocalizedText("产量", ""),
                    Description = new LocalizedText("产量。", "Output."),
                    AmountDimension = Dimension.OfVolume,
                    AmountUnit = "t",
                    Parameters =
                    [
                        new ParameterDescriptor { Name = "share", Type = ParameterType.Quantity, Description = new LocalizedText("份额", "Share") },
                        new ParameterDescriptor { Name = "speed", Type = ParameterType.Quantity, Dimension = Dimension.OfMass, Unit = "furlong", Description = new LocalizedText("速度", "Speed") },
                        new ParameterDescriptor { Name = "mode", Type = ParameterType.Choice, Description = new LocalizedText("模式", "") },
                    ],
                },
            ],
        };

        var problems = ActivityKindChecks.Check(plugin).ToList();

        problems.Should().Contain(p => p.Contains("must start with the plugin id", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("Name and Description need both zh and en", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("AmountUnit 't' has dimension t, but AmountDimension is m³", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("'share': a quantity needs its Dimension", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("'share': a quantity needs the Unit", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("Unit 'furlong' is not a unit", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("'mode': Description needs both", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("'mode': a choice needs AllowedValues", StringComparison.Ordinal));
        ActivityKindChecks.Check(new FakePlugin()).Should().BeEmpty();
    }

    [Fact]
    public void Uncited_untagged_and_code_built_data_is_reported()
    {
        var record = FakePlugin.Record("fake.ef", 0.5) with { Source = new SourceCitation(" "), Status = DataStatus.ProjectSupplied };
        var plugin = new FakePlugin
        {
            DataSets = [new DataSet { Id = "fake.data", Version = "1", Title = new LocalizedText("数据", "Data"), Records = [record, FakePlugin.Record("fake.ef", 1)] }],
        };

        var problems = DataSetChecks.Citations(plugin).ToList();

        problems.Should().Contain(p => p.Contains("was built in code", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("no source document", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("status must be", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("used twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Shipped_data_round_trips_and_data_that_cannot_be_written_back_is_reported()
    {
        DataSetChecks.RoundTrip(new LimePlugin()).Should().BeEmpty();
        DataSetChecks.Citations(new LimePlugin()).Should().BeEmpty();

        var plugin = new FakePlugin
        {
            DataSets = [new DataSet { Id = "fake.data", Version = "1", Title = new LocalizedText("数据", "Data"), Records = [FakePlugin.Record("fake.ef", 0.5, unit: "furlong")] }],
        };
        DataSetChecks.RoundTrip(plugin).Should().ContainSingle().Which.Should().Contain("does not read back").And.Contain("CB9006");
    }

    [Fact]
    public void The_data_set_writer_keeps_every_member_of_a_benchmark_table()
    {
        var set = new LimePlugin().DataSets[0];
        var json = DataSetJsonWriter.Write(set);
        DataSetReader.TryRead(json, out var again, out var problems).Should().BeTrue(string.Join("; ", problems));
        Encoding.UTF8.GetString(DataSetJsonWriter.Write(again!)).Should().Be(Encoding.UTF8.GetString(json));
    }

    [Fact]
    public void A_golden_case_that_is_off_or_uncited_or_emits_another_gas_is_reported()
    {
        var plugin = new FakePlugin
        {
            Calculate = input => new ActivityResult
            {
                Emissions =
                [
                    FakePlugin.Co2(input.Amount.Value * 0.5, FakePlugin.Trace(new TraceInput("M", input.Amount.Value, "t", InputOrigin.Project, input.Path + "/amount"))),
                    new GasEmission(EmissionSources.Process, Gas.CH4, 1, FakePlugin.Trace(new TraceInput("M", 1, "t", InputOrigin.Project, input.Path + "/amount"))),
                ],
            },
        };
        var golden = new GoldenCase("off by one percent", Line, " ") { Gases = [new ExpectedGas(Gas.CO2, 50.5)] };

        var problems = GoldenCaseRun.Compare(golden, GoldenCaseRun.Run(plugin, golden, 2025)).ToList();

        // 100 t × 0.5 = 50 t, not 50.5 t.
        problems.Should().HaveCount(3);
        problems.Should().Contain(p => p.Contains("cite where", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("CO2 = 50 t; expected 50.5 t", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("CH4 was emitted but the case expects none", StringComparison.Ordinal));
        GoldenCaseRun.Compare(golden with { Citation = "arithmetic", Gases = [new ExpectedGas(Gas.CO2, 50), new ExpectedGas(Gas.CH4, 1)] }, GoldenCaseRun.Run(plugin, golden, 2025))
            .Should().BeEmpty();
        GoldenCaseRun.Compare(golden with { Citation = "c", RelativeTolerance = 0.5 }, GoldenCaseRun.Run(plugin, golden, 2025))
            .Should().Contain(p => p.Contains("cannot tell a right number from a wrong one", StringComparison.Ordinal));
    }

    [Fact]
    public void An_untraced_default_and_a_reference_to_no_record_are_reported()
    {
        var record = FakePlugin.Record("fake.ef", 0.5);
        var stranger = FakePlugin.Record("stranger.ef", 0.7).ToReference();
        var plugin = new FakePlugin
        {
            DataSets = [new DataSet { Id = "fake.data", Version = "1", Title = new LocalizedText("数据", "Data"), Records = [record] }],
            Calculate = input => new ActivityResult
            {
                Emissions =
                [
                    FakePlugin.Co2(50, new Trace("E = M × EF", [new TraceInput("M", 100, "t", InputOrigin.Project, "/elsewhere"), new TraceInput("EF", 0.5, "tCO2/t", InputOrigin.Default)], [])),
                    FakePlugin.Co2(70, new Trace("E = M × EF", [new TraceInput("EF", 0.7, "tCO2/t", InputOrigin.Default)], [stranger])),
                    FakePlugin.Co2(50, new Trace(" ", [], [])),
                ],
                Indicators = [new Indicator("fake.ef", new LocalizedText("因子", "Factor"), 0.5, "tCO2/t", new Trace("EF", [new TraceInput("EF", 500, "kg CO2/t", InputOrigin.Default)], [record.ToReference()]))],
            },
        };
        var golden = new GoldenCase("traces", Line, "c") { Gases = [new ExpectedGas(Gas.CO2, 170)] };
        var input = ActivityLineReader.Read(plugin, Line);

        var problems = TraceChecks.Check(plugin, golden, input, GoldenCaseRun.Run(plugin, golden, 2025)).ToList();

        problems.Should().HaveCount(4);
        problems.Should().Contain(p => p.Contains("input 'M': a project input needs the JSON Pointer", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("input 'EF': a default of 0.5 tCO2/t has no matching factor reference", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("factor 'stranger.ef' is not a record", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("no trace formula", StringComparison.Ordinal));

        // The indicator's default, 500 kg CO2/t, matches the record's 0.5 tCO2/t in canonical units: no problem there.
        problems.Should().NotContain(p => p.Contains("indicator", StringComparison.Ordinal));
    }

    [Fact]
    public void The_line_reader_binds_like_the_core_and_refuses_invalid_lines()
    {
        var lime = new LimePlugin();
        var input = ActivityLineReader.Read(lime, """{ "kind": "lime.production", "amount": "10万 t", "label": "quicklime", "parameters": { "limeType": "high-calcium", "hydratedLimeShare": "10 %" } }""", "/activities/4");

        input.Amount.Should().Be(new Quantity(100_000, Dimension.OfMass));
        input.Label.Should().Be("quicklime");
        input.Parameters["limeType"].Text.Should().Be("high-calcium");
        input.Parameters["hydratedLimeShare"].Number.Should().Be(0.1);
        input.Parameters["hydratedLimeShare"].Path.Should().Be("/activities/4/parameters/hydratedLimeShare");

        var act = () => ActivityLineReader.Read(lime, """{ "kind": "lime.production", "amount": "10 m³", "parameters": { "limeType": "chalk", "colour": "white" } }""");
        act.Should().Throw<FormatException>().Which.Message.Should()
            .Contain("/activities/0/amount").And.Contain("/activities/0/parameters/limeType").And.Contain("no parameter 'colour'");
        ((Action)(() => ActivityLineReader.Read(lime, """{ "kind": "cement.clinker", "amount": "1 t" }"""))).Should().Throw<FormatException>().WithMessage("*no activity kind 'cement.clinker'*");
    }

    [Fact]
    public void The_context_resolves_by_the_documented_rule()
    {
        static FactorRecord R(string id, string? region = null, int? year = null, string? variant = null) =>
            FakePlugin.Record(id, 1) with { Region = region, Year = year, Variant = variant, Subject = "grid", Parameter = "ef" };
        var set = new DataSet
        {
            Id = "fake.data",
            Version = "1",
            Title = new LocalizedText("数据", "Data"),
            Records = [R("b.national"), R("a.national"), R("c.region", region: "华北"), R("d.year", year: 2023), R("e.variant", variant: "market")],
        };
        var context = new PluginCalculationContext([set], overrides: [R("z.override")]);

        Resolve(context, new FactorQuery("grid", "ef", Gas.CO2)).Should().Be("z.override");
        var plain = new PluginCalculationContext([set]);
        Resolve(plain, new FactorQuery("grid", "ef", Gas.CO2)).Should().Be("a.national", "ties go to the lowest id");
        Resolve(plain, new FactorQuery("grid", "ef", Gas.CO2, Region: "华北")).Should().Be("c.region");
        Resolve(plain, new FactorQuery("grid", "ef", Gas.CO2, Year: 2023)).Should().Be("d.year");
        Resolve(plain, new FactorQuery("grid", "ef", Gas.CO2, Variant: "market")).Should().Be("e.variant");
        Resolve(plain, new FactorQuery("grid", "ef", Gas.CH4)).Should().BeNull();
        plain.AsOf.Should().Be(new DateOnly(2025, 1, 1));
        PluginCalculationContext.For(new LimePlugin(), "ipcc-tier1").MethodFor("lime").Should().Be("ipcc-tier1");
        PluginCalculationContext.For(new LimePlugin()).MethodFor("lime").Should().BeNull();
    }

    private static string? Resolve(PluginCalculationContext context, FactorQuery query) =>
        context.TryResolve(query, out var record) ? record.Id : null;
}
