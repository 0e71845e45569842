// SPDX-License-Identifier: GPL-2.0
/*
 * The ELF32 executable checker execve uses before touching the old image
 * (Linux: the checks at the top of load_elf_binary and elf_map's
 * callers). It reads only inside buf[0, len): the header is validated
 * before the program header table's position is trusted, and every table
 * entry before any field of it is used. Multi-byte fields are copied out
 * with memcpy, since the buffer may be unaligned (an initramfs file starts
 * at any multiple of 4). Sums are done in 64 bits, so no u32 wraps.
 *
 * The rules for PT_LOAD segments are stricter than Linux's in one way:
 * segments must be in ascending order and may not share a page, so that
 * each page of the image has exactly one set of permissions. The linker
 * script tests/user/lib/user.lds lays out every program that way.
 */
#include <kernel/elf.h>
#include <kernel/errno.h>
#include <kernel/string.h>

#define PAGE_DOWN(x) ((u64)(x) & ~(u64)(ELF_PAGE_SIZE - 1))
#define PAGE_UP(x)   PAGE_DOWN((u64)(x) + ELF_PAGE_SIZE - 1)

static int check_header(const struct elf32_hdr *eh, size_t len)
{
	if (memcmp(eh->e_ident, ELFMAG, SELFMAG) || eh->e_ident[EI_CLASS] != ELFCLASS32 ||
	    eh->e_ident[EI_DATA] != ELFDATA2LSB || eh->e_ident[EI_VERSION] != EV_CURRENT)
		return -ENOEXEC;
	if (eh->e_type != ET_EXEC || eh->e_machine != EM_ARM || eh->e_version != EV_CURRENT)
		return -ENOEXEC;
	if ((eh->e_flags & EF_ARM_EABIMASK) != EF_ARM_EABI_VER5)
		return -ENOEXEC;
	if (eh->e_ehsize != sizeof(*eh) || eh->e_phentsize != sizeof(struct elf32_phdr))
		return -ENOEXEC;
	if (eh->e_phnum == 0 || eh->e_phnum > ELF_MAX_PHNUM)
		return -ENOEXEC;
	if ((u64)eh->e_phoff + (u64)eh->e_phnum * sizeof(struct elf32_phdr) > len ||
	    eh->e_phoff < sizeof(*eh))
		return -ENOEXEC;
	return 0;
}

/* One PT_LOAD on its own: sizes, file range, addresses, congruence. */
static int check_load(const struct elf32_phdr *ph, size_t len, u32 limit)
{
	if (ph->p_filesz > ph->p_memsz)
		return -EINVAL;
	if ((u64)ph->p_offset + ph->p_filesz > len)
		return -EINVAL;
	if ((ph->p_vaddr ^ ph->p_offset) & (ELF_PAGE_SIZE - 1))
		return -EINVAL;
	if (PAGE_DOWN(ph->p_vaddr) < ELF_PAGE_SIZE)
		return -EINVAL;
	if (PAGE_UP((u64)ph->p_vaddr + ph->p_memsz) > limit)
		return -EINVAL;
	if (ph->p_flags & ~(u32)(PF_R | PF_W | PF_X))
		return -EINVAL;
	return 0;
}

int elf_check_limit(const void *buf, size_t len, u32 limit, struct elf_image *out)
{
	const u8 *p = buf;
	struct elf32_hdr eh;
	struct elf32_phdr ph;
	struct elf_image img;
	u64 prev_end = 0;
	bool entry_ok = false;
	unsigned int i;
	int ret;

	if (!buf || len < sizeof(eh))
		return -ENOEXEC;
	memcpy(&eh, p, sizeof(eh));
	ret = check_header(&eh, len);
	if (ret)
		return ret;

	memset(&img, 0, sizeof(img));
	img.entry = eh.e_entry;
	img.phent = eh.e_phentsize;
	img.phnum = eh.e_phnum;
	for (i = 0; i < eh.e_phnum; i++) {
		struct elf_segment *s;

		memcpy(&ph, p + eh.e_phoff + i * sizeof(ph), sizeof(ph));
		if (ph.p_type != PT_LOAD)
			continue;
		if (ph.p_memsz == 0 && ph.p_filesz == 0)
			continue; /* maps nothing */
		ret = check_load(&ph, len, limit);
		if (ret)
			return ret;
		/* ascending, and not sharing a page with the one before */
		if (PAGE_DOWN(ph.p_vaddr) < prev_end)
			return -EINVAL;
		prev_end = PAGE_UP((u64)ph.p_vaddr + ph.p_memsz);

		s = &img.segs[img.nr_segs++];
		s->vaddr = ph.p_vaddr;
		s->memsz = ph.p_memsz;
		s->offset = ph.p_offset;
		s->filesz = ph.p_filesz;
		s->flags = ph.p_flags;
		if ((ph.p_flags & PF_X) && eh.e_entry >= ph.p_vaddr &&
		    (u64)eh.e_entry < (u64)ph.p_vaddr + ph.p_memsz)
			entry_ok = true;
		/* AT_PHDR: the table's address, if a segment maps its bytes */
		if (eh.e_phoff >= ph.p_offset &&
		    (u64)eh.e_phoff + eh.e_phnum * sizeof(ph) <= (u64)ph.p_offset + ph.p_filesz)
			img.phdr = ph.p_vaddr + (eh.e_phoff - ph.p_offset);
	}
	if (!img.nr_segs || !entry_ok)
		return -EINVAL;
	img.brk = (u32)prev_end;
	*out = img;
	return 0;
}
