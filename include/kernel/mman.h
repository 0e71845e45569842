/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User address spaces made of areas (struct vm_area_struct), seed
 * document 001, sections 3.3-3.3.5: the areas and their tree (mm/mmap.c),
 * the mapping system calls (mm/mmap_sys.c), mprotect (mm/mprotect.c),
 * mlock (mm/mlock.c), madvise (mm/madvise.c), msync (mm/msync.c), shared
 * anonymous memory (mm/shmem.c), the page-table side of unmapping
 * (mm/unmap.c), and the programs that fill a new address space (execve:
 * kernel/exec.c).
 *
 * The area functions take the mm explicitly (Linux's use current->mm):
 * exec builds a new mm before it runs in it, and the host tests drive
 * them on an mm of their own. Only the system calls look at current.
 */
#ifndef _KERNEL_MMAN_H
#define _KERNEL_MMAN_H

#include <kernel/mm_types.h>
#include <kernel/uaccess.h>
#include <kernel/types.h>
#include <asm/page.h>

/* vm_flags (Linux's include/linux/mm.h values). */
#define VM_NONE		0x00000000UL
#define VM_READ		0x00000001UL
#define VM_WRITE	0x00000002UL
#define VM_EXEC		0x00000004UL
#define VM_SHARED	0x00000008UL
#define VM_MAYREAD	0x00000010UL
#define VM_MAYWRITE	0x00000020UL
#define VM_MAYEXEC	0x00000040UL
#define VM_MAYSHARE	0x00000080UL
#define VM_GROWSDOWN	0x00000100UL
#define VM_PFNMAP	0x00000400UL
#define VM_DENYWRITE	0x00000800UL
#define VM_LOCKED	0x00002000UL
#define VM_IO		0x00004000UL
#define VM_DONTEXPAND	0x00040000UL
#define VM_ACCOUNT	0x00100000UL	/* charged to vm_committed_as (overcommit) */
#define VM_NORESERVE	0x00200000UL	/* MAP_NORESERVE: not charged */
#define VM_ACCESS_FLAGS	(VM_READ | VM_WRITE | VM_EXEC)
/* Areas vma_merge and mlock leave alone (Linux's VM_SPECIAL, less VM_MIXEDMAP). */
#define VM_SPECIAL	(VM_IO | VM_DONTEXPAND | VM_PFNMAP)

/* mmap's prot and flags (Linux's uapi asm-generic/mman-common.h values). */
#define PROT_NONE	0x0
#define PROT_READ	0x1
#define PROT_WRITE	0x2
#define PROT_EXEC	0x4
#define PROT_SEM	0x8
#define PROT_GROWSDOWN	0x01000000
#define PROT_GROWSUP	0x02000000

#define MAP_SHARED	0x01
#define MAP_PRIVATE	0x02
#define MAP_TYPE	0x0f
#define MAP_FIXED	0x10
#define MAP_ANONYMOUS	0x20
#define MAP_GROWSDOWN	0x0100
#define MAP_DENYWRITE	0x0800
#define MAP_EXECUTABLE	0x1000
#define MAP_LOCKED	0x2000
#define MAP_NORESERVE	0x4000
#define MAP_POPULATE	0x8000
#define MAP_NONBLOCK	0x10000
#define MAP_STACK	0x20000
#define MAP_FIXED_NOREPLACE 0x100000

#define MCL_CURRENT	1
#define MCL_FUTURE	2
#define MCL_ONFAULT	4

#define MADV_NORMAL	0
#define MADV_RANDOM	1
#define MADV_SEQUENTIAL	2
#define MADV_WILLNEED	3
#define MADV_DONTNEED	4

#define MREMAP_MAYMOVE	1
#define MREMAP_FIXED	2

#define MS_ASYNC	1
#define MS_INVALIDATE	2
#define MS_SYNC		4

/* personality(2): the flag that asks for the legacy layout, and "just ask". */
#define ADDR_COMPAT_LAYOUT	0x0200000
#define PER_MASK		0x00ff
#define PERSONALITY_QUERY	0xffffffffUL

/* The lowest address mmap hands out or accepts (Linux's mmap_min_addr): the NULL guard. */
#define MMAP_MIN_ADDR	0x8000UL

/* Overcommit policies (Linux's OVERCOMMIT_*, /proc/sys/vm/overcommit_memory). */
#define OVERCOMMIT_GUESS	0
#define OVERCOMMIT_ALWAYS	1
#define OVERCOMMIT_NEVER	2

/* The user stack area exec makes: its size, and how much of it is populated. */
#define STACK_AREA_SIZE		(128UL * 1024)
#define STACK_POPULATE_SIZE	(64UL * 1024)
/* brk may not come closer than this to the stack area. */
#define STACK_GUARD_GAP		(1UL << 20)

/* The stack area's limit (Linux's default RLIMIT_STACK): expand_stack stops there. */
#define STACK_RLIMIT		(8UL << 20)

/* handle_mm_fault's flags (Linux's FAULT_FLAG_*). */
#define FAULT_FLAG_WRITE	0x01	/* a write access */
#define FAULT_FLAG_USER		0x40	/* from user mode (not a uaccess routine) */
#define FAULT_FLAG_INSTRUCTION	0x100	/* an instruction fetch */

/* handle_mm_fault's results (Linux's vm_fault_t bits); 0 = resolved. */
#define VM_FAULT_OOM		0x0001
#define VM_FAULT_SIGBUS		0x0002
#define VM_FAULT_MAJOR		0x0004
#define VM_FAULT_SIGSEGV	0x0040
#define VM_FAULT_ERROR		(VM_FAULT_OOM | VM_FAULT_SIGBUS | VM_FAULT_SIGSEGV)

struct kmem_cache;
extern struct kmem_cache *vm_area_cachep;	/* "vm_area_struct", proc_caches_init */

/* The pte protection for a private mapping with these VM_READ/WRITE/EXEC bits. */
pgprot_t vm_get_page_prot(unsigned long vm_flags);

/* A zeroed area of mm (not linked), or NULL. */
struct vm_area_struct *vm_area_alloc(struct mm_struct *mm);
void vm_area_free(struct vm_area_struct *vma);

/* The number of pages vma spans. */
static inline unsigned long vma_pages(const struct vm_area_struct *vma)
{
	return (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
}

/*
 * Lookups (mm/mmap.c). find_vma: the first area with addr < vm_end, or
 * NULL, through the vmacache and then the tree. find_vma_prev also sets
 * *pprev to the area before it (the last area when it returns NULL).
 * find_vma_intersection: the first area that intersects [start, end).
 */
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr);
struct vm_area_struct *find_vma_prev(struct mm_struct *mm, unsigned long addr,
				     struct vm_area_struct **pprev);
struct vm_area_struct *find_vma_intersection(struct mm_struct *mm, unsigned long start,
					     unsigned long end);
/* Forgets every cached lookup of mm: call after an area is freed. */
void vmacache_invalidate(struct mm_struct *mm);
/* find_vma's lookups and how many the vmacache answered. */
extern unsigned long vmacache_find_calls, vmacache_find_hits;

/*
 * Links vma into mm's list and tree (map_count, total_vm, and the
 * overcommit charge if it has VM_ACCOUNT). 0, or -ENOMEM if it overlaps
 * an existing area or the charge is refused (nothing changed).
 */
int insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vma);
/* Links vma after prev (NULL: first) in list and tree; the caller checked the place. */
void vma_link(struct mm_struct *mm, struct vm_area_struct *vma, struct vm_area_struct *prev);
/* Takes vma off mm's list and tree (map_count, vmacache); prev is vma->vm_prev. */
void __vma_unlink(struct mm_struct *mm, struct vm_area_struct *vma,
		  struct vm_area_struct *prev);

