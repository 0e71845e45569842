// SPDX-License-Identifier: GPL-2.0
/*
 * execve: replacing a task's program with a static ELF executable from
 * the initramfs (Linux's fs/exec.c and fs/binfmt_elf.c, cut to what a
 * static EABI5 binary needs).
 *
 * Two halves around a point of no return. Before it, everything that can
 * fail is done without touching the caller: the path, argv and envp are
 * copied into a kernel buffer (struct exec_args), the file is looked up
 * and checked (elf_check), and the whole new address space is built and
 * populated (exec_build_mm: one area per PT_LOAD, text r-x, data rw-, the
 * bss pages an anonymous rw- area, then the stack). An error there frees
 * the new mm and returns; the old image runs on. After it (exec_mmap),
 * the task switches to the new mm and the old one is torn down; only
 * the user registers remain to be set.
 *
 * The initial stack, as Linux lays it out for a static binary (highest
 * address first):
 *
 *	TASK_SIZE - 4	a NULL word
 *			argv strings, then envp strings (arg_start .. env_end)
 *			16 random bytes (AT_RANDOM), 16-byte aligned
 *			auxv: (type, value) pairs, then AT_NULL, 0
 *			envp[0..envc - 1], NULL
 *			argv[0..argc - 1], NULL
 *	sp ->		argc				(sp 16-byte aligned)
 *
 * Demand paging: exec maps only what the program's file provides. Each
 * page that holds file bytes of a PT_LOAD segment is a fresh page filled
 * at exec through kmap_atomic (bytes from the initramfs image, zeroes
 * around them) and mapped (writable and dirty in a writable segment);
 * the bss pages past the file bytes, the heap and the stack are areas
 * with no pages, which the first touch of each page faults in
 * (do_anonymous_page). Only the stack pages that the initial stack
 * below occupies are faulted in at exec (handle_mm_fault, as a write),
 * to be written through kmap_atomic. Text pages are cleaned to the point
 * of unification and the I-cache invalidated once at the end.
 */
#include <board.h>
#include <kernel/bench.h>
#include <kernel/elf.h>
#include <kernel/highmem.h>
#include <kernel/errno.h>
#include <kernel/initramfs.h>
#include <kernel/jiffies.h>
#include <kernel/mm.h>
#include <kernel/mm_context.h>
#include <kernel/mman.h>
#include <kernel/monitor.h>
#include <kernel/pagefault.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/slab.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>
#include <kernel/syscalls.h>
#include <asm/cacheflush.h>
#include <asm/mmu_context.h>
#include <asm/ptrace.h>
#include <uapi/asm/auxvec.h>

#define EXEC_MAX_PATH		256
#define EXEC_MAX_ARGS		64	/* each of argv and envp */
#define EXEC_MAX_STRINGS	4096	/* argv and envp strings with their NULs */

#define EXEC_NR_AUXV	8	/* the pairs written, AT_NULL included */

/* entry.S: user registers at the top of the kernel stack, then ret_to_user. */
void __noreturn start_user_thread(unsigned long pc, unsigned long usp);

/* What execve copied in: the path, then argc + envc strings packed with their NULs. */
struct exec_args {
	char path[EXEC_MAX_PATH];
	int argc, envc;
	unsigned int len, arg_len;	/* bytes used in strings; of which argv's */
	char strings[EXEC_MAX_STRINGS];
};

/* What the loader made: the new mm and where the program starts. */
struct exec_image {
	struct mm_struct *mm;
	unsigned long entry, sp;
};

/* Appends one kernel string; -E2BIG if it does not fit. */
static int args_add(struct exec_args *a, const char *s)
{
	size_t n = strlen(s) + 1;

	if (n > EXEC_MAX_STRINGS - a->len)
		return -E2BIG;
	memcpy(a->strings + a->len, s, n);
	a->len += n;
	return 0;
}

/*
 * Copies a user string into dst[0, max) with strncpy_from_user: its
 * length, -EFAULT, or -E2BIG (no NUL in max bytes).
 */
static long exec_copy_string(char *dst, const char __user *src, size_t max)
{
	long n = strncpy_from_user(dst, src, max);

	return n == (long)max ? -E2BIG : n;
}

