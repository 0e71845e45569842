// SPDX-License-Identifier: GPL-2.0
/*
 * mmaptest: mmap, munmap, mprotect, mlock, madvise and msync from user
 * mode, as KTAP version 1 (the exit status is the number of failed
 * cases). Accesses that must fault are made in a forked child, whose wait
 * status must say SIGSEGV. Runs unchanged on Linux (qemu-arm); the few
 * error checks qemu-arm's emulation gets differently are made on the
 * teaching kernel only. The kernel suite "vma" checks that every page
 * comes back after the run.
 */
#include "vm.h"

#define RW (PROT_READ | PROT_WRITE)
#define ANON (MAP_PRIVATE | MAP_ANONYMOUS)

static int fixed_replaces_part(void)
{
	long a = vm_mmap(0, 8 * PAGE, RW, ANON);
	char *p = (char *)a;
	int i;

	CHECK(MAPPED(a) && !(a & (PAGE - 1)));
	memset(p, 0x5a, 8 * PAGE);
	/* Pages 3 and 4 replaced: zero there, the rest untouched. */
	CHECK_EQ(vm_mmap(a + 3 * PAGE, 2 * PAGE, RW, ANON | MAP_FIXED), a + 3 * PAGE);
	for (i = 0; i < 8; i++)
		CHECK_EQ(p[i * PAGE + 17], (i == 3 || i == 4) ? 0 : 0x5a);
	/* And read-only now, on a fresh mapping over page 6. */
	CHECK_EQ(vm_mmap(a + 6 * PAGE, PAGE, PROT_READ, ANON | MAP_FIXED), a + 6 * PAGE);
	CHECK_EQ(p[6 * PAGE], 0);
	CHECK_EQ(touch_in_child(p + 6 * PAGE, 1, -1), SIGSEGV);
	CHECK_EQ(touch_in_child(p + 7 * PAGE, 1, -1), 0);
	CHECK_EQ(vm_munmap(a, 8 * PAGE), 0);
	return 0;
}

static int munmap_middle_splits(void)
{
	long a = vm_mmap(0, 6 * PAGE, RW, ANON);
	char *p = (char *)a;

	CHECK(MAPPED(a));
	memset(p, 7, 6 * PAGE);
	CHECK_EQ(vm_munmap(a + 2 * PAGE, 2 * PAGE), 0);
	CHECK_EQ(touch_in_child(p + 2 * PAGE, 0, -1), SIGSEGV);
	CHECK_EQ(touch_in_child(p + 4 * PAGE - 1, 0, -1), SIGSEGV);
	CHECK_EQ(touch_in_child(p + 2 * PAGE - 1, 0, 7), 0);
	CHECK_EQ(touch_in_child(p + 4 * PAGE, 0, 7), 0);
	/* Unmapping a hole and an unaligned length are fine; the pieces go one by one. */
	CHECK_EQ(vm_munmap(a + 2 * PAGE, 2 * PAGE), 0);
	CHECK_EQ(vm_munmap(a, 2 * PAGE - 100), 0);
	CHECK_EQ(touch_in_child(p + PAGE, 0, -1), SIGSEGV);
	CHECK_EQ(vm_munmap(a + 4 * PAGE, 2 * PAGE), 0);
	CHECK_EQ(touch_in_child(p + 5 * PAGE, 0, -1), SIGSEGV);
	return 0;
}

static int mprotect_readonly(void)
{
	long a = vm_mmap(0, 3 * PAGE, RW, ANON);
	char *p = (char *)a;

	CHECK(MAPPED(a));
	memset(p, 0x11, 3 * PAGE);
	CHECK_EQ(vm_mprotect(a + PAGE, PAGE, PROT_READ), 0);
	CHECK_EQ(p[PAGE], 0x11);			/* still readable, same bytes */
	CHECK_EQ(touch_in_child(p + PAGE, 1, -1), SIGSEGV);
	CHECK_EQ(touch_in_child(p, 1, -1), 0);		/* neighbours stay writable */
	CHECK_EQ(touch_in_child(p + 2 * PAGE, 1, -1), 0);
	CHECK_EQ(vm_mprotect(a + PAGE, PAGE, RW), 0);
	p[PAGE] = 0x22;
	CHECK_EQ(p[PAGE], 0x22);
	CHECK_EQ(vm_mprotect(a, 3 * PAGE, PROT_READ), 0);
	CHECK_EQ(touch_in_child(p + 2 * PAGE, 1, -1), SIGSEGV);
	CHECK_EQ(vm_munmap(a, 3 * PAGE), 0);
	return 0;
}