/*
 * The documents' vma_merge: [addr, end) with these flags, object, page
 * offset and owner (vm_ops, vm_private_data) is about to be mapped or
 * given new flags; prev is the area before addr (NULL: none), or the
 * area containing addr. Extends prev, next or both over the range (the
 * eight cases of Linux's picture, mm/mmap.c) and returns the area that
 * now covers it, or NULL when nothing could merge (nothing changed).
 */
struct vm_area_struct *vma_merge(struct mm_struct *mm, struct vm_area_struct *prev,
				 unsigned long addr, unsigned long end, unsigned long vm_flags,
				 struct file *file, unsigned long pgoff,
				 const struct vm_operations_struct *vm_ops, void *priv);
/*
 * Splits vma at addr (page aligned, strictly inside it): the new area
 * gets the part below addr when new_below, else the part above; vma
 * keeps the other. 0 or -ENOMEM. split_vma also refuses (-ENOMEM) when
 * mm already has MAX_MAP_COUNT areas.
 */
int __split_vma(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long addr,
		int new_below);
int split_vma(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long addr,
	      int new_below);
/* The most areas an mm may have (Linux's sysctl_max_map_count default). */
#define MAX_MAP_COUNT	65530

/*
 * Gives the range [start, end) of the areas from vma on (vma contains
 * start; *pprev is the area before start or vma itself) the flags
 * newflags: merges with the neighbours or splits off the head and tail
 * as needed (mprotect_fixup and mlock_fixup share this). On success
 * *pvma is the area that now covers exactly [start, end) and *pprev too.
 * 0 or -ENOMEM.
 */
