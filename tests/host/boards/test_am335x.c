// SPDX-License-Identifier: GPL-2.0
/*
 * Host tests of the BeagleBone's drivers against small register models:
 * the NS16550 UART0 console with the shared receive ring
 * (boards/beaglebone-black/ns16550.c, boards/common/uart_rx.c), the INTC
 * (intc.c) and the DMTimer tick (dmtimer.c). No emulator models the
 * AM335x, so this is where their register sequences are checked.
 *
 * Each model holds the registers the driver uses and behaves as the
 * AM335x TRM and arm-facts.md §11 describe them: the UART's receive FIFO
 * with per-character errors, LSR, IIR, DLAB-banked divisor and MDR1; the
 * INTC's four banks of ITR/MIR/ISR with SIR_IRQ latched until NEWIRQAGR;
 * the timer's posted writes (TWPS) and write-1-to-clear IRQSTATUS. The
 * models count what a careless driver would get wrong: a divisor written
 * while the UART is running, a posted write issued while the previous one
 * is pending, a THR write while it is full.
 */
#include <board.h>
#include <kernel/errno.h>
#include <kernel/irq.h>
#include <kernel/jiffies.h>
#include <kernel/monitor.h>
#include <kernel/printk.h>
#include <asm/io.h>
#include "harness.h"
#include "../../../boards/beaglebone-black/am335x.h"
#include "../../../boards/common/uart_rx.h"

/* ---- the kernel services the drivers call ---- */

static const struct irq_chip *chip;
static irq_handler_t handlers[AM335X_INTC_LINES];
static unsigned int ticks, wakeups;

int printk(const char *fmt, ...)
{
	return 0;
}

void irq_set_chip(const struct irq_chip *c)
{
	chip = c;
}

int request_irq(unsigned int irq, irq_handler_t handler, const char *name, void *dev)
{
	if (irq >= AM335X_INTC_LINES || handlers[irq])
		return -EBUSY;
	handlers[irq] = handler;
	return 0;
}

int free_irq(unsigned int irq, void *dev)
{
	if (irq >= AM335X_INTC_LINES || !handlers[irq])
		return -EINVAL;
	handlers[irq] = NULL;
	return 0;
}

void tick_handle_periodic(void)
{
	ticks++;
}

void console_input_ready(void)
{
	wakeups++;
}

/* ---- the models ---- */

char model_uart0[0x1000], model_intc[0x1000], model_timer[0x1000];

#define IN(model, a) ((const char *)(a) >= (model) && (const char *)(a) < (model) + 0x1000)
#define OFF(model, a) ((unsigned int)((const char *)(a) - (model)))

/* UART0: a 64-character receive FIFO, each with its LSR error bits. */
static struct {
	u32 ier, lcr, mcr, mdr1, dll, dlh, fcr;
	u16 rx[64];			/* character | error bits << 8 */
	unsigned int rx_head, rx_n;
	char tx[256];
	unsigned int tx_n;
	unsigned int divisor_while_running, writes;
} uart;

static void uart_receive(int c, u32 errors)
{
	uart.rx[(uart.rx_head + uart.rx_n++) % 64] = (u16)(c | errors << 8);
}

static u32 uart_read(unsigned int off)
{
	bool dlab = uart.lcr & 0x80;

	switch (off) {
	case 0x00:
		if (dlab)
			return uart.dll;
		if (uart.rx_n) {
			u16 v = uart.rx[uart.rx_head];

			uart.rx_head = (uart.rx_head + 1) % 64;
			uart.rx_n--;
			return v & 0xFF;
		}
		return 0;
	case 0x04:
		return dlab ? uart.dlh : uart.ier;
	case 0x08: /* IIR: receive data (0x04) when enabled and waiting, else none (0x01) */
		return (uart.ier & 1) && uart.rx_n ? 0x04 : 0x01;
	case 0x0C:
		return uart.lcr;
	case 0x14: /* LSR: THRE | TEMT always; DR and the head's errors */
		return 0x60 | (uart.rx_n ? 1 | (uart.rx[uart.rx_head] >> 8) : 0);
	case 0x20:
		return uart.mdr1;
	}
	return 0;
}

