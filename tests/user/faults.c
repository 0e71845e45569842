// SPDX-License-Identifier: GPL-2.0
/*
 * faults: accesses the fault path must refuse (seed document 001,
 * section 3.4; issue 7), as KTAP version 1. Each bad access runs in a
 * forked child, and the wait status must say SIGSEGV:
 *
 *  - NULL, kernel memory (0xC0000000) read and written, the program's
 *    own text written, a jump to the stack and to a heap page (XN: the
 *    areas are not VM_EXEC), a jump to kernel memory;
 *
 * and system calls given such addresses return -EFAULT instead:
 * write(1, kernel_addr, n), read(pipe, text_addr, n) and into kernel
 * memory (the bytes stay readable), uname/clock_gettime into the text,
 * nanosleep reading kernel memory, write(1, NULL, n). An unaligned LDM
 * gets SIGBUS here (no alignment emulation); Linux fixes it up.
 */
#include "vmcheck.h"

#define KERNEL_ADDR	0xc0000000UL

static volatile unsigned long sink;

static void read_null(void)
{
	sink = *(volatile unsigned long *)0;
}

static void read_kernel(void)
{
	sink = *(volatile unsigned long *)KERNEL_ADDR;
}

static void write_kernel(void)
{
	*(volatile unsigned long *)KERNEL_ADDR = 1;
}

static void write_text(void)
{
	*(volatile unsigned long *)(unsigned long)read_null = 0;
}

typedef void (*fn_t)(void);

/* ARM "bx lr": a function that returns at once, if it may run at all. */
#define INSN_BX_LR	0xe12fff1e

static void run_at(unsigned long *code)
{
	code[0] = INSN_BX_LR;
	/* make the word visible to instruction fetch; the point is the XN fault */
	__builtin___clear_cache((char *)code, (char *)(code + 1));
	((fn_t)(unsigned long)code)();
}

static void exec_stack(void)
{
	unsigned long code[4];

	run_at(code);
}

static void exec_heap(void)
{
	unsigned long *code = malloc(64);

	if (!code)
		_exit(2);
	run_at(code);
}

static void exec_kernel(void)
{
	((fn_t)KERNEL_ADDR)();
}

static const struct {
	const char *name;
	void (*fn)(void);
} bad[] = {
	{ "read NULL", read_null },
	{ "read kernel", read_kernel },
	{ "write kernel", write_kernel },
	{ "write text", write_text },
	{ "execute stack", exec_stack },
	{ "execute heap", exec_heap },
	{ "execute kernel", exec_kernel },
};

static int bad_accesses_get_sigsegv(void)
{
	unsigned int i;
	int failed = 0;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		int status = child_status(bad[i].fn);

		if (status != SIGSEGV) {
			printf("# %s: wait status %#x, expected SIGSEGV\n", bad[i].name, status);
			failed = 1;
		}
	}
	return failed;
}

/* An LDM from an address that is not word aligned: an alignment fault. */
static void ldm_unaligned(void)
{
	static unsigned long words[4];
	unsigned long a, b;

	__asm__ __volatile__("ldm %2, {%0, %1}"
			     : "=&r"(a), "=&r"(b)
			     : "r"((char *)words + 2)
			     : "memory");
	sink = a + b;
}

/* This kernel does not emulate it (Linux fixes it up): SIGBUS, BUS_ADRALN. */
static int alignment_fault_gets_sigbus(void)
{
	int status = child_status(ldm_unaligned);

	if (on_this_kernel())
		CHECK_EQ(status, SIGBUS);
	else
		CHECK(status == 0 || status == SIGBUS);
	return 0;
}

static int syscalls_get_efault(void)
{
	unsigned long text = (unsigned long)read_null & ~3UL;
	char buf[4];
	int fds[2];

	CHECK_EQ(__syscall3(__NR_write, STDOUT_FILENO, KERNEL_ADDR, 16), -EFAULT);
	CHECK_EQ(__syscall3(__NR_write, STDOUT_FILENO, 0, 16), -EFAULT);
	CHECK_EQ(__syscall1(__NR_uname, text), -EFAULT);
	CHECK_EQ(__syscall2(__NR_clock_gettime, CLOCK_MONOTONIC, text), -EFAULT);
	/* qemu-arm maps the guest's 0xc0000000 differently (-EINVAL there) */
	if (on_this_kernel())
		CHECK_EQ(__syscall2(__NR_nanosleep, KERNEL_ADDR, 0), -EFAULT);
	CHECK_EQ(__syscall2(__NR_clock_gettime, CLOCK_MONOTONIC, KERNEL_ADDR - 4), -EFAULT);
	/* read(2) into the text: the bytes stay in the pipe, -EFAULT */
	CHECK_EQ(pipe(fds), 0);
	CHECK_EQ(write(fds[1], "abcd", 4), 4);
	CHECK_EQ(__syscall3(__NR_read, fds[0], text, 4), -EFAULT);
	CHECK_EQ(__syscall3(__NR_read, fds[0], KERNEL_ADDR, 4), -EFAULT);
	CHECK_EQ(__syscall3(__NR_read, fds[0], buf, 4), 4);
	CHECK_EQ(memcmp(buf, "abcd", 4), 0);
	close(fds[0]);
	close(fds[1]);
	/* the text is intact after the refused writes */
	CHECK_EQ(child_status(read_null), SIGSEGV);
	return 0;
}

static const struct ktap_case cases[] = {
	{ "bad_accesses_get_sigsegv", bad_accesses_get_sigsegv },
	{ "syscalls_get_efault", syscalls_get_efault },
	{ "alignment_fault_gets_sigbus", alignment_fault_gets_sigbus },
};

int main(void)
{
	return ktap_run("faults", cases, sizeof(cases) / sizeof(cases[0]));
}
