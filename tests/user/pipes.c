// SPDX-License-Identifier: GPL-2.0
/*
 * pipes: pipe(2), close, dup, dup2 and read/write on pipes with Linux's
 * semantics, as KTAP version 1 (the exit status is the number of failed
 * cases): bytes in order through one process and between a parent and
 * its child, end of file when the last writer closes, EPIPE (or SIGPIPE,
 * as Linux sends it) when no reader is left, 256 KiB through a one-page
 * ring with the writer blocking, writes of PIPE_BUF bytes never
 * interleaved, the descriptor table's limit, and the errors.
 */
#include "lib/ktap.h"

#define SIGPIPE		13
#define PIPE_BUF	4096

static long sys_pipe(int *fds)
{
	return __syscall1(__NR_pipe, fds);
}

static long sys_close(int fd)
{
	return __syscall1(__NR_close, fd);
}

static int bytes_in_order_one_process(void)
{
	int fds[2];
	char buf[16];

	CHECK_EQ(sys_pipe(fds), 0);
	CHECK(fds[0] >= 3 && fds[1] == fds[0] + 1);
	CHECK_EQ(write(fds[1], "hello, ", 7), 7);
	CHECK_EQ(write(fds[1], "pipe", 4), 4);
	CHECK_EQ(read(fds[0], buf, sizeof(buf)), 11);
	CHECK(!memcmp(buf, "hello, pipe", 11));
	CHECK_EQ(sys_close(fds[1]), 0);
	CHECK_EQ(read(fds[0], buf, sizeof(buf)), 0);	/* no writer: end of file */
	CHECK_EQ(sys_close(fds[0]), 0);
	return 0;
}

static int parent_reads_child_writes(void)
{
	int fds[2], status = -1;
	char buf[32];
	long pid, n, got = 0;

	CHECK_EQ(sys_pipe(fds), 0);
	pid = sys_fork();
	if (pid == 0) {
		sys_close(fds[0]);
		_exit(write(fds[1], "from the child", 14) == 14 ? 0 : 1);
	}
	CHECK(pid > 0);
	CHECK_EQ(sys_close(fds[1]), 0);
	while ((n = read(fds[0], buf + got, sizeof(buf) - got)) > 0)
		got += n;
	CHECK_EQ(n, 0);	/* the child's exit closed the last writer */
	CHECK_EQ(got, 14);
	CHECK(!memcmp(buf, "from the child", 14));
	CHECK_EQ(sys_wait4(pid, &status, 0), pid);
	CHECK_EQ(status, 0);
	CHECK_EQ(sys_close(fds[0]), 0);
	return 0;
}

/* In a child, as Linux kills the writer with SIGPIPE by default. */
static int write_without_reader_epipe(void)
{
	int status = -1;
	long pid = sys_fork();

	if (pid == 0) {
		int fds[2];

		if (sys_pipe(fds) || sys_close(fds[0]))
			_exit(2);
		_exit(__syscall3(__NR_write, fds[1], "x", 1) == -EPIPE ? 0 : 1);
	}
	CHECK(pid > 0);
	CHECK_EQ(sys_wait4(pid, &status, 0), pid);
	CHECK(status == 0 || status == SIGPIPE);
	return 0;
}

static unsigned char pattern(long i)
{
	return (unsigned char)(i * 7 + (i >> 12));
}

/* 256 KiB through the ring: the writer blocks on a full pipe, many times. */
static int large_transfer_blocks_and_arrives(void)
{
	static unsigned char buf[3000];
	const long total = 256 * 1024;
	int fds[2], status = -1;
	long pid, n, got = 0, bad = 0, i;

	CHECK_EQ(sys_pipe(fds), 0);
	pid = sys_fork();
	if (pid == 0) {
		long sent = 0;

		sys_close(fds[0]);
		while (sent < total) {
			long len = total - sent < 1000 ? total - sent : 1000;

			for (i = 0; i < len; i++)
				buf[i] = pattern(sent + i);
			if (write(fds[1], buf, len) != len)
				_exit(1);
			sent += len;
		}
		_exit(0);
	}
	CHECK(pid > 0);
	sys_close(fds[1]);
	while ((n = read(fds[0], buf, sizeof(buf))) > 0) {
		for (i = 0; i < n; i++)
			bad += buf[i] != pattern(got + i);
		got += n;
	}
	CHECK_EQ(n, 0);
	CHECK_EQ(got, total);
	CHECK_EQ(bad, 0);
	CHECK_EQ(sys_wait4(pid, &status, 0), pid);
	CHECK_EQ(status, 0);
	sys_close(fds[0]);
	return 0;
}

