// SPDX-License-Identifier: GPL-2.0
/*
 * The fault status tables: FS[4:0] of DFSR (data aborts) and IFSR
 * (prefetch aborts) to a handler, the signal for a user process and a
 * name, as in Linux 6.1's arch/arm/mm/fsr-2level.c with the ARMv7 hooks of
 * arch/arm/mm/fault.c applied (arm-facts.md §3). Translation and
 * permission faults go to the page-fault path; everything else is do_bad.
 *
 * Three names differ from Linux's on purpose, to say what ARMv7 defines
 * there: DFSR 6 "page access flag fault" (Linux repeats "section access
 * flag fault"), 16 "TLB conflict abort" and 21 "exclusive access fault"
 * (Linux: "unknown 16", "unknown 21").
 */
#include <kernel/signal.h>
#include "fault.h"

const struct fsr_info fsr_info[32] = {
	/*  0 */ { do_bad, SIGSEGV, 0, "vector exception" },
	/*  1 */ { do_bad, SIGBUS, BUS_ADRALN, "alignment exception" },
	/*  2 */ { do_bad, SIGKILL, 0, "terminal exception" },
	/*  3 */ { do_bad, SIGSEGV, SEGV_MAPERR, "section access flag fault" },
	/*  4 */ { do_translation_fault, SIGSEGV, SEGV_MAPERR, "I-cache maintenance fault" },
	/*  5 */ { do_translation_fault, SIGSEGV, SEGV_MAPERR, "section translation fault" },
	/*  6 */ { do_bad, SIGSEGV, SEGV_MAPERR, "page access flag fault" },
	/*  7 */ { do_page_fault, SIGSEGV, SEGV_MAPERR, "page translation fault" },
	/*  8 */ { do_bad, SIGBUS, 0, "external abort on non-linefetch" },
	/*  9 */ { do_bad, SIGSEGV, SEGV_ACCERR, "section domain fault" },
	/* 10 */ { do_bad, SIGBUS, 0, "external abort on non-linefetch" },
	/* 11 */ { do_bad, SIGSEGV, SEGV_ACCERR, "page domain fault" },
	/* 12 */ { do_bad, SIGBUS, 0, "external abort on translation" },
	/* 13 */ { do_sect_fault, SIGSEGV, SEGV_ACCERR, "section permission fault" },
	/* 14 */ { do_bad, SIGBUS, 0, "external abort on translation" },
	/* 15 */ { do_page_fault, SIGSEGV, SEGV_ACCERR, "page permission fault" },
	/* 16 */ { do_bad, SIGBUS, 0, "TLB conflict abort" },
	/* 17 */ { do_bad, SIGBUS, 0, "unknown 17" },
	/* 18 */ { do_bad, SIGBUS, 0, "unknown 18" },
	/* 19 */ { do_bad, SIGBUS, 0, "unknown 19" },
	/* 20 */ { do_bad, SIGBUS, 0, "lock abort" },
	/* 21 */ { do_bad, SIGBUS, 0, "exclusive access fault" },
	/* 22 */ { do_bad, SIGBUS, BUS_OBJERR, "imprecise external abort" },
	/* 23 */ { do_bad, SIGBUS, 0, "unknown 23" },
	/* 24 */ { do_bad, SIGBUS, 0, "dcache parity error" },
	/* 25 */ { do_bad, SIGBUS, 0, "unknown 25" },
	/* 26 */ { do_bad, SIGBUS, 0, "unknown 26" },
	/* 27 */ { do_bad, SIGBUS, 0, "unknown 27" },
	/* 28 */ { do_bad, SIGBUS, 0, "unknown 28" },
	/* 29 */ { do_bad, SIGBUS, 0, "unknown 29" },
	/* 30 */ { do_bad, SIGBUS, 0, "unknown 30" },
	/* 31 */ { do_bad, SIGBUS, 0, "unknown 31" },
};

const struct fsr_info ifsr_info[32] = {
	/*  0 */ { do_bad, SIGBUS, 0, "unknown 0" },
	/*  1 */ { do_bad, SIGBUS, 0, "unknown 1" },
	/*  2 */ { do_bad, SIGBUS, 0, "debug event" },
	/*  3 */ { do_bad, SIGSEGV, SEGV_ACCERR, "section access flag fault" },
	/*  4 */ { do_bad, SIGBUS, 0, "unknown 4" },
	/*  5 */ { do_translation_fault, SIGSEGV, SEGV_MAPERR, "section translation fault" },
	/*  6 */ { do_bad, SIGSEGV, SEGV_ACCERR, "page access flag fault" },
	/*  7 */ { do_page_fault, SIGSEGV, SEGV_MAPERR, "page translation fault" },
	/*  8 */ { do_bad, SIGBUS, 0, "external abort on non-linefetch" },
	/*  9 */ { do_bad, SIGSEGV, SEGV_ACCERR, "section domain fault" },
	/* 10 */ { do_bad, SIGBUS, 0, "unknown 10" },
	/* 11 */ { do_bad, SIGSEGV, SEGV_ACCERR, "page domain fault" },
	/* 12 */ { do_bad, SIGBUS, 0, "external abort on translation" },
	/* 13 */ { do_sect_fault, SIGSEGV, SEGV_ACCERR, "section permission fault" },
	/* 14 */ { do_bad, SIGBUS, 0, "external abort on translation" },
	/* 15 */ { do_page_fault, SIGSEGV, SEGV_ACCERR, "page permission fault" },
	/* 16 */ { do_bad, SIGBUS, 0, "unknown 16" },
	/* 17 */ { do_bad, SIGBUS, 0, "unknown 17" },
	/* 18 */ { do_bad, SIGBUS, 0, "unknown 18" },
	/* 19 */ { do_bad, SIGBUS, 0, "unknown 19" },
	/* 20 */ { do_bad, SIGBUS, 0, "unknown 20" },
	/* 21 */ { do_bad, SIGBUS, 0, "unknown 21" },
	/* 22 */ { do_bad, SIGBUS, 0, "unknown 22" },
	/* 23 */ { do_bad, SIGBUS, 0, "unknown 23" },
	/* 24 */ { do_bad, SIGBUS, 0, "unknown 24" },
	/* 25 */ { do_bad, SIGBUS, 0, "unknown 25" },
	/* 26 */ { do_bad, SIGBUS, 0, "unknown 26" },
	/* 27 */ { do_bad, SIGBUS, 0, "unknown 27" },
	/* 28 */ { do_bad, SIGBUS, 0, "unknown 28" },
	/* 29 */ { do_bad, SIGBUS, 0, "unknown 29" },
	/* 30 */ { do_bad, SIGBUS, 0, "unknown 30" },
	/* 31 */ { do_bad, SIGBUS, 0, "unknown 31" },
};

const char *fsr_name(unsigned int fsr)
{
	const struct fsr_info *table = (fsr & FSR_LNX_PF) ? ifsr_info : fsr_info;

	return table[fsr_fs(fsr)].name;
}
