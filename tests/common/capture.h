/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Capturing what a view prints (slabinfo_show, vmallocinfo_show take a
 * printf-like function): capture_print appends to capture_buf, cut at
 * CAPTURE_SIZE - 1 characters and always terminated; capture_reset
 * empties it. Shared by the host mm tests and the kernel suites; a file
 * that wants a larger buffer defines CAPTURE_SIZE before including this.
 */
#ifndef _TESTS_COMMON_CAPTURE_H
#define _TESTS_COMMON_CAPTURE_H

#include <stdarg.h>
#include <kernel/sprintf.h>

#ifndef CAPTURE_SIZE
#define CAPTURE_SIZE 8192
#endif

static char capture_buf[CAPTURE_SIZE];
static size_t capture_len;

static inline void capture_reset(void)
{
	capture_len = 0;
	capture_buf[0] = '\0';
}

static inline int capture_print(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vscnprintf(capture_buf + capture_len, sizeof(capture_buf) - capture_len, fmt, ap);
	va_end(ap);
	capture_len += n;
	return n;
}

#endif
