/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Board hooks for arch/arm/boot/head.S, which runs them with the MMU off.
 */
#include "board_config.h"

/*
 * Start the A9 global timer (prescaler 0: one tick per 10 ns of QEMU's
 * virtual clock, i.e. per 10 guest instructions under -icount shift=0), so
 * `make bench` can count instructions from the kernel's first instruction.
 * Clobbers \tmp, \tmp2.
 */
.macro board_early_init, tmp, tmp2
	ldr	\tmp, =(BOARD_PERIPH_PHYS + BOARD_GTIMER_OFF)
	mov	\tmp2, #1
	str	\tmp2, [\tmp, #0x08]		@ CONTROL: timer enable
.endm

/*
 * Polled write of the byte in \ch to the PL011 whose base address (physical
 * with the MMU off, EARLY_UART_VIRT with it on) is in \base. Clobbers \tmp.
 */
.macro board_early_putc, ch, base, tmp
1001:	ldr	\tmp, [\base, #0x18]		@ FR
	tst	\tmp, #(1 << 5)		@ TXFF
	bne	1001b
	str	\ch, [\base]			@ DR
.endm
