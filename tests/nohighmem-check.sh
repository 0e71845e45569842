#!/usr/bin/env bash
# FAQ 4.3: a kernel built without HIGHMEM (make HIGHMEM=n) on 1 GiB of RAM
# ignores what lies above the 768 MiB lowmem limit, says so and tells the
# user to enable HIGHMEM, and its allocator suites pass with lowmem only.
# Usage: tests/nohighmem-check.sh BUILD_DIR (the HIGHMEM=y one).
set -uo pipefail
. "$(dirname "$0")/lib.sh"

o=${1:?usage: $0 BUILD_DIR}
${MAKE:-make} -s HIGHMEM=n all >/dev/null || fail "make HIGHMEM=n failed"
QEMU_TEST=${QEMU_TEST//$o\//$o-nohighmem\/}
[[ $QEMU_TEST == *"$o-nohighmem/"* ]] || fail "cannot find $o in the QEMU command"

out=$(qemu_boot 1024 'selftest=buddy,pcp,zones,paging cmd="meminfo; poweroff"') ||
	{ echo "$out" | tail -20; fail "the HIGHMEM=n kernel did not boot and power off"; }
for pat in "Ignoring RAM at 0x90000000-0x9fffffff (256 MiB)" \
	"Consider using a HIGHMEM enabled kernel" "Normal   [mem 0x60000000-0x8fffffff]"; do
	grep -Fq -- "$pat" <<<"$out" || { echo "$out"; fail "no '$pat'"; }
done
for pat in "# ktest: [1-9][0-9]* passed, 0 failed" "HighTotal: *0 kB"; do
	grep -Eq -- "$pat" <<<"$out" || { echo "$out"; fail "no '$pat'"; }
done
total=$(sed -n 's/^MemTotal: *\([0-9]*\) kB.*/\1/p' <<<"$out" | tr -d '\r')
[ -n "$total" ] && [ "$total" -gt 770000 ] && [ "$total" -le 786432 ] ||
	fail "MemTotal '$total' kB is not the 768 MiB of lowmem less the kernel"
echo "PASS: HIGHMEM=n at 1 GiB: 768 MiB used, the rest reported; suites pass"
