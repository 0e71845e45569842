#!/usr/bin/env bash
# A kernel fault must never hang: each `crash KIND` must print a complete
# Oops (what happened, registers, a symbolized backtrace), panic, and make
# QEMU exit with status 1 well within the timeout.
set -uo pipefail
. "$(dirname "$0")/lib.sh"

# expect_panic KIND PATTERN...: boots with cmd="crash KIND"; QEMU must exit
# with status 1 and the console must contain every pattern.
expect_panic() {
	local kind=$1 out rc pat
	shift
	out=$(qemu_boot 128 "cmd=\"crash $kind\"")
	rc=$?
	[ $rc -eq 1 ] || { echo "$out" | tail -20; fail "crash $kind: exit status $rc, not 1"; }
	for pat in "Kernel panic - not syncing: " "$@"; do
		grep -q -- "$pat" <<<"$out" || { echo "$out"; fail "crash $kind: no '$pat'"; }
	done
	echo "PASS: crash $kind"
}

OOPS=("Internal error: Oops" "PC is at" "pc : \[<" "Flags: " "Backtrace:" "(cmd_crash+"
	"Fatal exception")
expect_panic null "${OOPS[@]}" "NULL pointer dereference at virtual address 00000000" \
	"section translation fault (0x005) on read" "\[00000000\] \*pgd=00000000"
expect_panic write "${OOPS[@]}" "paging request at virtual address dead0000" "on write"
expect_panic undef "${OOPS[@]}" "Oops - undefined instruction" "PC is at crash_undef+"
expect_panic jump "${OOPS[@]}" "on instruction fetch" "PC is at 0xdead0000"
expect_panic stack "Insufficient stack space to handle exception!" \
	"Bad kernel stack: storing the exception frame at sp=deacff" "kernel stack overflow or corrupt stack pointer"
# (the area is wherever the vmalloc allocator put it, after the drivers' ioremaps:
# at -m 128 the vmalloc area starts at c8800000)
expect_panic guard "${OOPS[@]}" "Unable to handle kernel paging request at virtual address c8[89a-f][0-9a-f]\{2\}000" \
	"page translation fault (0x807) on write" "\*pte=00000000" "PC is at crash_guard+"
expect_panic panic "crash: panic requested from the monitor"
