// SPDX-License-Identifier: GPL-2.0
/*
 * The self-test runner (see include/kernel/ktest.h for the API).
 *
 * Output is KTAP version 1 as Linux's KUnit prints it
 * (../shared/reference/ktap.md): a top-level plan over the suites that will
 * run, then per suite a nested block (indented four spaces) with its own
 * plan, one result per case and the suite's result at the outer level.
 * Failure diagnostics are '#' lines printed where the expectation failed,
 * before the case's result line.
 *
 * Control flow: each case runs under setjmp(t->abort_jb); ASSERT_* and
 * ktest_skip() longjmp back to it. A case that wants an exception arms a
 * catcher; the exception path calls ktest_catch_exception(), which
 * longjmps to the catcher's setjmp (restoring the case's stack, registers
 * and CPSR) instead of printing an Oops.
 */
#include <kernel/ktest.h>
#include <kernel/printk.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>
#include <asm/ptrace.h>
#include <asm/traps.h>

extern const struct ktest_suite __start_ktest_suites[], __stop_ktest_suites[];

#define for_each_test_suite(s) for (s = __start_ktest_suites; s < __stop_ktest_suites; s++)

#define KTAP_INDENT "    "

static struct ktest *current_test;
static struct ktest_fault *armed_fault;

int ktest_strcmp_safe(const char *a, const char *b)
{
	if (!a || !b)
		return a == b ? 0 : 1;
	return strcmp(a, b);
}

static void ktest_vdiag(const char *fmt, va_list args)
{
	char buf[256];
	char *line = buf, *nl;

	vscnprintf(buf, sizeof(buf), fmt, args);
	do {	/* every line of a multi-line message gets its own '#' */
		nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		console_printf(KTAP_INDENT "# %s\n", line);
		line = nl + 1;
	} while (nl);
}

void ktest_info(struct ktest *t, const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	ktest_vdiag(fmt, args);
	va_end(args);
}

void ktest_fail(struct ktest *t, const char *file, int line, const char *fmt, ...)
{
	va_list args;

	t->failures++;
	console_printf(KTAP_INDENT "# %s: EXPECTATION FAILED at %s:%d\n", t->name, file, line);
	va_start(args, fmt);
	ktest_vdiag(fmt, args);
	va_end(args);
}

char *ktest_log_tail(char *buf, unsigned int size)
{
	unsigned int len = log_buf_len();
	unsigned int n = log_buf_copy(buf, len > size - 1 ? len - (size - 1) : 0, size - 1);

	buf[n] = '\0';
	return buf;
}

void ktest_abort(struct ktest *t)
{
	longjmp(&t->abort_jb, 1);
}

void ktest_skip(struct ktest *t, const char *reason)
{
	t->skip_reason = reason;
	longjmp(&t->abort_jb, 1);
}

void ktest_arm_fault(struct ktest_fault *f)
{
	f->caught = false;
	armed_fault = f;
	set_exception_catcher(ktest_catch_exception);
}

void ktest_disarm_fault(void)
{
	armed_fault = NULL;
	set_exception_catcher(NULL);
}

void ktest_catch_exception(struct pt_regs *regs, int kind, unsigned long far, unsigned long fsr)
{
	struct ktest_fault *f = armed_fault;

	if (!f)
		return;
	ktest_disarm_fault();	/* one exception per arming: a second one is an Oops */
	f->caught = true;
	f->kind = kind;
	f->pc = regs->ARM_pc;
	/* For an SVC the exception path passes the SVC number in far. */
	f->far = kind == EXC_SVC ? 0 : far;
	f->svc = kind == EXC_SVC ? far : 0;
	f->fsr = fsr;
	memcpy(f->uregs, regs->uregs, sizeof(f->uregs));
	longjmp(&f->jb, 1);
}

/* Result of one case: 0 passed, 1 failed, 2 skipped. */
enum { KT_PASS, KT_FAIL, KT_SKIP };

