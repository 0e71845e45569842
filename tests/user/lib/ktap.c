// SPDX-License-Identifier: GPL-2.0
/* KTAP version 1 output for the user test programs (ktap.h). */
#include "ktap.h"

const char *ktap_skip_reason;

int ktap_on_linux(void)
{
	struct utsname u;

	return uname(&u) == 0 && strcmp(u.sysname, "Linux") == 0;
}

int ktap_run(const char *name, const struct ktap_case *cases, unsigned int n)
{
	unsigned int i, skipped = 0;
	int failures = 0;

	printf("KTAP version 1\n1..%u\n", n);
	for (i = 0; i < n; i++) {
		int ret = cases[i].run();

		if (ret == KTAP_SKIP) {
			skipped++;
			printf("ok %u %s # SKIP %s\n", i + 1, cases[i].name, ktap_skip_reason);
			continue;
		}
		failures += ret != 0;
		printf("%sok %u %s\n", ret ? "not " : "", i + 1, cases[i].name);
	}
	printf("# %s: %u passed, %d failed", name, n - failures - skipped, failures);
	if (skipped)
		printf(", %u skipped", skipped);
	printf("\n");
	return failures;
}

void ktap_sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000 };

	nanosleep(&ts, NULL);
}

long fork_pauser(void)
{
	long pid = sys_fork();

	if (pid == 0) {
		for (;;)
			pause();
	}
	return pid;
}

long fork_signaller(int sig, int count)
{
	pid_t parent = getpid();
	long pid = sys_fork();
	int i;

	if (pid == 0) {
		for (i = 0; !count || i < count; i++) {
			ktap_sleep_ms(10);
			kill(parent, sig);
		}
		_exit(0);
	}
	return pid;
}

int kill_and_wait(long pid, int sig)
{
	int status = -1;

	if (kill(pid, sig) || sys_wait4(pid, &status, 0) != pid)
		return -1;
	return status;
}
