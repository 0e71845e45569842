// SPDX-License-Identifier: GPL-2.0
/*
 * The mapping system calls (Linux ARM EABI numbers, kernel/sys_table.c):
 * mmap2, munmap, brk, mprotect, madvise, mlock, munlock, mlockall,
 * munlockall, msync, mremap, personality; the boot parameters legacy_va_layout,
 * overcommit_memory and overcommit_ratio; and the monitor's views of an
 * address space: maps, vma, overcommit.
 *
 * Each call hands current->mm to the area code (mm/mmap.c and its
 * neighbours) and then, where Linux's vm_mmap_pgoff does, mm_populate.
 * Everything else is filled on first touch (handle_mm_fault).
 */
#include <kernel/errno.h>
#include <kernel/mm.h>
#include <kernel/mman.h>
#include <kernel/monitor.h>
#include <kernel/params.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/string.h>

/*
 * mmap2: the offset is in pages. Anonymous memory only: without files,
 * every descriptor is a bad one (-EBADF), checked first as Linux's
 * ksys_mmap_pgoff does.
 */
long sys_mmap2(unsigned long addr, unsigned long len, unsigned long prot, unsigned long flags,
	       unsigned long fd, unsigned long pgoff)
{
	struct mm_struct *mm = current->mm;
	unsigned long populate, ret;

	(void)fd;
	if (!mm)
		return -EINVAL;
	if (!(flags & MAP_ANONYMOUS))
		return -EBADF;
	ret = do_mmap(mm, NULL, addr, len, prot, flags, pgoff, &populate);
	if (IS_ERR_VALUE(ret))
		return (long)ret;
	/* Errors are ignored, as Linux does: the mapping exists, faults fill the rest. */
	if (populate)
		mm_populate(mm, ret, populate);
	return (long)ret;
}

long sys_munmap(unsigned long addr, size_t len)
{
	if (!current->mm)
		return -EINVAL;
	return do_munmap(current->mm, addr, len);
}

long sys_brk(unsigned long brk)
{
	struct mm_struct *mm = current->mm;
	unsigned long oldend, grown = 0;

	if (!mm)
		return 0;
	oldend = PAGE_ALIGN(mm->brk);
	if (do_brk(mm, brk) == brk && PAGE_ALIGN(brk) > oldend)
		grown = PAGE_ALIGN(brk) - oldend;
	/* mlockall(MCL_FUTURE): the heap is locked too, so present at once (section 3.3.5). */
	if (grown && (mm->def_flags & VM_LOCKED))
		mm_populate(mm, oldend, grown);
	return mm->brk;
}

long sys_mprotect(unsigned long start, size_t len, unsigned long prot)
{
	if (!current->mm)
		return -EINVAL;
	return do_mprotect(current->mm, start, len, prot);
}

long sys_madvise(unsigned long start, size_t len, int behavior)
{
	if (!current->mm)
		return -EINVAL;
	return do_madvise(current->mm, start, len, behavior);
}

long sys_mlock(unsigned long start, size_t len)
{
	if (!current->mm)
		return -EINVAL;
	return do_mlock(current->mm, start, len, VM_LOCKED);
}

long sys_munlock(unsigned long start, size_t len)
{
	if (!current->mm)
		return -EINVAL;
	return do_mlock(current->mm, start, len, 0);
}

long sys_mlockall(int flags)
{
	/* 0 is munlockall's, not a valid request here. */
	if (!current->mm || !flags)
		return -EINVAL;
	return do_mlockall(current->mm, flags);
}

long sys_munlockall(void)
{
	if (!current->mm)
		return -EINVAL;
	return do_mlockall(current->mm, 0);
}

long sys_msync(unsigned long start, size_t len, int flags)
{
	if (!current->mm)
		return -EINVAL;
	return do_msync(current->mm, start, len, flags);
}

/* mremap (163): the growth of a kept or moved mapping is filled like a new one. */
long sys_mremap(unsigned long addr, unsigned long old_len, unsigned long new_len,
		unsigned long flags, unsigned long new_addr)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	unsigned long ret;

	if (!mm)
		return -EINVAL;
	ret = do_mremap(mm, addr, old_len, new_len, flags, new_addr);
	if (IS_ERR_VALUE(ret))
		return (long)ret;
	vma = find_vma(mm, ret);
	if (vma && (vma->vm_flags & VM_LOCKED))
		mm_populate(mm, ret, new_len);
	return (long)ret;
}

/*
 * personality(2): returns the old persona and sets the new one, unless it
 * is 0xffffffff (a query). ADDR_COMPAT_LAYOUT takes effect at the next
 * execve (arch_pick_mmap_layout), as on Linux; fork passes it on.
 */
long sys_personality(unsigned long personality)
{
	unsigned int old = current->personality;

	if (personality != PERSONALITY_QUERY)
		current->personality = (unsigned int)personality;
	return old;
}

/* Boot parameters: the /proc/sys/vm knobs this kernel has no /proc for. */
static int set_legacy_va_layout(const char *val)
{
	unsigned long v = 1;

	if (val && kstrtoul(val, 0, &v))
		return -EINVAL;
	sysctl_legacy_va_layout = v != 0;
	return 0;
}
__setup("legacy_va_layout", set_legacy_va_layout);

static int set_overcommit_value(const char *val, int *knob, unsigned long max)
{
	unsigned long v;

	if (!val || kstrtoul(val, 0, &v) || v > max)
		return -EINVAL;
	*knob = (int)v;
	return 0;
}

static int set_overcommit_memory(const char *val)
{
	return set_overcommit_value(val, &sysctl_overcommit_memory, OVERCOMMIT_NEVER);
}
__setup("overcommit_memory", set_overcommit_memory);

