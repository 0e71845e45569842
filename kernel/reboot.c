// SPDX-License-Identifier: GPL-2.0
/*
 * reboot(2) (88), as Linux checks it: the two magic numbers first (a
 * stray call must not stop the machine), then the command. There are no
 * users or capabilities here, so any process may call it (Linux requires
 * CAP_SYS_BOOT). /init uses it to power QEMU off when its runner is done
 * (init_end=poweroff).
 */
#include <board.h>
#include <kernel/errno.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>

static bool reboot_magic_ok(int magic1, int magic2)
{
	return (unsigned int)magic1 == LINUX_REBOOT_MAGIC1 &&
	       (magic2 == LINUX_REBOOT_MAGIC2 || magic2 == LINUX_REBOOT_MAGIC2A ||
		magic2 == LINUX_REBOOT_MAGIC2B || magic2 == LINUX_REBOOT_MAGIC2C);
}

long sys_reboot(int magic1, int magic2, unsigned int cmd, void __user *arg)
{
	(void)arg;
	if (!reboot_magic_ok(magic1, magic2))
		return -EINVAL;
	switch (cmd) {
	case LINUX_REBOOT_CMD_CAD_ON:
	case LINUX_REBOOT_CMD_CAD_OFF:
		return 0;	/* there is no Ctrl-Alt-Del to route */
	case LINUX_REBOOT_CMD_POWER_OFF:
	case LINUX_REBOOT_CMD_HALT:
		pr_notice("reboot: Power down (asked by %s, pid %d)\n", current->comm,
			  current->pid);
		board_poweroff(0);
	case LINUX_REBOOT_CMD_RESTART:
		pr_notice("reboot: Restarting system (asked by %s, pid %d)\n", current->comm,
			  current->pid);
		board_reboot();
	default:
		return -EINVAL;
	}
}
