// SPDX-License-Identifier: GPL-2.0
/*
 * panic(): the end of the line. It prints why, then powers the machine off
 * with a failure status (under QEMU: the emulator exits with status 1), so
 * a crash is never a silent hang and a test runner always sees it.
 */
#include <board.h>
#include <kernel/printk.h>
#include <kernel/sprintf.h>

static int panicking;

void panic(const char *fmt, ...)
{
	char buf[256];
	va_list args;

	console_verbose();
	if (panicking++) {	/* a fault while panicking: stop at once */
		printk(KERN_EMERG "Kernel panic - recursive panic\n");
		board_poweroff(1);
	}
	va_start(args, fmt);
	vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	printk(KERN_EMERG "Kernel panic - not syncing: %s\n", buf);
	printk(KERN_EMERG "---[ end Kernel panic - not syncing: %s ]---\n", buf);
	board_poweroff(1);
}
