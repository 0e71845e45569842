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

/* The Cortex-A9 has the multiprocessing extensions (TTBR IRGN encoding). */
#define BOARD_HAS_MP_EXT	1

#define BOARD_UART_PHYS		0x10009000	/* PL011 UART0 (§10.2) */
#define BOARD_SYSREG_PHYS	0x10000000	/* V2M system registers (§10.5) */
#define BOARD_PERIPH_PHYS	0x1E000000	/* A9MPCore private region (§10.3) */
#define BOARD_GTIMER_OFF	0x200		/* global timer, PERIPHBASE + 0x200 */
#define BOARD_GICC_OFF		0x100		/* GIC CPU interface, PERIPHBASE + 0x100 */
#define BOARD_TWD_OFF		0x600		/* A9 private timer, PERIPHBASE + 0x600 */
#define BOARD_GICD_OFF		0x1000		/* GIC distributor, PERIPHBASE + 0x1000 */

/*
 * GIC interrupt IDs: 0-15 SGIs, 16-31 PPIs, 32 + n for the motherboard's
 * SPI n (QEMU hw/arm/vexpress.c wires pic[n]; the DTS says the same).
 */
#define BOARD_IRQ_TWD		29		/* A9 private timer, PPI 13 */
#define BOARD_IRQ_SP804_0	34		/* SP804 timers 0/1, SPI 2 (unused) */
#define BOARD_IRQ_UART0		37		/* PL011 UART0, SPI 5 */

#endif
