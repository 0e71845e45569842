/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_ASSEMBLER_H
#define _ASM_ASSEMBLER_H

#ifdef __ASSEMBLER__
#define ENTRY(name)	\
	.globl name;	\
	.type name, %function; \
	.align 2;	\
name:
#define ENDPROC(name)	\
	.size name, . - name
#endif

#endif