int vma_modify_flags(struct mm_struct *mm, struct vm_area_struct **pprev,
		     struct vm_area_struct **pvma, unsigned long start, unsigned long end,
		     unsigned long newflags);
/*
 * The walk mprotect and mlock make over [start, end): calls fixup for
 * each area's part of the range in order. -ENOMEM if the range starts
 * or runs into a hole (the areas before it stay changed, as on Linux),
 * fixup's error, or 0.
 */
typedef int (*vma_fixup_t)(struct mm_struct *mm, struct vm_area_struct *vma,
			   struct vm_area_struct **pprev, unsigned long start, unsigned long end,
			   void *arg);
int apply_vma_range(struct mm_struct *mm, unsigned long start, unsigned long end,
		    vma_fixup_t fixup, void *arg);
/*
 * The walk madvise and msync make over [start, end) (Linux's
 * madvise_walk_vmas): visit gets each area's part of the range in order
 * (it must not change the areas); holes are skipped and reported at the
 * end as -ENOMEM; visit's error stops the walk.
 */
typedef int (*vma_visit_t)(struct mm_struct *mm, struct vm_area_struct *vma,
			   unsigned long start, unsigned long end, void *arg);
int walk_vma_range(struct mm_struct *mm, unsigned long start, unsigned long end,
		   vma_visit_t visit, void *arg);

/*
 * The end of [start, start + len) rounded up to pages, for madvise and
 * msync: 0 and *end, -EINVAL when start is not page aligned, overflow_err
 * when the range wraps or cannot fit below TASK_SIZE.
 */
static inline int vm_range_end(unsigned long start, unsigned long len, int overflow_err,
			       unsigned long *end)
{
	if (start & ~PAGE_MASK)
		return -EINVAL;
	if (len > TASK_SIZE)
		return overflow_err;
	*end = start + ((len + PAGE_SIZE - 1) & PAGE_MASK);
	return *end < start ? overflow_err : 0;
}

/*
 * The address space layouts (section 3.3.1). arch_pick_mmap_layout, at
 * exec: top-down below the stack (mmap_base = TASK_SIZE - the stack gap)
 * unless the boot parameter legacy_va_layout or the task's personality
 * ADDR_COMPAT_LAYOUT asks for the classic bottom-up one from
 * TASK_UNMAPPED_BASE.
 */