static void uart_write(unsigned int off, u32 v)
{
	bool dlab = uart.lcr & 0x80;

	uart.writes++;
	switch (off) {
	case 0x00:
		if (dlab) {
			uart.dll = v;
			uart.divisor_while_running += uart.mdr1 != 7;
		} else if (uart.tx_n < sizeof(uart.tx)) {
			uart.tx[uart.tx_n++] = (char)v;
		}
		break;
	case 0x04:
		if (dlab) {
			uart.dlh = v;
			uart.divisor_while_running += uart.mdr1 != 7;
		} else {
			uart.ier = v;
		}
		break;
	case 0x08:
		uart.fcr = v;
		if (v & 2)
			uart.rx_n = 0;
		break;
	case 0x0C:
		uart.lcr = v;
		break;
	case 0x10:
		uart.mcr = v;
		break;
	case 0x20:
		uart.mdr1 = v;
		break;
	}
}

/* INTC: 128 lines; SIR_IRQ holds the lowest unmasked pending line until NEWIRQAGR. */
static struct {
	u32 device[4], soft[4], mir[4], ilr[128], threshold, sysconfig;
	bool reset_stuck;
	bool latched;			/* SIR_IRQ holds an answer until NEWIRQAGR */
	u32 sir;
	unsigned int agreements, resets;
} intc;

static u32 intc_pending(unsigned int n)
{
	return (intc.device[n] | intc.soft[n]) & ~intc.mir[n];
}

static u32 intc_read(unsigned int off)
{
	unsigned int n = (off - 0x80) / 0x20;

	if (off == 0x14)
		return !intc.reset_stuck;
	if (off == 0x40) {
		if (!intc.latched) {
			intc.sir = 0xFFFFFF80u;	/* spurious: nothing to answer */
			for (unsigned int i = 128; i-- > 0;)
				if (intc_pending(i / 32) & (1u << (i % 32)))
					intc.sir = i;
			intc.latched = true;
		}
		return intc.sir;
	}
	if (off >= 0x80 && off < 0x100) {
		switch ((off - 0x80) % 0x20) {
		case 0x00:
			return intc.device[n] | intc.soft[n];
		case 0x04:
			return intc.mir[n];
		case 0x18:
			return intc_pending(n);
		}
	}
	return 0;
}

static void intc_write(unsigned int off, u32 v)
{
	unsigned int n = (off - 0x80) / 0x20;

	if (off == 0x10) {
		if (v & 2) {	/* soft reset: everything masked */
			intc.resets++;
			for (unsigned int i = 0; i < 4; i++)
				intc.mir[i] = ~0u;
		}
		intc.sysconfig = v & ~2u;
	} else if (off == 0x48 && (v & 1)) {
		intc.agreements++;
		intc.latched = false;
	} else if (off == 0x68) {
		intc.threshold = v;
	} else if (off >= 0x100 && off < 0x300) {
		intc.ilr[(off - 0x100) / 4] = v;
	} else if (off >= 0x80 && off < 0x100) {
		switch ((off - 0x80) % 0x20) {
		case 0x08:
			intc.mir[n] &= ~v;
			break;
		case 0x0C:
			intc.mir[n] |= v;
			break;
		case 0x10:
			intc.soft[n] |= v;
			break;
		case 0x14:
			intc.soft[n] &= ~v;
			break;
		}
	}
}

/* DMTimer: posted writes stay pending in TWPS for two reads. */
static struct {
	u32 irqstatus, irqenable, tclr, tcrr, tldr;
	unsigned int pending[5];	/* reads left per TWPS bit */
	unsigned int racing;		/* writes issued while their bit was pending */
	bool stuck;
} tmr;

static void timer_posted(unsigned int bit, u32 *reg, u32 v)
{
	tmr.racing += tmr.pending[bit] != 0;
	*reg = v;
	tmr.pending[bit] = tmr.stuck ? ~0u : 2;
}

