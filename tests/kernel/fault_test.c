// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "fault": the fault path of section 3.4 (issue 7, "Faults").
 *
 *  - the status tables: every DFSR and IFSR status goes to the handler
 *    and carries the name table B3-23 of the ARM ARM gives it;
 *  - handle_mm_fault on a test address space (never loaded: the ptes are
 *    read back, the pages through kmap_atomic): do_anonymous_page (a read
 *    maps the zero page and costs no page, a write a fresh zeroed page),
 *    do_wp_page (reuse when the page is the area's own, copy when fork
 *    shared it, the zero page always copied), the young/dirty emulation
 *    (an old pte is invalid in hardware, a clean one read-only), an area
 *    with vm_ops->fault (read, private write, shared write, and a fault()
 *    that fails), a not-present-not-none pte (SIGBUS), copy_page_range
 *    making both sides read-only, mm_populate;
 *  - the user programs demand, cow, faults, stackgrow and uaccesstest
 *    (tests/user/);
 *  - every case gives back every page it took (free pages before and after).
 */
#include <kernel/errno.h>
#include <kernel/gfp.h>
#include <kernel/highmem.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/mm_context.h>
#include <kernel/mman.h>
#include <kernel/pagefault.h>
#include <kernel/signal.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>
#include <asm/pgtable.h>
#include "../../arch/arm/mm/fault.h"
#include "user_prog.h"

/* ---- the status tables ---- */

typedef int (*fsr_fn_t)(unsigned long addr, unsigned int fsr, struct pt_regs *regs);

struct fsr_row {
	fsr_fn_t fn;
	const char *name;
};

/* Table B3-23; NULL name: reserved, "unknown N" and do_bad. */
static const struct fsr_row expected_dfsr[32] = {
	[1] = { do_alignment, "alignment fault" },
	[2] = { do_bad, "debug event" },
	[3] = { do_bad, "section access flag fault" },
	[4] = { do_translation_fault, "instruction cache maintenance fault" },
	[5] = { do_translation_fault, "section translation fault" },
	[6] = { do_bad, "page access flag fault" },
	[7] = { do_page_fault, "page translation fault" },
	[8] = { do_bad, "synchronous external abort" },
	[9] = { do_bad, "section domain fault" },
	[11] = { do_bad, "page domain fault" },
	[12] = { do_bad, "synchronous external abort on translation table walk, first level" },
	[13] = { do_sect_fault, "section permission fault" },
	[14] = { do_bad, "synchronous external abort on translation table walk, second level" },
	[15] = { do_page_fault, "page permission fault" },
	[16] = { do_bad, "TLB conflict abort" },
	[20] = { do_bad, "lockdown abort" },
	[22] = { do_bad, "asynchronous external abort" },
	[24] = { do_bad, "asynchronous parity error on memory access" },
	[25] = { do_bad, "synchronous parity error on memory access" },
	[26] = { do_bad, "coprocessor abort" },
	[28] = { do_bad, "synchronous parity error on translation table walk, first level" },
	[30] = { do_bad, "synchronous parity error on translation table walk, second level" },
};

/* The statuses only DFSR defines. */
static bool dfsr_only(unsigned int fs)
{
	return fs == 1 || fs == 4 || fs == 22 || fs == 24;
}

/* The FSR value with status fs: FS[4] goes to bit 10. */
static unsigned int fsr_of(unsigned int fs)
{
	return (fs & 0xf) | ((fs & 0x10) << 6);
}

static void check_row(struct ktest *t, const struct fsr_info *row, unsigned int fsr,
		      const struct fsr_row *want, unsigned int fs)
{
	char unknown[16];

	snprintf(unknown, sizeof(unknown), "unknown %u", fs);
	if (want && want->name) {
		EXPECT_TRUE(t, row->fn == want->fn);
		EXPECT_STREQ(t, row->name, want->name);
	} else {
		EXPECT_TRUE(t, row->fn == do_bad);
		EXPECT_STREQ(t, row->name, unknown);
	}
	EXPECT_STREQ(t, fsr_name(fsr), row->name);
	if (row->fn != do_bad && row->fn != do_alignment)
		EXPECT_EQ(t, row->sig, SIGSEGV);
}

