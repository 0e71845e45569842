// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "exceptions": the vectors, the entry code and the fault decoding.
 * Each case provokes one exception under KTEST_EXPECT_FAULT and checks
 * what the exception path recorded: the kind, the exact PC, the fault
 * address and status, and the saved registers.
 */
#include <kernel/errno.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/string.h>
#include <asm/extable.h>
#include <asm/irqflags.h>
#include <asm/ptrace.h>
#include <asm/pgtable-hwdef.h>
#include <asm/traps.h>

/*
 * An address nothing maps at any memory size: 1 MiB into the VMALLOC_OFFSET
 * gap that separates the end of lowmem (high_memory) from the vmalloc area.
 * (A fixed address such as 0xdead0000 is lowmem once RAM exceeds 480 MiB.)
 */
#define UNMAPPED ((unsigned long)high_memory + SECTION_SIZE)

void ktest_do_undef(void);
void ktest_do_svc(void);
void ktest_undef_with_pattern(void);
void ktest_ldm_at(const void *p);
void ktest_undef_with_sp(unsigned long *sp_seen, unsigned long misalign);
extern char ktest_undef_site[], ktest_svc_site[], ktest_pattern_site[], ktest_ldm_site[];

static unsigned int fs_of(unsigned long fsr)
{
	return (fsr & FSR_FS3_0) | ((fsr & FSR_FS4) >> 6);
}

static void undef_caught_with_pc(struct ktest *t)
{
	struct ktest_fault f;

	KTEST_EXPECT_FAULT(&f, ktest_do_undef());
	ASSERT_TRUE(t, f.caught);
	EXPECT_EQ(t, f.kind, EXC_UNDEF);
	EXPECT_EQ_HEX(t, f.pc, (unsigned long)ktest_undef_site);
}

static void undef_saves_every_register(struct ktest *t)
{
	struct ktest_fault f;
	int i;

	unsigned long masked = arch_local_save_flags() & PSR_I_BIT;

	KTEST_EXPECT_FAULT(&f, ktest_undef_with_pattern());
	ASSERT_TRUE(t, f.caught);
	for (i = 0; i <= 12; i++)
		if (i != 11)	/* r11 is the frame pointer */
			EXPECT_EQ_HEX(t, f.uregs[i], 0x1000UL + i);
	EXPECT_EQ_HEX(t, f.uregs[15], (unsigned long)ktest_pattern_site);
	EXPECT_EQ(t, f.uregs[16] & MODE_MASK, (unsigned long)SVC_MODE);
	/* The interrupted context's own IRQ mask, whatever it was. */
	EXPECT_EQ_HEX(t, f.uregs[16] & PSR_I_BIT, masked);
	EXPECT_EQ(t, f.uregs[17], -1UL);	/* ORIG_r0 is only meaningful for SVC */
}

/* The saved sp is the interrupted one, whether or not the frame needed a hole. */
static void saved_sp_and_lr_at_both_alignments(struct ktest *t)
{
	unsigned long misalign;

	for (misalign = 0; misalign <= 4; misalign += 4) {
		unsigned long seen = 0;
		struct ktest_fault f;

		KTEST_EXPECT_FAULT(&f, ktest_undef_with_sp(&seen, misalign));
		ASSERT_TRUE(t, f.caught);
		EXPECT_EQ(t, seen & 7, misalign);
		EXPECT_EQ_HEX(t, f.uregs[13], seen);
		EXPECT_EQ_HEX(t, f.uregs[14], 0x1e1e1e1eUL);
	}
}

static void svc_from_kernel_reaches_handler(struct ktest *t)
{
	struct ktest_fault f;

	KTEST_EXPECT_FAULT(&f, ktest_do_svc());
	ASSERT_TRUE(t, f.caught);
	EXPECT_EQ(t, f.kind, EXC_SVC);
	EXPECT_EQ_HEX(t, f.svc, 0x5aUL);
	/* For SVC, the saved pc is the return address: the next instruction. */
	EXPECT_EQ_HEX(t, f.pc, (unsigned long)ktest_svc_site + 4);
}

static void data_abort_on_read(struct ktest *t)
{
	struct ktest_fault f;

	KTEST_EXPECT_FAULT(&f, (void)*(volatile int *)UNMAPPED);
	ASSERT_TRUE(t, f.caught);
	EXPECT_EQ(t, f.kind, EXC_DABT);
	EXPECT_EQ_HEX(t, f.far, UNMAPPED);
	EXPECT_EQ(t, fs_of(f.fsr), 5u);	/* section translation fault */
	EXPECT_FALSE(t, f.fsr & FSR_WRITE);
}

static void data_abort_on_write(struct ktest *t)
{
	struct ktest_fault f;

	KTEST_EXPECT_FAULT(&f, *(volatile int *)(UNMAPPED + 0x124) = 1);
	ASSERT_TRUE(t, f.caught);
	EXPECT_EQ(t, f.kind, EXC_DABT);
	EXPECT_EQ(t, fs_of(f.fsr), 5u);
	EXPECT_EQ_HEX(t, f.far, UNMAPPED + 0x124);
	EXPECT_TRUE(t, f.fsr & FSR_WRITE);
}

