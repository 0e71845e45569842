/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ARMv7 short-descriptor translation table entries (arm-facts.md §1).
 *
 * First level (L1), one 32-bit entry per 1 MiB of virtual space:
 *
 *   31               20 19 18 17 16 15 14 12 11 10 9 8  5 4  3 2 1 0
 *  +-------------------+--+--+--+--+--+-----+-----+-+----+--+-+-+---+
 *  | section base PA   |NS| 0|nG| S|AP2| TEX |AP1:0| |dom |XN|C|B|1 0|  section
 *  +-------------------+--+--+--+--+--+-----+-----+-+----+--+-+-+---+
 *  | L2 table base PA [31:10]                     | |dom | |NS|   0 1|  page table
 *  +----------------------------------------------+-+----+--+-+-+---+
 *
 * With SCTLR.TRE = 1 the TEX[0], C and B bits index the PRRR/NMRR remap
 * registers; the kernel programs them with Linux's values (§1.5), so
 * index 0 = strongly ordered, 3 = normal write-back, 4 = device.
 */
#ifndef _ASM_PGTABLE_HWDEF_H
#define _ASM_PGTABLE_HWDEF_H

#include <asm/domain.h>
#include <board_config.h>	/* BOARD_HAS_MP_EXT */

#define PMD_TYPE_MASK		(3 << 0)
#define PMD_TYPE_FAULT		(0 << 0)
#define PMD_TYPE_TABLE		(1 << 0)
#define PMD_TYPE_SECT		(2 << 0)
#define PMD_BIT4		(1 << 4)
#define PMD_DOMAIN(x)		((x) << 5)
#define PMD_DOMAIN_MASK		PMD_DOMAIN(0xf)
#define PMD_SECT_BUFFERABLE	(1 << 2)
#define PMD_SECT_CACHEABLE	(1 << 3)
#define PMD_SECT_XN		(1 << 4)
#define PMD_SECT_AP_WRITE	(1 << 10) /* AP[0] */
#define PMD_SECT_AP_READ	(1 << 11) /* AP[1] */
#define PMD_SECT_TEX(x)		((x) << 12)
#define PMD_SECT_APX		(1 << 15) /* AP[2] */
#define PMD_SECT_S		(1 << 16)
#define PMD_SECT_nG		(1 << 17)
#define PMD_SECT_SUPER		(1 << 18)
#define PMD_SECT_AP_MASK	(PMD_SECT_APX | PMD_SECT_AP_READ | PMD_SECT_AP_WRITE)
#define PMD_SECT_MT_MASK	(PMD_SECT_TEX(1) | PMD_SECT_CACHEABLE | PMD_SECT_BUFFERABLE)

/*
 * Second level (L2), one 32-bit entry per 4 KiB page (the "extended small
 * page" form; arm-facts.md §1.3). Linux never uses large pages here.
 *
 *   31                        12 11 10  9  8  6  5  4  3 2 1  0
 *  +----------------------------+--+--+---+-----+-----+-+-+-+--+
 *  | page base PA               |nG| S|APX| TEX |AP1:0|C|B|1|XN|
 *  +----------------------------+--+--+---+-----+-----+-+-+-+--+
 */
#define PTE_TYPE_MASK		(3 << 0)
#define PTE_TYPE_FAULT		(0 << 0)
#define PTE_TYPE_LARGE		(1 << 0)
#define PTE_TYPE_SMALL		(2 << 0)
#define PTE_EXT_XN		(1 << 0)	/* v6+: execute never */
#define PTE_BUFFERABLE		(1 << 2)
#define PTE_CACHEABLE		(1 << 3)
#define PTE_EXT_AP0		(1 << 4)
#define PTE_EXT_AP1		(2 << 4)
#define PTE_EXT_AP_MASK		(3 << 4)
#define PTE_EXT_TEX(x)		((x) << 6)
#define PTE_EXT_TEX_MASK	PTE_EXT_TEX(7)
#define PTE_EXT_APX		(1 << 9)	/* AP[2] */
#define PTE_EXT_SHARED		(1 << 10)
#define PTE_EXT_NG		(1 << 11)

/* Memory types (TEX remap indexes) for sections. */
#define PMD_SECT_UNCACHED	0			/* index 0: strongly ordered */
#define PMD_SECT_WB		(PMD_SECT_CACHEABLE | PMD_SECT_BUFFERABLE) /* index 3 */

#define PMD_SECT_WBWA		(PMD_SECT_TEX(1) | PMD_SECT_CACHEABLE | PMD_SECT_BUFFERABLE)
#define PMD_SECT_DEV_SHARED	(PMD_SECT_TEX(1) | PMD_SECT_S) /* index 4: device, shareable */

#define SUPERSECTION_SHIFT	24
#define SUPERSECTION_MASK	(~((1U << SUPERSECTION_SHIFT) - 1))
/* A 64 KiB large page (L2 type 1): never made here, but decoded by `pte`. */
#define LARGE_PAGE_SHIFT	16
#define LARGE_PAGE_MASK		(~((1U << LARGE_PAGE_SHIFT) - 1))

/*
 * The domains (<asm/domain.h>): head.S starts with the kernel's client
 * and user memory closed (software PAN) -- there is no user memory yet.
 */
#define DACR_INIT		DACR_UACCESS_DISABLE

/* The sections head.S creates. */
#define PMD_SECT_KERNEL_RAM	(PMD_TYPE_SECT | PMD_SECT_AP_WRITE | PMD_SECT_WB | \
				 PMD_DOMAIN(DOMAIN_KERNEL))
#define PMD_SECT_KERNEL_IO	(PMD_TYPE_SECT | PMD_SECT_AP_WRITE | PMD_SECT_XN | \
				 PMD_SECT_UNCACHED | PMD_DOMAIN(DOMAIN_IO))

/*
 * TTBR0/1 walk attributes for a uniprocessor: inner and outer write-back
 * (§1.7). With the multiprocessing extensions (Cortex-A9) the inner
 * attribute is IRGN, split over bits 0 and 6; without them (Cortex-A8)
 * bit 0 is C, "inner cacheable", and bit 6 is reserved.
 */
#ifndef BOARD_HAS_MP_EXT
#error "board_config.h must say whether the CPU has the MP extensions"
#elif BOARD_HAS_MP_EXT
#define TTB_FLAGS_UP		0x59	/* IRGN = 0b11 (bits 0, 6), RGN = 0b11 */
#else
#define TTB_FLAGS_UP		0x19	/* C (bit 0), RGN = 0b11 */
#endif

/* TEX remap registers, Linux's values (§1.5). */
#define PRRR_INIT		0xFF0A81A8
#define NMRR_INIT		0x40E040E0

/* SCTLR bits (§2). */
#define CR_M	(1 << 0)
#define CR_A	(1 << 1)
#define CR_C	(1 << 2)
#define CR_Z	(1 << 11)
#define CR_I	(1 << 12)
#define CR_V	(1 << 13)
#define CR_TRE	(1 << 28)
#define CR_AFE	(1 << 29)
#define CR_TE	(1 << 30)

/* DFSR/IFSR (§3). */
#define FSR_WRITE	(1 << 11)	/* WnR: the access was a write */
#define FSR_CM		(1 << 13)	/* a cache maintenance operation faulted */
#define FSR_FS4		(1 << 10)
#define FSR_FS3_0	0xf
#define FSR_EXT		(1 << 12)	/* ExT: external abort type (implementation defined) */
#define FSR_LNX_PF	(1U << 31) /* Linux's marker for prefetch aborts */

#endif