void arch_pick_mmap_layout(struct mm_struct *mm, unsigned int personality);
void mmap_layout_legacy(struct mm_struct *mm);
void mmap_layout_topdown(struct mm_struct *mm);
extern int sysctl_legacy_va_layout;
/* The two layouts' searches (mm->get_unmapped_area): the address or -errno. */
unsigned long arch_get_unmapped_area(struct mm_struct *mm, struct file *filp, unsigned long addr,
				     unsigned long len, unsigned long pgoff, unsigned long flags);
unsigned long arch_get_unmapped_area_topdown(struct mm_struct *mm, struct file *filp,
					     unsigned long addr, unsigned long len,
					     unsigned long pgoff, unsigned long flags);
/*
 * A free range of len bytes for a new mapping of mm: mm's layout hook,
 * then the checks every layout shares. The address or -errno.
 */
unsigned long get_unmapped_area(struct mm_struct *mm, struct file *file, unsigned long addr,
				unsigned long len, unsigned long pgoff, unsigned long flags);
/* An mmap result that is an error: the top 4095 values. */
#define IS_ERR_VALUE(x)	((unsigned long)(x) >= (unsigned long)-4095)

/* mmap's PROT_* and MAP_* as VM_* bits. */
static inline unsigned long calc_vm_prot_bits(unsigned long prot)
{
	return (prot & PROT_READ ? VM_READ : 0) | (prot & PROT_WRITE ? VM_WRITE : 0) |
	       (prot & PROT_EXEC ? VM_EXEC : 0);
}

static inline unsigned long calc_vm_flag_bits(unsigned long flags)
{
	return (flags & MAP_GROWSDOWN ? VM_GROWSDOWN : 0) |
	       (flags & MAP_DENYWRITE ? VM_DENYWRITE : 0) | (flags & MAP_LOCKED ? VM_LOCKED : 0);
}

/*
 * do_mmap (section 3.3.4, "Create mapping"): the argument checks, the
 * place (get_unmapped_area), the flags, then mmap_region. The address or
 * -errno; *populate is set to the length mm_populate must fault in
 * (MAP_LOCKED, VM_LOCKED from mlockall, MAP_POPULATE), else 0. Anonymous
 * memory only: file must be NULL (the caller turned a descriptor into
 * -EBADF).
 */
unsigned long do_mmap(struct mm_struct *mm, struct file *file, unsigned long addr,
		      unsigned long len, unsigned long prot, unsigned long flags,
		      unsigned long pgoff, unsigned long *populate);
/* Maps [addr, addr + len) with vm_flags, replacing what was there; the address or -errno. */
unsigned long mmap_region(struct mm_struct *mm, struct file *file, unsigned long addr,
			  unsigned long len, unsigned long vm_flags, unsigned long pgoff);
/*
 * do_munmap (section 3.3.4, "Delete mapping"): splits the areas at
 * start and start + len, detaches those between, unmaps their pages and
 * frees them. 0, -EINVAL (unaligned, beyond TASK_SIZE, len 0) or -ENOMEM
 * (a split needed an area and MAX_MAP_COUNT or memory said no).
 */
int do_munmap(struct mm_struct *mm, unsigned long start, unsigned long len);
/* brk (section 3.3.5) on mm: the new break, or the old one when refused. */
unsigned long do_brk(struct mm_struct *mm, unsigned long brk);

/*
 * Overcommit (section 3.3.4, accountable_mapping): the policy, the ratio
 * for OVERCOMMIT_NEVER, and the pages charged now. __vm_enough_memory
 * charges pages and says 0, or -ENOMEM (nothing charged) when the
 * policy refuses; vm_unacct_memory gives pages back.
 */
extern int sysctl_overcommit_memory;
extern int sysctl_overcommit_ratio;
extern long vm_committed_as;
int __vm_enough_memory(struct mm_struct *mm, long pages);
void vm_unacct_memory(long pages);
/* The OVERCOMMIT_NEVER limit in pages (Linux's vm_commit_limit). */
unsigned long vm_commit_limit(void);