static u32 timer_read(unsigned int off)
{
	u32 twps = 0;

	switch (off) {
	case 0x28:
		return tmr.irqstatus;
	case 0x2C:
		return tmr.irqenable;
	case 0x38:
		return tmr.tclr;
	case 0x3C:
		return tmr.tcrr;
	case 0x40:
		return tmr.tldr;
	case 0x48:
		for (unsigned int b = 0; b < 5; b++)
			if (tmr.pending[b]) {
				twps |= 1u << b;
				tmr.pending[b]--;
			}
		return twps;
	}
	return 0;
}

static void timer_write(unsigned int off, u32 v)
{
	switch (off) {
	case 0x28:
		tmr.irqstatus &= ~v;
		break;
	case 0x2C:
		tmr.irqenable |= v;
		break;
	case 0x30:
		tmr.irqenable &= ~v;
		break;
	case 0x38:
		timer_posted(0, &tmr.tclr, v);
		break;
	case 0x3C:
		timer_posted(1, &tmr.tcrr, v);
		break;
	case 0x40:
		timer_posted(2, &tmr.tldr, v);
		break;
	}
}

static unsigned int stray_accesses;

u32 model_readl(const volatile void __iomem *a)
{
	if (IN(model_uart0, a))
		return uart_read(OFF(model_uart0, a));
	if (IN(model_intc, a))
		return intc_read(OFF(model_intc, a));
	if (IN(model_timer, a))
		return timer_read(OFF(model_timer, a));
	stray_accesses++;
	return 0;
}

void model_writel(u32 v, volatile void __iomem *a)
{
	if (IN(model_uart0, a))
		uart_write(OFF(model_uart0, a), v);
	else if (IN(model_intc, a))
		intc_write(OFF(model_intc, a), v);
	else if (IN(model_timer, a))
		timer_write(OFF(model_timer, a), v);
	else
		stray_accesses++;
}

/* ---- UART ---- */

static void uart_reset(void)
{
	__builtin_memset(&uart, 0, sizeof(uart));
	__builtin_memset(&console_rx, 0, sizeof(console_rx));
	__builtin_memset(handlers, 0, sizeof(handlers));
	uart.mdr1 = 7;		/* reset value: disabled */
	wakeups = 0;
	board_console_init();
}

static void uart_init_115200_8n1(struct htest *t)
{
	__builtin_memset(&uart, 0, sizeof(uart));
	uart.mdr1 = 0;		/* as U-Boot leaves it: running */
	uart.lcr = 0x03;
	board_console_init();
	EXPECT_EQ(t, uart.dll | uart.dlh << 8, 26u);	/* 48 MHz / 16 / 115200 */
	EXPECT_EQ(t, uart.lcr, 0x03u);			/* 8N1, DLAB off again */
	EXPECT_EQ(t, uart.mdr1, 0u);			/* UART 16x mode */
	EXPECT_EQ(t, uart.ier, 0u);			/* no interrupts yet */
	EXPECT_EQ(t, uart.divisor_while_running, 0u);	/* MDR1 = 7 around the divisor */
	EXPECT_EQ(t, uart.fcr & 1, 1u);
	EXPECT_EQ(t, stray_accesses, 0u);
}

static void uart_putc_writes_thr(struct htest *t)
{
	uart_reset();
	board_console_putc('o');
	board_console_putc('k');
	EXPECT_EQ(t, uart.tx_n, 2u);
	EXPECT_EQ(t, uart.tx[0], 'o');
	EXPECT_EQ(t, uart.tx[1], 'k');
}

static void uart_polled_getc_drops_damaged(struct htest *t)
{
	uart_reset();
	EXPECT_EQ(t, board_console_getc(), -1);
	uart_receive('a', 0);
	uart_receive('?', 0x08);	/* framing error */
	uart_receive('b', 0);
	EXPECT_EQ(t, board_console_getc(), 'a');
	EXPECT_EQ(t, board_console_getc(), -1);	/* the damaged one, dropped */
	EXPECT_EQ(t, board_console_getc(), 'b');
	EXPECT_EQ(t, board_console_getc(), -1);
	EXPECT_EQ(t, console_rx.dropped, 1ul);
}

