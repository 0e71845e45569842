// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "uaccess": the user copies of section 3.5 and software PAN (FAQ
 * 4.7 of document 000; issue 7, "User copies").
 *
 * The suite's thread adopts a test address space (kthread_use_mm)
 * so that faults inside the routines are served as a system call's are.
 * Its areas, from UA:
 *
 *   UA .. UA + 4 pages	rw-p, page 0 holds "hello\0" and a pattern,
 *			pages 1..3 never touched (demand paging inside a call)
 *   UA + 4 pages	a hole: nothing mapped (-EFAULT, and the partial copies
 *			that run into it from the page before)
 *   RO .. RO + 1 page	r--p: reads see the zero page, writes fail
 *
 * Each routine is checked on a valid buffer, an untouched valid one, an
 * invalid one, a range that wraps, a kernel range, and one that starts
 * valid and runs into the hole (the count not copied comes back). Then:
 * copy_to_user breaks a copy-on-write share first; a direct kernel load
 * from a mapped user page is a page domain fault (caught here instead of
 * the Oops) while the same load inside uaccess_save_and_enable works; the
 * domain is closed in the kernel and stays as a uaccess routine left it
 * across an interrupt.
 */
#include <kernel/errno.h>
#include <kernel/highmem.h>
#include <kernel/jiffies.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/mm_context.h>
#include <kernel/mman.h>
#include <kernel/pagefault.h>
#include <kernel/sched.h>
#include <kernel/slab.h>
#include <kernel/string.h>
#include <kernel/uaccess.h>
#include <asm/domain.h>
#include <asm/mmu_context.h>
#include <asm/pgtable.h>
#include <asm/traps.h>
#include "../common/buddyinfo.h"

#define UA	0x00600000UL
#define HOLE	(UA + 4 * PAGE_SIZE)
#define RO	(UA + 8 * PAGE_SIZE)

static const char hello[] = "hello";

struct uspace {
	struct mm_struct *mm;
	unsigned long before;
};

static struct vm_area_struct *add_area(struct mm_struct *mm, unsigned long start,
				       unsigned long pages, unsigned long flags)
{
	struct vm_area_struct *vma = vm_area_alloc(mm);

	if (!vma)
		return NULL;
	vma->vm_start = start;
	vma->vm_end = start + pages * PAGE_SIZE;
	vma->vm_flags = flags | VM_MAYREAD | VM_MAYWRITE;
	vma->vm_page_prot = vm_get_page_prot(flags);
	if (insert_vm_struct(mm, vma)) {
		vm_area_free(vma);
		return NULL;
	}
	return vma;
}

/* Builds the address space of the picture above and enters it. */
static void uspace_enter(struct ktest *t, struct uspace *u)
{
	struct vm_area_struct *rw;
	char *kaddr;

	ASSERT_TRUE(t, zero_page() != NULL);
	u->before = settled_free_pages();
	u->mm = mm_alloc();
	ASSERT_TRUE(t, u->mm != NULL);
	rw = add_area(u->mm, UA, 4, VM_READ | VM_WRITE);
	ASSERT_TRUE(t, rw != NULL);
	ASSERT_TRUE(t, add_area(u->mm, RO, 1, VM_READ) != NULL);
	ASSERT_EQ(t, handle_mm_fault(rw, UA, FAULT_FLAG_WRITE), 0);
	kaddr = kmap_atomic(pte_page(*mm_pte(u->mm, UA, false)));
	memcpy(kaddr, hello, sizeof(hello));
	memset(kaddr + 64, 0x5a, PAGE_SIZE - 64);
	kunmap_atomic(kaddr);
	kthread_use_mm(u->mm);
}

static void uspace_leave(struct ktest *t, struct uspace *u)
{
	kthread_unuse_mm(u->mm);
	exit_mmap(u->mm);
	mmput(u->mm);
	EXPECT_EQ(t, (long)settled_free_pages(), (long)u->before);
}

static bool present(struct uspace *u, unsigned long addr)
{
	pte_t *ptep = mm_pte(u->mm, addr, false);

	return ptep && pte_present(*ptep);
}

static void *user(unsigned long addr)
{
	return (void __user *)addr;
}

/* Fills the last page before the hole with 'a': a string with no NUL up to the hole. */
static void fill_last_page(struct ktest *t)
{
	char *a = kmalloc(PAGE_SIZE, GFP_KERNEL);

	ASSERT_TRUE(t, a != NULL);
	memset(a, 'a', PAGE_SIZE);
	EXPECT_EQ(t, copy_to_user(user(HOLE - PAGE_SIZE), a, PAGE_SIZE), 0ul);
	kfree(a);
}

