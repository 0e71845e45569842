// SPDX-License-Identifier: GPL-2.0
/*
 * The fault status tables: FS[4:0] of DFSR (data aborts) and IFSR
 * (prefetch aborts) to a handler and a name, as in Linux 6.1's
 * arch/arm/mm/fsr-2level.c (arm-facts.md §3). Translation and permission
 * faults go to the page-fault path; everything else is do_bad.
 */
#include "fault.h"

const struct fsr_info fsr_info[32] = {
	{ do_bad, "vector exception" },
	{ do_bad, "alignment exception" },
	{ do_bad, "terminal exception" },
	{ do_bad, "section access flag fault" },
	{ do_bad, "I-cache maintenance fault" },
	{ do_translation_fault, "section translation fault" },
	{ do_bad, "page access flag fault" },
	{ do_page_fault, "page translation fault" },
	{ do_bad, "external abort on non-linefetch" },
	{ do_bad, "section domain fault" },
	{ do_bad, "unknown 10" },
	{ do_bad, "page domain fault" },
	{ do_bad, "external abort on translation" },
	{ do_sect_fault, "section permission fault" },
	{ do_bad, "external abort on translation" },
	{ do_page_fault, "page permission fault" },
	{ do_bad, "TLB conflict abort" },
	{ do_bad, "unknown 17" },
	{ do_bad, "unknown 18" },
	{ do_bad, "unknown 19" },
	{ do_bad, "lock abort" },
	{ do_bad, "exclusive access fault" },
	{ do_bad, "imprecise external abort" },
	{ do_bad, "unknown 23" },
	{ do_bad, "dcache parity error" },
	{ do_bad, "unknown 25" },
	{ do_bad, "unknown 26" },
	{ do_bad, "unknown 27" },
	{ do_bad, "unknown 28" },
	{ do_bad, "unknown 29" },
	{ do_bad, "unknown 30" },
	{ do_bad, "unknown 31" },
};

const struct fsr_info ifsr_info[32] = {
	{ do_bad, "unknown 0" },
	{ do_bad, "unknown 1" },
	{ do_bad, "debug event" },
	{ do_bad, "section access flag fault" },
	{ do_bad, "unknown 4" },
	{ do_translation_fault, "section translation fault" },
	{ do_bad, "page access flag fault" },
	{ do_page_fault, "page translation fault" },
	{ do_bad, "external abort on non-linefetch" },
	{ do_bad, "section domain fault" },
	{ do_bad, "unknown 10" },
	{ do_bad, "page domain fault" },
	{ do_bad, "external abort on translation" },
	{ do_sect_fault, "section permission fault" },
	{ do_bad, "external abort on translation" },
	{ do_page_fault, "page permission fault" },
	{ do_bad, "unknown 16" },
	{ do_bad, "unknown 17" },
	{ do_bad, "unknown 18" },
	{ do_bad, "unknown 19" },
	{ do_bad, "unknown 20" },
	{ do_bad, "unknown 21" },
	{ do_bad, "unknown 22" },
	{ do_bad, "unknown 23" },
	{ do_bad, "unknown 24" },
	{ do_bad, "unknown 25" },
	{ do_bad, "unknown 26" },
	{ do_bad, "unknown 27" },
	{ do_bad, "unknown 28" },
	{ do_bad, "unknown 29" },
	{ do_bad, "unknown 30" },
	{ do_bad, "unknown 31" },
};

const char *fsr_name(unsigned int fsr)
{
	const struct fsr_info *table = (fsr & FSR_LNX_PF) ? ifsr_info : fsr_info;

	return table[fsr_fs(fsr)].name;
}
