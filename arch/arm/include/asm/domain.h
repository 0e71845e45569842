/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ARM domains and software PAN (Linux's arch/arm/include/asm/domain.h
 * with CONFIG_CPU_SW_DOMAIN_PAN; FAQ 4.7 of document 000; arm-facts.md
 * §1.6; ARM ARM B3.7.3 and B4.1.43, DACR).
 *
 * Every L1 entry names one of 16 domains; DACR gives each domain two
 * bits: 00 no access (any access faults with a domain fault, whatever
 * the AP bits say), 01 client (the AP bits are checked), 11 manager (they
 * are not). The kernel's own mappings are in DOMAIN_KERNEL, devices in
 * DOMAIN_IO, and every user page table (below TASK_SIZE) in DOMAIN_USER
 * (_PAGE_USER_TABLE).
 *
 * Privileged Access Never, done with domains as ARMv7 Linux does: while
 * the kernel runs, DOMAIN_USER is no access, so a kernel load or store
 * to a mapped user address is a "page domain fault" and an Oops; only
 * the uaccess routines (arch/arm/lib/) open it (client) around their
 * loads and stores and put the old value back. User mode runs with it
 * client (ret_to_user). Exception entry saves DACR and closes the user
 * domain; the way back to kernel mode restores the saved value
 * (entry.S), so an IRQ or a fault taken inside a uaccess routine does not
 * leave the user domain open for the code that runs meanwhile.
 *
 * A translation fault comes before a domain check, so a stray kernel
 * access to an unmapped user address is a translation fault and ends in
 * the Oops through do_page_fault (no exception-table entry) instead.
 */
#ifndef _ASM_DOMAIN_H
#define _ASM_DOMAIN_H

/* Linux's domain numbers. */
#define DOMAIN_KERNEL		0
#define DOMAIN_USER		1
#define DOMAIN_IO		2
#define DOMAIN_VECTORS		3

/* DACR's two bits per domain. */
#define DOMAIN_NOACCESS		0
#define DOMAIN_CLIENT		1
#define DOMAIN_MANAGER		3

#define domain_val(dom, type)	((type) << (2 * (dom)))

#define DACR_KERNEL_DOMAINS	(domain_val(DOMAIN_KERNEL, DOMAIN_CLIENT) | \
				 domain_val(DOMAIN_IO, DOMAIN_CLIENT) | \
				 domain_val(DOMAIN_VECTORS, DOMAIN_CLIENT))
/* In the kernel: user memory closed (0x51). */
#define DACR_UACCESS_DISABLE	(DACR_KERNEL_DOMAINS | domain_val(DOMAIN_USER, DOMAIN_NOACCESS))
/* In user mode and inside the uaccess routines: user memory checked by AP (0x55). */
#define DACR_UACCESS_ENABLE	(DACR_KERNEL_DOMAINS | domain_val(DOMAIN_USER, DOMAIN_CLIENT))

#ifdef __ASSEMBLER__

/* \save = DACR; user domain opened (the uaccess routines' entry). Clobbers \tmp. */
	.macro	uaccess_save_and_enable, save, tmp
	mrc	p15, 0, \save, c3, c0, 0
	mov	\tmp, #DACR_UACCESS_ENABLE
	mcr	p15, 0, \tmp, c3, c0, 0
	isb
	.endm

/* DACR = \save again (the uaccess routines' exits). */
	.macro	uaccess_restore, save
	mcr	p15, 0, \save, c3, c0, 0
	isb
	.endm

#else

#include <kernel/types.h>

static inline u32 get_domain(void)
{
	u32 dacr;

	__asm__ __volatile__("mrc p15, 0, %0, c3, c0, 0" : "=r"(dacr));
	return dacr;
}

static inline void set_domain(u32 dacr)
{
	__asm__ __volatile__("mcr p15, 0, %0, c3, c0, 0\n\tisb" : : "r"(dacr) : "memory");
}

/* Opens user memory to the kernel; returns the DACR to give uaccess_restore. */
static inline u32 uaccess_save_and_enable(void)
{
	u32 old = get_domain();

	set_domain(DACR_UACCESS_ENABLE);
	return old;
}

static inline void uaccess_restore(u32 old)
{
	set_domain(old);
}

#endif

#endif
