// SPDX-License-Identifier: GPL-2.0
/*
 * Host tests for kernel/elf.c (suite "elf"), under ASan and UBSan.
 *
 * The fixtures are the real user programs (tests/user/, the stripped
 * copies packed into the initramfs), read from USER_FIXTURE_DIR. Each
 * buffer handed to elf_check is a host_malloc'd block of exactly the
 * length given, so any read past it is an ASan report, not luck.
 */
#include <kernel/elf.h>
#include <kernel/errno.h>
#include <kernel/string.h>

#include "harness.h"

#define LIMIT		0xbf000000u	/* TASK_SIZE */
#define CRT0_INSN	0xe3a0b000u	/* mov fp, #0: the first word of _start */
#define PH(i, field)	(0x34 + 32 * (i) + __builtin_offsetof(struct elf32_phdr, field))
#define EH(field)	__builtin_offsetof(struct elf32_hdr, field)

static const char *const programs[] = { "hello", "args", "syscalls", "init" };

static u8 *load(struct htest *t, const char *name, size_t *len)
{
	char path[256];
	u8 *p;

	host_snprintf(path, sizeof(path), "%s/root/bin/%s", USER_FIXTURE_DIR, name);
	p = host_read_file(path, len);
	if (!p) {
		htest_fail(t, __FILE__, __LINE__, "cannot read %s (build the user programs)", path);
		htest_abort(t);
	}
	return p;
}

static u32 get32(const u8 *p, size_t off)
{
	u32 v;

	memcpy(&v, p + off, 4);
	return v;
}

static void put(u8 *p, size_t off, size_t size, u32 v)
{
	memcpy(p + off, &v, size); /* little-endian host */
}

static void real_programs_are_accepted(struct htest *t)
{
	unsigned int i, k;

	for (i = 0; i < ARRAY_LEN(programs); i++) {
		struct elf_image img;
		size_t len;
		u8 *p = load(t, programs[i], &len);
		const struct elf_segment *last;

		htest_info(t, "%s: %zu bytes", programs[i], len);
		ASSERT_EQ(t, elf_check_limit(p, len, LIMIT, &img), 0);
		EXPECT_EQ(t, img.entry, get32(p, EH(e_entry)));
		EXPECT_EQ(t, img.phdr, 0x8034u);
		EXPECT_EQ(t, img.phent, 32u);
		EXPECT_EQ(t, img.phnum, 3u);
		ASSERT_EQ(t, img.nr_segs, 2u);
		EXPECT_EQ(t, img.segs[0].vaddr, 0x8000u);
		EXPECT_EQ(t, img.segs[0].offset, 0u);
		EXPECT_EQ(t, img.segs[0].flags, (u32)(PF_R | PF_X));
		EXPECT_EQ(t, img.segs[1].flags, (u32)(PF_R | PF_W));
		EXPECT_EQ(t, img.segs[1].vaddr % 4096, 0u);
		for (k = 0; k < img.nr_segs; k++)
			EXPECT_LE(t, img.segs[k].filesz, img.segs[k].memsz);
		last = &img.segs[img.nr_segs - 1];
		EXPECT_EQ(t, img.brk, (last->vaddr + last->memsz + 4095) & ~4095u);
		/* the entry is _start, the first instruction of crt0.S */
		EXPECT_EQ(t, get32(p, img.entry - 0x8000), CRT0_INSN);
		host_free(p);
	}
}

struct corruption {
	const char *what;
	size_t off, size;
	u32 value;
	int want;
};