/* Appends a NULL-terminated user array of strings; counts them into *count. */
static int args_add_user(struct exec_args *a, const char __user *const __user *v, int *count)
{
	const char __user *s;
	long n;

	if (!v)
		return 0;
	for (;;) {
		if (copy_from_user(&s, v + *count, sizeof(s)))
			return -EFAULT;
		if (!s)
			return 0;
		if (*count >= EXEC_MAX_ARGS)
			return -E2BIG;
		n = exec_copy_string(a->strings + a->len, s, EXEC_MAX_STRINGS - a->len);
		if (n < 0)
			return n;
		a->len += n + 1;
		(*count)++;
	}
}

static int args_add_kernel(struct exec_args *a, const char *const v[], int *count)
{
	int err;

	for (; v && v[*count]; (*count)++) {
		if (*count >= EXEC_MAX_ARGS)
			return -E2BIG;
		err = args_add(a, v[*count]);
		if (err)
			return err;
	}
	return 0;
}

/*
 * Copies len bytes to a user address of mm (mapped pages; mm need not be
 * loaded) through kmap_atomic of each page, never the user address.
 */
static int copy_to_mm(struct mm_struct *mm, unsigned long addr, const void *src, size_t len)
{
	while (len) {
		struct page *page = mm_user_page(mm, addr);
		size_t off = addr & ~PAGE_MASK, n = min(len, PAGE_SIZE - off);
		char *kaddr;

		if (!page)
			return -EFAULT;
		kaddr = kmap_atomic(page);
		memcpy(kaddr + off, src, n);
		kunmap_atomic(kaddr);
		addr += n;
		src = (const char *)src + n;
		len -= n;
	}
	return 0;
}

/* A new area [start, end) of mm with flags, no pages: *vmap gets it. 0 or -ENOMEM. */
static int exec_area(struct mm_struct *mm, unsigned long start, unsigned long end,
		     unsigned long flags, struct vm_area_struct **vmap)
{
	struct vm_area_struct *vma;
	int err;

	*vmap = NULL;
	if (start >= end)
		return 0;
	vma = vm_area_alloc(mm);
	if (!vma)
		return -ENOMEM;
	vma->vm_start = start;
	vma->vm_end = end;
	vma->vm_flags = flags | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC;
	if (flags & VM_WRITE)	/* private memory: charged (insert_vm_struct) */
		vma->vm_flags |= VM_ACCOUNT;
	vma->vm_page_prot = vm_get_page_prot(flags);
	err = insert_vm_struct(mm, vma);
	if (err) {
		vm_area_free(vma);
		return err;
	}
	*vmap = vma;
	return 0;
}

/*
 * Maps the pages of vma that hold the segment's file bytes [vaddr, vaddr
 * + filesz): each a fresh page with those bytes and zeroes elsewhere,
 * cleaned to the point of unification if it may be executed.
 */
static int exec_load_file_pages(struct vm_area_struct *vma, const char *bytes,
				unsigned long vaddr, unsigned long filesz)
{
	unsigned long addr, end = vaddr + filesz;

	for (addr = vaddr & PAGE_MASK; addr < end; addr += PAGE_SIZE) {
		unsigned long from = max(addr, vaddr), to = min(addr + PAGE_SIZE, end);
		struct page *page = alloc_page(GFP_HIGHUSER_MOVABLE);
		char *kaddr;
		int err;

		if (!page)
			return -ENOMEM;
		kaddr = kmap_atomic(page);
		clear_page(kaddr);
		memcpy(kaddr + (from - addr), bytes + (from - vaddr), to - from);
		if (vma->vm_flags & VM_EXEC)
			clean_dcache_area(kaddr, PAGE_SIZE);
		kunmap_atomic(kaddr);
		err = insert_anon_page(vma, addr, page);
		if (err) {
			put_page(page);
			return err;
		}
	}
	return 0;
}

