#!/usr/bin/env bash
# Runs every fuzzer built by the fuzz preset for SECONDS each, one after the other, on a temporary copy of
# its corpus (tests/fuzz/corpus/<fuzzer>), so that nothing is written into the repository. Builds nothing:
#   cmake --preset fuzz && cmake --build --preset fuzz && tests/fuzz/run-fuzzers.sh 30
# Fails when a fuzzer finds a crash, a leak, a timeout or runs out of memory; the input that did it is kept
# in BUILD/fuzz-artifacts/<fuzzer>/ (add it to the corpus folder once the bug is fixed).
# Environment: FUZZ_BUILD_DIR (default build-fuzz), FUZZ_ONLY (one fuzzer's name), FUZZ_TIMEOUT (seconds
# one input may take, default 10).
set -uo pipefail

if [ $# -ne 1 ] || ! [[ "$1" =~ ^[0-9]+$ ]]; then
    echo "usage: $0 SECONDS" >&2
    exit 2
fi
seconds=$1
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build_dir=${FUZZ_BUILD_DIR:-$source_dir/build-fuzz}
timeout=${FUZZ_TIMEOUT:-10}
fuzzers="fuzz_vcard fuzz_csv fuzz_timelinetext fuzz_timelinejson fuzz_partialdate fuzz_quotetextfinder"
if [ -n "${FUZZ_ONLY:-}" ]; then
    fuzzers=$FUZZ_ONLY
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failed=""
for name in $fuzzers; do
    binary="$build_dir/tests/fuzz/$name"
    if [ ! -x "$binary" ]; then
        echo "$name: not built ($binary); run cmake --build --preset fuzz first" >&2
        failed="$failed $name"
        continue
    fi
    corpus="$work/$name"
    mkdir -p "$corpus"
    cp "$here/corpus/$name/"* "$corpus/"
    artifacts="$build_dir/fuzz-artifacts/$name"
    mkdir -p "$artifacts"
    dictionary=()
    if [ -f "$here/$name.dict" ]; then
        dictionary=("-dict=$here/$name.dict")
    fi
    echo "== $name: ${seconds}s on $(ls "$corpus" | wc -l) inputs"
    # The ASan/UBSan options make every finding a crash libFuzzer stops at and reports.
    ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1}" \
    UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}" \
        "$binary" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 \
        -print_final_stats=1 "${dictionary[@]}" -artifact_prefix="$artifacts/" "$corpus" \
        >"$work/$name.log" 2>&1
    status=$?
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done|INFO: Loaded|#[0-9]+ *DONE)' \
        "$work/$name.log" | tail -4
    if [ $status -ne 0 ]; then
        echo "$name FAILED (exit $status); last lines of its log:" >&2
        tail -60 "$work/$name.log" >&2
        echo "inputs kept in $artifacts:" >&2
        ls -l "$artifacts" >&2
        failed="$failed $name"
    fi
done

if [ -n "$failed" ]; then
    echo "fuzzers that failed:$failed" >&2
    exit 1
fi
echo "all fuzzers ran ${seconds}s each without a finding"
