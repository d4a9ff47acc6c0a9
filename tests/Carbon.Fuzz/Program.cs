using Carbon.Fuzz;
using Carbon.Fuzz.Targets;
using SharpFuzz;

// carbon fuzz harness: `Carbon.Fuzz <target>` under afl-fuzz (see run.sh), or `Carbon.Fuzz replay <target> <file|folder>…`
// to run inputs without AFL and print what each one does (triage and regression checks).
if (args.Length == 0 || !FuzzTargets.TryGet(args[0] == "replay" && args.Length > 1 ? args[1] : args[0], out var target))
{
    Console.Error.WriteLine("usage: Carbon.Fuzz <" + string.Join('|', FuzzTargets.Names) + ">");
    Console.Error.WriteLine("       Carbon.Fuzz replay <target> <file|folder>...");
    return 2;
}

if (args[0] == "replay")
{
    return Replay.Run(target, args.Skip(2));
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target.Check(buffer.ToArray());
});
return 0;
