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

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
typedef int8_t s8;
typedef int16_t s16;
typedef int32_t s32;
typedef int64_t s64;

typedef u32 phys_addr_t;

#endif