static void null_pointer_read(struct ktest *t)
{
	struct ktest_fault f;

	KTEST_EXPECT_FAULT(&f, (void)*(volatile int *)NULL);
	ASSERT_TRUE(t, f.caught);
	EXPECT_EQ(t, f.kind, EXC_DABT);
	EXPECT_EQ_HEX(t, f.far, 0UL);
	EXPECT_EQ(t, fs_of(f.fsr), 5u);
}

static void prefetch_abort_on_jump(struct ktest *t)
{
	void (*fn)(void) = (void (*)(void))UNMAPPED;
	struct ktest_fault f;

	KTEST_EXPECT_FAULT(&f, fn());
	ASSERT_TRUE(t, f.caught);
	EXPECT_EQ(t, f.kind, EXC_PABT);
	EXPECT_EQ_HEX(t, f.pc, UNMAPPED);
	EXPECT_EQ_HEX(t, f.far, UNMAPPED);	/* IFAR */
	EXPECT_EQ(t, fs_of(f.fsr), 5u);
}

static void alignment_fault_on_ldm(struct ktest *t)
{
	static u32 words[4];
	const char *p = (const char *)words + 2;
	struct ktest_fault f;

	KTEST_EXPECT_FAULT(&f, ktest_ldm_at(p));
	ASSERT_TRUE(t, f.caught);
	EXPECT_EQ(t, f.kind, EXC_DABT);
	EXPECT_EQ(t, fs_of(f.fsr), 1u);	/* alignment */
	EXPECT_EQ_HEX(t, f.far, (unsigned long)p);
	EXPECT_EQ_HEX(t, f.pc, (unsigned long)ktest_ldm_site);
}

static void fsr_status_names(struct ktest *t)
{
	EXPECT_STREQ(t, fsr_name(0x005), "section translation fault");
	EXPECT_STREQ(t, fsr_name(0x807), "page translation fault");
	EXPECT_STREQ(t, fsr_name(0x001), "alignment fault");
	EXPECT_STREQ(t, fsr_name(0x00d), "section permission fault");
	EXPECT_STREQ(t, fsr_name(0x406), "asynchronous external abort"); /* FS[4] in bit 10 */
	EXPECT_STREQ(t, fsr_name(FSR_LNX_PF | 0x002), "debug event");
	EXPECT_STREQ(t, fsr_name(0x002), "debug event");
}

static void exception_table_fixup(struct ktest *t)
{
	static const u32 word = 0xcafef00d;
	u32 v = 0;

	EXPECT_EQ(t, probe_kernel_read_u32((const void *)UNMAPPED, &v), -EFAULT);
	EXPECT_EQ_HEX(t, v, 0UL);
	EXPECT_EQ(t, probe_kernel_read_u32(&word, &v), 0);
	EXPECT_EQ_HEX(t, v, 0xcafef00dUL);
}

static void context_survives_a_caught_fault(struct ktest *t)
{
	volatile unsigned long canary = 0x5eed1234;
	unsigned long masked = arch_local_save_flags() & PSR_I_BIT;
	struct ktest_fault f;
	unsigned long cpsr;

	KTEST_EXPECT_FAULT(&f, ktest_do_undef());
	EXPECT_TRUE(t, f.caught);
	EXPECT_EQ_HEX(t, canary, 0x5eed1234UL);
	__asm__ __volatile__("mrs %0, cpsr" : "=r"(cpsr));
	EXPECT_EQ(t, cpsr & MODE_MASK, (unsigned long)SVC_MODE);
	EXPECT_EQ_HEX(t, cpsr & PSR_I_BIT, masked); /* restored as it was */
	/* and a second fault is caught just the same */
	KTEST_EXPECT_FAULT(&f, ktest_do_undef());
	EXPECT_TRUE(t, f.caught);
}

static void no_fault_is_not_caught(struct ktest *t)
{
	volatile int x = 0;
	struct ktest_fault f;

	KTEST_EXPECT_FAULT(&f, x++);
	EXPECT_FALSE(t, f.caught);
	EXPECT_EQ(t, x, 1);
}

static void exception_names(struct ktest *t)
{
	EXPECT_STREQ(t, exception_name(EXC_UNDEF), "undefined instruction");
	EXPECT_STREQ(t, exception_name(EXC_DABT), "data abort");
	EXPECT_STREQ(t, exception_name(EXC_PABT), "prefetch abort");
	EXPECT_STREQ(t, exception_name(42), "unknown exception");
	EXPECT_STREQ(t, exception_name(-1), "unknown exception");
}

static const struct ktest_case exceptions_cases[] = {
	KTEST_CASE(undef_caught_with_pc),
	KTEST_CASE(undef_saves_every_register),
	KTEST_CASE(saved_sp_and_lr_at_both_alignments),
	KTEST_CASE(svc_from_kernel_reaches_handler),
	KTEST_CASE(data_abort_on_read),
	KTEST_CASE(data_abort_on_write),
	KTEST_CASE(null_pointer_read),
	KTEST_CASE(prefetch_abort_on_jump),
	KTEST_CASE(alignment_fault_on_ldm),
	KTEST_CASE(fsr_status_names),
	KTEST_CASE(exception_table_fixup),
	KTEST_CASE(context_survives_a_caught_fault),
	KTEST_CASE(no_fault_is_not_caught),
	KTEST_CASE(exception_names),
};
KTEST_SUITE(exceptions_suite, "exceptions", exceptions_cases);
