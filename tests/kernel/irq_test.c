// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "irq": the generic IRQ layer (arch/arm/kernel/irq.c) over the
 * board's interrupt controller, and the periodic tick (kernel/time.c).
 *
 * Software interrupts drive the dispatch cases: SGIs (IDs 0-15, GICD_SGIR
 * on the GIC) through irq_set_pending(). The tick cases rely on QEMU's
 * -icount shift=0, under which one guest instruction is one nanosecond:
 * a tick every 1e9 / HZ = 10,000,000 instructions, handlers included, so
 * a busy loop of a known length sees a predictable number of ticks.
 */
#include <board.h>
#include <kernel/errno.h>
#include <kernel/irq.h>
#include <kernel/jiffies.h>
#include <kernel/printk.h>
#include <kernel/ktest.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>
#include <asm/irqflags.h>
#include <asm/ptrace.h>

#define INSNS_PER_TICK	(1000000000UL / HZ)
#define WAIT_LOOPS	100000	/* far longer than any delivery takes */

/* SGIs the cases use; nothing else in the kernel sends these. */
#define SGI_DELIVER	1
#define SGI_BUSY	2
#define SGI_FREE	3
#define SGI_MASKED	4
#define SGI_NOBODY	5

struct sgi_ctx {
	volatile unsigned long count;
	volatile unsigned int irq;
	void *volatile dev;
	volatile bool saw_in_irq;
	volatile bool saw_irqs_off;
};

static irqreturn_t sgi_handler(unsigned int irq, void *dev)
{
	struct sgi_ctx *ctx = dev;

	ctx->irq = irq;
	ctx->dev = dev;
	ctx->saw_in_irq = in_irq();
	ctx->saw_irqs_off = irqs_disabled();
	ctx->count++;
	return IRQ_HANDLED;
}

static irqreturn_t other_handler(unsigned int irq, void *dev)
{
	return IRQ_HANDLED;
}

/* Exactly n guest instructions (n even, >= 2): n / 2 rounds of subs + bne. */
static void spin_insns(unsigned long n)
{
	unsigned long rounds = n / 2;

	__asm__ __volatile__("1:	subs	%0, %0, #1\n"
			     "	bne	1b\n"
			     : "+r"(rounds)
			     :
			     : "cc");
}

/* Spins until *ctr reaches want or WAIT_LOOPS pass; returns *ctr. */
static unsigned long wait_count(volatile unsigned long *ctr, unsigned long want)
{
	unsigned int i;

	for (i = 0; i < WAIT_LOOPS && *ctr < want; i++)
		barrier();
	return *ctr;
}

static unsigned long wait_next_jiffy(void)
{
	unsigned long j = jiffies;

	while (jiffies == j)
		barrier();
	return jiffies;
}

static const char *irq_suite_init(void)
{
	if (!nr_irqs())
		return "no interrupt controller";
	if (irqs_disabled())
		return "IRQs are masked";
	return NULL;
}

static void ticks_arrive(struct ktest *t)
{
	unsigned long j0 = jiffies;

	spin_insns(3 * INSNS_PER_TICK);
	EXPECT_GE(t, jiffies - j0, 2UL);
	EXPECT_TRUE(t, time_after(jiffies, j0));
	EXPECT_FALSE(t, time_after(j0, jiffies));
	EXPECT_TRUE(t, time_after((unsigned long)1, (unsigned long)-1));	/* across the wrap */
	EXPECT_EQ(t, jiffies_to_msecs(HZ), 1000u);
	EXPECT_EQ(t, msecs_to_jiffies(1000), (unsigned long)HZ);
}

/*
 * The period, measured with the board's instruction clock from one tick
 * to the tenth after it: both ends are seen by the same polling loop, so
 * the error is a few instructions (plus the clock's own resolution).
 */
