// SPDX-License-Identifier: GPL-2.0
/*
 * The host test harness (see harness.h). This file is compiled WITHOUT
 * tests/host/rename.h: it is the test binaries' only user of libc, so its
 * memcmp, strcmp and snprintf are the build machine's, never the kernel's
 * code under test.
 *
 * Output is KTAP version 1. A case's failure messages are collected while
 * it runs and printed as "# " lines after its result line. stdout is line
 * buffered, so when a sanitizer kills the binary mid-case the lines so far
 * are out, and the missing results break the announced plan.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#define INDENT "    "

struct htest {
	const char *name;
	int failures;
	const char *skip_reason;
	jmp_buf abort_jb; /* htest_abort() and htest_skip() land here */
	char *log;	  /* diagnostics, '\n'-separated */
	size_t log_len;
};

static void log_append(struct htest *t, const char *fmt, va_list args)
{
	va_list copy;
	int n;

	va_copy(copy, args);
	n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n < 0)
		return;
	t->log = realloc(t->log, t->log_len + n + 2);
	if (!t->log)
		abort();
	vsnprintf(t->log + t->log_len, n + 1, fmt, args);
	t->log_len += n;
	t->log[t->log_len++] = '\n';
	t->log[t->log_len] = '\0';
}

static void log_printf(struct htest *t, const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	log_append(t, fmt, args);
	va_end(args);
}

void htest_fail(struct htest *t, const char *file, int line, const char *fmt, ...)
{
	va_list args;

	t->failures++;
	log_printf(t, "%s:%d", file, line);
	va_start(args, fmt);
	log_append(t, fmt, args);
	va_end(args);
}

void htest_info(struct htest *t, const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	log_append(t, fmt, args);
	va_end(args);
}

void htest_abort(struct htest *t)
{
	longjmp(t->abort_jb, 1);
}

void htest_skip(struct htest *t, const char *reason)
{
	t->skip_reason = reason;
	longjmp(t->abort_jb, 1);
}

bool htest_streq(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	return strcmp(a, b) == 0;
}

bool htest_memeq(struct htest *t, const char *file, int line, const char *what, const void *a,
		 const void *b, size_t n)
{
	const unsigned char *x = a, *y = b;
	size_t i;

	if (memcmp(a, b, n) == 0)
		return true;
	for (i = 0; x[i] == y[i]; i++)
		;
	htest_fail(t, file, line,
		   "Expected %zu equal bytes: %s, but\n    byte %zu: 0x%02x != 0x%02x", n, what, i,
		   x[i], y[i]);
	return false;
}

int host_snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprintf(buf, size, fmt, args);
	va_end(args);
	return n;
}

void *host_malloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (!p)
		abort();
	return p;
}

void host_free(void *p)
{
	free(p);
}

void *host_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	void *buf = NULL;
	long size;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (size = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
		buf = host_malloc(size);
		if (fread(buf, 1, size, f) != (size_t)size) {
			free(buf);
			buf = NULL;
		}
		*len = size;
	}
	fclose(f);
	return buf;
}

/* Prints the log as diagnostic lines, one "# " per line. */
static void print_log(const struct htest *t)
{
	const char *line = t->log, *end;

	while (line && *line) {
		end = strchr(line, '\n');
		printf(INDENT "# %.*s\n", (int)(end - line), line);
		line = end + 1;
	}
}

static bool selected(const char *name, int argc, char **argv)
{
	int i;

	if (argc < 2)
		return true;
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], name))
			return true;
	}
	return false;
}

/*
 * Runs one case and prints its result; returns true unless it failed.
 * The case's state is static, not local: a local changed between setjmp
 * and longjmp would be indeterminate after the jump.
 */
static bool run_case(const struct htest_case *c, unsigned int num, int argc, char **argv)
{
	static struct htest t;
	bool ok;

	memset(&t, 0, sizeof(t));
	t.name = c->name;

	if (!selected(c->name, argc, argv))
		t.skip_reason = "not selected";
	else if (setjmp(t.abort_jb) == 0)
		c->run(&t);

	ok = t.failures == 0;
	if (t.skip_reason && ok)
		printf(INDENT "ok %u %s # SKIP %s\n", num, c->name, t.skip_reason);
	else
		printf(INDENT "%s %u %s\n", ok ? "ok" : "not ok", num, c->name);
	print_log(&t);
	free(t.log);
	return ok;
}

/* The KTAP parser's rules on names; a mistake here is the test's bug. */
static void check_names(const struct htest_suite *s)
{
	unsigned int i;

	for (i = 0; i < s->num_cases; i++) {
		if (strchr(s->cases[i].name, '#') || !strcmp(s->cases[i].name, s->name)) {
			fprintf(stderr, "bad case name '%s' in suite '%s'\n", s->cases[i].name,
				s->name);
			exit(2);
		}
	}
}

static bool run_suite(const struct htest_suite *s, unsigned int num, int argc, char **argv)
{
	bool ok = true;
	unsigned int i;

	check_names(s);
	printf(INDENT "KTAP version 1\n");
	printf(INDENT "# Subtest: %s\n", s->name);
	printf(INDENT "1..%u\n", s->num_cases);
	for (i = 0; i < s->num_cases; i++)
		ok &= run_case(&s->cases[i], i + 1, argc, argv);
	printf("%s %u %s\n", ok ? "ok" : "not ok", num, s->name);
	return ok;
}

int htest_main(int argc, char **argv, const struct htest_suite *const *suites, unsigned int n)
{
	bool ok = true;
	unsigned int i;

	setvbuf(stdout, NULL, _IOLBF, 0);
	printf("KTAP version 1\n");
	printf("1..%u\n", n);
	for (i = 0; i < n; i++)
		ok &= run_suite(suites[i], i + 1, argc, argv);
	return ok ? 0 : 1;
}
