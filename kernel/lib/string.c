// SPDX-License-Identifier: GPL-2.0
/*
 * The kernel's string and memory library: the C library's contracts (and
 * Linux's for strlcpy, strscpy, strsep, skip_spaces and kstrto*).
 *
 * The file is pure C with no hardware access, so tests/host compiles it for
 * the build machine under ASan/UBSan, with every name renamed (k_memcpy...)
 * by tests/host/rename.h so that libc's versions are never the ones tested.
 *
 * memcpy, memmove and memset move one machine word at a time once both
 * pointers are word aligned, which is the common case for buffers and
 * structs; anything else goes byte by byte. Word accesses go through a
 * may_alias type, so the copies are correct whatever the objects' types.
 */
#include <kernel/errno.h>
#include <kernel/string.h>

typedef unsigned long __attribute__((__may_alias__)) word_t;

#define WORD_SIZE sizeof(word_t)
#define WORD_MASK (WORD_SIZE - 1)

/*
 * GCC recognises a byte-copy loop as "a memcpy" and replaces it with a call
 * to memcpy, which inside memcpy itself is an endless recursion. Stop the
 * pattern replacement in the functions that implement those patterns.
 */
#define __no_libcall __attribute__((optimize("no-tree-loop-distribute-patterns")))

static inline bool words_aligned(uintptr_t a, uintptr_t b)
{
	return ((a | b) & WORD_MASK) == 0;
}

__no_libcall void *memcpy(void *dst, const void *src, size_t n)
{
	u8 *d = dst;
	const u8 *s = src;

	/* Same misalignment: copy the head bytewise, then whole words. */
	if ((((uintptr_t)d ^ (uintptr_t)s) & WORD_MASK) == 0) {
		while (n && !words_aligned((uintptr_t)d, 0)) {
			*d++ = *s++;
			n--;
		}
		while (n >= WORD_SIZE) {
			*(word_t *)d = *(const word_t *)s;
			d += WORD_SIZE;
			s += WORD_SIZE;
			n -= WORD_SIZE;
		}
	}
	while (n--)
		*d++ = *s++;
	return dst;
}

/* Copies from the end down, for a destination that overlaps above src. */
__no_libcall static void copy_backward(u8 *d, const u8 *s, size_t n)
{
	d += n;
	s += n;
	if (words_aligned((uintptr_t)d, (uintptr_t)s)) {
		while (n >= WORD_SIZE) {
			d -= WORD_SIZE;
			s -= WORD_SIZE;
			n -= WORD_SIZE;
			*(word_t *)d = *(const word_t *)s;
		}
	}
	while (n--)
		*--d = *--s;
}

/*
 * A forward copy is safe whenever dst is below src: every byte is read
 * before the copy reaches it. (memcpy only uses words when src - dst is a
 * multiple of the word size, so a word never overlaps its own source.)
 */
void *memmove(void *dst, const void *src, size_t n)
{
	uintptr_t d = (uintptr_t)dst, s = (uintptr_t)src;

	if (d <= s || d - s >= n)
		return memcpy(dst, src, n);
	copy_backward(dst, src, n);
	return dst;
}

__no_libcall void *memset(void *s, int c, size_t n)
{
	u8 *p = s;
	/* ~0 / 0xff is 0x0101...01: multiplying spreads the byte to all lanes. */
	word_t pattern = (word_t)(u8)c * (~(word_t)0 / 0xff);

	while (n && !words_aligned((uintptr_t)p, 0)) {
		*p++ = (u8)c;
		n--;
	}
	while (n >= WORD_SIZE) {
		*(word_t *)p = pattern;
		p += WORD_SIZE;
		n -= WORD_SIZE;
	}
	while (n--)
		*p++ = (u8)c;
	return s;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const u8 *x = a, *y = b;

	for (; n; n--, x++, y++) {
		if (*x != *y)
			return *x < *y ? -1 : 1;
	}
	return 0;
}

void *memchr(const void *s, int c, size_t n)
{
	const u8 *p = s;

	for (; n; n--, p++) {
		if (*p == (u8)c)
			return (void *)p;
	}
	return NULL;
}

size_t strlen(const char *s)
{
	const char *p = s;

	while (*p)
		p++;
	return p - s;
}

/* Never reads beyond s[max - 1]: s need not be terminated within max. */
size_t strnlen(const char *s, size_t max)
{
	size_t n = 0;

	while (n < max && s[n])
		n++;
	return n;
}

/* Characters compare as unsigned char, as the C library specifies. */
int strcmp(const char *a, const char *b)
{
	return strncmp(a, b, (size_t)-1);
}

int strncmp(const char *a, const char *b, size_t n)
{
	for (; n; n--, a++, b++) {
		u8 x = *a, y = *b;

		if (x != y)
			return x < y ? -1 : 1;
		if (!x)
			break;
	}
	return 0;
}