static void every_status_has_its_handler_and_name(struct ktest *t)
{
	unsigned int fs;

	for (fs = 0; fs < 32; fs++) {
		check_row(t, &fsr_info[fs], fsr_of(fs), &expected_dfsr[fs], fs);
		check_row(t, &ifsr_info[fs], fsr_of(fs) | FSR_LNX_PF,
			  dfsr_only(fs) ? NULL : &expected_dfsr[fs], fs);
		EXPECT_EQ(t, fsr_fs(fsr_of(fs) | FSR_WRITE), fs);
	}
	EXPECT_EQ(t, fsr_info[7].code, SEGV_MAPERR);
	EXPECT_EQ(t, fsr_info[15].code, SEGV_ACCERR);
	EXPECT_EQ(t, fsr_info[1].sig, SIGBUS);
	EXPECT_EQ(t, fsr_info[1].code, BUS_ADRALN);
}

/* ---- a test address space ---- */

#define AREA	0x00400000UL
#define AREA_PAGES 8

struct fault_mm {
	struct mm_struct *mm;
	struct vm_area_struct *vma;
	unsigned long before;	/* free pages when it was made */
};

/* An mm with one area [AREA, AREA + AREA_PAGES pages) of flags, its pte table made. */
static void make_mm(struct ktest *t, struct fault_mm *f, unsigned long flags,
		    const struct vm_operations_struct *ops)
{
	ASSERT_TRUE(t, zero_page() != NULL);
	f->before = settled_free_pages();
	f->mm = mm_alloc();
	ASSERT_TRUE(t, f->mm != NULL);
	f->vma = vm_area_alloc(f->mm);
	ASSERT_TRUE(t, f->vma != NULL);
	f->vma->vm_start = AREA;
	f->vma->vm_end = AREA + AREA_PAGES * PAGE_SIZE;
	f->vma->vm_flags = flags | VM_MAYREAD | VM_MAYWRITE;
	f->vma->vm_page_prot = vm_get_page_prot(flags);
	f->vma->vm_ops = ops;
	ASSERT_EQ(t, insert_vm_struct(f->mm, f->vma), 0);
	ASSERT_TRUE(t, mm_pte(f->mm, AREA, true) != NULL);
}

/* Tears it down and checks every page came back. */
static void drop_mm(struct ktest *t, struct fault_mm *f)
{
	exit_mmap(f->mm);
	mmput(f->mm);
	EXPECT_EQ(t, (long)settled_free_pages(), (long)f->before);
}

static pte_t *ptep_of(struct fault_mm *f, unsigned long addr)
{
	return mm_pte(f->mm, addr, false);
}

static u32 read_page_word(struct page *page, unsigned int off)
{
	u32 *p = kmap_atomic(page), v = p[off / 4];

	kunmap_atomic(p);
	return v;
}

static void write_page_word(struct page *page, unsigned int off, u32 v)
{
	u32 *p = kmap_atomic(page);

	p[off / 4] = v;
	kunmap_atomic(p);
}

/* ---- do_anonymous_page ---- */

static void read_fault_maps_the_zero_page(struct ktest *t)
{
	struct fault_mm f;
	unsigned long free0;
	pte_t pte;
	int i;

	make_mm(t, &f, VM_READ | VM_WRITE, NULL);
	free0 = settled_free_pages();
	for (i = 0; i < AREA_PAGES; i++)
		EXPECT_EQ(t, handle_mm_fault(f.vma, AREA + i * PAGE_SIZE, 0), 0);
	EXPECT_EQ(t, (long)settled_free_pages(), (long)free0);	/* no page for reads */
	pte = *ptep_of(&f, AREA + PAGE_SIZE);
	EXPECT_TRUE(t, pte_present(pte));
	EXPECT_TRUE(t, pte_page(pte) == empty_zero_page);
	EXPECT_FALSE(t, pte_write(pte));
	EXPECT_TRUE(t, pte_young(pte));
	EXPECT_TRUE(t, pte_user(pte));
	EXPECT_FALSE(t, pte_exec(pte));
	EXPECT_EQ_HEX(t, read_page_word(empty_zero_page, 0), 0UL);
	drop_mm(t, &f);
}

