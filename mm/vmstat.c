// SPDX-License-Identifier: GPL-2.0
/*
 * The allocator's views as monitor commands, in the layouts of Linux's
 * /proc files so that what the documents show can be compared line by
 * line: buddyinfo and pagetypeinfo (mm/vmstat.c), meminfo
 * (fs/proc/meminfo.c), zoneinfo (abridged); and `check`, the consistency
 * checker.
 */
#include <kernel/mm.h>
#include <kernel/monitor.h>
#include <kernel/printk.h>
#include <kernel/slab.h>
#include <kernel/vmalloc.h>

#define K(pages) ((pages) << (PAGE_SHIFT - 10))

/* Node 0, zone   Normal      6     17     37 ... (one count per order) */
static int cmd_buddyinfo(int argc, char **argv)
{
	struct zone *zone;
	unsigned int order;

	for_each_zone(zone) {
		if (!populated_zone(zone))
			continue;
		console_printf("Node %d, zone %8s ", zone->zone_pgdat->node_id, zone->name);
		for (order = 0; order < MAX_ORDER; order++)
			console_printf("%6lu ", zone->free_area[order].nr_free);
		console_printf("\n");
	}
	return 0;
}
MONITOR_COMMAND("buddyinfo", "", "free blocks per order and zone (/proc/buddyinfo)",
		cmd_buddyinfo);

static unsigned long free_blocks(const struct zone *zone, unsigned int order, int mt)
{
	const struct list_head *pos;
	unsigned long n = 0;

	list_for_each(pos, &zone->free_area[order].free_list[mt])
		n++;
	return n;
}

static void pageblock_counts(const struct zone *zone, unsigned long counts[MIGRATE_TYPES])
{
	unsigned long pfn;
	int mt;

	for (mt = 0; mt < MIGRATE_TYPES; mt++)
		counts[mt] = 0;
	for (pfn = ALIGN(zone->zone_start_pfn, pageblock_nr_pages); pfn < zone_end_pfn(zone);
	     pfn += pageblock_nr_pages)
		counts[get_pageblock_migratetype(pfn_to_page(pfn))]++;
}

static int cmd_pagetypeinfo(int argc, char **argv)
{
	unsigned long counts[MIGRATE_TYPES];
	struct zone *zone;
	unsigned int order;
	int mt;

	console_printf("Page block order: %d\n", pageblock_order);
	console_printf("Pages per block:  %lu\n\n", pageblock_nr_pages);
	console_printf("%-43s ", "Free pages count per migrate type at order");
	for (order = 0; order < MAX_ORDER; order++)
		console_printf("%6u ", order);
	console_printf("\n");
	for_each_zone(zone) {
		if (!populated_zone(zone))
			continue;
		for (mt = 0; mt < MIGRATE_TYPES; mt++) {
			console_printf("Node %4d, zone %8s, type %12s ", zone->zone_pgdat->node_id,
				       zone->name, migratetype_names[mt]);
			for (order = 0; order < MAX_ORDER; order++)
				console_printf("%6lu ", free_blocks(zone, order, mt));
			console_printf("\n");
		}
	}
	console_printf("\n%-23s", "Number of blocks type ");
	for (mt = 0; mt < MIGRATE_TYPES; mt++)
		console_printf("%12s ", migratetype_names[mt]);
	console_printf("\n");
	for_each_zone(zone) {
		if (!populated_zone(zone))
			continue;
		pageblock_counts(zone, counts);
		console_printf("Node %d, zone %8s ", zone->zone_pgdat->node_id, zone->name);
		for (mt = 0; mt < MIGRATE_TYPES; mt++)
			console_printf("%12lu ", counts[mt]);
		console_printf("\n");
	}
	return 0;
}
MONITOR_COMMAND("pagetypeinfo", "", "free blocks per order and migrate type (/proc/pagetypeinfo)",
		cmd_pagetypeinfo);

