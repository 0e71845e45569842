// SPDX-License-Identifier: GPL-2.0
/*
 * The fault status tables: FS[4:0] of DFSR (data aborts) and IFSR
 * (prefetch aborts) to a handler, the signal and si_code for a user
 * process when the handler cannot resolve the fault, and the status's
 * name (the ARM ARM's, table B3-23 "Short-descriptor format FSR
 * encodings", section B3.13.3). Linux's arch/arm/mm/fsr-2level.c has the
 * same shape, with the ARMv7 hooks of arch/arm/mm/fault.c applied:
 *
 *   translation fault, section  -> do_translation_fault (user address:
 *                                  do_page_fault; kernel: the lazy L1 sync)
 *   translation fault, page     -> do_page_fault (also old ptes: young)
 *   permission fault, page      -> do_page_fault (copy-on-write, dirty,
 *                                  a real permission fault, XN)
 *   permission fault, section   -> do_sect_fault (the kernel's sections)
 *   I-cache maintenance fault   -> do_translation_fault (the address of
 *                                  a maintenance operation was unmapped)
 *   alignment fault             -> do_alignment
 *   everything else             -> do_bad: the signal below, or the Oops
 *
 * Domain faults are do_bad: with software PAN (<asm/domain.h>) they are
 * a kernel access to user memory outside the uaccess routines, a bug.
 * Access flag faults cannot happen (SCTLR.AFE is clear). The rows the
 * two registers share are listed once (FSR_COMMON_ROWS); the statuses
 * only DFSR defines (alignment, I-cache maintenance, the asynchronous
 * aborts) are reserved in IFSR.
 */
#include <kernel/signal.h>
#include "fault.h"

#define UNKNOWN(n)	[n] = { do_bad, SIGBUS, 0, "unknown " #n }

#define FSR_COMMON_ROWS                                                                        \
	UNKNOWN(0),                                                                         \
	[2] = { do_bad, SIGTRAP, 0, "debug event" },                                        \
	[3] = { do_bad, SIGSEGV, SEGV_ACCERR, "section access flag fault" },                \
	[5] = { do_translation_fault, SIGSEGV, SEGV_MAPERR, "section translation fault" },  \
	[6] = { do_bad, SIGSEGV, SEGV_ACCERR, "page access flag fault" },                   \
	[7] = { do_page_fault, SIGSEGV, SEGV_MAPERR, "page translation fault" },            \
	[8] = { do_bad, SIGBUS, BUS_OBJERR, "synchronous external abort" },                 \
	[9] = { do_bad, SIGSEGV, SEGV_ACCERR, "section domain fault" },                     \
	UNKNOWN(10),                                                                        \
	[11] = { do_bad, SIGSEGV, SEGV_ACCERR, "page domain fault" },                       \
	[12] = { do_bad, SIGBUS, BUS_OBJERR,                                                \
		 "synchronous external abort on translation table walk, first level" },     \
	[13] = { do_sect_fault, SIGSEGV, SEGV_ACCERR, "section permission fault" },         \
	[14] = { do_bad, SIGBUS, BUS_OBJERR,                                                \
		 "synchronous external abort on translation table walk, second level" },    \
	[15] = { do_page_fault, SIGSEGV, SEGV_ACCERR, "page permission fault" },            \
	[16] = { do_bad, SIGBUS, 0, "TLB conflict abort" },                                 \
	UNKNOWN(17), UNKNOWN(18), UNKNOWN(19),                                              \
	[20] = { do_bad, SIGBUS, 0, "lockdown abort" },                                     \
	UNKNOWN(21), UNKNOWN(23),                                                           \
	[25] = { do_bad, SIGBUS, BUS_OBJERR, "synchronous parity error on memory access" }, \
	[26] = { do_bad, SIGBUS, 0, "coprocessor abort" },                                  \
	UNKNOWN(27),                                                                        \
	[28] = { do_bad, SIGBUS, BUS_OBJERR,                                                \
		 "synchronous parity error on translation table walk, first level" },       \
	UNKNOWN(29),                                                                        \
	[30] = { do_bad, SIGBUS, BUS_OBJERR,                                                \
		 "synchronous parity error on translation table walk, second level" },      \
	UNKNOWN(31)

const struct fsr_info fsr_info[32] = {
	FSR_COMMON_ROWS,
	[1] = { do_alignment, SIGBUS, BUS_ADRALN, "alignment fault" },
	[4] = { do_translation_fault, SIGSEGV, SEGV_MAPERR, "instruction cache maintenance fault" },
	[22] = { do_bad, SIGBUS, BUS_OBJERR, "asynchronous external abort" },
	[24] = { do_bad, SIGBUS, BUS_OBJERR, "asynchronous parity error on memory access" },
};

const struct fsr_info ifsr_info[32] = {
	FSR_COMMON_ROWS,
	UNKNOWN(1),
	UNKNOWN(4),
	UNKNOWN(22),
	UNKNOWN(24),
};

const char *fsr_name(unsigned int fsr)
{
	const struct fsr_info *table = (fsr & FSR_LNX_PF) ? ifsr_info : fsr_info;

	return table[fsr_fs(fsr)].name;
}
