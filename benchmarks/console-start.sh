#!/usr/bin/env bash
# Console start (issue 11 §3): wall time of `carbon assess <sample>` against a hello-world .NET console, in one
# hyperfine run so that the ratio, not the machine, is what is read. Needs hyperfine (Debian: apt-get install hyperfine).
#   benchmarks/console-start.sh            → benchmarks/results/console-start.md (and .json)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
command -v hyperfine >/dev/null || { echo "hyperfine is not installed (apt-get install hyperfine)" >&2; exit 2; }
out="artifacts/bench"
mkdir -p "$out" benchmarks/results
dotnet build benchmarks/HelloWorld -c Release -v q -nologo
dotnet build src/Carbon.Cli -c Release -v q -nologo
# The same console published ReadyToRun (precompiled), as a reviewer's installation would ship it.
dotnet publish src/Carbon.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/carbon-r2r" -v q -nologo
sample=docs/samples/cement-clinker-5000tpd.json
hyperfine --warmup 3 --runs "${RUNS:-15}" -N \
  --export-markdown benchmarks/results/console-start.md --export-json benchmarks/results/console-start.json \
  -n "hello world (dotnet HelloWorld.dll)" "dotnet benchmarks/HelloWorld/bin/Release/net10.0/HelloWorld.dll" \
  -n "carbon --version (JIT)" "dotnet src/Carbon.Cli/bin/Release/net10.0/carbon.dll --version" \
  -n "carbon assess sample --format json (JIT)" "dotnet src/Carbon.Cli/bin/Release/net10.0/carbon.dll assess $sample --format json" \
  -n "carbon assess sample --format json (ReadyToRun)" "$out/carbon-r2r/carbon assess $sample --format json" \
  -n "carbon assess sample, table (ReadyToRun)" "$out/carbon-r2r/carbon assess $sample"