static void write_fault_maps_a_fresh_zeroed_page(struct ktest *t)
{
	struct fault_mm f;
	unsigned long free0;
	struct page *page;
	pte_t pte;

	make_mm(t, &f, VM_READ | VM_WRITE, NULL);
	free0 = settled_free_pages();
	EXPECT_EQ(t, handle_mm_fault(f.vma, AREA + 0x123, FAULT_FLAG_WRITE), 0);
	EXPECT_EQ(t, (long)settled_free_pages(), (long)free0 - 1);	/* one page */
	pte = *ptep_of(&f, AREA);
	page = pte_page(pte);
	EXPECT_TRUE(t, page != empty_zero_page);
	EXPECT_TRUE(t, pte_write(pte) && pte_dirty(pte) && pte_young(pte));
	EXPECT_EQ(t, page_ref_count(page), 1);
	EXPECT_EQ_HEX(t, read_page_word(page, 0) | read_page_word(page, PAGE_SIZE - 4), 0UL);
	/* writable and dirty: the hardware entry lets PL0 and PL1 write (APX clear) */
	EXPECT_EQ_HEX(t, *pte_hw(ptep_of(&f, AREA)) & PTE_EXT_APX, 0UL);
	drop_mm(t, &f);
}

/* A read-only area: a write is refused before handle_mm_fault; a read is the zero page. */
static void read_only_area_reads_zero_page(struct ktest *t)
{
	struct fault_mm f;

	make_mm(t, &f, VM_READ, NULL);
	EXPECT_EQ(t, handle_mm_fault(f.vma, AREA, 0), 0);
	EXPECT_TRUE(t, pte_page(*ptep_of(&f, AREA)) == empty_zero_page);
	EXPECT_TRUE(t, *pte_hw(ptep_of(&f, AREA)) & PTE_EXT_APX);
	drop_mm(t, &f);
}

/* ---- do_wp_page ---- */

static void write_after_read_copies_the_zero_page(struct ktest *t)
{
	struct fault_mm f;
	int zero_refs;
	pte_t pte;

	make_mm(t, &f, VM_READ | VM_WRITE, NULL);
	EXPECT_EQ(t, handle_mm_fault(f.vma, AREA, 0), 0);
	zero_refs = page_ref_count(empty_zero_page);
	EXPECT_EQ(t, handle_mm_fault(f.vma, AREA, FAULT_FLAG_WRITE), 0);
	pte = *ptep_of(&f, AREA);
	EXPECT_TRUE(t, pte_page(pte) != empty_zero_page);
	EXPECT_TRUE(t, pte_write(pte) && pte_dirty(pte));
	EXPECT_EQ(t, page_ref_count(empty_zero_page), zero_refs - 1);
	EXPECT_EQ_HEX(t, read_page_word(pte_page(pte), 64), 0UL);
	drop_mm(t, &f);
}

/* A second mm sharing f's area through copy_page_range, as fork makes it. */
static struct mm_struct *fork_mm(struct ktest *t, struct fault_mm *f,
				 struct vm_area_struct **vmap)
{
	struct mm_struct *child = mm_alloc();
	struct vm_area_struct *vma;

	ASSERT_TRUE(t, child != NULL);
	vma = vm_area_alloc(child);
	ASSERT_TRUE(t, vma != NULL);
	vma->vm_start = f->vma->vm_start;
	vma->vm_end = f->vma->vm_end;
	vma->vm_flags = f->vma->vm_flags;
	vma->vm_page_prot = f->vma->vm_page_prot;
	ASSERT_EQ(t, insert_vm_struct(child, vma), 0);
	ASSERT_EQ(t, copy_page_range(child, f->mm, vma), 0);
	*vmap = vma;
	return child;
}

/* An area with one written page at AREA, and a child that fork_mm made of it. */
struct forked {
	struct fault_mm f;
	struct mm_struct *child;
	struct vm_area_struct *cvma;
	struct page *page;	/* the page at AREA at fork */
	pte_t *pp, *cp;		/* the parent's and the child's ptes for AREA */
};

static void make_forked(struct ktest *t, struct forked *k, unsigned long flags)
{
	make_mm(t, &k->f, flags, NULL);
	ASSERT_EQ(t, handle_mm_fault(k->f.vma, AREA, FAULT_FLAG_WRITE), 0);
	k->pp = ptep_of(&k->f, AREA);
	k->page = pte_page(*k->pp);
	write_page_word(k->page, 8, 0x5eed);
	k->child = fork_mm(t, &k->f, &k->cvma);
	k->cp = mm_pte(k->child, AREA, false);
	ASSERT_TRUE(t, k->cp != NULL);
}

static void drop_forked(struct ktest *t, struct forked *k)
{
	exit_mmap(k->child);
	mmput(k->child);
	drop_mm(t, &k->f);
}

