// SPDX-License-Identifier: GPL-2.0
/* KTAP version 1 output for the user test programs (ktap.h). */
#include "ktap.h"

int ktap_run(const char *name, const struct ktap_case *cases, unsigned int n)
{
	unsigned int i;
	int failures = 0;

	printf("KTAP version 1\n1..%u\n", n);
	for (i = 0; i < n; i++) {
		int bad = cases[i].run();

		failures += bad;
		printf("%sok %u %s\n", bad ? "not " : "", i + 1, cases[i].name);
	}
	printf("# %s: %u passed, %d failed\n", name, n - failures, failures);
	return failures;
}
