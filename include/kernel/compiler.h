/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _KERNEL_COMPILER_H
#define _KERNEL_COMPILER_H

#define __section(s)	 __attribute__((section(s)))
#define __used		 __attribute__((used))
#define __noreturn	 __attribute__((noreturn))
#define __aligned(x)	 __attribute__((aligned(x)))
#define __printf(a, b)	 __attribute__((format(printf, a, b)))
#define __weak		 __attribute__((weak))
#define __packed	 __attribute__((packed))
#ifndef __always_inline /* glibc defines it too (host tests) */
#define __always_inline	 inline __attribute__((always_inline))
#endif
#define noinline	 __attribute__((noinline))
#define likely(x)	 __builtin_expect(!!(x), 1)
#define unlikely(x)	 __builtin_expect(!!(x), 0)
#define barrier()	 __asm__ __volatile__("" ::: "memory")

#define ARRAY_SIZE(a)	 (sizeof(a) / sizeof((a)[0]))
#define BUILD_BUG_ON(c)	 _Static_assert(!(c), #c)
#define __stringify_1(x) #x
#define __stringify(x)	 __stringify_1(x)

#define ALIGN(x, a)	 (((x) + ((a) - 1)) & ~((__typeof__(x))(a) - 1))
#define ALIGN_DOWN(x, a) ((x) & ~((__typeof__(x))(a) - 1))
#define IS_ALIGNED(x, a) (((x) & ((__typeof__(x))(a) - 1)) == 0)
#define min(a, b)	 ((a) < (b) ? (a) : (b))
#define max(a, b)	 ((a) > (b) ? (a) : (b))

#define READ_ONCE(x)	 (*(const volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, v) (*(volatile __typeof__(x) *)&(x) = (v))

#endif