static void copy_from_user_cases(struct ktest *t)
{
	struct uspace u;
	char buf[32];
	int i;

	uspace_enter(t, &u);
	EXPECT_EQ(t, copy_from_user(buf, user(UA), sizeof(hello)), 0ul);
	EXPECT_STREQ(t, buf, hello);
	/* untouched: the fault inside the copy maps the zero page */
	memset(buf, 1, sizeof(buf));
	EXPECT_EQ(t, copy_from_user(buf, user(UA + PAGE_SIZE + 8), sizeof(buf)), 0ul);
	for (i = 0; i < (int)sizeof(buf); i++)
		EXPECT_EQ(t, buf[i], 0);
	EXPECT_TRUE(t, present(&u, UA + PAGE_SIZE));
	EXPECT_TRUE(t, pte_page(*mm_pte(u.mm, UA + PAGE_SIZE, false)) == empty_zero_page);
	/* invalid, wrapping, kernel: nothing copied */
	EXPECT_EQ(t, copy_from_user(buf, user(HOLE), 4), 4ul);
	EXPECT_EQ(t, copy_from_user(buf, user(0xfffffff0UL), 0x20), 0x20ul);
	EXPECT_EQ(t, copy_from_user(buf, user(PAGE_OFFSET), 4), 4ul);
	EXPECT_EQ(t, copy_from_user(buf, user(TASK_SIZE - 2), 4), 4ul);
	EXPECT_EQ(t, copy_from_user(buf, user(UA), 0), 0ul);
	/* partial: 10 bytes before the hole come, the 10 after do not */
	memset(buf, 7, sizeof(buf));
	EXPECT_EQ(t, copy_from_user(buf, user(HOLE - 10), 20), 10ul);
	EXPECT_EQ(t, buf[9], 0);	/* page 3 read as the zero page */
	EXPECT_EQ(t, buf[10], 7);	/* never written */
	uspace_leave(t, &u);
}

static void copy_to_user_cases(struct ktest *t)
{
	char buf[16] = "0123456789abcde", back[16];
	struct uspace u;

	uspace_enter(t, &u);
	EXPECT_EQ(t, copy_to_user(user(UA + 100), buf, sizeof(buf)), 0ul);
	EXPECT_EQ(t, copy_from_user(back, user(UA + 100), sizeof(back)), 0ul);
	EXPECT_STREQ(t, back, buf);
	/* untouched: a fresh page, written in the middle of the call */
	EXPECT_FALSE(t, present(&u, UA + 2 * PAGE_SIZE));
	EXPECT_EQ(t, copy_to_user(user(UA + 2 * PAGE_SIZE + 4), buf, sizeof(buf)), 0ul);
	EXPECT_TRUE(t, present(&u, UA + 2 * PAGE_SIZE));
	EXPECT_TRUE(t, pte_write(*mm_pte(u.mm, UA + 2 * PAGE_SIZE, false)));
	/* invalid, read-only area, wrapping, kernel */
	EXPECT_EQ(t, copy_to_user(user(HOLE + 8), buf, 8), 8ul);
	EXPECT_EQ(t, copy_to_user(user(RO), buf, 8), 8ul);
	EXPECT_EQ(t, copy_to_user(user(0xfffffffcUL), buf, 8), 8ul);
	EXPECT_EQ(t, copy_to_user(user(PAGE_OFFSET + 0x1000), buf, 8), 8ul);
	/* partial: 6 bytes fit before the hole */
	EXPECT_EQ(t, copy_to_user(user(HOLE - 6), buf, sizeof(buf)), 10ul);
	EXPECT_EQ(t, copy_from_user(back, user(HOLE - 6), 6), 0ul);
	EXPECT_EQ(t, memcmp(back, buf, 6), 0);
	uspace_leave(t, &u);
}

static void get_user_put_user_cases(struct ktest *t)
{
	struct uspace u;
	u32 v = 1;
	u16 h = 1;

	uspace_enter(t, &u);
	EXPECT_EQ(t, put_user(0xabcd1234u, (u32 __user *)user(UA + 3 * PAGE_SIZE)), 0);
	EXPECT_EQ(t, get_user(v, (u32 __user *)user(UA + 3 * PAGE_SIZE)), 0);
	EXPECT_EQ_HEX(t, v, 0xabcd1234UL);
	EXPECT_EQ(t, get_user(h, (u16 __user *)user(UA + 64)), 0);
	EXPECT_EQ_HEX(t, h, 0x5a5aUL);
	EXPECT_EQ(t, get_user(v, (u32 __user *)user(HOLE)), -EFAULT);
	EXPECT_EQ_HEX(t, v, 0UL);	/* zeroed on a fault */
	EXPECT_EQ(t, put_user(1u, (u32 __user *)user(RO)), -EFAULT);
	EXPECT_EQ(t, put_user(1u, (u32 __user *)user(PAGE_OFFSET)), -EFAULT);
	EXPECT_EQ(t, get_user(v, (u32 __user *)user(0xfffffffeUL)), -EFAULT);
	uspace_leave(t, &u);
}