static void uart_irq_fills_ring_in_order(struct htest *t)
{
	const char *s = "hello";

	uart_reset();
	ns16550_init_irq();
	ASSERT_TRUE(t, handlers[72] != NULL);	/* UART0 is INTC line 72 */
	EXPECT_EQ(t, uart.ier & 0x5, 0x5u);	/* receive data and line status */
	EXPECT_EQ(t, (int)handlers[72](72, NULL), (int)IRQ_NONE);	/* nothing to say yet */
	for (const char *p = s; *p; p++)
		uart_receive(*p, 0);
	EXPECT_EQ(t, (int)handlers[72](72, NULL), (int)IRQ_HANDLED);
	EXPECT_EQ(t, uart.rx_n, 0u);
	EXPECT_EQ(t, wakeups, 1u);
	uart_receive('!', 0);	/* arrives after the interrupt: still behind "hello" */
	for (const char *p = s; *p; p++)
		EXPECT_EQ(t, board_console_getc(), *p);
	EXPECT_EQ(t, board_console_getc(), '!');
	EXPECT_EQ(t, board_console_getc(), -1);
}

static void uart_full_ring_throttles(struct htest *t)
{
	unsigned int i;

	uart_reset();
	ns16550_init_irq();
	for (i = 0; i < UART_RX_RING_SIZE / 64 + 1; i++) {
		for (unsigned int j = 0; j < 64; j++)
			uart_receive((int)('A' + (i * 64 + j) % 26), 0);
		handlers[72](72, NULL);
	}
	EXPECT_TRUE(t, console_rx.throttled);
	EXPECT_EQ(t, uart.ier, 0u);			/* receive interrupt masked */
	EXPECT_EQ(t, uart.rx_n, 64u);			/* the rest waits in the FIFO */
	EXPECT_EQ(t, board_console_getc(), 'A');
	EXPECT_FALSE(t, console_rx.throttled);
	EXPECT_EQ(t, uart.ier & 0x5, 0x5u);		/* unmasked again */
	handlers[72](72, NULL);
	EXPECT_EQ(t, uart.rx_n, 63u);			/* one more fitted */
	for (i = 1; i < UART_RX_RING_SIZE + 1; i++)
		if (board_console_getc() != (int)('A' + i % 26))
			break;
	EXPECT_EQ(t, i, UART_RX_RING_SIZE + 1u);	/* nothing lost, nothing reordered */
	EXPECT_EQ(t, console_rx.dropped, 0ul);
}

/* ---- INTC ---- */

static void intc_setup(void)
{
	__builtin_memset(&intc, 0, sizeof(intc));
	for (unsigned int i = 0; i < 4; i++)
		intc.mir[i] = 0x0F0F0F0F;	/* whatever U-Boot left */
	intc.soft[1] = 0x10;
	chip = NULL;
}

static void intc_init_masks_everything(struct htest *t)
{
	intc_setup();
	ASSERT_EQ(t, am335x_intc_init((void __iomem *)model_intc), 0);
	ASSERT_TRUE(t, chip != NULL);
	EXPECT_EQ(t, chip->nr_irqs, 128u);
	EXPECT_EQ(t, intc.resets, 1u);
	for (unsigned int i = 0; i < 4; i++) {
		EXPECT_EQ(t, intc.mir[i], ~0u);
		EXPECT_EQ(t, intc.soft[i], 0u);
	}
	EXPECT_EQ(t, intc.ilr[0] | intc.ilr[68] | intc.ilr[127], 0u);	/* IRQ, priority 0 */
	EXPECT_EQ(t, intc.threshold, 0xFFu);
	EXPECT_EQ(t, chip->ack(&(u32){ 0 }), -1);	/* nothing pending */
}

