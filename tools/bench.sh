#!/usr/bin/env bash
# make bench: boot once under -icount shift=0 and print the kernel's
# "bench NAME VALUE UNIT" lines (guest instructions: deterministic).
set -euo pipefail
. "$(dirname "$0")/../tests/lib.sh"
out=$(qemu_boot "${MEM:-128}" 'cmd="bench; poweroff"') || {
	echo "$out" | tail -20
	echo "bench: the boot failed" >&2
	exit 1
}
echo "$out" | tr -d '\r' | grep '^bench '
