/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The kernel's string and memory library (kernel/lib/string.c).
 * Same names and contracts as the C library / Linux lib/string.c.
 * tests/host builds this file on the build machine with the names
 * renamed (see tests/host/rename.h) so it never clashes with libc.
 */
#ifndef _KERNEL_STRING_H
#define _KERNEL_STRING_H

#include <kernel/types.h>

void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *s, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);

size_t strlen(const char *s);
size_t strnlen(const char *s, size_t max);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *haystack, const char *needle);
/* Copies at most size-1 bytes, always NUL-terminates (size > 0); returns strlen(src). */
size_t strlcpy(char *dst, const char *src, size_t size);
/* Like Linux strscpy: returns bytes copied, or -E2BIG (-7) when truncated. */
long strscpy(char *dst, const char *src, size_t size);
/* Splits *sp at the first char in delim, as BSD/Linux strsep. */
char *strsep(char **sp, const char *delim);
/* Skips leading white space. */
char *skip_spaces(const char *s);

/*
 * Number parsing as Linux's kstrto*: base 0 means auto (0x hex, 0 octal,
 * else decimal); the whole string must be consumed (one trailing '\n'
 * allowed). Returns 0, -EINVAL (-22) for a malformed string or -ERANGE
 * (-34) for overflow; *res is written only on success.
 */
int kstrtoul(const char *s, unsigned int base, unsigned long *res);
int kstrtol(const char *s, unsigned int base, long *res);
int kstrtoull(const char *s, unsigned int base, unsigned long long *res);

static inline int isdigit(int c) { return c >= '0' && c <= '9'; }
static inline int isspace(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static inline int isxdigit(int c)
{
	return isdigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static inline int isprint(int c) { return c >= 0x20 && c < 0x7f; }
static inline int tolower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

#endif