/* Maps each PT_LOAD: the file pages loaded, the bss pages past them an empty area. */
static int exec_map_segments(struct mm_struct *mm, const void *data, const struct elf_image *img)
{
	unsigned int i;
	int err;

	mm->start_code = mm->start_data = ~0UL;
	for (i = 0; i < img->nr_segs; i++) {
		const struct elf_segment *s = &img->segs[i];
		unsigned long start = s->vaddr & PAGE_MASK;
		unsigned long file_end = PAGE_ALIGN(s->vaddr + s->filesz);
		unsigned long end = PAGE_ALIGN(s->vaddr + s->memsz);
		struct vm_area_struct *file_vma, *bss_vma;
		unsigned long flags = 0;

		if (s->flags & PF_R)
			flags |= VM_READ;
		if (s->flags & PF_W)
			flags |= VM_WRITE;
		if (s->flags & PF_X)
			flags |= VM_EXEC;
		err = exec_area(mm, start, min(file_end, end), flags, &file_vma);
		if (!err)
			err = exec_area(mm, max(start, file_end), end, flags, &bss_vma);
		if (!err && file_vma)
			err = exec_load_file_pages(file_vma, (const char *)data + s->offset,
						   s->vaddr, s->filesz);
		if (err)
			return err;
		if (flags & VM_EXEC) {
			mm->start_code = min(mm->start_code, (unsigned long)s->vaddr);
			mm->end_code = max(mm->end_code, (unsigned long)(s->vaddr + s->filesz));
		}
		if (flags & VM_WRITE) {
			mm->start_data = min(mm->start_data, (unsigned long)s->vaddr);
			mm->end_data = max(mm->end_data, (unsigned long)(s->vaddr + s->filesz));
		}
	}
	if (mm->start_code == ~0UL)
		mm->start_code = mm->end_code = 0;
	if (mm->start_data == ~0UL)
		mm->start_data = mm->end_data = mm->end_code;
	mm->start_brk = mm->brk = img->brk;
	return 0;
}

/* 16 bytes for AT_RANDOM: not cryptographic, different per exec. */
static void exec_random(u8 out[16])
{
	static u32 state;
	int i;

	state ^= (u32)board_insn_clock() ^ (u32)jiffies ^ ((u32)current->pid * 2654435761u);
	if (!state)
		state = 0x9e3779b9;
	for (i = 0; i < 16; i++) {
		state ^= state << 13;
		state ^= state >> 17;
		state ^= state << 5;
		out[i] = state >> 24;
	}
}

/* The stack area and its contents (the picture at the top); sets *sp. */
static int exec_build_stack(struct mm_struct *mm, const struct exec_args *a,
			    const struct elf_image *img, unsigned long *sp)
{
	unsigned long p = TASK_SIZE - 4, strbase, rnd, str;
	unsigned int items = 1 + a->argc + 1 + a->envc + 1 + 2 * EXEC_NR_AUXV, i = 0;
	struct vm_area_struct *vma;
	unsigned long addr;
	u32 *v;
	u8 random[16];
	int err, k;

	err = exec_area(mm, TASK_SIZE - STACK_AREA_SIZE, TASK_SIZE,
			VM_READ | VM_WRITE | VM_GROWSDOWN, &vma);
	if (err)
		return err;
	strbase = p - a->len;
	rnd = (strbase - 16) & ~15UL;
	*sp = (rnd - items * 4) & ~15UL;
	/* The pages the initial stack occupies: faulted in now, the rest on demand. */
	for (addr = *sp & PAGE_MASK; addr < TASK_SIZE; addr += PAGE_SIZE)
		if (handle_mm_fault(vma, addr, FAULT_FLAG_WRITE))
			return -ENOMEM;
	mm->start_stack = *sp;
	mm->arg_start = strbase;
	mm->arg_end = mm->env_start = strbase + a->arg_len;
	mm->env_end = strbase + a->len;
	exec_random(random);
	v = kmalloc(items * 4, GFP_KERNEL);
	if (!v)
		return -ENOMEM;
	v[i++] = a->argc;
	str = strbase;
	for (k = 0; k < a->argc + a->envc; k++) {
		if (k == a->argc)
			v[i++] = 0;
		v[i++] = str;
		str += strlen(a->strings + (str - strbase)) + 1;
	}
	if (a->argc == a->argc + a->envc)
		v[i++] = 0;
	v[i++] = 0;
#define AUX(type, val) do { v[i++] = (type); v[i++] = (val); } while (0)
	AUX(AT_PHDR, img->phdr);
	AUX(AT_PHENT, img->phent);
	AUX(AT_PHNUM, img->phnum);
	AUX(AT_PAGESZ, PAGE_SIZE);
	AUX(AT_ENTRY, img->entry);
	AUX(AT_RANDOM, rnd);
	AUX(AT_HWCAP, ELF_HWCAP);
	AUX(AT_NULL, 0);
#undef AUX
	err = copy_to_mm(mm, strbase, a->strings, a->len);
	if (!err)
		err = copy_to_mm(mm, rnd, random, sizeof(random));
	if (!err)
		err = copy_to_mm(mm, *sp, v, i * 4);
	kfree(v);
	return err;
}

