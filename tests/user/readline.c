// SPDX-License-Identifier: GPL-2.0
/*
 * readline: reads stdin until end of input, printing each piece read(2)
 * returned as `read N: TEXT` (a trailing newline shown as \n), then
 * `readline: N reads, M bytes, eof`. With a small buffer size argument
 * (readline 4) a line arrives in several reads, as a terminal in
 * canonical mode gives it. Exit status 0; 1 if read failed.
 */
#include "lib/ulib.h"

int main(int argc, char **argv, char **envp)
{
	char buf[300];
	long size = argc > 1 ? atol(argv[1]) : (long)sizeof(buf) - 1;
	long n, reads = 0, bytes = 0;

	if (size < 1 || size >= (long)sizeof(buf))
		size = sizeof(buf) - 1;
	while ((n = read(STDIN_FILENO, buf, size)) > 0) {
		int nl = buf[n - 1] == '\n';

		buf[n - nl] = '\0';
		printf("read %ld: %s%s\n", n, buf, nl ? "\\n" : "");
		reads++;
		bytes += n;
	}
	if (n < 0) {
		printf("readline: read error %d\n", errno);
		return 1;
	}
	printf("readline: %ld reads, %ld bytes, eof\n", reads, bytes);
	return 0;
}
