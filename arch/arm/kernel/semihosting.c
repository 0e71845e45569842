// SPDX-License-Identifier: GPL-2.0
#include <asm/semihosting.h>
#include <kernel/compiler.h>

long semihost_call(unsigned long op, unsigned long arg)
{
	register unsigned long r0 __asm__("r0") = op;
	register unsigned long r1 __asm__("r1") = arg;

	/* SVC from SVC mode overwrites lr_svc: tell the compiler. */
	__asm__ __volatile__("svc %[imm]"
			     : "+r"(r0)
			     : "r"(r1), [imm] "i"(SEMIHOST_SVC)
			     : "lr", "memory", "cc");
	return (long)r0;
}
