/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Accessors for the CP15 system registers the kernel reads and writes
 * (encodings: arm-facts.md §2). Generic code never uses these directly;
 * it goes through the named helpers in the other <asm/...> headers.
 */
#ifndef _ASM_CP15_H
#define _ASM_CP15_H

#define __CP15_ACCESSORS(name, op1, crn, crm, op2)                                      \
	static inline unsigned long read_##name(void)                                  \
	{                                                                              \
		unsigned long v;                                                       \
		__asm__ __volatile__("mrc p15, " #op1 ", %0, " #crn ", " #crm ", " #op2 \
				     : "=r"(v));                                       \
		return v;                                                              \
	}                                                                              \
	static inline void write_##name(unsigned long v)                               \
	{                                                                              \
		__asm__ __volatile__("mcr p15, " #op1 ", %0, " #crn ", " #crm ", " #op2 \
				     :                                                 \
				     : "r"(v)                                          \
				     : "memory");                                      \
	}

__CP15_ACCESSORS(midr, 0, c0, c0, 0)
__CP15_ACCESSORS(mpidr, 0, c0, c0, 5)
__CP15_ACCESSORS(sctlr, 0, c1, c0, 0)
__CP15_ACCESSORS(ttbr0, 0, c2, c0, 0)
__CP15_ACCESSORS(ttbr1, 0, c2, c0, 1)
__CP15_ACCESSORS(ttbcr, 0, c2, c0, 2)
__CP15_ACCESSORS(dacr, 0, c3, c0, 0)
__CP15_ACCESSORS(dfsr, 0, c5, c0, 0)
__CP15_ACCESSORS(ifsr, 0, c5, c0, 1)
__CP15_ACCESSORS(dfar, 0, c6, c0, 0)
__CP15_ACCESSORS(ifar, 0, c6, c0, 2)
__CP15_ACCESSORS(prrr, 0, c10, c2, 0)
__CP15_ACCESSORS(nmrr, 0, c10, c2, 1)
__CP15_ACCESSORS(vbar, 0, c12, c0, 0)
__CP15_ACCESSORS(contextidr, 0, c13, c0, 1)

static inline void isb(void) { __asm__ __volatile__("isb" ::: "memory"); }
static inline void dsb(void) { __asm__ __volatile__("dsb" ::: "memory"); }
static inline void dmb(void) { __asm__ __volatile__("dmb" ::: "memory"); }

/* Invalidates the whole unified TLB and the branch predictor (§5.2 full flush). */
static inline void local_flush_tlb_all(void)
{
	dsb();
	__asm__ __volatile__("mcr p15, 0, %0, c8, c7, 0\n\t" /* TLBIALL */
			     "mcr p15, 0, %0, c7, c5, 6"     /* BPIALL */
			     :
			     : "r"(0)
			     : "memory");
	dsb();
	isb();
}

/* Cleans the D-cache line holding addr to the point of coherency (DCCMVAC). */
static inline void clean_dcache_line(const void *addr)
{
	__asm__ __volatile__("mcr p15, 0, %0, c7, c10, 1" : : "r"(addr) : "memory");
}

/*
 * Asks the MMU to translate va as a privileged read would (ATS1CPR) and
 * returns the PAR: bit 0 set means the walk faulted; else PA[31:12] is in
 * bits [31:12].
 */
static inline unsigned long arm_translate_va(unsigned long va)
{
	unsigned long par;

	__asm__ __volatile__("mcr p15, 0, %1, c7, c8, 0\n\t"
			     "isb\n\t"
			     "mrc p15, 0, %0, c7, c4, 0"
			     : "=r"(par)
			     : "r"(va)
			     : "memory");
	return par;
}

static inline unsigned long read_cpsr(void)
{
	unsigned long v;
	__asm__ __volatile__("mrs %0, cpsr" : "=r"(v));
	return v;
}

#endif
