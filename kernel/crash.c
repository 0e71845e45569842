// SPDX-License-Identifier: GPL-2.0
/*
 * `crash KIND`: provoke a kernel fault on purpose, to see (or step through
 * in GDB) the exception path and the Oops it ends in. Each kind ends in
 * panic() and a power-off with a failure status; none returns.
 */
#include <kernel/monitor.h>
#include <kernel/printk.h>
#include <kernel/string.h>
#include <kernel/vmalloc.h>
#include <asm/traps.h>

#define BAD_ADDRESS 0xdead0000UL	/* nothing is ever mapped here */

static noinline void crash_null(void)
{
	console_printf("crash: reading from NULL\n");
	console_printf("value: %d\n", *(volatile int *)NULL);
}

static noinline void crash_write(void)
{
	console_printf("crash: writing to 0x%08lx\n", BAD_ADDRESS);
	*(volatile int *)BAD_ADDRESS = 1;
}

static noinline void crash_undef(void)
{
	console_printf("crash: executing an undefined instruction\n");
	__builtin_trap();
}

static noinline void crash_jump(void)
{
	void (*fn)(void) = (void (*)(void))BAD_ADDRESS;

	console_printf("crash: calling 0x%08lx\n", BAD_ADDRESS);
	fn();
}

static noinline void crash_stack(void)
{
	console_printf("crash: taking an exception with a bad stack pointer\n");
	arch_crash_bad_stack();
}

/* One byte past a one-page vmalloc area: the guard page, never mapped (section 3.2.5). */
static noinline void crash_guard(void)
{
	char *p = vmalloc(PAGE_SIZE);

	if (!p)
		panic("crash: vmalloc failed");
	console_printf("crash: writing past a vmalloc area: %p + PAGE_SIZE, its guard page\n", p);
	p[PAGE_SIZE] = 1;
}

static noinline void crash_panic(void)
{
	panic("crash: panic requested from the monitor");
}

static const struct {
	const char *name;
	void (*fn)(void);
	const char *what;
} crash_kinds[] = {
	{ "null", crash_null, "read from address 0 (data abort, section translation fault)" },
	{ "write", crash_write, "write to an unmapped address (data abort)" },
	{ "undef", crash_undef, "undefined instruction" },
	{ "jump", crash_jump, "call an unmapped address (prefetch abort)" },
	{ "stack", crash_stack, "take an exception with a bad stack pointer" },
	{ "guard", crash_guard, "write past a vmalloc area into its guard page" },
	{ "panic", crash_panic, "call panic()" },
};

static int cmd_crash(int argc, char **argv)
{
	unsigned int i;

	for (i = 0; argc == 2 && i < ARRAY_SIZE(crash_kinds); i++) {
		if (!strcmp(argv[1], crash_kinds[i].name)) {
			crash_kinds[i].fn();
			console_printf("crash: %s did not crash\n", argv[1]);
			return 1;
		}
	}
	console_printf("usage: crash KIND, where KIND is one of:\n");
	for (i = 0; i < ARRAY_SIZE(crash_kinds); i++)
		console_printf("  %-6s %s\n", crash_kinds[i].name, crash_kinds[i].what);
	return 1;
}
MONITOR_COMMAND("crash", "KIND", "provoke an Oops on purpose (see 'crash' alone)", cmd_crash);
