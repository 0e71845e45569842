/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Force-included (gcc -include) into every host build of kernel code and of
 * the tests, never into harness.c. It renames each kernel library symbol
 * that libc also defines, or that GCC knows as a builtin, so that:
 *  - the kernel's definitions link beside libc without clashing,
 *  - a test's call to memcpy really calls the kernel's memcpy, not libc's
 *    or an inlined builtin.
 * The kernel headers then declare k_memcpy etc.; so a file that includes
 * this must not also include a libc header declaring the same names
 * (<string.h>, <stdio.h>, <ctype.h>): tests get libc only via harness.h.
 */
#ifndef _TESTS_HOST_RENAME_H
#define _TESTS_HOST_RENAME_H

/* <kernel/string.h> */
#define memcpy	    k_memcpy
#define memmove	    k_memmove
#define memset	    k_memset
#define memcmp	    k_memcmp
#define memchr	    k_memchr
#define strlen	    k_strlen
#define strnlen	    k_strnlen
#define strcmp	    k_strcmp
#define strncmp	    k_strncmp
#define strchr	    k_strchr
#define strrchr	    k_strrchr
#define strstr	    k_strstr
#define strlcpy	    k_strlcpy
#define strscpy	    k_strscpy
#define strsep	    k_strsep
#define skip_spaces k_skip_spaces
#define kstrtoul    k_kstrtoul
#define kstrtol	    k_kstrtol
#define kstrtoull   k_kstrtoull
#define isdigit	    k_isdigit
#define isspace	    k_isspace
#define isxdigit    k_isxdigit
#define isprint	    k_isprint
#define tolower	    k_tolower

/* <kernel/sprintf.h> */
#define vsnprintf  k_vsnprintf
#define snprintf   k_snprintf
#define vscnprintf k_vscnprintf
#define scnprintf  k_scnprintf

#endif