/* Looks the path up and checks the file: 0, -ENOENT, -ENOEXEC or -EINVAL. */
static int exec_check(const char *path, const void **data, size_t *size, struct elf_image *img)
{
	if (initramfs_lookup(path, data, size))
		return -ENOENT;
	return elf_check(*data, *size, img);
}

/* Builds the new address space for a; the old one is untouched. */
static int exec_build_mm(const struct exec_args *a, struct exec_image *out)
{
	struct elf_image img;
	struct mm_struct *mm;
	const void *data;
	size_t size;
	int err;

	err = exec_check(a->path, &data, &size, &img);
	if (err)
		return err;
	mm = mm_alloc();
	/* Made once, before any program runs: the first read fault needs it. */
	if (!mm || !zero_page()) {
		if (mm)
			mmput(mm);
		return -ENOMEM;
	}
	arch_pick_mmap_layout(mm, current->personality);
	err = exec_map_segments(mm, data, &img);
	if (!err)
		err = exec_build_stack(mm, a, &img, &out->sp);
	if (err) {
		exit_mmap(mm);
		mmput(mm);
		return err;
	}
	/* The text was cleaned to the PoU above: now no stale instructions. */
	__asm__ __volatile__("mcr p15, 0, %0, c7, c5, 0\n\t"	/* ICIALLU */
			     "mcr p15, 0, %0, c7, c5, 6\n\t"	/* BPIALL */
			     "dsb\n\tisb" : : "r"(0) : "memory");
	out->mm = mm;
	out->entry = img.entry;
	return 0;
}

/* The point of no return: current runs in mm from now on; its old mm is torn down. */
static void exec_mmap(struct mm_struct *mm, const char *path)
{
	struct task_struct *tsk = current;
	struct mm_struct *old = tsk->mm;
	const char *name = strrchr(path, '/');

	preempt_disable();
	switch_mm(tsk->active_mm, mm, tsk);
	tsk->mm = mm;
	tsk->active_mm = mm;
	preempt_enable();
	if (old) {
		exit_mmap(old);
		put_user_pages(old);	/* a user blob's pages, mapped without areas */
		mmput(old);
	}
	strlcpy(tsk->comm, name ? name + 1 : path, sizeof(tsk->comm));
	flush_signal_handlers(tsk);	/* caught signals back to SIG_DFL; mask, SIG_IGN stay */
	/* Linux's flush_thread: the new program starts with TLS 0. */
	current_thread_info()->tp_value = 0;
	__asm__ __volatile__("mcr p15, 0, %0, c13, c0, 3" : : "r"(0));
}

long sys_execve(const char __user *filename, const char __user *const __user *argv,
		const char __user *const __user *envp)
{
	struct pt_regs *regs = (struct pt_regs *)((unsigned long)current_thread_info() +
						  THREAD_SIZE) - 1;
	struct exec_image img;
	struct exec_args *a;
	long n;
	int err;

	a = kmalloc(sizeof(*a), GFP_KERNEL);
	if (!a)
		return -ENOMEM;
	a->argc = a->envc = 0;
	a->len = 0;
	n = exec_copy_string(a->path, filename, sizeof(a->path));
	err = n < 0 ? (n == -E2BIG ? -ENAMETOOLONG : n) : 0;
	if (!err)
		err = args_add_user(a, argv, &a->argc);
	a->arg_len = a->len;
	if (!err)
		err = args_add_user(a, envp, &a->envc);
	if (!err)
		err = exec_build_mm(a, &img);
	if (err) {
		kfree(a);
		return err;
	}
	exec_mmap(img.mm, a->path);
	kfree(a);
	memset(regs, 0, sizeof(*regs));
	regs->ARM_pc = img.entry;
	regs->ARM_sp = img.sp;
	regs->ARM_cpsr = USR_MODE;
	return 0;	/* r0 of the new program */
}

/* The launched task: exec from kernel space, then user mode. Never returns. */
static int __noreturn exec_thread(void *data)
{
	struct exec_args *a = data;
	struct exec_image img;
	int err = exec_build_mm(a, &img);

	if (err) {
		pr_warn("exec: %s: error %d\n", a->path, err);
		kfree(a);
		do_exit_user(127 << 8);
	}
	exec_mmap(img.mm, a->path);
	kfree(a);
	start_user_thread(img.entry, img.sp);
}