static int prot_none(void)
{
	long a = vm_mmap(0, 2 * PAGE, PROT_NONE, ANON);
	char *p = (char *)a;

	CHECK(MAPPED(a));
	CHECK_EQ(touch_in_child(p, 0, -1), SIGSEGV);
	CHECK_EQ(touch_in_child(p + PAGE, 1, -1), SIGSEGV);
	CHECK_EQ(vm_mprotect(a, PAGE, PROT_READ), 0);
	CHECK_EQ(p[5], 0);
	CHECK_EQ(touch_in_child(p, 1, -1), SIGSEGV);
	CHECK_EQ(vm_mprotect(a, 2 * PAGE, RW), 0);
	p[PAGE] = 3;
	CHECK_EQ(vm_mprotect(a, 2 * PAGE, PROT_NONE), 0);
	CHECK_EQ(touch_in_child(p + PAGE, 0, -1), SIGSEGV);
	CHECK_EQ(vm_mprotect(a, 2 * PAGE, PROT_READ), 0);
	CHECK_EQ(p[PAGE], 3);				/* the page survived PROT_NONE */
	CHECK_EQ(vm_munmap(a, 2 * PAGE), 0);
	return 0;
}

static int populate_and_lock(void)
{
	long a = vm_mmap(0, 4 * PAGE, RW, ANON | MAP_POPULATE);
	long b = vm_mmap(0, 4 * PAGE, RW, ANON | MAP_LOCKED);
	char *p = (char *)a, *q = (char *)b;

	CHECK(MAPPED(a) && MAPPED(b));
	CHECK_EQ(p[3 * PAGE] | q[3 * PAGE], 0);
	p[0] = q[0] = 9;
	CHECK_EQ(__syscall2(__NR_mlock, a + 5, PAGE), 0);
	CHECK_EQ(__syscall2(__NR_munlock, a, 4 * PAGE), 0);
	CHECK_EQ(__syscall2(__NR_munlock, b, 4 * PAGE), 0);
	CHECK_EQ(__syscall1(__NR_mlockall, MCL_CURRENT | MCL_FUTURE), 0);
	CHECK_EQ(__syscall0(__NR_munlockall), 0);
	/* madvise(DONTNEED): a private page reads zero again, and stays mapped. */
	CHECK_EQ(vm_madvise(a, 2 * PAGE, MADV_DONTNEED), 0);
	CHECK_EQ(p[0], 0);
	p[PAGE] = 4;
	CHECK_EQ(p[PAGE], 4);
	CHECK_EQ(__syscall3(__NR_msync, a, 4 * PAGE, MS_SYNC), 0);
	CHECK_EQ(__syscall3(__NR_msync, a, 4 * PAGE, MS_ASYNC | MS_INVALIDATE), 0);
	CHECK_EQ(vm_munmap(a, 4 * PAGE), 0);
	CHECK_EQ(vm_munmap(b, 4 * PAGE), 0);
	return 0;
}

static long free_pages_now(void)
{
	struct sysinfo si;

	return sysinfo(&si) ? -1 : (long)(si.freeram * si.mem_unit / PAGE);
}

/*
 * MAP_POPULATE and MAP_LOCKED take their pages at once (FAQ 4.2) and
 * munmap gives every one back: counted with sysinfo(2), exact on the
 * teaching kernel only (Linux's free memory moves on its own).
 */
static int populate_counts_pages(void)
{
	static const long flags[] = { MAP_POPULATE, MAP_LOCKED };
	unsigned int i;

	if (!on_teaching_kernel())
		return 0;
	for (i = 0; i < 2; i++) {
		long before = free_pages_now(), taken, a;

		a = vm_mmap(0, 32 * PAGE, RW, ANON | flags[i]);
		CHECK(MAPPED(a));
		taken = before - free_pages_now();
		CHECK(taken >= 32 && taken <= 34);	/* the pages, perhaps a pte table */
		CHECK_EQ(vm_munmap(a, 32 * PAGE), 0);
		CHECK_EQ(free_pages_now(), before);
	}
	return 0;
}

