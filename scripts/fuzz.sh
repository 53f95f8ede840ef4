#!/bin/sh
# Builds the fuzz targets with libFuzzer and AddressSanitizer and runs each for SECONDS.
# Seeds come from Fuzz/corpus/<target>; the growing corpus lives in .build-fuzz/corpus;
# a crashing input is written to Fuzz/regressions/<target>/ (commit it: a test replays it).
#
#   sh scripts/fuzz.sh [SECONDS] [TARGET…]       (default 60 s each, every target)
set -eu
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-60}
shift 2>/dev/null || true
TARGETS=${*:-"FuzzCSV FuzzJSON FuzzReport FuzzGeo FuzzRender FuzzLinks FuzzPaths"}
# The main package is a local dependency here: SwiftPM kept its old list of source files and a
# new file broke the fuzz build, so the build plan is made afresh each time (a second or two).
rm -f .build-fuzz/debug.yaml
swift build --package-path Fuzz --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -use-ld=lld
for t in $TARGETS; do
    # Cairo and fontconfig keep process-wide caches (solid patterns, font patterns) that
    # LeakSanitizer reports as leaks of the first input that fills them; targets that draw are
    # watched for growth by the RSS limit instead. Swift's own backtracer is off: it crashes
    # under AddressSanitizer and hides the trap's message.
    case $t in FuzzRender|FuzzLinks|FuzzPaths) leaks=0 ;; *) leaks=1 ;; esac
    mkdir -p ".build-fuzz/corpus/$t" "Fuzz/regressions/$t"
    echo "fuzz: $t for $SECONDS_EACH s"
    ASAN_OPTIONS="detect_leaks=$leaks" SWIFT_BACKTRACE=enable=no ".build-fuzz/debug/$t" ".build-fuzz/corpus/$t" "Fuzz/corpus/$t" \
        -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -detect_leaks="$leaks" \
        -artifact_prefix="Fuzz/regressions/$t/" -print_final_stats=1 2>&1 \
        | grep -E "^(Done|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)|Fatal error" || true
done