/*
 * mremap on mm (mm/mremap.c): shrink, grow in place, or move
 * (MREMAP_MAYMOVE, MREMAP_FIXED to new_addr). The new address or -errno:
 * -EINVAL (flags, alignment, a zero new length, overlapping FIXED
 * ranges), -EFAULT (the old range is not within one area), -ENOMEM.
 */
unsigned long do_mremap(struct mm_struct *mm, unsigned long addr, unsigned long old_len,
			unsigned long new_len, unsigned long flags, unsigned long new_addr);

/* mprotect, mlock, madvise, msync on mm (mm/mprotect.c ...): 0 or -errno as the syscalls. */
int do_mprotect(struct mm_struct *mm, unsigned long start, size_t len, unsigned long prot);
int do_mlock(struct mm_struct *mm, unsigned long start, size_t len, unsigned long flags);
int do_mlockall(struct mm_struct *mm, int flags);
int do_madvise(struct mm_struct *mm, unsigned long start, size_t len, int behavior);
int do_msync(struct mm_struct *mm, unsigned long start, size_t len, int flags);

/*
 * A MAP_SHARED|MAP_ANONYMOUS area's backing object (mm/shmem.c): pages
 * by offset, shared by every area (and every forked copy) that maps it.
 * 0 or -ENOMEM.
 */
int shmem_zero_setup(struct vm_area_struct *vma);
/* Is vma backed by such an object? */
bool vma_is_shmem(const struct vm_area_struct *vma);

/*
 * The page-table side (mm/unmap.c). unmap_region: clears the ptes of
 * [start, end) (the areas from vma on, already detached; prev and next
 * are the neighbours that stay), puts their pages, frees the pte tables
 * that no remaining area can use, and flushes the TLB. zap_page_range:
 * the ptes and pages of [start, end) inside vma, the tables kept.
 * change_protection: rewrites the present ptes of [start, end) with
 * newprot. All flush the TLB by the mm's ASID.
 */
void unmap_region(struct mm_struct *mm, struct vm_area_struct *vma,
		  struct vm_area_struct *prev, struct vm_area_struct *next,
		  unsigned long start, unsigned long end);
void zap_page_range(struct vm_area_struct *vma, unsigned long start, unsigned long end);
void change_protection(struct vm_area_struct *vma, unsigned long start, unsigned long end,
		       pgprot_t newprot);
/*
 * mremap's move: the ptes of [old_addr, old_addr + len) go to the same
 * offsets from new_addr, their pages with them. 0, or -ENOMEM (a pte
 * table for the new range could not be made; nothing moved).
 */
int move_page_tables(struct mm_struct *mm, unsigned long old_addr, unsigned long new_addr,
		     unsigned long len);

/*
 * Checks mm's areas (mm/mmap.c): list and tree agree, sorted, disjoint,
 * page aligned, back links, map_count, total_vm and locked_vm. Prints
 * each problem (when verbose); returns how many there were.
 */
int validate_mm(struct mm_struct *mm, bool verbose);

/*
 * Maps a page at each unmapped address of [start, end) of vma (page
 * aligned, inside it) with its protection (mm/unmap.c): the owner's page
 * (vm_ops->fault) or a fresh zeroed one. 0 or -ENOMEM (the pages mapped
 * so far stay mapped: exit_mmap frees them).
 */
int populate_vma_range(struct vm_area_struct *vma, unsigned long start, unsigned long end);

/*
 * Resolves a fault at address inside vma (mm/memory.c): makes the pte
 * the access needs. 0 or VM_FAULT_* bits. The caller has checked the
 * access against vma's VM_READ/WRITE/EXEC.
 */
int handle_mm_fault(struct vm_area_struct *vma, unsigned long address, unsigned int flags);

/*
 * Makes every page of [start, start + len) of the current address space's
 * areas present now (Linux's mm_populate, mm/gup.c), as MAP_POPULATE,
 * MAP_LOCKED and mlock need. 0 or -ENOMEM.
 */
int mm_populate(struct mm_struct *mm, unsigned long start, unsigned long len);

