// SPDX-License-Identifier: GPL-2.0
/*
 * Suite "backtrace": the symbol table and the frame-pointer unwinder that
 * every Oops relies on.
 */
#include <kernel/kallsyms.h>
#include <kernel/ktest.h>
#include <kernel/printk.h>
#include <asm/ptrace.h>
#include <kernel/string.h>
#include <asm/traps.h>

void start_kernel(unsigned long dtb_phys);

#define DEPTH 8

static unsigned long trace[DEPTH];
static unsigned int trace_len;

/*
 * Three nested calls; the work after each call keeps it from being a tail
 * call, and noipa keeps GCC from cloning them under another name.
 */
static __attribute__((noipa)) int bt_level3(int x)
{
	trace_len = save_stack_trace(trace, DEPTH);
	return x + 1;
}

static __attribute__((noipa)) int bt_level2(int x)
{
	return bt_level3(x) * 2;
}

static __attribute__((noipa)) int bt_level1(int x)
{
	return bt_level2(x) + 3;
}

static const char *sym_of_return(unsigned long addr)
{
	return kallsyms_lookup(addr - 1, NULL, NULL);
}

static void lookup_function_start(struct ktest *t)
{
	unsigned long size = 0, offset = 1;
	const char *name = kallsyms_lookup((unsigned long)start_kernel, &size, &offset);

	EXPECT_STREQ(t, name, "start_kernel");
	EXPECT_EQ(t, offset, 0UL);
	EXPECT_GT(t, size, 0UL);
}

static void lookup_inside_function(struct ktest *t)
{
	unsigned long offset = 0;

	EXPECT_STREQ(t, kallsyms_lookup((unsigned long)start_kernel + 8, NULL, &offset),
		     "start_kernel");
	EXPECT_EQ(t, offset, 8UL);
}

static void lookup_outside_text(struct ktest *t)
{
	static int data;

	EXPECT_NULL(t, kallsyms_lookup(0xdead0000UL, NULL, NULL));
	EXPECT_NULL(t, kallsyms_lookup((unsigned long)&data, NULL, NULL));
	EXPECT_NULL(t, kallsyms_lookup(0, NULL, NULL));
}

static void lookup_by_name(struct ktest *t)
{
	EXPECT_EQ_HEX(t, kallsyms_lookup_name("ktest_run_list"), (unsigned long)ktest_run_list);
	EXPECT_EQ_HEX(t, kallsyms_lookup_name("no_such_symbol_anywhere"), 0UL);
}

static void symbol_formatting(struct ktest *t)
{
	char buf[KSYM_NAME_LEN];
	unsigned long size;

	kallsyms_lookup((unsigned long)start_kernel, &size, NULL);
	sprint_symbol(buf, sizeof(buf), (unsigned long)start_kernel + 0x10);
	EXPECT_EQ(t, strncmp(buf, "start_kernel+0x10/0x", 20), 0);
	sprint_symbol(buf, sizeof(buf), 0xdead0000UL);
	EXPECT_STREQ(t, buf, "0xdead0000");
	/* a return address just past a function names that function */
	sprint_backtrace(buf, sizeof(buf), (unsigned long)start_kernel + size);
	EXPECT_EQ(t, strncmp(buf, "start_kernel+", 13), 0);
}

static void unwind_nested_calls(struct ktest *t)
{
	EXPECT_EQ(t, bt_level1(1), 7);
	ASSERT_GE(t, trace_len, 4u);
	EXPECT_STREQ(t, sym_of_return(trace[0]), "bt_level3");
	EXPECT_STREQ(t, sym_of_return(trace[1]), "bt_level2");
	EXPECT_STREQ(t, sym_of_return(trace[2]), "bt_level1");
	EXPECT_STREQ(t, sym_of_return(trace[3]), "unwind_nested_calls");
}

static void unwind_rejects_bad_frames(struct ktest *t)
{
	unsigned long sp;
	struct stackframe f;

	__asm__ __volatile__("mov %0, sp" : "=r"(sp));
	f = (struct stackframe){ .fp = 0, .sp = sp };
	EXPECT_EQ(t, unwind_frame(&f), -1);		/* end of chain */
	f = (struct stackframe){ .fp = sp + 18, .sp = sp };
	EXPECT_EQ(t, unwind_frame(&f), -1);		/* misaligned */
	f = (struct stackframe){ .fp = sp + 4, .sp = sp };
	EXPECT_EQ(t, unwind_frame(&f), -1);		/* frame below sp */
	f = (struct stackframe){ .fp = 0xdead0000UL, .sp = sp };
	EXPECT_EQ(t, unwind_frame(&f), -1);		/* outside the stack */
}

/*
 * A fault on a function's first instruction, before it pushed its frame:
 * the Oops backtrace must still name the caller, which only lr holds.
 */
static void dump_names_caller_before_frame_push(struct ktest *t)
{
	struct pt_regs regs = { { 0 } };
	static char tail[2048]; /* from the monitor the chain is deeper: room for it all */
	unsigned long sp;

	__asm__ __volatile__("mov %0, sp" : "=r"(sp));
	regs.ARM_pc = (unsigned long)bt_level3;
	regs.ARM_lr = (unsigned long)bt_level2 + 8;
	regs.ARM_fp = (unsigned long)__builtin_frame_address(0);
	regs.ARM_sp = sp;
	regs.ARM_cpsr = SVC_MODE;
	console_muted = true;
	dump_backtrace(&regs);
	console_muted = false;
	ktest_log_tail(tail, sizeof(tail));
	EXPECT_NOT_NULL(t, strstr(tail, "(bt_level3+0x0/"));
	EXPECT_NOT_NULL(t, strstr(tail, ") from [<"));
	EXPECT_NOT_NULL(t, strstr(tail, "(bt_level2+0x8/"));
	EXPECT_NOT_NULL(t, strstr(tail, "(run_case+"));	/* and the chain goes on */
}

static const struct ktest_case backtrace_cases[] = {
	KTEST_CASE(lookup_function_start),
	KTEST_CASE(lookup_inside_function),
	KTEST_CASE(lookup_outside_text),
	KTEST_CASE(lookup_by_name),
	KTEST_CASE(symbol_formatting),
	KTEST_CASE(unwind_nested_calls),
	KTEST_CASE(unwind_rejects_bad_frames),
	KTEST_CASE(dump_names_caller_before_frame_push),
};
KTEST_SUITE(backtrace_suite, "backtrace", backtrace_cases);
