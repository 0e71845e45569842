// SPDX-License-Identifier: GPL-2.0
/*
 * System call wrappers: every one is __syscall6, the EABI convention
 * (svc #0, number in r7, arguments r0-r5, result in r0), and nothing
 * else reaches the kernel.
 */
#include "ulib.h"

int errno;

long __syscall6(long nr, long a, long b, long c, long d, long e, long f)
{
	register long r7 __asm__("r7") = nr;
	register long r0 __asm__("r0") = a;
	register long r1 __asm__("r1") = b;
	register long r2 __asm__("r2") = c;
	register long r3 __asm__("r3") = d;
	register long r4 __asm__("r4") = e;
	register long r5 __asm__("r5") = f;

	__asm__ volatile("svc #0"
			 : "+r"(r0)
			 : "r"(r7), "r"(r1), "r"(r2), "r"(r3), "r"(r4), "r"(r5)
			 : "memory");
	return r0;
}

long __syscall_ret(long r)
{
	if ((unsigned long)r >= (unsigned long)-4095) {
		errno = (int)-r;
		return -1;
	}
	return r;
}

void _exit(int status)
{
	for (;;)
		__syscall1(__NR_exit_group, status);
}

void exit(int status)
{
	_exit(status);
}

pid_t fork(void)
{
	return __syscall_ret(__syscall0(__NR_fork));
}

ssize_t read(int fd, void *buf, size_t count)
{
	return __syscall_ret(__syscall3(__NR_read, fd, buf, count));
}

ssize_t write(int fd, const void *buf, size_t count)
{
	return __syscall_ret(__syscall3(__NR_write, fd, buf, count));
}

int execve(const char *path, char *const argv[], char *const envp[])
{
	return __syscall_ret(__syscall3(__NR_execve, path, argv, envp));
}

pid_t getpid(void)
{
	return __syscall0(__NR_getpid);
}

pid_t getppid(void)
{
	return __syscall0(__NR_getppid);
}

int kill(pid_t pid, int sig)
{
	return __syscall_ret(__syscall2(__NR_kill, pid, sig));
}

pid_t wait4(pid_t pid, int *status, int options, void *rusage)
{
	return __syscall_ret(__syscall4(__NR_wait4, pid, status, options, rusage));
}

pid_t waitpid(pid_t pid, int *status, int options)
{
	return wait4(pid, status, options, NULL);
}

int uname(struct utsname *u)
{
	return __syscall_ret(__syscall1(__NR_uname, u));
}

int close(int fd)
{
	return __syscall_ret(__syscall1(__NR_close, fd));
}

int dup(int fd)
{
	return __syscall_ret(__syscall1(__NR_dup, fd));
}

int dup2(int oldfd, int newfd)
{
	return __syscall_ret(__syscall2(__NR_dup2, oldfd, newfd));
}

int pipe(int fds[2])
{
	return __syscall_ret(__syscall1(__NR_pipe, fds));
}

int sysinfo(struct sysinfo *info)
{
	return __syscall_ret(__syscall1(__NR_sysinfo, info));
}

int sched_yield(void)
{
	return __syscall_ret(__syscall0(__NR_sched_yield));
}

int nanosleep(const struct timespec *req, struct timespec *rem)
{
	return __syscall_ret(__syscall2(__NR_nanosleep, req, rem));
}

int clock_gettime(int clk, struct timespec *ts)
{
	return __syscall_ret(__syscall2(__NR_clock_gettime, clk, ts));
}

int set_tls(void *tls)
{
	return __syscall_ret(__syscall1(__ARM_NR_set_tls, tls));
}

/* mmap2 takes the offset in 4096-byte units. */
void *mmap(void *addr, size_t len, int prot, int flags, int fd, long offset)
{
	if (offset & 4095) {
		errno = EINVAL;
		return MAP_FAILED;
	}
	return (void *)__syscall_ret(
		__syscall6(__NR_mmap2, (long)addr, len, prot, flags, fd, offset >> 12));
}

int munmap(void *addr, size_t len)
{
	return __syscall_ret(__syscall2(__NR_munmap, addr, len));
}

unsigned long sys_brk(unsigned long brk)
{
	return __syscall1(__NR_brk, brk);
}