/* Two writers of PIPE_BUF-byte blocks: every block arrives whole. */
static int pipe_buf_writes_atomic(void)
{
	static unsigned char block[PIPE_BUF], in[PIPE_BUF];
	int fds[2], status, w, blocks = 0;
	long pid[2], n;

	CHECK_EQ(sys_pipe(fds), 0);
	for (w = 0; w < 2; w++) {
		pid[w] = sys_fork();
		if (pid[w] == 0) {
			int k;

			sys_close(fds[0]);
			memset(block, 'a' + w, sizeof(block));
			for (k = 0; k < 8; k++)
				if (write(fds[1], block, sizeof(block)) != sizeof(block))
					_exit(1);
			_exit(0);
		}
		CHECK(pid[w] > 0);
	}
	sys_close(fds[1]);
	for (;;) {
		long got = 0, i;

		while (got < PIPE_BUF && (n = read(fds[0], in + got, PIPE_BUF - got)) > 0)
			got += n;
		if (!got)
			break;
		CHECK_EQ(got, PIPE_BUF);
		for (i = 1; i < PIPE_BUF; i++)
			CHECK_EQ(in[i], in[0]);
		blocks++;
	}
	CHECK_EQ(blocks, 16);
	for (w = 0; w < 2; w++) {
		CHECK_EQ(sys_wait4(pid[w], &status, 0), pid[w]);
		CHECK_EQ(status, 0);
	}
	sys_close(fds[0]);
	return 0;
}

static int dup_dup2_close_errors(void)
{
	int fds[2], d;
	char c = 0;

	CHECK_EQ(sys_close(77), -EBADF);
	CHECK_EQ(sys_close(-1), -EBADF);
	CHECK_EQ(sys_pipe((int *)0xc0000000), -EFAULT);
	CHECK_EQ(sys_pipe(fds), 0);
	CHECK_EQ(__syscall3(__NR_read, fds[1], &c, 1), -EBADF);	/* the write end */
	CHECK_EQ(__syscall3(__NR_write, fds[0], &c, 1), -EBADF);	/* the read end */
	d = __syscall1(__NR_dup, fds[1]);
	CHECK(d > fds[1]);
	CHECK_EQ(__syscall2(__NR_dup2, fds[0], 20), 20);
	CHECK_EQ(__syscall2(__NR_dup2, 20, 20), 20);
	CHECK_EQ(__syscall2(__NR_dup2, 55, 21), -EBADF);
	CHECK_EQ(write(d, "z", 1), 1);		/* through the duplicate */
	CHECK_EQ(read(20, &c, 1), 1);
	CHECK_EQ(c, 'z');
	CHECK_EQ(sys_close(d), 0);
	CHECK_EQ(sys_close(20), 0);
	CHECK_EQ(sys_close(fds[0]), 0);
	CHECK_EQ(sys_close(fds[1]), 0);
	CHECK_EQ(sys_close(fds[1]), -EBADF);
	return 0;
}

/*
 * Pipes until the table is full: -EMFILE, then everything closes. This
 * kernel's table has 32 slots; Linux's limit (RLIMIT_NOFILE) may be
 * huge, so there the case only says it did not run.
 */
static int descriptor_table_limit(void)
{
	int fds[2], first = -1, last = -1, fd;
	struct utsname u;
	long r;

	if (uname(&u) || strcmp(u.sysname, "TeachingKernel")) {
		printf("# not this kernel: the limit is not checked\n");
		return 0;
	}
	while ((r = sys_pipe(fds)) == 0) {
		if (first < 0)
			first = fds[0];
		last = fds[1];
	}
	CHECK_EQ(r, -EMFILE);
	CHECK(first >= 3 && last > first);
	for (fd = first; fd <= last; fd++)
		CHECK_EQ(sys_close(fd), 0);
	CHECK_EQ(sys_pipe(fds), 0);
	CHECK_EQ(fds[0], first);
	sys_close(fds[0]);
	sys_close(fds[1]);
	return 0;
}

static const struct ktap_case cases[] = {
	{ "bytes_in_order_one_process", bytes_in_order_one_process },
	{ "parent_reads_child_writes", parent_reads_child_writes },
	{ "write_without_reader_epipe", write_without_reader_epipe },
	{ "large_transfer_blocks_and_arrives", large_transfer_blocks_and_arrives },
	{ "pipe_buf_writes_atomic", pipe_buf_writes_atomic },
	{ "dup_dup2_close_errors", dup_dup2_close_errors },
	{ "descriptor_table_limit", descriptor_table_limit },
};

int main(int argc, char **argv, char **envp)
{
	return ktap_run("pipes", cases, sizeof(cases) / sizeof(cases[0]));
}