static int error_returns(void)
{
	long a = vm_mmap(0, 2 * PAGE, RW, ANON);

	CHECK(MAPPED(a));
	CHECK_EQ(vm_mmap(0, 0, RW, ANON), -EINVAL);
	CHECK_EQ(vm_mmap(a + 1, PAGE, RW, ANON | MAP_FIXED), -EINVAL);
	CHECK_EQ(vm_mmap(0, PAGE, RW, MAP_ANONYMOUS), -EINVAL);
	CHECK_EQ(vm_mmap(0, PAGE, RW, MAP_SHARED | MAP_PRIVATE | MAP_ANONYMOUS), -EINVAL);
	CHECK_EQ(vm_mmap(0, PAGE, RW, MAP_PRIVATE), -EBADF);	/* fd -1, not anonymous */
	CHECK_EQ(vm_mmap(0, 0xfffff000UL, RW, ANON), -ENOMEM);
	CHECK_EQ(vm_munmap(a + 1, PAGE), -EINVAL);
	CHECK_EQ(vm_munmap(a, 0), -EINVAL);
	CHECK_EQ(vm_mprotect(a + 1, PAGE, PROT_READ), -EINVAL);
	CHECK_EQ(vm_mprotect(a, PAGE, 0x10), -EINVAL);
	CHECK_EQ(vm_madvise(a + 1, PAGE, MADV_DONTNEED), -EINVAL);
	CHECK_EQ(__syscall1(__NR_mlockall, 0), -EINVAL);
	CHECK_EQ(__syscall3(__NR_msync, a, PAGE, 0x100), -EINVAL);
	CHECK_EQ(__syscall3(__NR_msync, a, PAGE, MS_ASYNC | MS_SYNC), -EINVAL);
	CHECK_EQ(__syscall3(__NR_msync, a + 1, PAGE, MS_SYNC), -EINVAL);
	CHECK_EQ(vm_munmap(a, 2 * PAGE), 0);
	if (!on_teaching_kernel())
		return 0;	/* qemu-arm: the guest's holes are host mappings */
	CHECK_EQ(vm_mprotect(a, PAGE, PROT_READ), -ENOMEM);
	CHECK_EQ(vm_mprotect(a, 0, PROT_READ), 0);	/* qemu-arm says -ENOMEM */
	CHECK_EQ(vm_madvise(a, PAGE, 12345), -EINVAL);
	CHECK_EQ(vm_madvise(a, PAGE, MADV_DONTNEED), -ENOMEM);
	CHECK_EQ(__syscall2(__NR_mlock, a, PAGE), -ENOMEM);
	CHECK_EQ(__syscall3(__NR_msync, a, PAGE, MS_SYNC), -ENOMEM);
	CHECK_EQ(vm_mmap(0x1000, PAGE, RW, ANON | MAP_FIXED), -EPERM);
	CHECK_EQ(vm_mmap(0xbf000000UL - PAGE, 2 * PAGE, RW, ANON | MAP_FIXED), -ENOMEM);
	CHECK_EQ(vm_munmap(0xbf000000UL - PAGE, 2 * PAGE), -EINVAL);
	CHECK_EQ(vm_mmap(0, PAGE, RW, MAP_SHARED | MAP_ANONYMOUS | MAP_GROWSDOWN), -EINVAL);
	return 0;
}

/* mremap: grown by a move when blocked (bytes kept, old place gone), shrunk in place. */
static int mremap_keeps_bytes(void)
{
	long a = vm_mmap(0, 4 * PAGE, RW, ANON), b, r;
	char *p = (char *)a, *q;

	CHECK(MAPPED(a));
	memset(p, 0x44, 4 * PAGE);
	b = vm_mmap(a + 4 * PAGE, PAGE, PROT_READ, ANON | MAP_FIXED);
	CHECK_EQ(b, a + 4 * (long)PAGE);
	CHECK_EQ(vm_mremap(a, 4 * PAGE, 8 * PAGE, 0, 0), -ENOMEM);
	r = vm_mremap(a, 4 * PAGE, 8 * PAGE, MREMAP_MAYMOVE, 0);
	q = (char *)r;
	CHECK(MAPPED(r) && r != a);
	CHECK_EQ(q[3 * PAGE + 5], 0x44);
	CHECK_EQ(q[7 * PAGE], 0);
	q[7 * PAGE] = 1;
	CHECK_EQ(touch_in_child(p, 0, -1), SIGSEGV);
	CHECK_EQ(vm_mremap(r, 8 * PAGE, 2 * PAGE, 0, 0), r);
	CHECK_EQ(q[PAGE], 0x44);
	CHECK_EQ(touch_in_child(q + 3 * PAGE, 0, -1), SIGSEGV);
	CHECK_EQ(vm_mremap(r + 1, PAGE, 2 * PAGE, MREMAP_MAYMOVE, 0), -EINVAL);
	CHECK_EQ(vm_mremap(r, PAGE, 2 * PAGE, MREMAP_FIXED, a), -EINVAL);
	if (on_teaching_kernel())	/* qemu-arm says -ENOMEM */
		CHECK_EQ(vm_mremap(r, PAGE, 0, MREMAP_MAYMOVE, 0), -EINVAL);
	CHECK_EQ(vm_mremap(r, 3 * PAGE, 4 * PAGE, MREMAP_MAYMOVE, 0), -EFAULT);
	/* To a fixed place: the bytes follow (qemu-arm's moved pages fault there). */
	CHECK_EQ(vm_mremap(r, 2 * PAGE, 2 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, a), a);
	if (on_teaching_kernel())
		CHECK_EQ(p[PAGE + 9], 0x44);
	CHECK_EQ(vm_munmap(a, 2 * PAGE), 0);
	CHECK_EQ(vm_munmap(b, PAGE), 0);
	return 0;
}

