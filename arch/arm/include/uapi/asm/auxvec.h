/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Auxiliary vector types (Linux's include/uapi/linux/auxvec.h): the ones
 * exec writes for a static program (kernel/exec.c) and the user runtime
 * reads (getauxval in tests/user/lib/).
 */
#ifndef _UAPI_ASM_AUXVEC_H
#define _UAPI_ASM_AUXVEC_H

#define AT_NULL		0
#define AT_PHDR		3
#define AT_PHENT	4
#define AT_PHNUM	5
#define AT_PAGESZ	6
#define AT_ENTRY	9
#define AT_HWCAP	16
#define AT_RANDOM	25

#endif