/*
 * Grows the VM_GROWSDOWN area vma down to cover address (page aligned
 * down), no closer than one page to the area below and
 * no bigger than STACK_RLIMIT. 0 or -ENOMEM.
 */
int expand_stack(struct vm_area_struct *vma, unsigned long address);

/*
 * Unmaps every area of mm through the unmap_region path, dropping each
 * mapped page's reference, gives back the overcommit charge, and frees
 * the areas and the pte tables. Idempotent.
 */
void exit_mmap(struct mm_struct *mm);

/* fork (mm/memory.c): copies of the areas and pages of oldmm; 0 or -ENOMEM. */
int dup_mmap(struct mm_struct *mm, struct mm_struct *oldmm);
int copy_page_range(struct mm_struct *dst, struct mm_struct *src, struct vm_area_struct *vma);

/* The page mapped at a user address of mm, or NULL. */
struct page *mm_user_page(struct mm_struct *mm, unsigned long addr);
/* The pte slot for a user address in mm, the pte table made first with alloc (mm/memory.c). */
pte_t *mm_pte(struct mm_struct *mm, unsigned long addr, bool alloc);

long sys_brk(unsigned long brk);
long sys_mmap2(unsigned long addr, unsigned long len, unsigned long prot, unsigned long flags,
	       unsigned long fd, unsigned long pgoff);
long sys_munmap(unsigned long addr, size_t len);
long sys_mprotect(unsigned long start, size_t len, unsigned long prot);
long sys_madvise(unsigned long start, size_t len, int behavior);
long sys_mlock(unsigned long start, size_t len);
long sys_munlock(unsigned long start, size_t len);
long sys_mlockall(int flags);
long sys_munlockall(void);
long sys_msync(unsigned long start, size_t len, int flags);
long sys_personality(unsigned long personality);
long sys_mremap(unsigned long addr, unsigned long old_len, unsigned long new_len,
		unsigned long flags, unsigned long new_addr);
long sys_execve(const char __user *filename, const char __user *const __user *argv,
		const char __user *const __user *envp);

/* Linux's elf_hwcap bits (arch/arm/include/uapi/asm/hwcap.h) that exec reports. */
#define HWCAP_SWP	(1 << 0)
#define HWCAP_HALF	(1 << 1)
#define HWCAP_THUMB	(1 << 2)
#define HWCAP_FAST_MULT	(1 << 4)
#define HWCAP_EDSP	(1 << 7)
#define HWCAP_TLS	(1 << 15)
/* No VFP/NEON: the kernel does not save the VFP state yet, so it stays off for user mode. */
#define ELF_HWCAP	(HWCAP_SWP | HWCAP_HALF | HWCAP_THUMB | HWCAP_FAST_MULT | \
			 HWCAP_EDSP | HWCAP_TLS)

struct task_struct;
/*
 * Kernel-side exec (kernel/exec.c): checks path (lookup, elf_check) and
 * starts a new user task running it with argv and envp (NULL-terminated
 * kernel arrays; NULL = empty). Returns the task with a reference that
 * exec_task_wait drops, or NULL with *err = -errno.
 */
struct task_struct *exec_task_start(const char *path, const char *const argv[],
				    const char *const envp[], int *err);
/* Waits for the task's exit; its wait status (code << 8, or the signal). */
int exec_task_wait(struct task_struct *p);
/*
 * For benchmarks: guest instructions from a kernel-side exec of path to
 * the program's exit (the caller yielding meanwhile); 0 if it failed or
 * exited with a non-zero status.
 */
u64 exec_run_insns(const char *path, const char *const argv[]);
/*
 * The current kernel thread becomes the program (Linux's kernel_execve,
 * as init/main.c's run_init_process uses it): on success it never
 * returns; -errno if path or the arguments are refused (nothing changed).
 */
int kernel_execve(const char *path, const char *const argv[], const char *const envp[]);
/* exec_task_start without a waiter: the pid or -errno. */
int kernel_execve_task(const char *path, const char *const argv[], const char *const envp[]);

#endif
