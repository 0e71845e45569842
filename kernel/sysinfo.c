// SPDX-License-Identifier: GPL-2.0
/*
 * sysinfo(2) (116): memory and task totals, in Linux's layout and units.
 *
 * The departure: freeram is counted after settle_allocators, so pages
 * the slab caches and the per-cpu lists hold but do not use count as
 * free. Linux reports its NR_FREE_PAGES counter as it stands. Settling
 * first makes the figure exact, so a user program (the /init runner, the
 * memory tests) can check that every page came back after its children
 * exited, as xv6's usertests do with their free-page count.
 */
#include <kernel/errno.h>
#include <kernel/jiffies.h>
#include <kernel/mm.h>
#include <kernel/sched.h>
#include <kernel/slab.h>
#include <kernel/string.h>
#include <kernel/syscalls.h>
#include <kernel/uaccess.h>

/*
 * Counts in pages, then (as Linux's do_sysinfo) in bytes with mem_unit 1
 * when the totals fit in 32 bits, which they do on every board here.
 */
static void si_meminfo(struct sysinfo *si)
{
	struct sched_stats st;

	settle_allocators();
	sched_get_stats(&st);
	si->uptime = jiffies / HZ;
	si->totalram = totalram_pages;
	si->freeram = nr_free_pages();
	si->totalhigh = totalhigh_pages;
	si->freehigh = nr_free_highpages();
	si->procs = st.nr_tasks - 1;	/* Linux counts no idle task */
	si->mem_unit = PAGE_SIZE;
	if (si->totalram < (~0UL >> PAGE_SHIFT)) {
		si->totalram <<= PAGE_SHIFT;
		si->freeram <<= PAGE_SHIFT;
		si->totalhigh <<= PAGE_SHIFT;
		si->freehigh <<= PAGE_SHIFT;
		si->mem_unit = 1;
	}
}

long sys_sysinfo(struct sysinfo __user *info)
{
	struct sysinfo si;

	memset(&si, 0, sizeof(si));
	si_meminfo(&si);
	return copy_to_user(info, &si, sizeof(si)) ? -EFAULT : 0;
}
