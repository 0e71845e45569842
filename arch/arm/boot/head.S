/* SPDX-License-Identifier: GPL-2.0 */
/*
 * head.S: the kernel's first instructions.
 *
 * Entry contract (Linux's, Documentation/arm/booting.rst; arm-facts.md §8.2):
 * MMU off, D-cache off, r0 = 0, r1 = machine number, r2 = physical address
 * of the DTB. U-Boot's bootm and QEMU's -kernel (for a uImage or a raw
 * image) both start us this way, at PHYS_OFFSET + TEXT_OFFSET.
 *
 * What happens here, in order:
 *  1. SVC mode, IRQ and FIQ masked; keep r2 (the DTB) in r10.
 *  2. The board's early hook (vexpress-a9: start the global timer for
 *     `make bench`).
 *  3. Compute the RAM base from the PC (stext - TEXT_OFFSET) and check it
 *     is the PHYS_OFFSET the kernel was linked for; if not, say so on the
 *     UART (physical address) and stop: a wrong load address must never
 *     look like a silent hang.
 *  4. Invalidate the I-cache, branch predictor, TLB and the L1 D-cache
 *     (which comes out of reset in an unknown state on real cores).
 *  5. Build the early swapper_pg_dir at PHYS_OFFSET + 0x4000 (16 KiB, the
 *     hardware L1 table) with 1 MiB sections only:
 *       - an identity map (VA == PA) of the section holding __turn_mmu_on,
 *         so the instruction after the MMU switch still has a mapping;
 *       - the linear map PAGE_OFFSET -> PHYS_OFFSET for the kernel image
 *         plus EARLY_MAP_EXTRA, for the first allocations;
 *       - two sections at FDT_FIXED_BASE covering the DTB;
 *       - the console UART (and the CPU's private peripherals) at the
 *         early I/O windows, as strongly-ordered, execute-never memory.
 *  6. Program DACR, TTBCR, TTBR0/1 and the TEX remap registers, turn on the
 *     MMU, caches and branch prediction, and jump to __mmap_switched at its
 *     virtual address.
 *  7. There: set up the exception-mode stacks and VBAR (cpu_init), remove
 *     the identity map, clear BSS, set the stack and call
 *     start_kernel(dtb_phys).
 *
 * Until step 7, VBAR points at __early_vectors: an exception this early
 * prints where it happened and halts, never a silent hang.
 *
 * To step through this in GDB (the MMU is off, so the PC holds physical
 * addresses): see README.md, "Debugging from the first instruction".
 */
#include <kernel/compiler.h>
#include <asm/assembler.h>
#include <asm/memory.h>
#include <asm/pgtable-hwdef.h>
#include <asm/ptrace.h>
#include "board-asm.h"

	.syntax unified
	.arm
	.cfi_sections .debug_frame
	.section ".head.text", "ax"

ENTRY(stext)
	msr	cpsr_c, #(PSR_F_BIT | PSR_I_BIT | SVC_MODE)
	mov	r10, r2				@ r10 = DTB physical address
	adr	r0, __early_vectors		@ until cpu_init: report and halt
	mcr	p15, 0, r0, c12, c0, 0		@ VBAR
	board_early_init r0, r1

	adr	r8, stext			@ MMU off: a physical address
	sub	r8, r8, #TEXT_OFFSET		@ r8 = where RAM starts, from the PC
	ldr	r1, =PHYS_OFFSET
	cmp	r8, r1				@ __pa()/__va() assume the link-time value
	bne	__error_load_addr

	bl	__cpu_invalidate
	bl	__create_page_tables		@ returns r4 = swapper_pg_dir (phys)
	b	__enable_mmu
ENDPROC(stext)

/*
 * Invalidates the I-cache, branch predictor, unified TLB and the L1 data
 * cache by set/way. Clobbers r0-r7 (not r8, r10).
 */
__cpu_invalidate:
	mov	r0, #0
	mcr	p15, 0, r0, c7, c5, 0		@ ICIALLU
	mcr	p15, 0, r0, c7, c5, 6		@ BPIALL
	mcr	p15, 0, r0, c8, c7, 0		@ TLBIALL
	mcr	p15, 2, r0, c0, c0, 0		@ CSSELR: level 1 data cache
	isb
	mrc	p15, 1, r0, c0, c0, 0		@ CCSIDR
	movw	r1, #0x7fff
	and	r2, r1, r0, lsr #13		@ r2 = number of sets - 1
	movw	r1, #0x3ff
	and	r3, r1, r0, lsr #3		@ r3 = number of ways - 1
	add	r2, r2, #1			@ r2 = number of sets
	and	r0, r0, #7
	add	r0, r0, #4			@ r0 = log2(line size in bytes)
	clz	r1, r3				@ r1 = bit position of the way field
	add	r4, r3, #1			@ r4 = number of ways
