/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ELF32 executables for execve (kernel/elf.c): the on-disk structures,
 * as Linux's <uapi/linux/elf.h> names them, and elf_check(), which
 * decides whether a buffer holds a static ARM EABI5 executable this
 * kernel can load and extracts what the loader needs.
 *
 * elf_check is a pure function of its buffer (no allocation, no I/O), so
 * the same code runs in tests/host/test_elf.c under ASan and UBSan.
 */
#ifndef _KERNEL_ELF_H
#define _KERNEL_ELF_H

#include <kernel/types.h>

#define EI_NIDENT	16
#define EI_CLASS	4
#define EI_DATA		5
#define EI_VERSION	6
#define ELFMAG		"\177ELF"
#define SELFMAG		4
#define ELFCLASS32	1
#define ELFDATA2LSB	1
#define EV_CURRENT	1
#define ET_EXEC		2
#define EM_ARM		40
#define EF_ARM_EABIMASK 0xff000000
#define EF_ARM_EABI_VER5 0x05000000

#define PT_NULL		0
#define PT_LOAD		1
#define PT_PHDR		6
#define PF_X		0x1
#define PF_W		0x2
#define PF_R		0x4

struct elf32_hdr {
	u8 e_ident[EI_NIDENT];
	u16 e_type;
	u16 e_machine;
	u32 e_version;
	u32 e_entry;
	u32 e_phoff;
	u32 e_shoff;
	u32 e_flags;
	u16 e_ehsize;
	u16 e_phentsize;
	u16 e_phnum;
	u16 e_shentsize;
	u16 e_shnum;
	u16 e_shstrndx;
};

struct elf32_phdr {
	u32 p_type;
	u32 p_offset;
	u32 p_vaddr;
	u32 p_paddr;
	u32 p_filesz;
	u32 p_memsz;
	u32 p_flags;
	u32 p_align;
};

/* More program headers than this and the file is refused (Linux: 64 KiB of them). */
#define ELF_MAX_PHNUM	16
#define ELF_PAGE_SIZE	4096u

/* One PT_LOAD segment, as the loader maps it. */
struct elf_segment {
	u32 vaddr;	/* where it starts (not page aligned in general) */
	u32 memsz;	/* bytes in memory; [filesz, memsz) is zero-filled */
	u32 offset;	/* of its first byte in the file */
	u32 filesz;	/* bytes taken from the file */
	u32 flags;	/* PF_R | PF_W | PF_X */
};

struct elf_image {
	u32 entry;	/* e_entry: inside a PF_X segment */
	u32 phdr;	/* AT_PHDR: the program headers' user address, 0 if unmapped */
	u32 phent;	/* AT_PHENT: sizeof(struct elf32_phdr) */
	u32 phnum;	/* AT_PHNUM */
	u32 brk;	/* start_brk: the end of the highest segment, page aligned */
	unsigned int nr_segs;
	struct elf_segment segs[ELF_MAX_PHNUM]; /* PT_LOADs, ascending, disjoint pages */
};

/*
 * Checks that buf[0, len) is an executable this kernel can run and fills
 * *out. Every user address must lie below limit (TASK_SIZE in the
 * kernel). Returns 0, or:
 *  -ENOEXEC  not an ELF32 LSB ARM EABI5 ET_EXEC, or its header or program
 *            header table is malformed or cut short (ehsize, phentsize,
 *            phnum 0 or > ELF_MAX_PHNUM, table outside the file);
 *  -EINVAL   the PT_LOAD segments are unusable: filesz > memsz, file bytes
 *            outside the file, an address overflow, vaddr and offset not
 *            congruent modulo the page size, segments not ascending or
 *            sharing a page, a segment in page 0 or reaching limit, no
 *            PT_LOAD, or the entry point outside every executable segment.
 * *out is written only on success.
 */
int elf_check_limit(const void *buf, size_t len, u32 limit, struct elf_image *out);

#ifdef __KERNEL__
#include <asm/memory.h>

/* elf_check_limit against the user address space, [0, TASK_SIZE). */
static inline int elf_check(const void *buf, size_t len, struct elf_image *out)
{
	return elf_check_limit(buf, len, TASK_SIZE, out);
}
#endif

#endif
