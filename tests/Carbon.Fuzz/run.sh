#!/usr/bin/env bash
# Fuzzes one Carbon input reader with AFL++ and SharpFuzz for a number of minutes, then prints the figures and
# replays every crash and hang through the harness so that the exception is visible.
#
#   tests/Carbon.Fuzz/run.sh <target> <minutes>
#
# Targets: quantity, project, dataset, zoning-pack, rule-expression, geojson, shapefile, dbf (see README.md).
#
# Needs: afl-fuzz (Debian: apt-get install afl++) and the .NET SDK. The sharpfuzz instrumenter (dotnet tool
# SharpFuzz.CommandLine 2.3.0) is installed into the work folder when it is not on PATH. Nothing is written into the
# repository: builds, findings and tools go to $CARBON_FUZZ_DIR (default /tmp/carbon-fuzz).
# Environment: CARBON_FUZZ_TIMEOUT_MS (per-input timeout, default 2000; 10000 for the zoning targets), CARBON_FUZZ_RESUME=1 (continue a
# previous run's queue instead of starting from the seeds).
set -euo pipefail

# The whole script is one function, read before it runs: editing this file during a run cannot change that run.
main() {

  target=${1:-}
  minutes=${2:-}
  if [[ -z "$target" || -z "$minutes" || ! "$minutes" =~ ^[0-9]+$ ]]; then
    echo "usage: $0 <quantity|project|dataset|zoning-pack|rule-expression|geojson|shapefile|dbf> <minutes>" >&2
    exit 2
  fi

  here=$(cd "$(dirname "$0")" && pwd)
  repo=$(cd "$here/../.." && pwd)
  work=${CARBON_FUZZ_DIR:-/tmp/carbon-fuzz}/$target
  # The zoning targets assess two projects per input: their first input (with start-up) needs more than 2 s.
  case "$target" in
    quantity|project|dataset) default_timeout=2000 ;;
    *) default_timeout=10000 ;;
  esac
  timeout_ms=${CARBON_FUZZ_TIMEOUT_MS:-$default_timeout}
  mkdir -p "$work"

  command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 2; }
  sharpfuzz=$(command -v sharpfuzz || true)
  if [[ -z "$sharpfuzz" ]]; then
    tools=${CARBON_FUZZ_DIR:-/tmp/carbon-fuzz}/tools
    [[ -x "$tools/sharpfuzz" ]] || dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null
    sharpfuzz=$tools/sharpfuzz
  fi

  # 1. Publish the harness twice: one copy to instrument for AFL, one left plain to replay findings (instrumented code
  #    writes to AFL's shared memory and cannot run outside afl-fuzz). Instrument the Carbon assemblies only (not the
  #    harness, not SharpFuzz, not the framework).
  rm -rf "$work/bin" "$work/replay"
  dotnet publish "$here/Carbon.Fuzz.csproj" -c Release -o "$work/bin" -nologo -v quiet
  cp -r "$work/bin" "$work/replay"
  for dll in "$work"/bin/Carbon.*.dll; do
    [[ "$(basename "$dll")" == "Carbon.Fuzz.dll" ]] && continue
    "$sharpfuzz" "$dll" >/dev/null
  done

  # 2. Seeds: the committed ones, plus the samples for the project target and the shipped data sets for the data-set target.
  seeds=$work/seeds
  rm -rf "$seeds" && mkdir -p "$seeds"
  cp "$here/Seeds/$target"/* "$seeds/"
  # The invalid-input corpus (small files only) seeds the error paths.
  corpus=$repo/tests/Carbon.Reliability.Tests/Corpus
  if [[ "$target" == "project" ]]; then
    cp "$repo"/docs/samples/*.json "$seeds/"
    find "$corpus/projects" -name '*.json' -size -4k -exec cp {} "$seeds/" \;
  fi
  if [[ "$target" == "dataset" ]]; then
    cp "$repo"/plugins/*/Data/*.json "$seeds/"
    find "$corpus/datasets" -name '*.json' -size -4k -exec cp {} "$seeds/" \;
  fi

  # 3. Fuzz. The .NET host is not AFL-instrumented (SharpFuzz instruments the IL), hence AFL_SKIP_BIN_CHECK.
  export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CRASHES=1 AFL_NO_AFFINITY=1
  input=$seeds
  if [[ "${CARBON_FUZZ_RESUME:-0}" == "1" && -d "$work/findings/default/queue" ]]; then input=-; else rm -rf "$work/findings"; fi
  set +e
  dict=()
  [[ -f "$here/Dictionaries/$target.dict" ]] && dict=(-x "$here/Dictionaries/$target.dict")
  afl-fuzz -i "$input" -o "$work/findings" "${dict[@]}" -t "$timeout_ms" -m none -V $((minutes * 60)) \
    -- dotnet "$work/bin/Carbon.Fuzz.dll" "$target" > "$work/afl.log" 2>&1
  status=$?
  set -e
  tail -n 5 "$work/afl.log"
  [[ $status -eq 0 ]] || { echo "afl-fuzz exited with $status; see $work/afl.log" >&2; exit $status; }

  # 4. Figures and triage.
  stats=$work/findings/default/fuzzer_stats
  mkdir -p "$work/runs" && cp "$stats" "$work/runs/$(date -u +%Y%m%dT%H%M%SZ).stats"
  echo "== $target: $(grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg) ' "$stats" | awk '{printf "%s=%s ", $1, $3}')"
  for kind in crashes hangs; do
    dir=$work/findings/default/$kind
    if compgen -G "$dir/id:*" >/dev/null; then
      echo "== $kind (replayed without instrumentation):"
      dotnet "$work/replay/Carbon.Fuzz.dll" replay "$target" "$dir" | tail -n 40 || true
    fi
  done
}

main "$@"