static void meminfo_line(const char *name, unsigned long pages)
{
	console_printf("%-16s%8lu kB\n", name, K(pages));
}

static unsigned long pcp_pages(void)
{
	struct zone *zone;
	unsigned long n = 0;

	for_each_zone(zone)
		n += zone->per_cpu_pageset[0].count;
	return n;
}

static int cmd_meminfo(int argc, char **argv)
{
	unsigned long free = nr_free_pages(), high_free = nr_free_highpages();

	meminfo_line("MemTotal:", totalram_pages);
	meminfo_line("MemFree:", free);
	meminfo_line("PerCpuLists:", pcp_pages());
	meminfo_line("HighTotal:", totalhigh_pages);
	meminfo_line("HighFree:", high_free);
	meminfo_line("LowTotal:", totalram_pages - totalhigh_pages);
	meminfo_line("LowFree:", free - high_free);
	meminfo_line("MemMap:", PFN_UP(max_mapnr * sizeof(struct page)));
	return 0;
}
MONITOR_COMMAND("meminfo", "", "memory totals (/proc/meminfo)", cmd_meminfo);

static int cmd_zoneinfo(int argc, char **argv)
{
	struct zone *zone;
	int i;

	for_each_zone(zone) {
		struct per_cpu_pages *pcp = &zone->per_cpu_pageset[0];

		console_printf("Node %d, zone %8s\n", zone->zone_pgdat->node_id, zone->name);
		console_printf("  pages free     %lu\n", zone->nr_free_pages);
		console_printf("        min      %lu\n", min_wmark_pages(zone));
		console_printf("        low      %lu\n", low_wmark_pages(zone));
		console_printf("        high     %lu\n", high_wmark_pages(zone));
		console_printf("        spanned  %lu\n", zone->spanned_pages);
		console_printf("        present  %lu\n", zone->present_pages);
		console_printf("        managed  %lu\n", zone->managed_pages);
		console_printf("        protection: (");
		for (i = 0; i < MAX_NR_ZONES; i++)
			console_printf("%s%lu", i ? ", " : "", zone->lowmem_reserve[i]);
		console_printf(")\n");
		console_printf("  pagesets\n    cpu: 0\n              count: %d\n"
			       "              high:  %d\n              batch: %d\n",
			       pcp->count, pcp->high, pcp->batch);
		console_printf("  start_pfn:           %lu\n", zone->zone_start_pfn);
		console_printf("  allocation failures: %lu\n", zone->alloc_fail);
	}
	return 0;
}
MONITOR_COMMAND("zoneinfo", "", "per-zone sizes, watermarks and pcp lists (/proc/zoneinfo)",
		cmd_zoneinfo);

static int cmd_check(int argc, char **argv)
{
	int problems = check_free_areas(), slab_problems = kmem_cache_check(NULL);

	if (problems)
		console_printf("check: %d problem(s) in the free lists\n", problems);
	else
		console_printf("check: free lists consistent (%lu free pages, %lu on per-cpu lists)\n",
			       nr_free_pages(), pcp_pages());
	if (slab_problems)
		console_printf("check: %d problem(s) in the slab caches\n", slab_problems);
	else
		console_printf("check: slab caches consistent\n");
	return problems || slab_problems;
}
MONITOR_COMMAND("check", "", "check the buddy allocator's free lists and the slab caches",
		cmd_check);

static int cmd_slabinfo(int argc, char **argv)
{
	slabinfo_show(console_printf);
	return 0;
}
MONITOR_COMMAND("slabinfo", "", "slab caches, kmalloc's included (/proc/slabinfo)", cmd_slabinfo);

static int cmd_vmallocinfo(int argc, char **argv)
{
	vmallocinfo_show(console_printf);
	return 0;
}
MONITOR_COMMAND("vmallocinfo", "", "the vmalloc area's sub-areas (/proc/vmallocinfo)",
		cmd_vmallocinfo);