static int run_case(const struct ktest_case *c, unsigned int num)
{
	struct ktest t = { .name = c->name };

	current_test = &t;
	if (setjmp(&t.abort_jb) == 0)
		c->run(&t);
	ktest_disarm_fault();
	current_test = NULL;
	if (t.failures) {
		console_printf(KTAP_INDENT "not ok %u %s\n", num, c->name);
		return KT_FAIL;
	}
	if (t.skip_reason) {
		console_printf(KTAP_INDENT "ok %u %s # SKIP %s\n", num, c->name, t.skip_reason);
		return KT_SKIP;
	}
	console_printf(KTAP_INDENT "ok %u %s\n", num, c->name);
	return KT_PASS;
}

struct ktest_totals {
	unsigned int passed, failed, skipped;
};

static void run_suite(const struct ktest_suite *s, unsigned int num, struct ktest_totals *tot)
{
	const char *skip = s->init ? s->init() : NULL;
	unsigned int i, failed = 0;

	console_printf(KTAP_INDENT "KTAP version 1\n");
	console_printf(KTAP_INDENT "# Subtest: %s\n", s->name);
	if (skip) {
		console_printf(KTAP_INDENT "1..0\n");
		console_printf("ok %u %s # SKIP %s\n", num, s->name, skip);
		tot->skipped += s->num_cases;
		return;
	}
	console_printf(KTAP_INDENT "1..%u\n", s->num_cases);
	for (i = 0; i < s->num_cases; i++) {
		switch (run_case(&s->cases[i], i + 1)) {
		case KT_PASS:
			tot->passed++;
			break;
		case KT_FAIL:
			tot->failed++;
			failed++;
			break;
		default:
			tot->skipped++;
			break;
		}
	}
	console_printf("%s %u %s\n", failed ? "not ok" : "ok", num, s->name);
}

static const struct ktest_suite *find_suite(const char *name, size_t len)
{
	const struct ktest_suite *s;

	for_each_test_suite(s)
		if (strlen(s->name) == len && !strncmp(s->name, name, len))
			return s;
	return NULL;
}

/* Is suite s named in the comma-separated list? */
static bool suite_selected(const struct ktest_suite *s, const char *list)
{
	size_t len = strlen(s->name);
	const char *p = list;

	if (!strcmp(list, "all"))
		return true;
	while (*p) {
		const char *end = strchr(p, ',');
		size_t n = end ? (size_t)(end - p) : strlen(p);

		if (n == len && !strncmp(p, s->name, len))
			return true;
		p += n + (end ? 1 : 0);
	}
	return false;
}

/* Warns about every name in the list that is no suite; returns how many. */
static int check_names(const char *list)
{
	const char *p = list;
	int bad = 0;

	if (!strcmp(list, "all"))
		return 0;
	while (*p) {
		const char *end = strchr(p, ',');
		size_t n = end ? (size_t)(end - p) : strlen(p);

		if (n && !find_suite(p, n)) {
			console_printf(KERN_WARNING
				       "ktest: no suite named '%.*s' (try 'test list')\n", (int)n, p);
			bad++;
		}
		p += n + (end ? 1 : 0);
	}
	return bad;
}

int ktest_run_list(const char *list)
{
	const struct ktest_suite *s;
	struct ktest_totals tot = { 0, 0, 0 };
	unsigned int n = 0, num = 0;

	check_names(list);
	for_each_test_suite(s)
		n += suite_selected(s, list);
	if (!n) {
		console_printf(KERN_WARNING "ktest: nothing to run for '%s'\n", list);
		return 0;
	}
	console_printf("KTAP version 1\n");
	console_printf("1..%u\n", n);
	for_each_test_suite(s)
		if (suite_selected(s, list))
			run_suite(s, ++num, &tot);
	console_printf("# ktest: %u passed, %u failed, %u skipped\n", tot.passed, tot.failed,
	       tot.skipped);
	return tot.failed;
}

void ktest_list_suites(void)
{
	const struct ktest_suite *s;

	for_each_test_suite(s)
		console_printf("  %-16s %u cases\n", s->name, s->num_cases);
}
