// SPDX-License-Identifier: GPL-2.0
/*
 * Starting a user program without exec: a "blob" of position-independent
 * machine code (the self-tests' hand-assembled programs) copied into a
 * fresh address space. exec replaces this later; the last steps are the
 * same as Linux's (start_thread, then ret_to_user).
 *
 *   USER_BLOB_CODE (0x8000)          code page, user r-x
 *   ub->data_va (optional)           the caller's page, user rw-
 *   USER_BLOB_STACK_TOP - PAGE_SIZE  stack page, user rw-, sp at the top
 *
 * All user pages are non-global (set_pte_at), tagged with the mm's ASID.
 * The task is a kernel thread with an mm: context_switch switches to the
 * mm before it first runs, and its thread function builds the user
 * pt_regs at the top of its kernel stack and jumps to ret_to_user, never
 * to return. The pages' references belong to the mapping; exit_mm
 * (kernel/sys.c) puts them, so the caller's data page survives the exit
 * on the caller's own reference.
 */
#include <kernel/errno.h>
#include <kernel/gfp.h>
#include <kernel/mm.h>
#include <kernel/mman.h>
#include <kernel/mm_context.h>
#include <kernel/sched.h>
#include <kernel/string.h>
#include <kernel/syscalls.h>
#include <asm/cacheflush.h>
#include <asm/pgalloc.h>
#include <asm/pgtable.h>
#include <asm/ptrace.h>

/* entry.S: user registers at the top of the kernel stack, then ret_to_user. */
void __noreturn start_user_thread(unsigned long pc, unsigned long usp);

/* Maps page at addr in mm with prot (a pte table allocated on demand). 0 or -ENOMEM. */
static int map_blob_page(struct mm_struct *mm, unsigned long addr, struct page *page,
			 pgprot_t prot)
{
	pte_t *ptep = mm_pte(mm, addr, true);
	pte_t pte = pte_mkyoung(mk_pte(page, prot));

	if (!ptep)
		return -ENOMEM;
	/* Young and, if writable, dirty: no fault path yet to track either. */
	if (pte_write(pte))
		pte = pte_mkdirty(pte);
	set_pte_at(mm, addr, ptep, pte);
	return 0;
}

/* A fresh page holding len bytes of code, cleaned and the I-cache invalidated. */
static struct page *code_page(const void *code, size_t len)
{
	struct page *page = alloc_page(GFP_KERNEL | __GFP_ZERO);
	void *va;

	if (!page)
		return NULL;
	va = page_address(page);
	memcpy(va, code, len);
	clean_dcache_area(va, PAGE_SIZE);
	__asm__ __volatile__("mcr p15, 0, %0, c7, c5, 0\n\t"	/* ICIALLU */
			     "mcr p15, 0, %0, c7, c5, 6\n\t"	/* BPIALL */
			     "dsb\n\tisb" : : "r"(0) : "memory");
	return page;
}

/* Builds the address space; NULL with *err set on failure (nothing leaks). */
static struct mm_struct *blob_mm(const struct user_blob *ub, int *err)
{
	struct mm_struct *mm = mm_alloc();
	struct page *code = NULL, *stack = NULL;

	*err = -ENOMEM;
	if (!mm)
		return NULL;
	mm->blob_pages = true;
	code = code_page(ub->code, ub->len);
	stack = alloc_page(GFP_KERNEL | __GFP_ZERO);
	if (!code || !stack)
		goto fail;
	if (map_blob_page(mm, USER_BLOB_CODE, code, PAGE_READONLY_EXEC))
		goto fail;
	code = NULL;		/* the mapping owns it now */
	if (map_blob_page(mm, USER_BLOB_STACK_TOP - PAGE_SIZE, stack, PAGE_SHARED))
		goto fail;
	stack = NULL;
	if (ub->data_page) {
		get_page(ub->data_page);
		if (map_blob_page(mm, ub->data_va, ub->data_page, PAGE_SHARED)) {
			put_page(ub->data_page);
			goto fail;
		}
	}
	mm->start_code = USER_BLOB_CODE;
	mm->end_code = USER_BLOB_CODE + ub->len;
	mm->start_stack = USER_BLOB_STACK_TOP;
	return mm;

fail:
	if (code)
		__free_page(code);
	if (stack)
		__free_page(stack);
	/* Not loaded anywhere yet: the pages mapped so far, then the tables. */
	put_user_pages(mm);
	mmput(mm);
	return NULL;
}

/*
 * The task's function, on its own kernel stack with its mm loaded: enters
 * user mode at the code with sp at the stack top. Never returns.
 */
static int user_blob_thread(void *unused)
{
	start_user_thread(USER_BLOB_CODE, USER_BLOB_STACK_TOP);
}

struct task_struct *user_blob_start(const struct user_blob *ub, int *err)
{
	struct task_struct *p;
	struct mm_struct *mm;

	*err = -EINVAL;
	if (!ub->code || !ub->len || ub->len > PAGE_SIZE)
		return NULL;
	if (ub->data_page && (ub->data_va & ~PAGE_MASK || !ub->data_va ||
			      ub->data_va >= USER_BLOB_STACK_TOP - PAGE_SIZE ||
			      (ub->data_va & PAGE_MASK) == USER_BLOB_CODE))
		return NULL;
	mm = blob_mm(ub, err);
	if (!mm)
		return NULL;
	p = kthread_create(user_blob_thread, NULL, "%s", ub->name ? ub->name : "user");
	if (!p) {
		*err = -ENOMEM;
		put_user_pages(mm);
		mmput(mm);
		return NULL;
	}
	p->flags &= ~PF_KTHREAD;
	p->mm = mm;		/* context_switch loads it before the task first runs */
	get_task_struct(p);
	wake_up_process(p);
	*err = 0;
	return p;
}

/*
 * Polls once a tick: kthread_stop cannot serve here, as a stop request
 * that reaches a user task before it first runs would skip the program.
 */
int user_blob_wait(struct task_struct *p)
{
	int status;

	while (!READ_ONCE(p->exited))
		schedule_timeout_uninterruptible(1);
	status = p->exit_code;
	put_task_struct(p);
	return status;
}

int run_user_blob(const void *code, size_t len, const char *name)
{
	struct user_blob ub = { .code = code, .len = len, .name = name };
	struct task_struct *p;
	int err, pid;

	p = user_blob_start(&ub, &err);
	if (!p)
		return err;
	pid = p->pid;
	put_task_struct(p);
	return pid;
}
