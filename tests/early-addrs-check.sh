#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# The early code (.head.text, MMU off) of each board's kernel uses only
# that board's addresses (tools/check-early-addrs.py); and the check fails
# when a kernel is held against the other board's memory map. Then the
# Cortex-A8 kernel must hold no instruction that needs the MP extensions.
set -uo pipefail
cd "$(dirname "$0")/.."
. tests/lib.sh

# The register values head.S loads that are not addresses, from the headers.
regvals() {
	printf '%s\n' 'prrr=PRRR_INIT' 'nmrr=NMRR_INIT' 'sctlr_clear=(CR_A|CR_AFE|CR_V|CR_TE)' \
		'sctlr_set=(CR_M|CR_C|CR_Z|CR_I|CR_TRE)' 'ram_size=BOARD_RAM_MAX' |
		arm-none-eabi-gcc -E -P -D__ASSEMBLER__ -Iinclude -Iarch/arm/include -Iboards \
			-Iboards/"$1" -imacros asm/pgtable-hwdef.h -x c - | grep '=' |
		while IFS='=' read -r name expr; do
			echo "$name=$(python3 -c "print($expr)")"
		done
}

for board in vexpress-a9 beaglebone-black; do
	make -s --no-print-directory BOARD=$board all >/dev/null || fail "make BOARD=$board"
	[ "$(regvals $board | grep -c '=[0-9]')" -eq 5 ] ||
		fail "could not compute head.S's register values from the headers"
	# shellcheck disable=SC2046  # one NAME=VALUE word per line
	python3 tools/check-early-addrs.py $board build/$board/kernel.elf $(regvals $board) ||
		fail "$board: foreign addresses in the early code"
done
# shellcheck disable=SC2046
out=$(python3 tools/check-early-addrs.py beaglebone-black build/vexpress-a9/kernel.elf \
	$(regvals vexpress-a9)) && fail "the vexpress-a9 kernel passed as a BeagleBone one"
grep -q 'FAIL .* 0x10009000  not a beaglebone-black address' <<<"$out" ||
	{ echo "$out"; fail "the check did not name the PL011"; }

# Without the multiprocessing extensions (the BeagleBone's Cortex-A8) the
# inner-shareable TLB, I-cache and branch-predictor operations, TLBIMVAA
# and PLDW are UNDEFINED: none may appear anywhere in that kernel. The
# pattern must find them in a scrap object that has each.
MP_ONLY='mcr\s+15, 0, \w+, cr8, cr3, \{[0-3]\}|mcr\s+15, 0, \w+, cr8, cr7, \{3\}|mcr\s+15, 0, \w+, cr7, cr1, \{[06]\}|\spldw\s'
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%s\n' 'mcr p15, 0, r0, c8, c3, 0' 'mcr p15, 0, r0, c8, c7, 3' 'mcr p15, 0, r0, c7, c1, 0' \
	'mcr p15, 0, r0, c7, c1, 6' 'pldw [r0]' >"$tmp/mp.S"
arm-none-eabi-gcc -mcpu=cortex-a9 -c "$tmp/mp.S" -o "$tmp/mp.o" || fail "could not assemble the scrap object"
n=$(arm-none-eabi-objdump -d "$tmp/mp.o" | grep -Ec "$MP_ONLY")
[ "$n" -eq 5 ] || fail "the MP-only pattern found $n of 5 instructions"
found=$(arm-none-eabi-objdump -d build/beaglebone-black/kernel.elf | grep -E "$MP_ONLY")
[ -z "$found" ] || { echo "$found"; fail "MP-extension instructions in the Cortex-A8 kernel"; }
echo "ok   beaglebone-black: no MP-extension-only instruction in kernel.elf"

echo "PASS: each board's early code touches only its own addresses, and the A8 kernel has no MP-only instruction"
