#!/usr/bin/env bash
# head.S refuses to run from the wrong address, and says so: booted as a
# raw image, which QEMU loads at RAM + 0x10000 instead of the link address
# RAM + 0x8000, the kernel must print its error on the UART (physical
# address, MMU off) and halt instead of crashing or hanging silently.
# The halt is by design, so the timeout only ends the halted machine; the
# verdict depends on the message alone.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
raw_cmd=${QEMU_TEST/\/uImage/\/kernel.bin}
[ "$raw_cmd" != "$QEMU_TEST" ] || fail "could not find the uImage in QEMU_TEST"
# shellcheck disable=SC2086
out=$(timeout 3 $raw_cmd -m 128 -append '' </dev/null 2>&1)
grep -q 'head.S: kernel not loaded at its link address .*; halting.' \
	<<<"$out" || { echo "$out"; fail "no load-address error from head.S"; }
grep -q 'Booting the teaching kernel' <<<"$out" && fail "the misloaded kernel ran on"
echo "PASS: a misloaded kernel reports it and halts"