static void strncpy_from_user_cases(struct ktest *t)
{
	struct uspace u;
	char buf[16], *big;

	uspace_enter(t, &u);
	memset(buf, 'x', sizeof(buf));
	EXPECT_EQ(t, strncpy_from_user(buf, user(UA), sizeof(buf)), 5L);
	EXPECT_STREQ(t, buf, hello);
	/* count reached before the NUL: count, not terminated */
	memset(buf, 'x', sizeof(buf));
	EXPECT_EQ(t, strncpy_from_user(buf, user(UA), 3), 3L);
	EXPECT_EQ(t, buf[2], 'l');
	EXPECT_EQ(t, buf[3], 'x');
	EXPECT_EQ(t, strncpy_from_user(buf, user(UA), 0), 0L);
	/* untouched page: the zero page, an empty string */
	EXPECT_EQ(t, strncpy_from_user(buf, user(UA + PAGE_SIZE), sizeof(buf)), 0L);
	/* invalid, kernel, and a string that runs into the hole */
	EXPECT_EQ(t, strncpy_from_user(buf, user(HOLE), sizeof(buf)), (long)-EFAULT);
	EXPECT_EQ(t, strncpy_from_user(buf, user(PAGE_OFFSET), sizeof(buf)), (long)-EFAULT);
	fill_last_page(t);
	big = kmalloc(PAGE_SIZE, GFP_KERNEL);
	if (big)
		EXPECT_EQ(t, strncpy_from_user(big, user(HOLE - 100), PAGE_SIZE), (long)-EFAULT);
	kfree(big);
	/* the end of user space comes before count and before a NUL */
	EXPECT_EQ(t, strncpy_from_user(buf, user(TASK_SIZE - 4), sizeof(buf)), (long)-EFAULT);
	uspace_leave(t, &u);
}

static void strnlen_user_cases(struct ktest *t)
{
	struct uspace u;

	uspace_enter(t, &u);
	EXPECT_EQ(t, strnlen_user(user(UA), 100), 6L);
	EXPECT_EQ(t, strnlen_user(user(UA), 3), 4L);	/* count + 1: no NUL in 3 */
	EXPECT_EQ(t, strnlen_user(user(UA), 0), 0L);
	EXPECT_EQ(t, strnlen_user(user(UA + PAGE_SIZE), 100), 1L);	/* the zero page */
	EXPECT_EQ(t, strnlen_user(user(HOLE), 100), 0L);
	fill_last_page(t);
	EXPECT_EQ(t, strnlen_user(user(HOLE - 100), PAGE_SIZE), 0L);	/* into the hole */
	EXPECT_EQ(t, strnlen_user(user(HOLE - 100), 50), 51L);
	EXPECT_EQ(t, strnlen_user(user(PAGE_OFFSET), 100), 0L);
	EXPECT_EQ(t, strnlen_user(user(TASK_SIZE - 4), 100), 0L);
	uspace_leave(t, &u);
}

static void clear_user_cases(struct ktest *t)
{
	struct uspace u;
	char back[8];

	uspace_enter(t, &u);
	EXPECT_EQ(t, clear_user(user(UA + 65), 7), 0ul);
	EXPECT_EQ(t, copy_from_user(back, user(UA + 64), 8), 0ul);
	EXPECT_EQ(t, back[0], 0x5a);
	EXPECT_EQ(t, back[1] | back[7], 0);
	EXPECT_EQ(t, clear_user(user(UA + 3 * PAGE_SIZE), PAGE_SIZE), 0ul);	/* untouched */
	EXPECT_TRUE(t, present(&u, UA + 3 * PAGE_SIZE));
	EXPECT_EQ(t, clear_user(user(HOLE - 5), 13), 8ul);	/* partial */
	EXPECT_EQ(t, clear_user(user(RO), 4), 4ul);
	EXPECT_EQ(t, clear_user(user(PAGE_OFFSET), 4), 4ul);
	EXPECT_EQ(t, clear_user(user(0xfffffff0UL), 0x20), 0x20ul);
	uspace_leave(t, &u);
}

