/* SPDX-License-Identifier: GPL-2.0 */
/* Signal numbers and si_code values: Linux's ARM EABI values. */
#ifndef _KERNEL_SIGNAL_H
#define _KERNEL_SIGNAL_H

#define SIGILL		4
#define SIGTRAP		5
#define SIGBUS		7
#define SIGKILL		9
#define SIGSEGV		11
#define SIGTERM		15
#define _NSIG		64

#define ILL_ILLOPC	1 /* illegal opcode */
#define SEGV_MAPERR	1 /* address not mapped */
#define SEGV_ACCERR	2 /* invalid permissions for a mapped object */
#define BUS_ADRALN	1 /* invalid address alignment */
#define BUS_ADRERR	2 /* non-existent physical address */
#define BUS_OBJERR	3 /* object-specific hardware error */

#endif
