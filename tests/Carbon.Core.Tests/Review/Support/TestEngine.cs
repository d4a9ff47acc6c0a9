using System.Text;
using Carbon.Reports;
using Carbon.Sdk.Factors;
using Microsoft.Extensions.DependencyInjection;

namespace Carbon.Core.Tests.Review.Support;

/// <summary>Builds the real engine the way hosts do (through DI), with benchmark tables supplied by the test.</summary>
internal static class TestEngine
{
    public static ICarbonEngine Create(params DataSet[] additional) =>
        new ServiceCollection()
            .AddCarbon(o =>
            {
                foreach (var set in additional)
                {
                    o.AdditionalDataSets.Add(set);
                }
            })
            .Services.BuildServiceProvider()
            .GetRequiredService<ICarbonEngine>();

    public static AssessmentReport Assess(string json, params DataSet[] additional) => Create(additional).Assess(Encoding.UTF8.GetBytes(json));

    /// <summary>Reads a data set written in a test (a benchmark table the test supplies).</summary>
    public static DataSet DataSet(string json)
    {
        DataSetReader.TryRead(Encoding.UTF8.GetBytes(json), out var set, out var problems).Should().BeTrue(string.Join("; ", problems.Select(p => p.Path + ": " + p.Message.En)));
        return set!;
    }
}