static int set_overcommit_ratio(const char *val)
{
	return set_overcommit_value(val, &sysctl_overcommit_ratio, 1000);
}
__setup("overcommit_ratio", set_overcommit_ratio);

/* A process's mm by pid, for the views (under for_each_task). */
struct mm_view_req {
	long pid;
	bool found;
	void (*show)(struct task_struct *p, struct mm_struct *mm);
};

static void mm_view_one(struct task_struct *p, void *arg)
{
	struct mm_view_req *r = arg;

	if (p->pid != r->pid)
		return;
	r->found = true;
	if (!p->mm)
		console_printf("%ld (%s) has no user address space\n", r->pid, p->comm);
	else
		r->show(p, p->mm);
}

static int mm_view(int argc, char **argv, const char *name,
		   void (*show)(struct task_struct *p, struct mm_struct *mm))
{
	struct mm_view_req r = { .show = show };

	if (argc != 2 || kstrtol(argv[1], 0, &r.pid)) {
		printk("usage: %s PID\n", name);
		return 1;
	}
	for_each_task(mm_view_one, &r);
	if (!r.found) {
		printk("%s: %ld: no such process\n", name, r.pid);
		return 1;
	}
	return 0;
}

/*
 * `maps PID`: the areas as /proc/PID/maps prints them (start-end perms
 * offset dev inode name), with Linux's names: [heap] for areas between
 * start_brk and brk, [stack] for the one holding start_stack, and the
 * shared anonymous object as "/dev/zero (deleted)".
 */
static void maps_show(struct task_struct *p, struct mm_struct *mm)
{
	struct vm_area_struct *vma;

	(void)p;
	for (vma = mm->mmap; vma; vma = vma->vm_next) {
		const char *name = "";

		if (mm->start_brk && vma->vm_start <= mm->brk && vma->vm_end >= mm->start_brk)
			name = "[heap]";
		else if (vma->vm_start <= mm->start_stack && vma->vm_end >= mm->start_stack)
			name = "[stack]";
		else if (vma_is_shmem(vma))
			name = "/dev/zero (deleted)";
		console_printf("%08lx-%08lx %c%c%c%c %08lx 00:00 0 %s%s\n", vma->vm_start,
			       vma->vm_end, vma->vm_flags & VM_READ ? 'r' : '-',
			       vma->vm_flags & VM_WRITE ? 'w' : '-',
			       vma->vm_flags & VM_EXEC ? 'x' : '-',
			       vma->vm_flags & VM_MAYSHARE ? 's' : 'p',
			       vma->vm_file || vma->vm_ops ? vma->vm_pgoff << PAGE_SHIFT : 0,
			       *name ? "         " : "", name);
	}
}

static int cmd_maps(int argc, char **argv)
{
	return mm_view(argc, argv, "maps", maps_show);
}
MONITOR_COMMAND("maps", "PID", "the areas of process PID, as /proc/PID/maps", cmd_maps);

/* The height of the subtree at node (0 for an empty one). */
static int rb_height(const struct rb_node *node)
{
	int l, r;

	if (!node)
		return 0;
	l = rb_height(node->rb_left);
	r = rb_height(node->rb_right);
	return 1 + (l > r ? l : r);
}

/* `vma PID`: the tree's shape, the layout, the cache and the checker's verdict. */
static void vma_show(struct task_struct *p, struct mm_struct *mm)
{
	int bugs = validate_mm(mm, true);

	console_printf("%s[%d]: %d areas, tree height %d, %lu pages (%lu locked)\n", p->comm,
		       p->pid, mm->map_count, rb_height(mm->mm_rb.rb_node), mm->total_vm,
		       mm->locked_vm);
	console_printf("layout %s, mmap_base %08lx, brk %08lx-%08lx, def_flags %lx\n",
		       mm->get_unmapped_area == arch_get_unmapped_area ? "legacy" : "top-down",
		       mm->mmap_base, mm->start_brk, mm->brk, mm->def_flags);
	console_printf("vmacache: %lu of %lu lookups hit (all mms)\n", vmacache_find_hits,
		       vmacache_find_calls);
	console_printf("validate_mm: %s (%d problems)\n", bugs ? "FAILED" : "ok", bugs);
}

static int cmd_vma(int argc, char **argv)
{
	return mm_view(argc, argv, "vma", vma_show);
}
MONITOR_COMMAND("vma", "PID", "check process PID's areas: list, tree, counts", cmd_vma);

/* `overcommit [MODE [RATIO]]`: the policy, set or shown, with Committed_AS and CommitLimit. */
static int cmd_overcommit(int argc, char **argv)
{
	if (argc > 3 ||
	    (argc > 1 && set_overcommit_value(argv[1], &sysctl_overcommit_memory, 2)) ||
	    (argc > 2 && set_overcommit_value(argv[2], &sysctl_overcommit_ratio, 1000))) {
		printk("usage: overcommit [0|1|2 [RATIO]]\n");
		return 1;
	}
	console_printf("overcommit_memory %d, overcommit_ratio %d\n", sysctl_overcommit_memory,
		       sysctl_overcommit_ratio);
	console_printf("Committed_AS: %8ld kB\nCommitLimit:  %8lu kB\n",
		       vm_committed_as << (PAGE_SHIFT - 10), vm_commit_limit() << (PAGE_SHIFT - 10));
	return 0;
}
MONITOR_COMMAND("overcommit", "[0|1|2 [RATIO]]", "the overcommit policy and the memory committed",
		cmd_overcommit);
