/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Fixed-width types for the kernel. Only compiler-provided freestanding
 * headers are used, so the same code builds for the ARM target and, in
 * tests/host, for the build machine.
 */
#ifndef _KERNEL_TYPES_H
#define _KERNEL_TYPES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Spelled out rather than taken from <stdint.h>: arm-none-eabi's uint32_t
 * is 'unsigned long', which would make "%u" wrong for a u32. As in Linux,
 * u32 is 'unsigned int' and u64 'unsigned long long' on every target.
 */
typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef signed char s8;
typedef signed short s16;
typedef signed int s32;
typedef signed long long s64;

typedef u32 phys_addr_t;

#endif