static void fork_shares_then_write_copies_and_last_reuses(struct ktest *t)
{
	struct page *copy;
	struct forked k;

	make_forked(t, &k, VM_READ | VM_WRITE);
	/* both map the page read-only, two references */
	EXPECT_TRUE(t, pte_page(*k.cp) == k.page);
	EXPECT_FALSE(t, pte_write(*k.pp));
	EXPECT_FALSE(t, pte_write(*k.cp));
	EXPECT_TRUE(t, *pte_hw(k.pp) & PTE_EXT_APX);	/* PL1 may not write either */
	EXPECT_EQ(t, page_ref_count(k.page), 2);
	/* the child writes: it gets a copy, the parent's page is the parent's alone */
	EXPECT_EQ(t, handle_mm_fault(k.cvma, AREA + 4, FAULT_FLAG_WRITE), 0);
	copy = pte_page(*k.cp);
	EXPECT_TRUE(t, copy != k.page);
	EXPECT_EQ_HEX(t, read_page_word(copy, 8), 0x5eedUL);
	EXPECT_TRUE(t, pte_write(*k.cp));
	EXPECT_EQ(t, page_ref_count(k.page), 1);
	/* the parent writes: reuse, the same page made writable */
	EXPECT_EQ(t, handle_mm_fault(k.f.vma, AREA, FAULT_FLAG_WRITE), 0);
	EXPECT_TRUE(t, pte_page(*k.pp) == k.page);
	EXPECT_TRUE(t, pte_write(*k.pp) && pte_dirty(*k.pp));
	drop_forked(t, &k);
}

/* The parent writes first while the child still shares: the parent copies. */
static void write_while_shared_copies(struct ktest *t)
{
	struct forked k;

	make_forked(t, &k, VM_READ | VM_WRITE);
	EXPECT_EQ(t, handle_mm_fault(k.f.vma, AREA, FAULT_FLAG_WRITE), 0);
	EXPECT_TRUE(t, pte_page(*k.pp) != k.page);
	EXPECT_EQ_HEX(t, read_page_word(pte_page(*k.pp), 8), 0x5eedUL);
	EXPECT_TRUE(t, pte_page(*k.cp) == k.page);
	EXPECT_EQ(t, page_ref_count(k.page), 1);
	drop_forked(t, &k);
}

/* Shared areas are shared at fork as they are: no write protection. */
static void fork_shares_shared_areas_writable(struct ktest *t)
{
	struct forked k;

	make_forked(t, &k, VM_READ | VM_WRITE | VM_SHARED);
	EXPECT_TRUE(t, pte_write(*k.pp));
	EXPECT_TRUE(t, pte_write(*k.cp));
	EXPECT_TRUE(t, pte_page(*k.cp) == k.page);
	EXPECT_EQ(t, page_ref_count(k.page), 2);
	drop_forked(t, &k);
}

/* ---- young and dirty ---- */

static void old_and_clean_ptes_fault_and_are_marked(struct ktest *t)
{
	struct fault_mm f;
	struct page *page;
	pte_t *ptep;

	make_mm(t, &f, VM_READ | VM_WRITE, NULL);
	EXPECT_EQ(t, handle_mm_fault(f.vma, AREA, FAULT_FLAG_WRITE), 0);
	ptep = ptep_of(&f, AREA);
	page = pte_page(*ptep);
	/* as a reclaim scan would leave it: old and clean */
	set_pte_at(f.mm, AREA, ptep, pte_mkold(pte_mkclean(*ptep)));
	EXPECT_EQ_HEX(t, *pte_hw(ptep), 0UL);	/* old: any access faults */
	EXPECT_EQ(t, handle_mm_fault(f.vma, AREA, 0), 0);
	EXPECT_TRUE(t, pte_young(*ptep));
	EXPECT_FALSE(t, pte_dirty(*ptep));
	EXPECT_TRUE(t, pte_page(*ptep) == page);
	EXPECT_TRUE(t, *pte_hw(ptep) != 0);
	EXPECT_TRUE(t, *pte_hw(ptep) & PTE_EXT_APX);	/* clean: a write faults */
	EXPECT_EQ(t, handle_mm_fault(f.vma, AREA, FAULT_FLAG_WRITE), 0);
	EXPECT_TRUE(t, pte_dirty(*ptep));
	EXPECT_TRUE(t, pte_page(*ptep) == page);
	EXPECT_EQ_HEX(t, *pte_hw(ptep) & PTE_EXT_APX, 0UL);
	/* a write to an old page sets both */
	set_pte_at(f.mm, AREA, ptep, pte_mkold(pte_mkclean(*ptep)));
	EXPECT_EQ(t, handle_mm_fault(f.vma, AREA, FAULT_FLAG_WRITE), 0);
	EXPECT_TRUE(t, pte_young(*ptep) && pte_dirty(*ptep));
	drop_mm(t, &f);
}

