/* SPDX-License-Identifier: GPL-2.0 */
/*
 * BeagleBone Black: TI AM335x (one Cortex-A8), 512 MiB of DDR3.
 * Facts and sources: ../shared/reference/arm-facts.md §11-13 and
 * docs/boards.md. Included by C and assembly.
 */
#ifndef _BOARD_CONFIG_H
#define _BOARD_CONFIG_H

#define BOARD_NAME		"beaglebone-black"
#define PHYS_OFFSET		0x80000000	/* EMIF0 SDRAM (§11.1) */
#define BOARD_RAM_MAX		0x20000000	/* 512 MiB on the Black */
#define BOARD_RAM_DEFAULT	0x20000000	/* used without a DTB */

/*
 * The Cortex-A8 has no multiprocessing extensions: TTBR bit 6 is not
 * IRGN[0], and the inner-shareable maintenance operations are UNDEFINED
 * (<asm/pgtable-hwdef.h> picks the TTBR walk attributes from this).
 */
#define BOARD_HAS_MP_EXT	0

/*
 * Devices. UART0, the PRCM and WDT1 share the L4_WKUP section at
 * 0x44E00000, which head.S maps as the early UART window.
 */
#define BOARD_UART_PHYS		0x44E09000	/* UART0, NS16550-compatible (§11.2) */
#define BOARD_PRCM_PHYS		0x44E00000	/* CM_PER; CM_WKUP +0x400, CM_DPLL +0x500 */
#define BOARD_PRM_RSTCTRL_PHYS	0x44E00F00	/* PRM_DEVICE: RST_GLOBAL_WARM_SW bit 0 */
#define BOARD_WDT1_PHYS		0x44E35000	/* the watchdog the ROM and U-Boot start (§11.5) */
#define BOARD_DMTIMER2_PHYS	0x48040000	/* the tick (§11.3) */
#define BOARD_INTC_PHYS		0x48200000	/* 128-line interrupt controller (§11.4) */

/* Clock control (§11.3): module enable and the timer's clock source. */
#define BOARD_CM_PER_TIMER2_CLKCTRL_OFF	0x080	/* from BOARD_PRCM_PHYS */
#define BOARD_CLKSEL_TIMER2_CLK_OFF	0x508	/* from BOARD_PRCM_PHYS (CM_DPLL + 0x08) */
#define BOARD_TIMER_CLK_HZ		24000000 /* CLK_M_OSC on the Black */
#define BOARD_UART_CLK_HZ		48000000 /* UART functional clock */

/* INTC interrupt lines (§11.1). */
#define BOARD_IRQ_DMTIMER2	68
#define BOARD_IRQ_UART0		72

#endif
