#!/usr/bin/env bash
# The boot benchmarks print both figures, positive, and identical over two
# boots (instruction counts under -icount shift=0 are deterministic).
set -uo pipefail
. "$(dirname "$0")/lib.sh"
a=$(tools/bench.sh) || fail "first bench run failed"
b=$(tools/bench.sh) || fail "second bench run failed"
echo "$a"
for name in boot_to_start_kernel boot_to_prompt; do
	grep -Eq "^bench $name [1-9][0-9]* insns$" <<<"$a" || fail "no positive '$name' figure"
done
[ "$a" = "$b" ] || fail "figures differ between two boots: $(diff <(echo "$a") <(echo "$b"))"
echo "PASS: bench figures present and identical over two boots"
