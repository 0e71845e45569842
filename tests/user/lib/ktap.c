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