/* ---- vm_ops->fault: do_read_fault, do_cow_fault, do_shared_fault ---- */

static struct page *backing_page;
static unsigned long last_pgoff;
static int backing_result;

static int test_fault(struct vm_fault *vmf)
{
	last_pgoff = vmf->pgoff;
	if (backing_result)
		return backing_result;
	if (vmf->pgoff != 3)
		return 0;	/* no page: the caller makes it SIGBUS */
	get_page(backing_page);
	vmf->page = backing_page;
	return 0;
}

static const struct vm_operations_struct test_vm_ops = { .fault = test_fault };

static void vm_ops_fault_read_cow_and_shared(struct ktest *t)
{
	struct fault_mm f;
	struct page *copy;
	pte_t *ptep;

	backing_page = alloc_page(GFP_KERNEL | __GFP_ZERO);
	ASSERT_TRUE(t, backing_page != NULL);
	write_page_word(backing_page, 0, 0xfeed);
	backing_result = 0;

	/* private: a read maps the owner's page read-only, a write copies it */
	make_mm(t, &f, VM_READ | VM_WRITE, &test_vm_ops);
	f.vma->vm_pgoff = 1;
	EXPECT_EQ(t, handle_mm_fault(f.vma, AREA + 2 * PAGE_SIZE, 0), 0);
	EXPECT_EQ(t, last_pgoff, 3UL);
	ptep = ptep_of(&f, AREA + 2 * PAGE_SIZE);
	EXPECT_TRUE(t, pte_page(*ptep) == backing_page);
	EXPECT_FALSE(t, pte_write(*ptep));
	EXPECT_EQ(t, page_ref_count(backing_page), 2);
	EXPECT_EQ(t, handle_mm_fault(f.vma, AREA + 2 * PAGE_SIZE, FAULT_FLAG_WRITE), 0);
	copy = pte_page(*ptep);
	EXPECT_TRUE(t, copy != backing_page);
	EXPECT_EQ_HEX(t, read_page_word(copy, 0), 0xfeedUL);
	EXPECT_EQ(t, page_ref_count(backing_page), 1);
	/* a first access that writes: do_cow_fault, the owner keeps its page */
	pte_clear(ptep);
	put_page(copy);
	EXPECT_EQ(t, handle_mm_fault(f.vma, AREA + 2 * PAGE_SIZE, FAULT_FLAG_WRITE), 0);
	EXPECT_TRUE(t, pte_page(*ptep) != backing_page);
	EXPECT_TRUE(t, pte_write(*ptep));
	EXPECT_EQ_HEX(t, read_page_word(pte_page(*ptep), 0), 0xfeedUL);
	EXPECT_EQ(t, page_ref_count(backing_page), 1);
	/* no page, or the owner's own error: SIGBUS */
	EXPECT_EQ(t, handle_mm_fault(f.vma, AREA, 0), VM_FAULT_SIGBUS);
	backing_result = VM_FAULT_OOM;
	EXPECT_EQ(t, handle_mm_fault(f.vma, AREA, 0), VM_FAULT_OOM);
	EXPECT_TRUE(t, pte_none(*ptep_of(&f, AREA)));
	backing_result = 0;
	drop_mm(t, &f);

	/* shared: a write maps the owner's page itself, writable */
	make_mm(t, &f, VM_READ | VM_WRITE | VM_SHARED, &test_vm_ops);
	f.vma->vm_pgoff = 3;
	EXPECT_EQ(t, handle_mm_fault(f.vma, AREA, FAULT_FLAG_WRITE), 0);
	ptep = ptep_of(&f, AREA);
	EXPECT_TRUE(t, pte_page(*ptep) == backing_page);
	EXPECT_TRUE(t, pte_write(*ptep) && pte_dirty(*ptep));
	drop_mm(t, &f);
	__free_page(backing_page);
}

