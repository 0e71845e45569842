// SPDX-License-Identifier: GPL-2.0
/*
 * Address spaces: making, sharing and freeing struct mm_struct (seed
 * document 001, section 3.3.2; FAQ 4.6 of document 000 for the pgd;
 * Linux kernel/fork.c: mm_alloc, mmput, __mmdrop).
 *
 * Two counts, as in Linux. mm_users: the tasks (and borrowers of the page
 * tables) using the address space; when it reaches zero the page tables
 * go. mm_count: references to the struct itself, one of them held by
 * all of mm_users together; when it reaches zero the struct goes back
 * to its slab cache "mm_struct".
 *
 * The counts are plain ints changed with IRQs masked: one CPU, and the
 * scheduler may drop a reference from its switch path with IRQs masked.
 *
 * The ASID is not freed here. Entries tagged with it may still be in the
 * TLB, so arch/arm/mm/context.c hands the number out again only after the
 * TLBIALL that starts a new generation.
 */
#include <kernel/bench.h>
#include <kernel/compiler.h>
#include <kernel/errno.h>
#include <kernel/file.h>
#include <kernel/gfp.h>
#include <kernel/init.h>
#include <kernel/mm.h>
#include <kernel/mm_context.h>
#include <kernel/mman.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/slab.h>
#include <kernel/string.h>
#include <kernel/syscalls.h>
#include <asm/irqflags.h>
#include <asm/pgalloc.h>
#include <asm/ptrace.h>

static unsigned long mm_get_unmapped_area_none(struct mm_struct *mm, struct file *filp,
					       unsigned long addr,
					       unsigned long len, unsigned long pgoff,
					       unsigned long flags);

struct mm_struct init_mm = {
	.mm_rb = RB_ROOT,
	.pgd = swapper_pg_dir,
	.mm_users = 2,		/* never reaches zero */
	.mm_count = 1,
	.task_size = TASK_SIZE,
	.get_unmapped_area = mm_get_unmapped_area_none,
	.context = { .id = 0 },	/* ASID 0, reserved; generation 0 */
};

static struct kmem_cache *mm_cachep;

/* Until the VMA code provides the real search, mmap has nowhere to go. */
static unsigned long mm_get_unmapped_area_none(struct mm_struct *mm, struct file *filp,
					       unsigned long addr,
					       unsigned long len, unsigned long pgoff,
					       unsigned long flags)
{
	(void)mm;
	(void)filp;
	(void)addr;
	(void)len;
	(void)pgoff;
	(void)flags;
	return (unsigned long)-ENOMEM;
}

/* Boot: the caches of process structures (Linux's proc_caches_init); after kmem_cache_init. */
void proc_caches_init(void)
{
	mm_cachep = kmem_cache_create("mm_struct", sizeof(struct mm_struct), 0,
				      SLAB_HWCACHE_ALIGN | SLAB_PANIC, NULL);
	vm_area_cachep = kmem_cache_create("vm_area_struct", sizeof(struct vm_area_struct), 0,
					   SLAB_PANIC, NULL);
	signals_init();
}

struct mm_struct *mm_alloc(void)
{
	struct mm_struct *mm = kmem_cache_alloc(mm_cachep, GFP_KERNEL);

	if (!mm)
		return NULL;
	memset(mm, 0, sizeof(*mm));
	mm->pgd = pgd_alloc();
	if (!mm->pgd) {
		kmem_cache_free(mm_cachep, mm);
		return NULL;
	}
	mm->mm_rb = RB_ROOT;
	mm->mm_users = 1;
	mm->mm_count = 1;
	mm->task_size = TASK_SIZE;
	mm->mmap_base = TASK_UNMAPPED_BASE;
	mm->get_unmapped_area = mm_get_unmapped_area_none;
	mm->context.id = 0;	/* generation 0 is never current: an ASID at first switch */
	return mm;
}

/* Returns the new value of *count, changed by delta with IRQs masked. */
static int mm_count_add(int *count, int delta)
{
	unsigned long flags;
	int v;

	local_irq_save(flags);
	v = (*count += delta);
	local_irq_restore(flags);
	return v;
}

void mmgrab(struct mm_struct *mm)
{
	mm_count_add(&mm->mm_count, 1);
}

void mmget(struct mm_struct *mm)
{
	mm_count_add(&mm->mm_users, 1);
}

void mmdrop(struct mm_struct *mm)
{
	int v = mm_count_add(&mm->mm_count, -1);

	if (WARN_ON(v < 0) || v)
		return;
	if (WARN_ON(mm == &init_mm))
		return;
	kmem_cache_free(mm_cachep, mm);
}

void mmput(struct mm_struct *mm)
{
	int v = mm_count_add(&mm->mm_users, -1);

	if (WARN_ON(v < 0) || v)
		return;
	/* The VMAs go here once there are any (exit_mmap). */
	pgd_free(mm->pgd);
	mm->pgd = NULL;
	mmdrop(mm);
}

