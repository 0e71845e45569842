/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The host tests' stand-in for arch/arm/include/asm/pgtable.h, as much as
 * mm/vmalloc.c needs: the vmalloc window and the kernel protections.
 *
 * The window is a range of fake addresses that nothing dereferences (the
 * area allocator only does arithmetic on them; the page-table calls go to
 * the recording fake of vmalloc_shim.c). It is two variables, so a case
 * can make it small to exhaust it, or put it at the top of the address
 * space to look for wrap-around. The protections are distinct tokens the
 * fake records, not the board's bits.
 */
#ifndef _HOST_ASM_PGTABLE_H
#define _HOST_ASM_PGTABLE_H

#include <kernel/types.h>
#include <asm/page.h>
#include <asm/pgtable-2level-types.h>

extern unsigned long host_vmalloc_start, host_vmalloc_end;
#define VMALLOC_START host_vmalloc_start
#define VMALLOC_END host_vmalloc_end

#define PAGE_KERNEL __pgprot(0x10)
#define PAGE_KERNEL_EXEC __pgprot(0x20)
#define PAGE_KERNEL_DEVICE __pgprot(0x40)

/*
 * The user half, for the area code (mm/mmap.c): the board's
 * TASK_UNMAPPED_BASE (TASK_SIZE is in asm/memory.h), and user
 * protections as distinct tokens.
 */
#define TASK_UNMAPPED_BASE	((TASK_SIZE / 3 + 0xffffffUL) & ~0xffffffUL)
#define PAGE_NONE		__pgprot(0x100)
#define PAGE_READONLY		__pgprot(0x200)
#define PAGE_READONLY_EXEC	__pgprot(0x400)
#define PAGE_SHARED		__pgprot(0x800)
#define PAGE_SHARED_EXEC	__pgprot(0x1000)
#define PAGE_COPY		__pgprot(0x2000)
#define PAGE_COPY_EXEC		__pgprot(0x4000)

#endif
