/* SPDX-License-Identifier: GPL-2.0 */
/*
 * struct thread_info: the few words at the base of every kernel stack, as
 * 32-bit ARM Linux keeps them (arch/arm/include/asm/thread_info.h).
 *
 * Every kernel stack is THREAD_SIZE bytes and THREAD_SIZE aligned (the
 * boot stack, init_thread_union in head.S, and each kthread's stack from
 * the buddy allocator), so the thread_info of the running code is found
 * from sp alone: sp & ~(THREAD_SIZE - 1). `current` is its task.
 *
 *   stack + THREAD_SIZE  +----------------------+  <- initial sp
 *                        |  frames, pt_regs ... |
 *                        |          |           |  grows down
 *                        |          v           |
 *                        +----------------------+
 *                        |  STACK_END_MAGIC     |  overflow canary
 *   stack                |  struct thread_info  |
 *                        +----------------------+
 *
 * cpu_context is what __switch_to (arch/arm/kernel/switch.S) saves and
 * loads: the callee-saved registers, sp and the pc to resume at. The
 * TI_* offsets are the assembly's view of the struct; kernel/sched/core.c
 * checks them with static asserts.
 */
#ifndef _KERNEL_THREAD_INFO_H
#define _KERNEL_THREAD_INFO_H

#include <asm/memory.h>

#define TIF_SIGPENDING		0	/* a signal to act on (do_signal) on the way to user mode */
#define TIF_NEED_RESCHED	1	/* reschedule at the next opportunity */
#define _TIF_SIGPENDING		(1 << TIF_SIGPENDING)
#define _TIF_NEED_RESCHED	(1 << TIF_NEED_RESCHED)
/* What the return to user mode must handle first (entry.S, ret_to_user). */
#define _TIF_WORK_MASK		(_TIF_SIGPENDING | _TIF_NEED_RESCHED)

#define TI_FLAGS		0
#define TI_PREEMPT		4
#define TI_TASK			8
#define TI_CPU_CONTEXT		12
#define TI_CPU_CONTEXT_SIZE	40	/* r4-r11, sp, pc */
#define TI_TP_VALUE		52	/* after cpu_context */

/* Written just above the thread_info; __schedule checks it (Linux's STACK_END_MAGIC). */
#define STACK_END_MAGIC		0x57ac6e9d

#ifndef __ASSEMBLER__
#include <kernel/compiler.h>
#include <kernel/types.h>
#include <asm/irqflags.h>

struct task_struct;

/* The registers a task keeps across __switch_to (AAPCS callee-saved, plus sp and pc). */
struct cpu_context_save {
	unsigned long r4;
	unsigned long r5;
	unsigned long r6;
	unsigned long r7;
	unsigned long r8;
	unsigned long r9;
	unsigned long sl;
	unsigned long fp;
	unsigned long sp;
	unsigned long pc;
};

struct thread_info {
	unsigned long flags;		/* TIF_* bits */
	int preempt_count;		/* 0: preemptible */
	struct task_struct *task;	/* the task whose stack this is */
	struct cpu_context_save cpu_context;	/* while switched out */
	unsigned long tp_value;		/* TPIDRURO, the user TLS word (set_tls); loaded by __switch_to */
};

union thread_union {
	struct thread_info thread_info;
	unsigned long stack[THREAD_SIZE / sizeof(long)];
};

/* The boot stack (head.S): the boot task's thread_info is at its base. */
extern union thread_union init_thread_union;

static __always_inline struct thread_info *current_thread_info(void)
{
	unsigned long sp;

	__asm__("mov %0, sp" : "=r"(sp));
	return (struct thread_info *)(sp & ~(THREAD_SIZE - 1));
}

static inline unsigned long *end_of_stack(struct thread_info *ti)
{
	return (unsigned long *)(ti + 1);
}

static inline bool test_ti_thread_flag(struct thread_info *ti, int flag)
{
	return (READ_ONCE(ti->flags) >> flag) & 1;
}

/*
 * The flags are changed from interrupt handlers too (scheduler_tick sets
 * TIF_NEED_RESCHED), so a read-modify-write runs with IRQs masked.
 */
static inline void set_ti_thread_flag(struct thread_info *ti, int flag)
{
	unsigned long flags;

	local_irq_save(flags);
	ti->flags |= 1UL << flag;
	local_irq_restore(flags);
}

static inline void clear_ti_thread_flag(struct thread_info *ti, int flag)
{
	unsigned long flags;

	local_irq_save(flags);
	ti->flags &= ~(1UL << flag);
	local_irq_restore(flags);
}
#endif

#endif
