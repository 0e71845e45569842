/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Spinlocks, uniprocessor form. With one CPU, the only things that can
 * run in the middle of a critical section are an interrupt handler and
 * (through one) another task, so masking IRQs is the whole lock: the
 * _irqsave forms are all there is. With CONFIG_DEBUG_SPINLOCK a count
 * per lock shows (in GDB, or to a check) a lock taken twice or released
 * unheld, which would be a deadlock or a bug on SMP; without it a lock
 * costs only the CPSR save, mask and restore.
 */
#ifndef _KERNEL_SPINLOCK_H
#define _KERNEL_SPINLOCK_H

#include <asm/irqflags.h>

typedef struct {
	int held;
} spinlock_t;

#define __SPIN_LOCK_UNLOCKED { 0 }
#define DEFINE_SPINLOCK(x)   spinlock_t x = __SPIN_LOCK_UNLOCKED

static inline void spin_lock_init(spinlock_t *lock)
{
	lock->held = 0;
}

#ifdef CONFIG_DEBUG_SPINLOCK
#define spin_acquire(lock) ((lock)->held++)
#define spin_release(lock) ((lock)->held--)
#else
#define spin_acquire(lock) ((void)(lock))
#define spin_release(lock) ((void)(lock))
#endif

#define spin_lock_irqsave(lock, flags)                                                   \
	do {                                                                             \
		local_irq_save(flags);                                                   \
		spin_acquire(lock);                                                      \
	} while (0)

#define spin_unlock_irqrestore(lock, flags)                                              \
	do {                                                                             \
		spin_release(lock);                                                      \
		local_irq_restore(flags);                                                \
	} while (0)

#endif