static void tick_period_is_exact(struct ktest *t)
{
	u64 t0, t1, elapsed;
	unsigned int i;

	if (!board_insn_clock())
		ktest_skip(t, "no instruction clock");
	wait_next_jiffy();
	t0 = board_insn_clock();
	for (i = 0; i < 10; i++)
		wait_next_jiffy();
	t1 = board_insn_clock();
	elapsed = t1 - t0;
	ktest_info(t, "10 ticks in %llu instructions", (unsigned long long)elapsed);
	EXPECT_LE(t, elapsed, 10 * INSNS_PER_TICK + 100);
	EXPECT_GE(t, elapsed, 10 * INSNS_PER_TICK - 100);
}

/* A busy loop of 55,000,000 instructions sees 5 or 6 ticks: 5.5 predicted, +-1. */
static void busy_loop_sees_predicted_ticks(struct ktest *t)
{
	const unsigned long len = 55 * INSNS_PER_TICK / 10;
	unsigned long j0, ticks;
	u64 t0, elapsed;

	t0 = board_insn_clock();
	j0 = jiffies;
	spin_insns(len);
	ticks = jiffies - j0;
	elapsed = board_insn_clock() - t0;
	ktest_info(t, "%lu ticks over %lu loop instructions (%llu with the interrupts)", ticks, len,
		   (unsigned long long)elapsed);
	EXPECT_GE(t, ticks, len / INSNS_PER_TICK);
	EXPECT_LE(t, ticks, len / INSNS_PER_TICK + 1);
	if (elapsed) {	/* against the measured length too, handlers included */
		long predicted = elapsed / INSNS_PER_TICK;

		EXPECT_GE(t, (long)ticks, predicted - 1);
		EXPECT_LE(t, (long)ticks, predicted + 1);
	}
}

/* With IRQs masked no tick is taken; the one pending arrives at restore. */
static void no_tick_while_masked(struct ktest *t)
{
	unsigned long flags, j0, j1;

	local_irq_save(flags);
	j0 = jiffies;
	spin_insns(2 * INSNS_PER_TICK + 1000);
	j1 = jiffies;
	local_irq_restore(flags);
	EXPECT_EQ(t, j1, j0);
	spin_insns(1000);
	EXPECT_GE(t, jiffies - j0, 1UL);
	EXPECT_LE(t, jiffies - j0, 2UL);
}

static void sgi_reaches_its_handler_with_dev(struct ktest *t)
{
	struct sgi_ctx ctx = { 0 };
	unsigned long before = kstat_irqs(SGI_DELIVER);

	ASSERT_EQ(t, request_irq(SGI_DELIVER, sgi_handler, "ktest-sgi", &ctx), 0);
	EXPECT_FALSE(t, in_irq());
	EXPECT_EQ(t, irq_set_pending(SGI_DELIVER), 0);
	EXPECT_EQ(t, wait_count(&ctx.count, 1), 1UL);
	EXPECT_EQ(t, ctx.irq, (unsigned int)SGI_DELIVER);
	EXPECT_PTR_EQ(t, ctx.dev, &ctx);
	EXPECT_TRUE(t, ctx.saw_in_irq);
	EXPECT_TRUE(t, ctx.saw_irqs_off);	/* handlers never nest */
	EXPECT_EQ(t, kstat_irqs(SGI_DELIVER), before + 1);
	/* Three more, one at a time: exactly three more calls. */
	irq_set_pending(SGI_DELIVER);
	wait_count(&ctx.count, 2);
	irq_set_pending(SGI_DELIVER);
	wait_count(&ctx.count, 3);
	irq_set_pending(SGI_DELIVER);
	EXPECT_EQ(t, wait_count(&ctx.count, 4), 4UL);
	EXPECT_EQ(t, kstat_irqs(SGI_DELIVER), before + 4);
	EXPECT_FALSE(t, irq_is_pending(SGI_DELIVER));
	EXPECT_EQ(t, free_irq(SGI_DELIVER, &ctx), 0);
}