/* ---- no swap ---- */

static void not_present_not_none_is_sigbus(struct ktest *t)
{
	struct fault_mm f;
	pte_t *ptep;

	make_mm(t, &f, VM_READ | VM_WRITE, NULL);
	ptep = ptep_of(&f, AREA);
	/* what a swap entry would look like: not present, not none */
	set_pte_at(f.mm, AREA, ptep, __pte(0x1234 << PAGE_SHIFT));
	EXPECT_EQ(t, handle_mm_fault(f.vma, AREA, 0), VM_FAULT_SIGBUS);
	EXPECT_EQ(t, handle_mm_fault(f.vma, AREA, FAULT_FLAG_WRITE), VM_FAULT_SIGBUS);
	EXPECT_EQ_HEX(t, pte_val(*ptep), 0x1234UL << PAGE_SHIFT);	/* left alone */
	pte_clear(ptep);
	drop_mm(t, &f);
}

/* ---- mm_populate ---- */

static void mm_populate_faults_every_page_in(struct ktest *t)
{
	struct fault_mm f;
	int i;

	make_mm(t, &f, VM_READ | VM_WRITE, NULL);
	EXPECT_EQ(t, mm_populate(f.mm, AREA + PAGE_SIZE, 2 * PAGE_SIZE), 0);
	EXPECT_TRUE(t, pte_none(*ptep_of(&f, AREA)));
	for (i = 1; i <= 2; i++) {
		pte_t pte = *ptep_of(&f, AREA + i * PAGE_SIZE);

		/* private writable: the area's own pages, writable */
		EXPECT_TRUE(t, pte_present(pte) && pte_write(pte));
		EXPECT_TRUE(t, pte_page(pte) != empty_zero_page);
	}
	EXPECT_TRUE(t, pte_none(*ptep_of(&f, AREA + 3 * PAGE_SIZE)));
	drop_mm(t, &f);

	make_mm(t, &f, VM_READ, NULL);
	EXPECT_EQ(t, mm_populate(f.mm, AREA, AREA_PAGES * PAGE_SIZE), 0);
	EXPECT_TRUE(t, pte_page(*ptep_of(&f, AREA + 7 * PAGE_SIZE)) == empty_zero_page);
	drop_mm(t, &f);
}

/* ---- the user programs (tests/user/), every page back after each ---- */

static void user_demand(struct ktest *t)
{
	run_ktap_program(t, "/bin/demand", "demand", "# demand: 4 passed, 0 failed\n");
}

static void user_cow(struct ktest *t)
{
	run_ktap_program(t, "/bin/cow", "cow", "# cow: 5 passed, 0 failed\n");
}

static void user_faults(struct ktest *t)
{
	run_ktap_program(t, "/bin/faults", "faults", "# faults: 3 passed, 0 failed\n");
}

static void user_stackgrow(struct ktest *t)
{
	run_ktap_program(t, "/bin/stackgrow", "stackgrow", "# stackgrow: 2 passed, 0 failed\n");
}

static void user_uaccesstest(struct ktest *t)
{
	run_ktap_program(t, "/bin/uaccesstest", "uaccesstest", "# uaccesstest: 5 passed, 0 failed\n");
}

static const struct ktest_case fault_cases[] = {
	KTEST_CASE(every_status_has_its_handler_and_name),
	KTEST_CASE(read_fault_maps_the_zero_page),
	KTEST_CASE(write_fault_maps_a_fresh_zeroed_page),
	KTEST_CASE(read_only_area_reads_zero_page),
	KTEST_CASE(write_after_read_copies_the_zero_page),
	KTEST_CASE(fork_shares_then_write_copies_and_last_reuses),
	KTEST_CASE(write_while_shared_copies),
	KTEST_CASE(fork_shares_shared_areas_writable),
	KTEST_CASE(old_and_clean_ptes_fault_and_are_marked),
	KTEST_CASE(vm_ops_fault_read_cow_and_shared),
	KTEST_CASE(not_present_not_none_is_sigbus),
	KTEST_CASE(mm_populate_faults_every_page_in),
	KTEST_CASE(user_demand),
	KTEST_CASE(user_cow),
	KTEST_CASE(user_faults),
	KTEST_CASE(user_stackgrow),
	KTEST_CASE(user_uaccesstest),
};
KTEST_SUITE(fault_suite, "fault", fault_cases);
