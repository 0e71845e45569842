/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User address spaces made of areas (struct vm_area_struct, mm/mmap.c),
 * and the programs that fill them (execve, brk: kernel/exec.c, mm/mmap.c).
 *
 * Issue 6 keeps the areas on the sorted list only and populates every
 * page when an area is made or grown; the user-VM issue adds the tree,
 * merging, splitting and demand paging behind the same names.
 */
#ifndef _KERNEL_MMAN_H
#define _KERNEL_MMAN_H

#include <kernel/mm_types.h>
#include <kernel/uaccess.h>
#include <kernel/types.h>

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
#define VM_ACCESS_FLAGS	(VM_READ | VM_WRITE | VM_EXEC)

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

/* The first area with addr < vm_end, or NULL (linear for now). */
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr);
/* The first area that intersects [start, end), or NULL. */
struct vm_area_struct *find_vma_intersection(struct mm_struct *mm, unsigned long start,
					     unsigned long end);

/*
 * Links vma into mm's sorted list (map_count, total_vm). 0, or -ENOMEM
 * if it overlaps an existing area (nothing changed).
 */
int insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vma);

/*
 * Maps fresh zeroed pages at [start, end) of vma (page aligned, inside
 * it) with its protection. 0 or -ENOMEM (the pages mapped so far stay
 * mapped: exit_mmap frees them).
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
 * Unmaps every area of mm, dropping each mapped page's reference, and
 * frees the areas. The page tables stay (pgd_free in mmput frees them).
 * mm must not be loaded on this CPU. Idempotent.
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
