/* SPDX-License-Identifier: GPL-2.0 */
/* Reading vmallocinfo's output in the vmalloc and ioremap suites. */
#ifndef _TESTS_KERNEL_VMALLOCINFO_H
#define _TESTS_KERNEL_VMALLOCINFO_H

#include <kernel/string.h>
#include <kernel/vmalloc.h>
#include "../common/capture.h"

/* The vmallocinfo line of the area starting at addr, copied into line; NULL if none. */
static inline char *vmallocinfo_line(const void *addr, char *line, unsigned int size)
{
	char key[16];
	char *s, *nl;

	capture_reset();
	vmallocinfo_show(capture_print);
	snprintf(key, sizeof(key), "0x%08lx-", (unsigned long)addr);
	s = strstr(capture_buf, key);
	if (!s)
		return NULL;
	nl = strchr(s, '\n');
	strscpy(line, s, nl && (unsigned int)(nl - s) < size ? (unsigned int)(nl - s) + 1 : size);
	return line;
}

static inline bool ends_with(const char *s, const char *end)
{
	size_t n = strlen(s), m = strlen(end);

	return n >= m && !strcmp(s + n - m, end);
}

#endif