/*
 * fork: a copy of the calling user task.
 *
 * The child is a task from create_task (its own task_struct and kernel
 * stack) whose first run copies nothing: sys_fork has already put the
 * parent's user registers, r0 = 0, at the top of the child's kernel stack,
 * and the child's thread function drops sp there and leaves through
 * ret_to_user. Its address space is a new mm with a copy of every area
 * (dup_mmap; the page policy is mm/memory.c's). The TLS word, the signal
 * handlers and the signal mask are copied.
 * The parent holds a reference on the child (wait_ref) that wait4 drops
 * when it reaps the zombie (kernel/exit.c).
 */

/* ret_to_user (entry.S): sp at a task's user pt_regs, IRQs any. */
void ret_to_user(void);

static struct pt_regs *task_user_regs(struct task_struct *p)
{
	return (struct pt_regs *)((unsigned long)p->stack + THREAD_SIZE) - 1;
}

static int fork_child_thread(void *unused)
{
	struct pt_regs *regs = task_user_regs(current);

	__asm__ __volatile__("mov sp, %0\n\tb ret_to_user" : : "r"(regs) : "memory");
	__builtin_unreachable();
}

/* A copy of oldmm (areas, pages, layout); NULL on no memory, nothing kept. */
static struct mm_struct *dup_mm(struct mm_struct *oldmm)
{
	struct mm_struct *mm = mm_alloc();

	if (!mm)
		return NULL;
	mm->start_code = oldmm->start_code;
	mm->end_code = oldmm->end_code;
	mm->start_data = oldmm->start_data;
	mm->end_data = oldmm->end_data;
	mm->start_brk = oldmm->start_brk;
	mm->brk = oldmm->brk;
	mm->start_stack = oldmm->start_stack;
	mm->arg_start = oldmm->arg_start;
	mm->arg_end = oldmm->arg_end;
	mm->env_start = oldmm->env_start;
	mm->env_end = oldmm->env_end;
	mm->mmap_base = oldmm->mmap_base;
	mm->get_unmapped_area = oldmm->get_unmapped_area;
	mm->def_flags = oldmm->def_flags;
	if (dup_mmap(mm, oldmm)) {
		exit_mmap(mm);
		mmput(mm);
		return NULL;
	}
	return mm;
}

long sys_fork(void)
{
	struct task_struct *parent = current, *p;
	struct files_struct *files;
	struct sighand_struct *sighand;
	struct mm_struct *mm;
	struct pt_regs *childregs;
	unsigned long flags;

	/*
	 * A process started from a code blob (run_user_blob) has pages but no
	 * areas: a child would get none of them, so such a process cannot fork.
	 */
	if (!parent->mm || !parent->mm->mmap)
		return -EINVAL;
	if (copy_files(&files, parent))
		return -ENOMEM;
	if (dup_sighand(parent, &sighand)) {
		put_files(files);
		return -ENOMEM;
	}
	mm = dup_mm(parent->mm);
	if (!mm) {
		put_sighand(sighand);
		put_files(files);
		return -ENOMEM;
	}
	p = kthread_create(fork_child_thread, NULL, "%s", parent->comm);
	if (!p) {
		exit_mmap(mm);
		mmput(mm);
		put_sighand(sighand);
		put_files(files);
		return -ENOMEM;
	}
	childregs = task_user_regs(p);
	*childregs = *task_user_regs(parent);
	childregs->ARM_r0 = 0;
	task_thread_info(p)->cpu_context.sp = (unsigned long)childregs;
	task_thread_info(p)->tp_value = current_thread_info()->tp_value;
	p->files = files;
	copy_signal_state(p, parent, sighand);	/* handlers, mask, altstack; nothing pending */
	p->flags &= ~PF_KTHREAD;
	p->mm = mm;		/* context_switch loads it before the task first runs */
	p->personality = parent->personality;

	local_irq_save(flags);
	list_del(&p->sibling);
	p->parent = parent;
	list_add_tail(&p->sibling, &parent->children);
	p->wait_ref = true;
	get_task_struct(p);	/* the parent's, for wait4 */
	local_irq_restore(flags);
	wake_up_process(p);
	return p->pid;
}

/* Guest instructions to run /bin/forkbench N KIB to its exit; 0 on failure. */
static u64 forkbench_run(const char *n, const char *kib)
{
	const char *const argv[] = { "forkbench", n, kib, NULL };

	return exec_run_insns("/bin/forkbench", argv);
}

/*
 * Per fork + exit + wait4 of a child of a parent with kib KiB touched:
 * (16 rounds - 0 rounds) / 16, so exec and the touching cancel out.
 */
static u64 fork_exit_wait(const char *kib)
{
	u64 base = forkbench_run("0", kib), full = forkbench_run("16", kib);

	if (!base || !full || full < base)
		return 0;
	return (full - base) / 16;
}

static u64 bench_fork_exit_wait_1m(void)
{
	return fork_exit_wait("1024");
}
BENCH("fork_exit_wait_1m", "insns", bench_fork_exit_wait_1m);

static u64 bench_fork_exit_wait_16m(void)
{
	return fork_exit_wait("16384");
}
BENCH("fork_exit_wait_16m", "insns", bench_fork_exit_wait_16m);