static const struct corruption corruptions[] = {
	{ "magic 0", 0, 1, 0x7e, -ENOEXEC },
	{ "magic 1", 1, 1, 'e', -ENOEXEC },
	{ "magic 3", 3, 1, 'G', -ENOEXEC },
	{ "class 64", EI_CLASS, 1, 2, -ENOEXEC },
	{ "class none", EI_CLASS, 1, 0, -ENOEXEC },
	{ "big endian", EI_DATA, 1, 2, -ENOEXEC },
	{ "ident version", EI_VERSION, 1, 0, -ENOEXEC },
	{ "ET_DYN", EH(e_type), 2, 3, -ENOEXEC },
	{ "ET_REL", EH(e_type), 2, 1, -ENOEXEC },
	{ "machine x86", EH(e_machine), 2, 3, -ENOEXEC },
	{ "machine aarch64", EH(e_machine), 2, 183, -ENOEXEC },
	{ "version", EH(e_version), 4, 0, -ENOEXEC },
	{ "EABI4", EH(e_flags), 4, 0x04000200, -ENOEXEC },
	{ "no EABI", EH(e_flags), 4, 0, -ENOEXEC },
	{ "ehsize", EH(e_ehsize), 2, 64, -ENOEXEC },
	{ "phentsize", EH(e_phentsize), 2, 56, -ENOEXEC },
	{ "phnum 0", EH(e_phnum), 2, 0, -ENOEXEC },
	{ "phnum 17", EH(e_phnum), 2, ELF_MAX_PHNUM + 1, -ENOEXEC },
	{ "phnum 65535", EH(e_phnum), 2, 0xffff, -ENOEXEC },
	{ "phoff 0", EH(e_phoff), 4, 0, -ENOEXEC },
	{ "phoff huge", EH(e_phoff), 4, 0xffffffe0, -ENOEXEC },
	{ "entry 0", EH(e_entry), 4, 0, -EINVAL },
	{ "entry in data", EH(e_entry), 4, 0xa000, -EINVAL },
	{ "entry in kernel", EH(e_entry), 4, 0xc0008000, -EINVAL },
	{ "text filesz > memsz", PH(0, p_memsz), 4, 0x10, -EINVAL },
	{ "text offset huge", PH(0, p_offset), 4, 0xfffff000, -EINVAL },
	{ "text offset misaligned", PH(0, p_offset), 4, 0x4, -EINVAL },
	{ "text vaddr misaligned", PH(0, p_vaddr), 4, 0x8001, -EINVAL },
	{ "text at page 0", PH(0, p_vaddr), 4, 0, -EINVAL },
	{ "text filesz huge", PH(0, p_filesz), 4, 0xfffffff0, -EINVAL },
	{ "text not executable", PH(0, p_flags), 4, PF_R, -EINVAL },
	{ "text unknown flag", PH(0, p_flags), 4, PF_R | PF_X | 0x8, -EINVAL },
	{ "text not PT_LOAD", PH(0, p_type), 4, PT_NULL, -EINVAL },
	{ "data overlaps text", PH(1, p_vaddr), 4, 0x8000, -EINVAL },
	{ "data below text", PH(1, p_vaddr), 4, 0x4000, -EINVAL },
	{ "data at TASK_SIZE", PH(1, p_vaddr), 4, LIMIT, -EINVAL },
	{ "data in kernel", PH(1, p_vaddr), 4, 0xc0000000, -EINVAL },
	{ "data reaching TASK_SIZE", PH(1, p_memsz), 4, LIMIT - 0x9000, -EINVAL },
	{ "data memsz wraps", PH(1, p_memsz), 4, 0xfffff000, -EINVAL },
};

static void each_corruption_is_rejected(struct htest *t)
{
	size_t len, i;
	u8 *orig = load(t, "hello", &len), *p = host_malloc(len);
	struct elf_image img;

	/* the fixed values above assume hello's layout: check it */
	ASSERT_EQ(t, get32(orig, PH(0, p_vaddr)), 0x8000u);
	ASSERT_LT(t, get32(orig, PH(0, p_memsz)), 0x2000u);
	ASSERT_EQ(t, get32(orig, PH(1, p_vaddr)), 0xa000u);
	for (i = 0; i < ARRAY_LEN(corruptions); i++) {
		const struct corruption *c = &corruptions[i];
		int ret;

		memcpy(p, orig, len);
		put(p, c->off, c->size, c->value);
		memset(&img, 0x5a, sizeof(img));
		ret = elf_check_limit(p, len, LIMIT, &img);
		if (ret != c->want)
			htest_fail(t, __FILE__, __LINE__, "%s: got %d, expected %d", c->what, ret,
				   c->want);
		EXPECT_EQ(t, img.nr_segs, 0x5a5a5a5au); /* *out untouched */
	}
	/* the program headers out of order */
	memcpy(p, orig, len);
	memcpy(p + PH(0, p_type), orig + PH(1, p_type), 32);
	memcpy(p + PH(1, p_type), orig + PH(0, p_type), 32);
	EXPECT_EQ(t, elf_check_limit(p, len, LIMIT, &img), -EINVAL);
	/* a smaller limit: the data segment no longer fits */
	EXPECT_EQ(t, elf_check_limit(orig, len, 0xa000, &img), -EINVAL);
	EXPECT_EQ(t, elf_check_limit(orig, len, 0xb000, &img), 0);
	EXPECT_EQ(t, elf_check_limit(NULL, 0, LIMIT, &img), -ENOEXEC);
	host_free(p);
	host_free(orig);
}

