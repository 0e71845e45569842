/* SPDX-License-Identifier: GPL-2.0 */
/*
 * QEMU vexpress-a9 (V2P-CA9 daughterboard on the V2M motherboard, legacy map).
 * Facts: ../shared/reference/arm-facts.md §10. Included by C and assembly.
 */
#ifndef _BOARD_CONFIG_H
#define _BOARD_CONFIG_H

#define BOARD_NAME		"vexpress-a9"
#define PHYS_OFFSET		0x60000000	/* RAM base */
#define BOARD_RAM_MAX		0x40000000	/* QEMU models at most 1 GiB */
#define BOARD_RAM_DEFAULT	0x08000000	/* 128 MiB, QEMU's default, used without a DTB */

#define BOARD_UART_PHYS		0x10009000	/* PL011 UART0 (§10.2) */
#define BOARD_SYSREG_PHYS	0x10000000	/* V2M system registers (§10.5) */
#define BOARD_PERIPH_PHYS	0x1E000000	/* A9MPCore private region (§10.3) */
#define BOARD_GTIMER_OFF	0x200		/* global timer, PERIPHBASE + 0x200 */

#endif