static void intc_ack_eoi_dispatch(struct htest *t)
{
	u32 token = 0;

	intc_setup();
	ASSERT_EQ(t, am335x_intc_init((void __iomem *)model_intc), 0);
	intc.device[2] |= 1u << (68 % 32);		/* DMTimer2 raises its line */
	EXPECT_EQ(t, chip->ack(&token), -1);		/* masked: not delivered */
	chip->unmask(68);
	EXPECT_EQ(t, intc.mir[2], ~(1u << 4));		/* one bit, through MIR_CLEAR */
	EXPECT_TRUE(t, chip->is_enabled(68));
	EXPECT_FALSE(t, chip->is_enabled(72));
	EXPECT_EQ(t, chip->ack(&token), 68);
	EXPECT_EQ(t, token, 68u);
	intc.device[2] = 0;				/* the handler quiets the device */
	chip->eoi(token);
	EXPECT_EQ(t, intc.agreements, 2u);		/* init's and this one */
	EXPECT_EQ(t, chip->ack(&token), -1);
	chip->mask(68);
	EXPECT_EQ(t, intc.mir[2], ~0u);
}

static void intc_lines_in_every_bank(struct htest *t)
{
	static const unsigned int lines[] = { 0, 31, 32, 72, 95, 96, 127 };
	u32 token;

	intc_setup();
	ASSERT_EQ(t, am335x_intc_init((void __iomem *)model_intc), 0);
	for (unsigned int i = 0; i < ARRAY_LEN(lines); i++) {
		unsigned int l = lines[i];

		chip->unmask(l);
		chip->set_pending(l);
		EXPECT_TRUE(t, chip->is_pending(l));
		EXPECT_EQ(t, chip->ack(&token), (int)l);
		chip->clear_pending(l);
		EXPECT_FALSE(t, chip->is_pending(l));
		chip->eoi(token);
		EXPECT_EQ(t, chip->ack(&token), -1);
		chip->mask(l);
	}
	/* Two at once: the lower line first, then the other after the EOI. */
	chip->unmask(5);
	chip->unmask(100);
	chip->set_pending(100);
	chip->set_pending(5);
	EXPECT_EQ(t, chip->ack(&token), 5);
	chip->clear_pending(5);
	chip->eoi(token);
	EXPECT_EQ(t, chip->ack(&token), 100);
}

static void intc_spurious_and_stuck_reset(struct htest *t)
{
	u32 token;

	intc_setup();
	ASSERT_EQ(t, am335x_intc_init((void __iomem *)model_intc), 0);
	chip->unmask(3);
	intc.device[0] = 1u << 3;
	EXPECT_EQ(t, chip->ack(&token), 3);
	intc.sir = 0xFFFFFF83u;		/* the line went away before the sort ended */
	EXPECT_EQ(t, chip->ack(&token), -1);	/* spurious: bits 31:7 all ones */
	intc_setup();
	intc.reset_stuck = true;
	EXPECT_EQ(t, am335x_intc_init((void __iomem *)model_intc), -EIO);
	EXPECT_TRUE(t, chip == NULL);
}

/* ---- DMTimer ---- */

static void timer_setup(void)
{
	__builtin_memset(&tmr, 0, sizeof(tmr));
	__builtin_memset(handlers, 0, sizeof(handlers));
	tmr.tclr = 0x3;			/* running, as a bootloader might leave it */
	tmr.irqstatus = 0x7;
	ticks = 0;
}

static void timer_starts_100hz(struct htest *t)
{
	timer_setup();
	ASSERT_EQ(t, dmtimer_start_periodic((void __iomem *)model_timer, 68, 24000000, 100), 0);
	EXPECT_EQ(t, tmr.tldr, 0xFFFC5680u);	/* 2^32 - 240000 */
	EXPECT_EQ(t, tmr.tcrr, 0xFFFC5680u);
	EXPECT_EQ(t, tmr.tclr, 0x3u);		/* ST | AR */
	EXPECT_EQ(t, tmr.irqenable, 0x2u);	/* overflow only */
	EXPECT_EQ(t, tmr.irqstatus, 0u);	/* stale events cleared */
	EXPECT_EQ(t, tmr.racing, 0u);		/* every posted write waited for */
	EXPECT_TRUE(t, handlers[68] != NULL);
}