/* What an accepted image must satisfy, whatever the bytes were. */
static void check_invariants(struct htest *t, const struct elf_image *img, size_t len)
{
	u64 prev = 0;
	bool entry = false;
	unsigned int k;

	ASSERT_GE(t, img->nr_segs, 1u);
	ASSERT_LE(t, img->nr_segs, (unsigned int)ELF_MAX_PHNUM);
	for (k = 0; k < img->nr_segs; k++) {
		const struct elf_segment *s = &img->segs[k];

		EXPECT_LE(t, s->filesz, s->memsz);
		EXPECT_LE(t, (u64)s->offset + s->filesz, (u64)len);
		EXPECT_GE(t, s->vaddr & ~4095u, prev);
		EXPECT_GE(t, s->vaddr, 4096u);
		EXPECT_LE(t, (u64)s->vaddr + s->memsz, (u64)LIMIT);
		prev = ((u64)s->vaddr + s->memsz + 4095) & ~4095ull;
		if ((s->flags & PF_X) && img->entry >= s->vaddr &&
		    (u64)img->entry < (u64)s->vaddr + s->memsz)
			entry = true;
	}
	EXPECT_TRUE(t, entry);
	EXPECT_EQ(t, (u64)img->brk, prev);
}

static void fuzz_never_crashes(struct htest *t)
{
	unsigned long long seed = 0xe1f;
	size_t len;
	u8 *orig = load(t, "hello", &len), *p = host_malloc(len);
	unsigned int iter, accepted = 0, enoexec = 0, einval = 0;

	for (iter = 0; iter < 50000; iter++) {
		unsigned int n = 1 + htest_rand_below(&seed, 8), k;
		struct elf_image img;
		int ret;

		memcpy(p, orig, len);
		for (k = 0; k < n; k++) {
			/* mostly the headers, where the checks are */
			size_t at = htest_rand_below(&seed, 4) ? htest_rand_below(&seed, 0x34 + 3 * 32)
							       : htest_rand_below(&seed, len);
			p[at] = htest_rand_below(&seed, 3) ? (u8)htest_rand(&seed)
							   : p[at] ^ (1u << htest_rand_below(&seed, 8));
		}
		ret = elf_check_limit(p, len, LIMIT, &img);
		if (ret == 0) {
			accepted++;
			check_invariants(t, &img, len);
		} else if (ret == -ENOEXEC) {
			enoexec++;
		} else if (ret == -EINVAL) {
			einval++;
		} else {
			htest_fail(t, __FILE__, __LINE__, "iteration %u: unexpected %d", iter, ret);
			break;
		}
	}
	htest_info(t, "accepted %u, -ENOEXEC %u, -EINVAL %u", accepted, enoexec, einval);
	EXPECT_GT(t, accepted, 0u);
	EXPECT_GT(t, enoexec, 0u);
	EXPECT_GT(t, einval, 0u);
	host_free(p);
	host_free(orig);
}

/* Accepted exactly from the length that holds every byte the checks read. */
static void every_truncation_is_rejected(struct htest *t)
{
	size_t len, cut, need;
	u8 *orig = load(t, "syscalls", &len);
	struct elf_image img;
	unsigned int k;

	ASSERT_EQ(t, elf_check_limit(orig, len, LIMIT, &img), 0);
	need = 0x34 + 3 * 32;
	for (k = 0; k < img.nr_segs; k++)
		if (img.segs[k].offset + img.segs[k].filesz > need)
			need = img.segs[k].offset + img.segs[k].filesz;
	for (cut = 0; cut <= len; cut++) {
		u8 *p = host_malloc(cut ? cut : 1);
		int ret;

		memcpy(p, orig, cut);
		ret = elf_check_limit(p, cut, LIMIT, &img);
		if (cut >= need)
			EXPECT_EQ(t, ret, 0);
		else if (ret != (cut < 0x34 + 3 * 32 ? -ENOEXEC : -EINVAL))
			htest_fail(t, __FILE__, __LINE__, "length %zu: got %d", cut, ret);
		host_free(p);
	}
	host_free(orig);
}

static const struct htest_case elf_cases[] = {
	HTEST_CASE(real_programs_are_accepted),
	HTEST_CASE(each_corruption_is_rejected),
	HTEST_CASE(fuzz_never_crashes),
	HTEST_CASE(every_truncation_is_rejected),
};
static const struct htest_suite elf_suite = HTEST_SUITE("elf", elf_cases);
HTEST_MAIN(&elf_suite);
