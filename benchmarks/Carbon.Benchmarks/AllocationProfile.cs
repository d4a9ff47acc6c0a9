using System.Diagnostics.Tracing;
using System.Globalization;
using Carbon.Benchmarks.Infrastructure;

namespace Carbon.Benchmarks;

/// <summary>
/// Bytes allocated per assessment (exact, from the per-thread counter) and, sampled by the runtime's allocation tick
/// (one event per ~100 KB), the types that make them up. A guide for reducing allocation, not a measurement of time.
/// </summary>
internal static class AllocationProfile
{
    public static int Run(int assessments, bool energyAndEmissionsOnly)
    {
        var engine = Samples.Engine();
        var narrow = new AssessmentOptions { IncludeReview = false, IncludeZoning = false };
        foreach (var sector in Samples.Sectors)
        {
            var bytes = Samples.Bytes(sector);
            var project = Samples.Read(engine, bytes);
            for (var i = 0; i < 50; i++)
            {
                _ = energyAndEmissionsOnly ? engine.Assess(project, narrow) : engine.Assess(bytes);
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1000; i++)
            {
                _ = energyAndEmissionsOnly ? engine.Assess(project, narrow) : engine.Assess(bytes);
            }

            var per = (GC.GetAllocatedBytesForCurrentThread() - before) / 1000.0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sector,-10} {per,10:F0} B per assessment"));
        }

        var cement = Samples.Bytes("cement");
        var cementProject = Samples.Read(engine, cement);
        using var listener = new AllocationListener();
        for (var i = 0; i < assessments; i++)
        {
            _ = energyAndEmissionsOnly ? engine.Assess(cementProject, narrow) : engine.Assess(cement);
        }

        var total = listener.ByType.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cement, sampled by type ({total / 1e6:F1} MB sampled):"));
        foreach (var (type, sampled) in listener.ByType.OrderByDescending(t => t.Value).Take(40))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100.0 * sampled / total,6:F1} %  {type}"));
        }

        return 0;
    }

    private sealed class AllocationListener : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;

        public Dictionary<string, long> ByType { get; } = new(StringComparer.Ordinal);

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
            {
                return;
            }

            var index = eventData.PayloadNames!.IndexOf("TypeName");
            var amount = eventData.PayloadNames.IndexOf("AllocationAmount64");
            var type = index >= 0 ? eventData.Payload[index] as string ?? "?" : "?";
            var bytes = amount >= 0 ? Convert.ToInt64(eventData.Payload[amount], CultureInfo.InvariantCulture) : 100_000;
            lock (ByType)
            {
                ByType[type] = ByType.GetValueOrDefault(type) + bytes;
            }
        }
    }
}