/* personality(2): the query leaves it, a set returns the old value. */
static int personality_flag(void)
{
	long old = __syscall1(__NR_personality, 0xffffffffUL);

	CHECK(old >= 0);
	CHECK_EQ(__syscall1(__NR_personality, old | ADDR_COMPAT_LAYOUT), old);
	CHECK_EQ(__syscall1(__NR_personality, 0xffffffffUL), old | ADDR_COMPAT_LAYOUT);
	CHECK_EQ(__syscall1(__NR_personality, old), old | ADDR_COMPAT_LAYOUT);
	return 0;
}

/*
 * Where mappings go: top-down below the stack on the teaching kernel
 * (each new one below the last), and with a hint, at the hint.
 */
static int placement(void)
{
	long a = vm_mmap(0, PAGE, RW, ANON), b = vm_mmap(0, PAGE, RW, ANON);
	long h = vm_mmap(0x30000000UL, PAGE, RW, ANON);

	CHECK(MAPPED(a) && MAPPED(b));
	CHECK_EQ(h, 0x30000000L);
	if (on_teaching_kernel()) {
		CHECK_EQ(b, a - (long)PAGE);
		CHECK((unsigned long)a < (unsigned long)&a);	/* below the stack */
	}
	CHECK_EQ(vm_munmap(a, PAGE), 0);
	CHECK_EQ(vm_munmap(b, PAGE), 0);
	CHECK_EQ(vm_munmap(h, PAGE), 0);
	return 0;
}

/*
 * The layout is picked at execve from the personality (arch_pick_mmap_layout):
 * a child re-executes this program with "--where", which exits with the top
 * byte of its first mapping's address: below the stack (0xb6) by default,
 * TASK_UNMAPPED_BASE (0x40) with ADDR_COMPAT_LAYOUT. The teaching kernel only:
 * qemu-arm cannot execve an ARM program without binfmt_misc.
 */
static int where_after_exec(unsigned long persona)
{
	char *const argv[] = { "mmaptest", "--where", 0 };
	long pid = sys_fork();
	int status;

	if (pid == 0) {
		__syscall1(__NR_personality, persona);
		execve("/bin/mmaptest", argv, environ);
		_exit(255);
	}
	status = wait_status(pid);
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static int layout_follows_personality(void)
{
	long old = __syscall1(__NR_personality, 0xffffffffUL);

	if (!on_teaching_kernel())
		return 0;
	CHECK_EQ(where_after_exec(old & ~ADDR_COMPAT_LAYOUT), 0xb6);
	CHECK_EQ(where_after_exec(old | ADDR_COMPAT_LAYOUT), 0x40);
	CHECK_EQ(__syscall1(__NR_personality, 0xffffffffUL), old);	/* the parent's own is kept */
	return 0;
}

static const struct ktap_case cases[] = {
	{ "fixed_replaces_part", fixed_replaces_part },
	{ "munmap_middle_splits", munmap_middle_splits },
	{ "mprotect_readonly", mprotect_readonly },
	{ "prot_none", prot_none },
	{ "populate_and_lock", populate_and_lock },
	{ "populate_counts_pages", populate_counts_pages },
	{ "error_returns", error_returns },
	{ "mremap_keeps_bytes", mremap_keeps_bytes },
	{ "personality_flag", personality_flag },
	{ "placement", placement },
	{ "layout_follows_personality", layout_follows_personality },
};

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "--where"))
		return (int)((unsigned long)vm_mmap(0, PAGE, RW, ANON) >> 24);
	return ktap_run("mmaptest", cases, sizeof(cases) / sizeof(cases[0]));
}
