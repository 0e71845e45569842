#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Host test "fuzz_vma": runs the libFuzzer target over the area code
# (tests/host/mm/fuzz_vma.c) for a bounded number of inputs from a fixed
# seed, so the run is the same every time; prints KTAP version 1. Without
# clang the target is not built and the case is skipped, saying so.
# Installed by tests/host/mm/mm.mk with FUZZ and RUNS filled in.

FUZZ=@FUZZ@
RUNS=@RUNS@

echo "KTAP version 1"
echo "1..1"
if [ -z "$FUZZ" ] || [ ! -x "$FUZZ" ]; then
	echo "ok 1 fuzz_vma # SKIP clang is not installed: no libFuzzer target"
	exit 0
fi
log="$FUZZ.log"
if "$FUZZ" -runs="$RUNS" -seed=1 -max_len=1024 -rss_limit_mb=4096 >"$log" 2>&1; then
	echo "# $(grep -c . "$log") lines of fuzzer output in $log"
	echo "ok 1 fuzz_vma"
else
	echo "# the fuzzer failed; the last lines of $log:"
	tail -20 "$log" | sed 's/^/# /'
	echo "not ok 1 fuzz_vma"
	exit 1
fi
