#!/usr/bin/env bash
# The debugging path works: QEMU starts halted with its GDB stub,
# gdb-multiarch attaches, stops at the kernel's first instruction (physical
# address, MMU off) by symbol, steps through __turn_mmu_on into
# __mmap_switched (virtual), drops the physical symbols (virt-symbols),
# stops at start_kernel, and reads the backtrace, an argument and a
# global variable.
set -uo pipefail
cd "$(dirname "$0")/../.."
. tests/lib.sh
O=${1:-build/vexpress-a9}
GDB=${GDB:-gdb-multiarch}
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

# shellcheck disable=SC2086
timeout 60 $QEMU_TEST -m 128 -append 'cmd="poweroff"' -S -gdb "tcp:127.0.0.1:$port" \
	</dev/null >"$O/gdb-test-console.log" 2>&1 &
qemu=$!
trap 'kill $qemu 2>/dev/null' EXIT

out=$(timeout 60 "$GDB" -batch -nx -x tools/gdb/kernel.py \
	-ex "target remote 127.0.0.1:$port" \
	-ex 'phys-symbols' \
	-ex 'break *0x60008000' -ex 'continue' \
	-ex 'info symbol $pc' -ex 'stepi' -ex 'info symbol $pc' \
	-ex 'break __turn_mmu_on' -ex 'continue' -ex 'delete' \
	-ex 'info symbol $pc' -ex 'print/x $SCTLR_S & 1' \
	-ex 'stepi' -ex 'stepi' -ex 'stepi' -ex 'info symbol $pc' -ex 'printf "pc %#x\n", $pc' \
	-ex 'print/x $SCTLR_S & 1' \
	-ex 'virt-symbols' -ex 'info symbol 0x60008000' \
	-ex 'break start_kernel' -ex 'continue' \
	-ex 'bt' -ex 'print/x dtb_phys' \
	-ex 'break parse_boot_params' -ex 'continue' \
	-ex 'print boot_command_line' \
	-ex 'kill' \
	"$O/kernel.elf" 2>&1)
echo "$out"

expect() {
	grep -Eq -- "$1" <<<"$out" || fail "GDB output has no match for: $1"
}
expect '^stext in section \.head\.text'		# the first instruction, by name, MMU off
expect '^stext \+ 4 in section \.head\.text'	# stepi works there
expect '^__turn_mmu_on in section \.head\.text of '	# the physical copy, by name
expect '^\$1 = 0x0$'				# SCTLR.M: off before
expect '^__mmap_switched in section '		# three steps on: the next function,
expect '^pc 0xc00[0-9a-f]{5}$'			# at its virtual address
expect '^\$2 = 0x1$'				# SCTLR.M: on after
expect '^No symbol matches 0x60008000'		# virt-symbols dropped the physical copy
expect 'Breakpoint [0-9.]+, start_kernel \(dtb_phys=[0-9]+\)'
expect '^#0 +start_kernel'
expect '^#1 .*__mmap_switched'
expect '^\$[0-9]+ = 0x6[0-9a-f]{7}$'		# dtb_phys: the DTB, in RAM
expect 'cmd=\\"poweroff\\"'			# boot_command_line, read from the DTB
echo "PASS: gdb attached, stepped head.S from stext (physical) across the MMU switch, stopped at start_kernel, read variables"