static void second_request_is_busy(struct ktest *t)
{
	struct sgi_ctx ctx = { 0 };
	int other;

	ASSERT_EQ(t, request_irq(SGI_BUSY, sgi_handler, "ktest-first", &ctx), 0);
	EXPECT_EQ(t, request_irq(SGI_BUSY, other_handler, "ktest-second", &other), -EBUSY);
	EXPECT_EQ(t, request_irq(SGI_BUSY, sgi_handler, "ktest-again", &ctx), -EBUSY);
	/* The first handler still owns the line. */
	irq_set_pending(SGI_BUSY);
	EXPECT_EQ(t, wait_count(&ctx.count, 1), 1UL);
	EXPECT_PTR_EQ(t, ctx.dev, &ctx);
	EXPECT_EQ(t, free_irq(SGI_BUSY, &ctx), 0);
	/* Free again: it can be taken by the other. */
	EXPECT_EQ(t, request_irq(SGI_BUSY, other_handler, "ktest-second", &other), 0);
	EXPECT_EQ(t, free_irq(SGI_BUSY, &other), 0);
	/* Bad arguments. */
	EXPECT_EQ(t, request_irq(nr_irqs(), sgi_handler, "ktest-range", &ctx), -EINVAL);
	EXPECT_EQ(t, request_irq(NR_IRQS + 5, sgi_handler, "ktest-range", &ctx), -EINVAL);
	EXPECT_EQ(t, request_irq(SGI_BUSY, NULL, "ktest-null", &ctx), -EINVAL);
}

static void free_of_a_free_line_is_reported(struct ktest *t)
{
	static char log[200];
	int a, b;

	console_muted = true;	/* the reports go to the log only */
	EXPECT_EQ(t, free_irq(SGI_FREE, &a), -EINVAL);
	EXPECT_NOT_NULL(t, strstr(ktest_log_tail(log, sizeof(log)),
				  "free_irq: IRQ 3 was not requested\n"));
	EXPECT_EQ(t, request_irq(SGI_FREE, other_handler, "ktest-free", &a), 0);
	EXPECT_EQ(t, free_irq(SGI_FREE, &b), -EINVAL);	/* not its dev */
	EXPECT_NOT_NULL(t, strstr(ktest_log_tail(log, sizeof(log)),
				  "free_irq: IRQ 3 was not requested with this dev\n"));
	EXPECT_EQ(t, free_irq(SGI_FREE, &a), 0);
	EXPECT_EQ(t, free_irq(SGI_FREE, &a), -EINVAL);	/* twice */
	EXPECT_EQ(t, free_irq(NR_IRQS + 5, &a), -EINVAL);
	EXPECT_NOT_NULL(t, strstr(ktest_log_tail(log, sizeof(log)), "free_irq: no IRQ 133\n"));
	console_muted = false;
}

/*
 * local_irq_save nests: the SGI sent inside stays pending at the
 * controller through the inner restore and is taken at the outer one.
 */
static void irq_save_holds_an_sgi_pending(struct ktest *t)
{
	struct sgi_ctx ctx = { 0 };
	unsigned long outer, inner;

	ASSERT_EQ(t, request_irq(SGI_MASKED, sgi_handler, "ktest-masked", &ctx), 0);
	local_irq_save(outer);
	local_irq_save(inner);
	irq_set_pending(SGI_MASKED);
	spin_insns(10000);
	EXPECT_EQ(t, ctx.count, 0UL);
	EXPECT_TRUE(t, irq_is_pending(SGI_MASKED));
	local_irq_restore(inner);
	EXPECT_TRUE(t, irqs_disabled());
	spin_insns(10000);
	EXPECT_EQ(t, ctx.count, 0UL);
	EXPECT_TRUE(t, irq_is_pending(SGI_MASKED));
	local_irq_restore(outer);
	EXPECT_FALSE(t, irqs_disabled());
	EXPECT_EQ(t, wait_count(&ctx.count, 1), 1UL);
	EXPECT_FALSE(t, irq_is_pending(SGI_MASKED));
	EXPECT_EQ(t, free_irq(SGI_MASKED, &ctx), 0);
}

/*
 * A line with no handler: counted as unhandled, reported once, masked, and
 * the kernel goes on. The last line of the controller is one no device
 * drives (on vexpress-a9 nothing is wired that high); it is made pending
 * from software. Then an SGI with no handler: counted too (the GIC cannot
 * mask SGIs, but they only come when sent).
 */
