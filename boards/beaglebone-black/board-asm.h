/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Board hooks for arch/arm/boot/head.S, which runs them with the MMU off.
 */
#include "board_config.h"

#define WDT_WSPR		0x48	/* start/stop sequence register */
#define WDT_WWPS		0x34	/* write-pending status */
#define WDT_WWPS_W_PEND_WSPR	(1 << 4)

/*
 * Stop WDT1 before anything else: the ROM starts it, and U-Boot (2021.04
 * and later, WATCHDOG_AUTOSTART) may leave it running with about a minute
 * to go, after which it resets the board. The sequence is U-Boot's
 * watchdog_disable(): 0xAAAA then 0x5555 to WSPR, each write waiting
 * until WWPS says it has reached the timer's clock domain (§11.5).
 * Clobbers \tmp, \tmp2.
 */
.macro board_early_init, tmp, tmp2
	ldr	\tmp, =BOARD_WDT1_PHYS
	movw	\tmp2, #0xAAAA
	str	\tmp2, [\tmp, #WDT_WSPR]
1001:	ldr	\tmp2, [\tmp, #WDT_WWPS]
	tst	\tmp2, #WDT_WWPS_W_PEND_WSPR
	bne	1001b
	movw	\tmp2, #0x5555
	str	\tmp2, [\tmp, #WDT_WSPR]
1002:	ldr	\tmp2, [\tmp, #WDT_WWPS]
	tst	\tmp2, #WDT_WWPS_W_PEND_WSPR
	bne	1002b
.endm

/*
 * Polled write of the byte in \ch to the NS16550 UART0 whose base address
 * (physical with the MMU off, EARLY_UART_VIRT with it on) is in \base:
 * wait for LSR.THRE, then write THR. Registers are 4 bytes apart.
 * Clobbers \tmp.
 */
.macro board_early_putc, ch, base, tmp
1001:	ldr	\tmp, [\base, #0x14]		@ LSR
	tst	\tmp, #(1 << 5)			@ THRE
	beq	1001b
	str	\ch, [\base]			@ THR
.endm
