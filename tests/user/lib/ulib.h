/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The tiny user runtime (tests/user/lib/): what the test programs have
 * instead of a C library. It uses only raw Linux ARM EABI system calls
 * (svc #0, the number in r7, arguments in r0-r5, result or -errno in r0),
 * so every program runs unchanged on Linux (qemu-arm) and on this kernel.
 *
 * Two layers of system calls:
 *  - __syscall0..6(nr, ...) and the sys_*() helpers return the kernel's
 *    raw result: a value, or -errno (-4095..-1);
 *  - the libc-named wrappers (write, getpid, ...) return -1 and set errno
 *    on failure, as POSIX says.
 */
#ifndef _ULIB_H
#define _ULIB_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* Linux ARM EABI system call numbers (arch/arm/tools/syscall.tbl). */
#include "../../../arch/arm/include/uapi/asm/unistd.h"

/* errno values (Linux's). */
#include "../../../arch/arm/include/uapi/asm/errno.h"

#define STDIN_FILENO	0
#define STDOUT_FILENO	1
#define STDERR_FILENO	2

#define CLOCK_REALTIME	0
#define CLOCK_MONOTONIC 1

#define WNOHANG		1
#define WEXITSTATUS(s)	(((s) >> 8) & 0xff)
#define WTERMSIG(s)	((s) & 0x7f)
#define WIFEXITED(s)	(WTERMSIG(s) == 0)
#define WIFSIGNALED(s)	(((signed char)(((s) & 0x7f) + 1) >> 1) > 0)

#define SIGKILL 9
#define SIGTERM 15

#define PROT_READ	0x1
#define PROT_WRITE	0x2
#define PROT_EXEC	0x4
#define MAP_PRIVATE	0x02
#define MAP_ANONYMOUS	0x20
#define MAP_FAILED	((void *)-1)

/* Auxiliary vector types. */
#include "../../../arch/arm/include/uapi/asm/auxvec.h"

typedef int pid_t;
typedef long ssize_t;
typedef long time_t;

/* The 32-bit layouts the EABI calls above use. */
struct timespec {
	time_t tv_sec;
	long tv_nsec;
};

struct utsname {
	char sysname[65];
	char nodename[65];
	char release[65];
	char version[65];
	char machine[65];
	char domainname[65];
};

/* Linux's 32-bit struct sysinfo: memory in mem_unit bytes. */
struct sysinfo {
	long uptime;
	unsigned long loads[3];
	unsigned long totalram, freeram, sharedram, bufferram;
	unsigned long totalswap, freeswap;
	unsigned short procs, pad;
	unsigned long totalhigh, freehigh;
	unsigned int mem_unit;
	char _f[8];
};

extern int errno;
extern char **environ;
/* The auxiliary vector: (type, value) pairs ending with AT_NULL. */
extern unsigned long *__auxv;

/* The value of auxiliary vector entry type, or 0 if absent. */
unsigned long getauxval(unsigned long type);

/* Raw system calls: the kernel's result, -errno on failure. */
long __syscall6(long nr, long a, long b, long c, long d, long e, long f);
#define __syscall0(nr)			__syscall6(nr, 0, 0, 0, 0, 0, 0)
#define __syscall1(nr, a)		__syscall6(nr, (long)(a), 0, 0, 0, 0, 0)
#define __syscall2(nr, a, b)		__syscall6(nr, (long)(a), (long)(b), 0, 0, 0, 0)
#define __syscall3(nr, a, b, c)		__syscall6(nr, (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define __syscall4(nr, a, b, c, d) \
	__syscall6(nr, (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)

/* -errno in, -1 out with errno set; anything else passes through. */
long __syscall_ret(long r);

/* The POSIX-style wrappers: -1 and errno on failure. */
void __attribute__((noreturn)) _exit(int status);
void __attribute__((noreturn)) exit(int status);
pid_t fork(void);
ssize_t read(int fd, void *buf, size_t count);
ssize_t write(int fd, const void *buf, size_t count);
int execve(const char *path, char *const argv[], char *const envp[]);
pid_t getpid(void);
pid_t getppid(void);
int kill(pid_t pid, int sig);
pid_t wait4(pid_t pid, int *status, int options, void *rusage);
pid_t waitpid(pid_t pid, int *status, int options);
int uname(struct utsname *u);
int sysinfo(struct sysinfo *info);
int close(int fd);
int dup(int fd);
int dup2(int oldfd, int newfd);
int pipe(int fds[2]);
int sched_yield(void);
int nanosleep(const struct timespec *req, struct timespec *rem);
int clock_gettime(int clk, struct timespec *ts);
int set_tls(void *tls);
void *mmap(void *addr, size_t len, int prot, int flags, int fd, long offset);
int munmap(void *addr, size_t len);
/* brk(2) as the kernel does it: returns the new (or unchanged) break. */
unsigned long sys_brk(unsigned long brk);
void *sbrk(long increment);

/* Strings and memory. */
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strchr(const char *s, int c);
char *strcpy(char *dst, const char *src);
void *memset(void *s, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
long atol(const char *s);
char *getenv(const char *name);

/* Formatted output: %d %i %u %x %X %s %c %p %%, l modifier, width, - and 0. */
int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int snprintf(char *buf, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
int printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int dprintf(int fd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int puts(const char *s);

/* A heap over brk; free keeps blocks on a first-fit list. */
void *malloc(size_t size);
void *calloc(size_t n, size_t size);
void free(void *p);

/* Signals: numbers, sigaction, masks, siginfo_t and ucontext_t. */
#include "signal.h"

#endif
