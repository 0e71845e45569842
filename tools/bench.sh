#!/usr/bin/env bash
# make bench: boot once under -icount shift=0 and print the kernel's
# "bench NAME VALUE UNIT" lines (guest instructions: deterministic).
# 1 GiB by default, so that boot_mem_init covers mem_map for 1 GiB and the
# kmap figures use a HIGHMEM page.
set -euo pipefail
. "$(dirname "$0")/../tests/lib.sh"
out=$(qemu_boot "${MEM:-1024}" 'cmd="bench; poweroff"') || {
	echo "$out" | tail -20
	echo "bench: the boot failed" >&2
	exit 1
}
echo "$out" | tr -d '\r' | grep '^bench '