/* The terminator is part of the string: strchr(s, 0) finds it. */
char *strchr(const char *s, int c)
{
	for (;; s++) {
		if (*s == (char)c)
			return (char *)s;
		if (!*s)
			return NULL;
	}
}

char *strrchr(const char *s, int c)
{
	const char *last = NULL;

	for (;; s++) {
		if (*s == (char)c)
			last = s;
		if (!*s)
			return (char *)last;
	}
}

char *strstr(const char *haystack, const char *needle)
{
	size_t n = strlen(needle);

	for (; *haystack; haystack++) {
		if (!strncmp(haystack, needle, n))
			return (char *)haystack;
	}
	/* Only the empty needle matches at the terminator. */
	return n ? NULL : (char *)haystack;
}

size_t strlcpy(char *dst, const char *src, size_t size)
{
	size_t len = strlen(src);

	if (size) {
		size_t n = len < size ? len : size - 1;

		memcpy(dst, src, n);
		dst[n] = '\0';
	}
	return len;
}

/*
 * Unlike strlcpy, reads src only up to size bytes, so src need not be
 * terminated when it does not fit.
 */
long strscpy(char *dst, const char *src, size_t size)
{
	size_t n;

	if (!size)
		return -E2BIG;
	n = strnlen(src, size);
	if (n == size) {
		memcpy(dst, src, size - 1);
		dst[size - 1] = '\0';
		return -E2BIG;
	}
	memcpy(dst, src, n + 1);
	return (long)n;
}

char *strsep(char **sp, const char *delim)
{
	char *start = *sp, *p;

	if (!start)
		return NULL;
	for (p = start; *p; p++) {
		if (strchr(delim, *p)) {
			*p = '\0';
			*sp = p + 1;
			return start;
		}
	}
	*sp = NULL;
	return start;
}

char *skip_spaces(const char *s)
{
	while (isspace((u8)*s))
		s++;
	return (char *)s;
}

/* The value of a digit in any base up to 16, or 16 for a non-digit. */
static unsigned int digit_value(char c)
{
	if (isdigit(c))
		return c - '0';
	c = (char)tolower(c);
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return 16;
}

/*
 * Resolves base 0 from the prefix and skips a "0x" prefix for base 16.
 * "0x" not followed by a hex digit is the number 0 followed by junk.
 */
static const char *fixup_radix(const char *s, unsigned int *base)
{
	bool hex_prefix = s[0] == '0' && tolower(s[1]) == 'x' && isxdigit(s[2]);

	if (*base == 0) {
		if (hex_prefix)
			*base = 16;
		else if (s[0] == '0')
			*base = 8;
		else
			*base = 10;
	}
	if (*base == 16 && hex_prefix)
		s += 2;
	return s;
}

/*
 * The core of the kstrto* family. Parses an unsigned number, which must be
 * all of s but for one trailing newline. As in Linux, overflow is reported
 * before junk: "99999999999999999999x" is -ERANGE.
 */
static int parse_ull(const char *s, unsigned int base, unsigned long long *res)
{
	unsigned long long val = 0;
	bool overflow = false;
	const char *digits;
	unsigned int d;

	if (base == 1 || base > 16)
		return -EINVAL;
	s = fixup_radix(s, &base);
	/* The builtins check without a 64-bit division (a libgcc call on ARM). */
	for (digits = s; (d = digit_value(*s)) < base; s++) {
		if (__builtin_mul_overflow(val, base, &val) || __builtin_add_overflow(val, d, &val))
			overflow = true;
	}
	if (overflow)
		return -ERANGE;
	if (s == digits)
		return -EINVAL;
	if (*s == '\n')
		s++;
	if (*s)
		return -EINVAL;
	*res = val;
	return 0;
}

int kstrtoull(const char *s, unsigned int base, unsigned long long *res)
{
	if (s[0] == '+')
		s++;
	return parse_ull(s, base, res);
}

int kstrtoul(const char *s, unsigned int base, unsigned long *res)
{
	unsigned long long val;
	int err = kstrtoull(s, base, &val);

	if (err)
		return err;
	if (val != (unsigned long)val)
		return -ERANGE;
	*res = (unsigned long)val;
	return 0;
}

/* The magnitude of LONG_MIN is LONG_MAX + 1, one more than a positive value. */
int kstrtol(const char *s, unsigned int base, long *res)
{
	const unsigned long long max = (unsigned long)-1 >> 1;
	unsigned long long val;
	bool neg = s[0] == '-';
	int err;

	err = neg ? parse_ull(s + 1, base, &val) : kstrtoull(s, base, &val);
	if (err)
		return err;
	if (val > max + neg)
		return -ERANGE;
	/* Negate in unsigned arithmetic: -(LONG_MAX + 1) must not overflow. */
	*res = neg ? (long)(0 - (unsigned long)val) : (long)val;
	return 0;
}