/* A system call writing into a page fork shared: the write breaks the share first. */
static void copy_to_user_breaks_cow(struct ktest *t)
{
	struct vm_area_struct *cvma;
	struct mm_struct *child;
	struct page *shared;
	struct uspace u;
	char back[8];
	u32 *k;

	uspace_enter(t, &u);
	child = mm_alloc();
	ASSERT_TRUE(t, child != NULL);
	cvma = add_area(child, UA, 4, VM_READ | VM_WRITE);
	ASSERT_TRUE(t, cvma != NULL);
	EXPECT_EQ(t, copy_page_range(child, u.mm, cvma), 0);
	shared = pte_page(*mm_pte(u.mm, UA, false));
	EXPECT_FALSE(t, pte_write(*mm_pte(u.mm, UA, false)));
	EXPECT_EQ(t, copy_to_user(user(UA), "HELLO", 5), 0ul);
	/* ours is a copy now; the child still has the page with the old bytes */
	EXPECT_TRUE(t, pte_page(*mm_pte(u.mm, UA, false)) != shared);
	EXPECT_TRUE(t, pte_page(*mm_pte(child, UA, false)) == shared);
	EXPECT_EQ(t, copy_from_user(back, user(UA), 6), 0ul);
	EXPECT_STREQ(t, back, "HELLO");
	k = kmap_atomic(shared);
	EXPECT_EQ(t, memcmp(k, hello, sizeof(hello)), 0);
	kunmap_atomic(k);
	exit_mmap(child);
	mmput(child);
	uspace_leave(t, &u);
}

static volatile u32 pan_sink;

static void pan_stray_access_faults(struct ktest *t)
{
	struct ktest_fault f, g;
	struct uspace u;
	u32 dacr, inside = 0, v = 0;

	uspace_enter(t, &u);
	dacr = get_domain();
	/* a mapped user page, a direct load: the domain fault, not the data */
	KTEST_EXPECT_FAULT(&f, pan_sink = *(volatile u32 *)UA);
	/* the same load with the domain opened the way the routines open it */
	inside = uaccess_save_and_enable();
	v = *(volatile u32 *)UA;
	uaccess_restore(inside);
	/* an unmapped one: a translation fault with no exception-table entry */
	KTEST_EXPECT_FAULT(&g, pan_sink = *(volatile u32 *)HOLE);
	uspace_leave(t, &u);

	EXPECT_EQ_HEX(t, dacr, (unsigned long)DACR_UACCESS_DISABLE);
	EXPECT_EQ_HEX(t, inside, (unsigned long)DACR_UACCESS_DISABLE);
	EXPECT_TRUE(t, f.caught);
	EXPECT_EQ(t, f.kind, EXC_DABT);
	EXPECT_EQ(t, (f.fsr & 0xf) | ((f.fsr >> 6) & 0x10), 11ul);	/* page domain fault */
	EXPECT_EQ_HEX(t, f.far, UA);
	EXPECT_EQ(t, memcmp(&v, hello, 4), 0);
	EXPECT_TRUE(t, g.caught);
	EXPECT_EQ_HEX(t, g.far, HOLE);
	EXPECT_EQ_HEX(t, get_domain(), (unsigned long)DACR_UACCESS_DISABLE);
}

/* An interrupt inside an open window: closed while it runs, open again after. */
static void pan_survives_an_interrupt(struct ktest *t)
{
	unsigned long j = jiffies;
	u32 old, during;
	int spins = 0;

	old = uaccess_save_and_enable();
	while (READ_ONCE(jiffies) == j && spins++ < 100000000)
		;
	during = get_domain();
	uaccess_restore(old);
	EXPECT_NE(t, READ_ONCE(jiffies), j);	/* a tick came in the window */
	EXPECT_EQ_HEX(t, during, (unsigned long)DACR_UACCESS_ENABLE);
	EXPECT_EQ_HEX(t, get_domain(), (unsigned long)DACR_UACCESS_DISABLE);
}

static const struct ktest_case uaccess_cases[] = {
	KTEST_CASE(copy_from_user_cases),
	KTEST_CASE(copy_to_user_cases),
	KTEST_CASE(get_user_put_user_cases),
	KTEST_CASE(strncpy_from_user_cases),
	KTEST_CASE(strnlen_user_cases),
	KTEST_CASE(clear_user_cases),
	KTEST_CASE(copy_to_user_breaks_cow),
	KTEST_CASE(pan_stray_access_faults),
	KTEST_CASE(pan_survives_an_interrupt),
};
KTEST_SUITE(uaccess_suite, "uaccess", uaccess_cases);
