using System.Collections.Immutable;
using System.Globalization;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Plugins;
using Carbon.Sdk.Testing.Internal;
using Carbon.Sdk.Units;
using Xunit;

namespace Carbon.Sdk.Testing;

/// <summary>
/// The conformance tests every Carbon sector plugin must pass (docs/plugins.md#testing). Inherit it in the plugin's test
/// project, supply <see cref="GoldenCases"/> (hand-worked, cited examples), and xunit runs every fact below against the
/// plugin: bilingual metadata, a valid SDK range containing the running SDK, the assembly attribute for folder loading,
/// documented activity kinds with units that read, cited and status-tagged data that round-trips through JSON, the
/// golden cases, a complete trace for every number, identical results under any culture, across runs and threads, and
/// no exception for bad input. Each fact lists every problem it finds.
/// </summary>
/// <typeparam name="TPlugin">The plugin type; it needs the public parameterless constructor hosts use.</typeparam>
public abstract class SectorPluginConformanceTests<TPlugin>
    where TPlugin : class, ISectorPlugin, new()
{
    private static readonly string[] Cultures = ["", "zh-CN", "de-DE", "tr-TR", "ar-SA"];

    /// <summary>
    /// The worked examples the plugin must reproduce, each taken from a cited source with the arithmetic in its
    /// citation: at least two, and ideally one per activity kind and methodology.
    /// </summary>
    protected abstract IEnumerable<GoldenCase> GoldenCases { get; }

    /// <summary>The reporting year golden cases run in (factor validity is judged on 1 January of it).</summary>
    protected virtual int ReportingYear => 2025;

    /// <summary>Creates the plugin under test; override to test it with options (then also test the defaults).</summary>
    /// <returns>A new plugin.</returns>
    protected virtual TPlugin CreatePlugin() => new();

    /// <summary>The metadata is complete in both languages and its methodologies are named, cited and tagged.</summary>
    [Fact]
    public void Metadata_is_complete_in_both_languages() => Expect(MetadataChecks.Metadata(CreatePlugin()));

    /// <summary>The SDK range reads as a NuGet range and contains the Carbon.Sdk the tests run on.</summary>
    [Fact]
    public void Sdk_range_parses_and_contains_the_running_sdk() => Expect(MetadataChecks.SdkRange(CreatePlugin()));

    /// <summary>The assembly names the plugin type with <see cref="CarbonPluginAttribute"/>, which has a public parameterless constructor.</summary>
    [Fact]
    public void Assembly_names_the_plugin_for_folder_loading() => Expect(MetadataChecks.Attribute(typeof(TPlugin)));

    /// <summary>Every activity kind and parameter is documented in zh and en, and every unit reads with its dimension.</summary>
    [Fact]
    public void Activity_kinds_are_documented_with_units_that_read() => Expect(ActivityKindChecks.Check(CreatePlugin()));

    /// <summary>Every factor record and benchmark table, level and correction cites its source and carries a status.</summary>
    [Fact]
    public void Every_record_and_benchmark_is_cited_and_status_tagged() => Expect(DataSetChecks.Citations(CreatePlugin()));

    /// <summary>Each data set written back to JSON reads again to the same records and tables.</summary>
    [Fact]
    public void Data_sets_round_trip_through_json() => Expect(DataSetChecks.RoundTrip(CreatePlugin()));

    /// <summary>At least two golden cases, and each reproduces its cited tonnes per gas and indicator values.</summary>
    [Fact]
    public void Golden_cases_match_their_cited_values()
    {
        var cases = Cases();
        var problems = new List<string>();
        if (cases.Length < 2)
        {
            problems.Add($"Supply at least two golden cases (found {cases.Length}).");
        }

        var plugin = CreatePlugin();
        foreach (var golden in cases)
        {
            problems.AddRange(GoldenCaseRun.Compare(golden, GoldenCaseRun.Run(plugin, golden, ReportingYear)));
        }

        Expect(problems);
    }

    /// <summary>Every gas emission and indicator of every golden case has a formula, inputs with units, and factor references that match the plugin's records.</summary>
    [Fact]
    public void Every_number_in_a_result_is_traced_to_its_records()
    {
        var plugin = CreatePlugin();
        var problems = new List<string>();
        foreach (var golden in Cases())
        {
            var input = ActivityLineReader.Read(plugin, golden.ActivityJson);
            problems.AddRange(TraceChecks.Check(plugin, golden, input, GoldenCaseRun.Run(plugin, golden, ReportingYear)));
        }

        Expect(problems);
    }

    /// <summary>Results are identical under the invariant, zh-CN, de-DE, tr-TR and ar-SA cultures.</summary>
    [Fact]
    public void Results_do_not_depend_on_the_culture()
    {
        var reference = WithCulture(CultureInfo.InvariantCulture, () => Texts(CreatePlugin()));
        var problems = new List<string>();
        foreach (var name in Cultures.Skip(1))
        {
            var texts = WithCulture(CultureInfo.GetCultureInfo(name), () => Texts(CreatePlugin()));
            problems.AddRange(Differences(reference, texts, "under " + name));
        }

        Expect(problems);
    }

    /// <summary>Running the golden cases again, on the same and on a new plugin instance, gives identical results.</summary>
    [Fact]
    public void Repeated_runs_give_identical_results()
    {
        var plugin = CreatePlugin();
        var first = Texts(plugin);
        Expect(Differences(first, Texts(plugin), "on a second run").Concat(Differences(first, Texts(CreatePlugin()), "on a new instance")));
    }

    /// <summary>One plugin instance used from many threads at once gives the same results as one thread.</summary>
    [Fact]
    public void Parallel_use_gives_identical_results()
    {
        var plugin = CreatePlugin();
        var cases = Cases();
        if (cases.IsEmpty)
        {
            Assert.Fail("Supply golden cases: the parallel runs repeat them.");
        }

        var expected = Texts(plugin);
        var runs = new string[64];
        Parallel.For(0, runs.Length, i =>
        {
            var golden = cases[i % cases.Length];
            runs[i] = ResultText.Of(GoldenCaseRun.Run(plugin, golden, ReportingYear));
        });
        var problems = new List<string>();
        for (var i = 0; i < runs.Length; i++)
        {
            if (runs[i] != expected[i % cases.Length])
            {
                problems.Add($"Golden case '{cases[i % cases.Length].Name}' gave a different result on a parallel run:\n{runs[i]}\ninstead of\n{expected[i % cases.Length]}");
            }
        }

        Expect(problems);
    }

    /// <summary>A line with no parameters, and one with a zero amount, returns diagnostics or results but never throws.</summary>
    [Fact]
    public void Bad_input_returns_diagnostics_and_never_throws()
    {
        var plugin = CreatePlugin();
        var problems = new List<string>();
        foreach (var kind in plugin.ActivityKinds)
        {
            foreach (var amount in new[] { 0.0, 1.0 })
            {
                var input = new ActivityInput
                {
                    Kind = kind.Kind,
                    Amount = new Quantity(amount, kind.AmountDimension),
                    AmountText = amount.ToString("R", CultureInfo.InvariantCulture) + " " + kind.AmountDimension,
                    Path = "/activities/0",
                };
                try
                {
                    var result = plugin.GetCalculator(kind.Kind)?.Calculate(input, PluginCalculationContext.For(plugin, reportingYear: ReportingYear));
                    if (result is not null && result.Emissions.Any(e => !double.IsFinite(e.Tonnes)))
                    {
                        problems.Add($"Kind '{kind.Kind}' with amount {amount} and no parameters returned a non-finite emission.");
                    }
                }
#pragma warning disable CA1031 // The point of the check: any exception is a failure to report, not to propagate.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    problems.Add($"Kind '{kind.Kind}' with amount {amount} and no parameters threw {ex.GetType().Name}: {ex.Message}. Return ActivityResult.Failed(Diagnostic.Error(...)) instead.");
                }
            }
        }

        Expect(problems);
    }

    private ImmutableArray<GoldenCase> Cases() => [.. GoldenCases ?? []];

    private string[] Texts(TPlugin plugin) => [.. Cases().Select(c => ResultText.Of(GoldenCaseRun.Run(plugin, c, ReportingYear)))];

    private IEnumerable<string> Differences(string[] expected, string[] actual, string when)
    {
        var cases = Cases();
        for (var i = 0; i < expected.Length; i++)
        {
            if (expected[i] != actual[i])
            {
                yield return $"Golden case '{cases[i].Name}' gave a different result {when}:\n{actual[i]}\ninstead of\n{expected[i]}";
            }
        }
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> run)
    {
        var (culture0, ui0) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return run();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture0;
            CultureInfo.CurrentUICulture = ui0;
        }
    }

    private static void Expect(IEnumerable<string> problems)
    {
        var list = problems.ToList();
        if (list.Count > 0)
        {
            Assert.Fail($"{list.Count} problem(s):\n- " + string.Join("\n- ", list));
        }
    }
}
