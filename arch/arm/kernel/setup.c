// SPDX-License-Identifier: GPL-2.0
/*
 * setup_arch: what the kernel learns about the CPU and the boot hand-off.
 */
#include <board.h>
#include <kernel/devtree.h>
#include <kernel/fdt.h>
#include <kernel/params.h>
#include <kernel/printk.h>
#include <asm/cp15.h>
#include <asm/extable.h>
#include <asm/memory.h>
#include <asm/setup.h>
#include "../mm/mm.h"

/* r2 at the kernel's entry, stored by head.S. */
unsigned long __atags_pointer;

/*
 * Is phys where a bootloader could have put a DTB or ATAGs? head.S applies
 * the same test before it maps the window.
 */
static bool boot_params_plausible(unsigned long phys)
{
	return phys && !(phys & 3) && phys >= PHYS_OFFSET && phys - PHYS_OFFSET < BOARD_RAM_MAX;
}

/* Where the physical address phys shows up in the window head.S mapped. */
static const void *fdt_window(unsigned long phys)
{
	return (const void *)(FDT_FIXED_BASE + (phys & (SECTION_SIZE - 1)));
}

/*
 * Returns the DTB that r2 pointed at, through the window head.S mapped at
 * FDT_FIXED_BASE, if it is a plausible, well-formed blob; else NULL, with
 * the reason printed.
 */
static const void *setup_dtb(unsigned long phys, u32 *sizep)
{
	unsigned long off = phys & (SECTION_SIZE - 1);
	const void *fdt = fdt_window(phys);
	int err;

	if (!phys) {
		pr_warn("No DTB passed (r2 = 0)\n");
		return NULL;
	}
	if (!boot_params_plausible(phys)) {
		pr_warn("r2 = 0x%08lx is not a DTB address in RAM\n", phys);
		return NULL;
	}
	err = fdt_check_header(fdt, FDT_FIXED_SIZE - off);
	if (err) {
		pr_warn("No valid DTB at 0x%08lx: %s\n", phys, fdt_strerror(err));
		return NULL;
	}
	*sizep = fdt32_to_cpu(((const struct fdt_header *)fdt)->totalsize);
	return fdt;
}

/* Without a DTB: take the memory banks and command line from ATAGs, if valid ones are there. */
static void setup_atags(unsigned long phys)
{
	struct atag_info info;
	unsigned int i;

	if (!boot_params_plausible(phys) ||
	    parse_atags(fdt_window(phys), FDT_FIXED_SIZE - (phys & (SECTION_SIZE - 1)), &info)) {
		pr_warn("Using the board defaults: %u MiB of RAM at 0x%08x, empty command line\n",
			BOARD_RAM_DEFAULT >> 20, PHYS_OFFSET);
		return;
	}
	pr_warn("Found ATAGs at 0x%08lx instead: using their command line and memory\n", phys);
	if (info.cmdline)
		set_boot_command_line(info.cmdline, info.cmdline_len);
	for (i = 0; i < info.nr_mem && i < DT_MAX_MEM_REGIONS; i++) {
		boot_info.mem[i].base = info.mem[i].base;
		boot_info.mem[i].size = info.mem[i].size;
	}
	boot_info.nr_mem = i;
	boot_info.mem_source = "ATAGs";
}

void setup_arch(unsigned long dtb_phys)
{
	u32 size = 0;
	const void *fdt;
	unsigned long midr = read_midr();

	/* The exception table is in .rodata: sort it while head.S's map lets us write it. */
	sort_main_extable();
	pr_info("CPU: ARMv7 Processor [%08lx] revision %lu, cr=%08lx\n", midr, midr & 0xf,
		read_sctlr());
	fdt = setup_dtb(dtb_phys, &size);
	boot_info.fdt_phys = dtb_phys;
	if (fdt)
		pr_info("DTB at 0x%08lx, %u bytes\n", dtb_phys, size);
	else
		setup_atags(dtb_phys);
	early_init_dt_scan(fdt, size);
	pr_info("Machine model: %s\n", boot_info.model);

	/* Memory: arch/arm/mm/mm.h explains each step. */
	arm_memblock_init();
	adjust_lowmem_bounds();
	paging_init();
}