static void timer_interrupt_ticks(struct htest *t)
{
	timer_setup();
	ASSERT_EQ(t, dmtimer_start_periodic((void __iomem *)model_timer, 68, 24000000, 100), 0);
	EXPECT_EQ(t, (int)handlers[68](68, NULL), (int)IRQ_NONE);
	EXPECT_EQ(t, ticks, 0u);
	tmr.irqstatus = 0x2;			/* overflow */
	EXPECT_EQ(t, (int)handlers[68](68, NULL), (int)IRQ_HANDLED);
	EXPECT_EQ(t, ticks, 1u);
	EXPECT_EQ(t, tmr.irqstatus, 0u);	/* acknowledged */
	tmr.irqstatus = 0x1;			/* a match event is not a tick */
	EXPECT_EQ(t, (int)handlers[68](68, NULL), (int)IRQ_NONE);
	EXPECT_EQ(t, ticks, 1u);
}

/* The board clock: periods from the overflows, the rest from TCRR, never backwards. */
static void timer_clock_ns(struct htest *t)
{
	const u32 reload = 0xFFFC5680u;	/* 100 Hz at 24 MHz */

	timer_setup();
	ASSERT_EQ(t, dmtimer_start_periodic((void __iomem *)model_timer, 68, 24000000, 100), 0);
	tmr.tcrr = reload + 120000;		/* half a period */
	EXPECT_EQ(t, dmtimer_ns(), 5000000ull);
	tmr.tcrr = reload + 24;			/* wrapped; the interrupt not yet taken */
	tmr.irqstatus = 0x2;
	EXPECT_EQ(t, dmtimer_ns(), 10001000ull);
	handlers[68](68, NULL);			/* now it is */
	EXPECT_EQ(t, dmtimer_ns(), 10001000ull);
	tmr.tcrr = reload + 239999;
	EXPECT_EQ(t, dmtimer_ns(), 10000000ull + 239999ull * 1000 / 24);
}

static void timer_bad_input(struct htest *t)
{
	timer_setup();
	EXPECT_EQ(t, dmtimer_start_periodic((void __iomem *)model_timer, 68, 24000000, 0), -EINVAL);
	EXPECT_EQ(t, dmtimer_start_periodic((void __iomem *)model_timer, 68, 100, 100), -EINVAL);
	tmr.stuck = true;			/* TWPS never clears */
	EXPECT_EQ(t, dmtimer_start_periodic((void __iomem *)model_timer, 68, 24000000, 100), -EIO);
	EXPECT_TRUE(t, handlers[68] == NULL);	/* nothing half started */
	EXPECT_EQ(t, dmtimer_ns(), 0ull);	/* and no clock from it */
	EXPECT_EQ(t, dmtimer_reload(1), 0xFFFFFFFFu);
}

static const struct htest_case uart_cases[] = {
	HTEST_CASE(uart_init_115200_8n1),
	HTEST_CASE(uart_putc_writes_thr),
	HTEST_CASE(uart_polled_getc_drops_damaged),
	HTEST_CASE(uart_irq_fills_ring_in_order),
	HTEST_CASE(uart_full_ring_throttles),
};
static const struct htest_case intc_cases[] = {
	HTEST_CASE(intc_init_masks_everything),
	HTEST_CASE(intc_ack_eoi_dispatch),
	HTEST_CASE(intc_lines_in_every_bank),
	HTEST_CASE(intc_spurious_and_stuck_reset),
};
static const struct htest_case timer_cases[] = {
	HTEST_CASE(timer_starts_100hz),
	HTEST_CASE(timer_interrupt_ticks),
	HTEST_CASE(timer_clock_ns),
	HTEST_CASE(timer_bad_input),
};
static const struct htest_suite uart_suite = HTEST_SUITE("am335x_uart", uart_cases);
static const struct htest_suite intc_suite = HTEST_SUITE("am335x_intc", intc_cases);
static const struct htest_suite timer_suite = HTEST_SUITE("am335x_dmtimer", timer_cases);
HTEST_MAIN(&uart_suite, &intc_suite, &timer_suite);
