using System.Diagnostics;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;

using Carbon.Reliability.Tests.Support;

namespace Carbon.Reliability.Tests.Regressions;

/// <summary>
/// Finding F6 (found while writing the concurrency tests): <see cref="FactorRecord.Quantity"/> cached its value in a
/// <c>Quantity?</c> field (a 32-byte struct) without synchronisation. Two threads reading a record for the first time
/// at once could tear the write, and the reader then saw the flag set but the value not yet written: the factor read
/// as 0 with no dimension (observed ~100 times a second on this 2-core machine). Engines share records across
/// assessments, so a batch that starts in parallel on a fresh engine could compute a zero NCV, grid factor or
/// carbonate factor, or divide by a zero calorific value. The cache is now published as one reference.
/// </summary>
[Collection(HeavyTests.Name)]
public class FactorRecordCacheRaceTests
{
    [Fact]
    public async Task Concurrent_first_reads_of_a_record_never_see_a_torn_value()
    {
        var expected = Quantity.Of(20.908, "GJ/t");
        var threads = Math.Max(2, Environment.ProcessorCount);
        var torn = 0L;
        var reads = 0L;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(4) && Interlocked.Read(ref torn) == 0)
        {
            var records = Enumerable.Range(0, 2000).Select(i => new FactorRecord
            {
                Id = "race." + i, Subject = "coal.raw", Parameter = "ncv", Value = 20.908, Unit = "GJ/t",
                Source = new SourceCitation("test", null, null, null), Status = DataStatus.Confirmed,
            }).ToArray();
            using var barrier = new Barrier(threads);
            var workers = Enumerable.Range(0, threads).Select(_ => Task.Factory.StartNew(() =>
            {
                barrier.SignalAndWait();
                foreach (var record in records)
                {
                    if (record.Quantity != expected)
                    {
                        Interlocked.Increment(ref torn);
                    }
                }

                Interlocked.Add(ref reads, records.Length);
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
            await Task.WhenAll(workers);
        }

        torn.Should().Be(0, $"{reads} concurrent first reads must all see 20.908 GJ/t");
    }

    [Fact]
    public void A_copy_with_another_value_does_not_keep_the_cached_quantity()
    {
        var record = new FactorRecord
        {
            Id = "copy", Subject = "coal.raw", Parameter = "ncv", Value = 20.908, Unit = "GJ/t",
            Source = new SourceCitation("test", null, null, null), Status = DataStatus.Confirmed,
        };
        _ = record.Quantity;

        var copy = record with { Value = 25 };

        copy.Quantity.Should().Be(Quantity.Of(25, "GJ/t"));
        record.Quantity.Should().Be(Quantity.Of(20.908, "GJ/t"));
    }
}
