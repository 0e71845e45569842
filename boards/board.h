/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The board interface: everything kernel/ and mm/ may ask of a board.
 * Each boards/<name>/ implements it; board_config.h there holds the
 * constants (RAM base, device addresses) that head.S and <asm/memory.h> use.
 * Generic code never touches a device register itself.
 */
#ifndef _BOARDS_BOARD_H
#define _BOARDS_BOARD_H

#include <kernel/compiler.h>
#include <kernel/types.h>
#include <board_config.h>

/* The board's name, e.g. "vexpress-a9". */
const char *board_name(void);

/*
 * Console. Usable from the first line of start_kernel (head.S maps the
 * UART). putc waits while the transmit FIFO is full; getc never waits and
 * returns -1 when no character is pending.
 */
/*
 * Once the vmalloc area exists: map the board's registers with ioremap
 * and use those mappings from then on, instead of head.S's early windows
 * (which remain for code that runs before, and for crash output).
 */
void board_ioremap_devices(void);

void board_console_init(void);
void board_console_putc(char c);
int board_console_getc(void);

/*
 * Power. board_poweroff(0) is a clean shutdown; a non-zero status reports
 * failure where the machine can (QEMU: the emulator's exit status, through
 * semihosting when it is enabled). Neither returns. A board whose power
 * switch the kernel does not drive (the BeagleBone: its PMIC sits on I2C)
 * says so and halts the CPU with interrupts masked instead.
 */
void __noreturn board_poweroff(int status);
void __noreturn board_reboot(void);

/*
 * Guest instructions since the kernel's first instruction, on a board
 * whose counter advances one tick per instruction under QEMU's
 * -icount shift=0 (vexpress-a9: the A9 global timer, started by head.S).
 * Returns 0 where the board has no such counter. A board without an
 * emulator (the BeagleBone) returns nanoseconds of its tick timer instead,
 * 0 until that starts: clock_gettime() and the benchmarks read this.
 */
u64 board_insn_clock(void);

/* Waits for an interrupt or event (idle loops). */
void board_idle(void);

/*
 * Interrupts. board_init_irq() (from init_IRQ) sets the interrupt
 * controller up with every line masked, registers it with irq_set_chip()
 * (<kernel/irq.h>), then claims the board's own lines (the console's
 * receive interrupt). board_timer_init() (from time_init) starts a
 * periodic timer at hz interrupts per second whose handler calls
 * tick_handle_periodic() (<kernel/jiffies.h>). Both run with IRQs masked.
 */
void board_init_irq(void);
void board_timer_init(unsigned int hz);

#endif