/*
 * A kernel-side exec's arguments, copied and with path checked (lookup,
 * elf_check) while the caller can still be told: NULL with *err = -errno.
 */
static struct exec_args *exec_args_kernel(const char *path, const char *const argv[],
					  const char *const envp[], int *err)
{
	struct exec_args *a = kmalloc(sizeof(*a), GFP_KERNEL);
	struct elf_image img;
	const void *data;
	size_t size;

	*err = -ENOMEM;
	if (!a)
		return NULL;
	a->argc = a->envc = 0;
	a->len = 0;
	*err = strscpy(a->path, path, sizeof(a->path)) < 0 ? -ENAMETOOLONG : 0;
	if (!*err)
		*err = args_add_kernel(a, argv, &a->argc);
	a->arg_len = a->len;
	if (!*err)
		*err = args_add_kernel(a, envp, &a->envc);
	if (!*err)
		*err = exec_check(path, &data, &size, &img);
	if (*err) {
		kfree(a);
		return NULL;
	}
	return a;
}

int kernel_execve(const char *path, const char *const argv[], const char *const envp[])
{
	int err;
	struct exec_args *a = exec_args_kernel(path, argv, envp, &err);

	if (!a)
		return err;
	current->flags &= ~PF_KTHREAD;
	exec_thread(a);
}

struct task_struct *exec_task_start(const char *path, const char *const argv[],
				    const char *const envp[], int *err)
{
	struct exec_args *a = exec_args_kernel(path, argv, envp, err);
	struct task_struct *p;
	const char *name;

	if (!a)
		return NULL;
	name = strrchr(path, '/');
	p = kthread_create(exec_thread, a, "%s", name ? name + 1 : path);
	if (!p) {
		kfree(a);
		*err = -ENOMEM;
		return NULL;
	}
	p->flags &= ~PF_KTHREAD;
	get_task_struct(p);
	wake_up_process(p);
	return p;
}

int exec_task_wait(struct task_struct *p)
{
	return user_blob_wait(p);
}

int kernel_execve_task(const char *path, const char *const argv[], const char *const envp[])
{
	struct task_struct *p;
	int err, pid;

	p = exec_task_start(path, argv, envp, &err);
	if (!p)
		return err;
	pid = p->pid;
	put_task_struct(p);
	return pid;
}

/* `run PROG [ARGS]`: /bin/PROG (or a full path) with ARGS, waited for. */
static int cmd_run(int argc, char **argv)
{
	static const char *const envp[] = { "HOME=/", "TERM=linux", NULL };
	const char *args[MONITOR_MAX_ARGS + 1];
	char path[EXEC_MAX_PATH];
	struct task_struct *p;
	int i, err, status;

	if (argc < 2) {
		printk("usage: run PROG [ARGS]\n");
		return 1;
	}
	if (argv[1][0] == '/')
		strlcpy(path, argv[1], sizeof(path));
	else
		snprintf(path, sizeof(path), "/bin/%s", argv[1]);
	for (i = 1; i < argc; i++)
		args[i - 1] = argv[i];
	args[argc - 1] = NULL;
	p = exec_task_start(path, args, envp, &err);
	if (!p) {
		printk("run: %s: error %d\n", path, err);
		return 1;
	}
	status = exec_task_wait(p);
	if (status & 0x7f)
		printk("run: %s killed by signal %d\n", argv[1], status & 0x7f);
	else
		printk("run: %s exited with status %d\n", argv[1], (status >> 8) & 0xff);
	return status ? 1 : 0;
}
MONITOR_COMMAND("run", "PROG [ARGS]", "run /bin/PROG (or a path) and wait for it", cmd_run);

u64 exec_run_insns(const char *path, const char *const argv[])
{
	struct task_struct *p;
	u64 t0, t1;
	int err, status;

	t0 = bench_clock();
	p = exec_task_start(path, argv, NULL, &err);
	if (!p)
		return 0;
	while (!READ_ONCE(p->exited))
		yield();
	t1 = bench_clock();
	status = exec_task_wait(p);
	return status ? 0 : t1 - t0;
}

/* Guest instructions from a kernel-side exec of /bin/hello to its exit. */
static u64 bench_exec_static(void)
{
	static const char *const argv[] = { "hello", NULL };

	return exec_run_insns("/bin/hello", argv);
}
BENCH("exec_static", "insns", bench_exec_static);