1:	sub	r2, r2, #1			@ for each set, from the top
	mov	r3, r4
2:	subs	r3, r3, #1			@ for each way, from the top
	mov	r5, r3, lsl r1
	mov	r6, r2, lsl r0
	orr	r5, r5, r6
	mcr	p15, 0, r5, c7, c6, 2		@ DCISW: invalidate by set/way
	bgt	2b
	cmp	r2, #0
	bgt	1b
	dsb
	isb
	mov	pc, lr
ENDPROC(__cpu_invalidate)

/*
 * Builds the early swapper_pg_dir (see the top of this file) from
 * r8 = the RAM base. Returns r4 = its physical address. Clobbers r0-r7.
 */
__create_page_tables:
	add	r4, r8, #(TEXT_OFFSET - SWAPPER_PG_DIR_SIZE)

	mov	r0, r4				@ clear all 4096 entries
	mov	r3, #0
	add	r6, r0, #SWAPPER_PG_DIR_SIZE
1:	str	r3, [r0], #4
	str	r3, [r0], #4
	str	r3, [r0], #4
	str	r3, [r0], #4
	teq	r0, r6
	bne	1b

	ldr	r7, =PMD_SECT_KERNEL_RAM

	adr	r0, __turn_mmu_on		@ identity map: entry index = PA >> 20
	mov	r0, r0, lsr #SECTION_SHIFT
	orr	r3, r7, r0, lsl #SECTION_SHIFT
	str	r3, [r4, r0, lsl #2]

	ldr	r6, =_end			@ linear map of the image + extra
	sub	r6, r6, #PAGE_OFFSET
	add	r6, r6, #EARLY_MAP_EXTRA
	ldr	r0, =(SECTION_SIZE - 1)
	add	r6, r6, r0
	mov	r6, r6, lsr #SECTION_SHIFT	@ r6 = number of sections
	add	r0, r4, #((PAGE_OFFSET >> SECTION_SHIFT) * 4)
	orr	r3, r7, r8
2:	str	r3, [r0], #4
	add	r3, r3, #SECTION_SIZE
	subs	r6, r6, #1
	bne	2b

	sub	r0, r10, r8			@ the DTB window, only when r2 is in
	ldr	r1, =BOARD_RAM_MAX		@ RAM and word aligned (as setup.c
	cmp	r0, r1				@ checks): never map device space as
	bhs	3f				@ normal memory on a bootloader's say-so
	tst	r10, #3
	bne	3f
	orr	r7, r7, #PMD_SECT_XN
	mov	r3, r10, lsr #SECTION_SHIFT
	orr	r3, r7, r3, lsl #SECTION_SHIFT
	ldr	r0, =((FDT_FIXED_BASE >> SECTION_SHIFT) * 4)
	add	r0, r0, r4
	str	r3, [r0], #4
	add	r3, r3, #SECTION_SIZE
	str	r3, [r0]
3:
	ldr	r7, =PMD_SECT_KERNEL_IO		@ early I/O windows
	ldr	r3, =(BOARD_UART_PHYS & ~(SECTION_SIZE - 1))
	orr	r3, r3, r7
	ldr	r0, =((EARLY_UART_BASE >> SECTION_SHIFT) * 4)
	str	r3, [r4, r0]
#ifdef BOARD_PERIPH_PHYS
	ldr	r3, =(BOARD_PERIPH_PHYS & ~(SECTION_SIZE - 1))
	orr	r3, r3, r7
	ldr	r0, =((EARLY_PERIPH_BASE >> SECTION_SHIFT) * 4)
	str	r3, [r4, r0]
#endif
	dsb
	mov	pc, lr
ENDPROC(__create_page_tables)

/*
 * Programs the MMU registers and enables it. r4 = swapper_pg_dir (phys).
 * DACR: the kernel's domains are "client", so the AP bits are checked
 * (§1.6); DOMAIN_USER is "no access" (software PAN, <asm/domain.h>).
 * TTBCR = 0: every address walks through TTBR0, as in Linux.
 */
__enable_mmu:
	mov	r0, #DACR_INIT
	mcr	p15, 0, r0, c3, c0, 0		@ DACR
	mov	r0, #0
	mcr	p15, 0, r0, c2, c0, 2		@ TTBCR
	orr	r0, r4, #TTB_FLAGS_UP
	mcr	p15, 0, r0, c2, c0, 0		@ TTBR0
	mcr	p15, 0, r0, c2, c0, 1		@ TTBR1
	ldr	r0, =PRRR_INIT
	mcr	p15, 0, r0, c10, c2, 0		@ PRRR
	ldr	r0, =NMRR_INIT
	mcr	p15, 0, r0, c10, c2, 1		@ NMRR
	isb
	mrc	p15, 0, r0, c1, c0, 0		@ SCTLR
	ldr	r1, =(CR_A | CR_AFE | CR_V | CR_TE)
	bic	r0, r0, r1
	ldr	r1, =(CR_M | CR_C | CR_Z | CR_I | CR_TRE)
	orr	r0, r0, r1
	ldr	lr, =__mmap_switched		@ a virtual address
	b	__turn_mmu_on
ENDPROC(__enable_mmu)

/*
 * The MMU switch. The next instruction fetch after the SCTLR write goes
 * through the new tables, which is why this code is identity-mapped.
 */
	.align	5
	.globl	__turn_mmu_on			@ early_mmu checks its identity map is gone
__turn_mmu_on:
	mcr	p15, 0, r0, c1, c0, 0		@ SCTLR: MMU on
	isb
	mov	pc, lr
ENDPROC(__turn_mmu_on)

/*
 * Running at virtual addresses now. r8 = PHYS_OFFSET, r10 = DTB (phys).
 */
__mmap_switched:
	.cfi_startproc
	.cfi_undefined lr			@ for debuggers: the first frame,
	.cfi_undefined pc			@ `bt` ends here
	bl	cpu_init			@ the real vectors, before the identity
						@ map (and __early_vectors) goes
	ldr	r0, =__turn_mmu_on		@ remove the identity map
	sub	r0, r0, #PAGE_OFFSET
	add	r0, r0, r8
	mov	r0, r0, lsr #SECTION_SHIFT
	ldr	r1, =swapper_pg_dir
	add	r1, r1, r0, lsl #2
	mov	r2, #0
	str	r2, [r1]
	mcr	p15, 0, r1, c7, c10, 1		@ DCCMVAC: walkers may not read the cache
	dsb
	mcr	p15, 0, r2, c8, c7, 0		@ TLBIALL
	mcr	p15, 0, r2, c7, c5, 6		@ BPIALL
	dsb
	isb

	ldr	r0, =__bss_start		@ clear BSS
	ldr	r1, =__bss_stop
	mov	r2, #0
1:	cmp	r0, r1
	strlo	r2, [r0], #4
	blo	1b

	ldr	sp, =(init_thread_union + THREAD_SIZE)
	ldr	r0, =__atags_pointer
	str	r10, [r0]
	mov	r0, r10
	mov	fp, #0				@ the end of every backtrace
	bl	start_kernel
	b	.				@ start_kernel never returns
	.cfi_endproc
ENDPROC(__mmap_switched)

/* Prints the string at r3 on the UART at r5. Clobbers r2, r3, r6. */
__early_puts:
	ldrb	r2, [r3], #1
	cmp	r2, #0
	moveq	pc, lr
	board_early_putc r2, r5, r6
	b	__early_puts
ENDPROC(__early_puts)

__error_load_addr:
	ldr	r5, =BOARD_UART_PHYS
	adr	r3, __load_addr_msg
	bl	__early_puts
	b	__early_halt
ENDPROC(__error_load_addr)

/*
 * Vectors for the first instructions: any exception before cpu_init sets
 * the real VBAR (say, an instruction the core lacks) prints its return
 * address on the UART, at its physical address or, once the MMU is on,
 * at EARLY_UART_VIRT, and halts. These vectors sit in the identity-mapped
 * section, so they stay reachable until __mmap_switched calls cpu_init.
 */
	.align	5
__early_vectors:
	.rept	8
	b	__early_exception
	.endr

__early_exception:
	mov	r9, lr
	mrc	p15, 0, r4, c1, c0, 0		@ SCTLR: which UART address works?
	tst	r4, #CR_M
	ldreq	r5, =BOARD_UART_PHYS
	ldrne	r5, =EARLY_UART_VIRT
	adr	r3, __early_exc_msg
	bl	__early_puts
	mov	r7, #8				@ lr in hex, most significant nibble first
1:	mov	r2, r9, lsr #28
	cmp	r2, #10
	addlo	r2, r2, #'0'
	addhs	r2, r2, #('a' - 10)
	board_early_putc r2, r5, r6
	mov	r9, r9, lsl #4
	subs	r7, r7, #1
	bne	1b
	adr	r3, __halt_msg
	bl	__early_puts
__early_halt:
	wfi
	b	__early_halt
ENDPROC(__early_exception)

__load_addr_msg:
	.asciz	"\r\nhead.S: kernel not loaded at its link address " \
		__stringify(PHYS_OFFSET) " + " __stringify(TEXT_OFFSET) "; halting.\r\n"
__early_exc_msg:
	.asciz	"\r\nhead.S: exception during early boot, lr="
__halt_msg:
	.asciz	"; halting.\r\n"
	.align	2
	.ltorg

/* The first kernel stack: THREAD_SIZE bytes, THREAD_SIZE aligned. */
	.section ".bss.init_stack", "aw", %nobits
	.align	13
	.globl	init_thread_union
init_thread_union:
	.space	THREAD_SIZE