static void unhandled_line_is_counted_and_masked(struct ktest *t)
{
	static char log[200];
	char want[64];
	unsigned int line = nr_irqs() - 1;
	unsigned long u0, seen0;
	int a;

	/* It is free (and request/free resets its "reported once"). */
	ASSERT_EQ(t, request_irq(line, other_handler, "ktest-probe", &a), 0);
	ASSERT_EQ(t, free_irq(line, &a), 0);
	EXPECT_FALSE(t, irq_is_enabled(line));

	u0 = irq_unhandled_count();
	seen0 = kstat_irqs(line);
	console_muted = true;
	EXPECT_EQ(t, irq_enable_line(line), 0);
	EXPECT_TRUE(t, irq_is_enabled(line));
	EXPECT_EQ(t, irq_set_pending(line), 0);
	spin_insns(1000);
	EXPECT_EQ(t, irq_unhandled_count(), u0 + 1);
	EXPECT_EQ(t, kstat_irqs(line), seen0 + 1);
	EXPECT_FALSE(t, irq_is_enabled(line));
	snprintf(want, sizeof(want), "irq %u: nobody cared, line masked\n", line);
	EXPECT_NOT_NULL(t, strstr(ktest_log_tail(log, sizeof(log)), want));

	/* Masked now: pending again, it stays pending and is not taken. */
	irq_set_pending(line);
	spin_insns(1000);
	EXPECT_EQ(t, irq_unhandled_count(), u0 + 1);
	EXPECT_TRUE(t, irq_is_pending(line));
	EXPECT_EQ(t, irq_clear_pending(line), 0);
	EXPECT_FALSE(t, irq_is_pending(line));

	/* An SGI nobody requested. */
	irq_set_pending(SGI_NOBODY);
	spin_insns(1000);
	EXPECT_EQ(t, irq_unhandled_count(), u0 + 2);
	EXPECT_FALSE(t, irq_is_pending(SGI_NOBODY));
	console_muted = false;

	EXPECT_EQ(t, irq_enable_line(nr_irqs()), -EINVAL);
	EXPECT_EQ(t, irq_disable_line(nr_irqs()), -EINVAL);
	EXPECT_EQ(t, irq_set_pending(nr_irqs()), -EINVAL);
}

/*
 * An IRQ exception that finds nothing pending (the controller answers the
 * spurious ID, 1023 on the GIC): do_IRQ counts it and returns, dispatching
 * nothing. Run with IRQs masked, after draining anything already pending.
 */
static void spurious_interrupt_is_ignored(struct ktest *t)
{
	struct pt_regs regs = { { 0 } };
	unsigned long flags, s0, u0, j0;
	unsigned int drained, again;

	local_irq_save(flags);
	drained = irq_handle_pending();
	again = irq_handle_pending();
	s0 = irq_spurious_count();
	u0 = irq_unhandled_count();
	j0 = jiffies;
	regs.ARM_cpsr = SVC_MODE | PSR_I_BIT;
	do_IRQ(&regs);
	EXPECT_EQ(t, irq_spurious_count(), s0 + 1);
	EXPECT_EQ(t, irq_unhandled_count(), u0);
	EXPECT_EQ(t, jiffies, j0);
	EXPECT_TRUE(t, irqs_disabled());
	local_irq_restore(flags);
	EXPECT_EQ(t, again, 0u);
	ktest_info(t, "%u interrupt(s) drained first", drained);
}

static const struct ktest_case irq_cases[] = {
	KTEST_CASE(ticks_arrive),
	KTEST_CASE(tick_period_is_exact),
	KTEST_CASE(busy_loop_sees_predicted_ticks),
	KTEST_CASE(no_tick_while_masked),
	KTEST_CASE(sgi_reaches_its_handler_with_dev),
	KTEST_CASE(second_request_is_busy),
	KTEST_CASE(free_of_a_free_line_is_reported),
	KTEST_CASE(irq_save_holds_an_sgi_pending),
	KTEST_CASE(unhandled_line_is_counted_and_masked),
	KTEST_CASE(spurious_interrupt_is_ignored),
};

KTEST_SUITE_INIT(irq_suite, "irq", irq_cases, irq_suite_init);
