// SPDX-License-Identifier: GPL-2.0
/*
 * Signal wrappers (declared in signal.h): the -1 and errno convention
 * over the raw rt_* calls, which take the kernel's 8-byte sigset_t.
 */
#include "ulib.h"

int sigemptyset(sigset_t *set)
{
	set->sig[0] = set->sig[1] = 0;
	return 0;
}

int sigfillset(sigset_t *set)
{
	set->sig[0] = set->sig[1] = ~0UL;
	return 0;
}

static int sig_bad(int sig)
{
	if (sig >= 1 && sig < NSIG)
		return 0;
	errno = EINVAL;
	return 1;
}

int sigaddset(sigset_t *set, int sig)
{
	if (sig_bad(sig))
		return -1;
	set->sig[(sig - 1) / 32] |= 1UL << ((sig - 1) % 32);
	return 0;
}

int sigdelset(sigset_t *set, int sig)
{
	if (sig_bad(sig))
		return -1;
	set->sig[(sig - 1) / 32] &= ~(1UL << ((sig - 1) % 32));
	return 0;
}

int sigismember(const sigset_t *set, int sig)
{
	if (sig_bad(sig))
		return -1;
	return (set->sig[(sig - 1) / 32] >> ((sig - 1) % 32)) & 1;
}

int sigaction(int sig, const struct sigaction *act, struct sigaction *oact)
{
	struct k_sigaction ka, old;
	long r;

	if (act) {
		ka.handler = (void *)act->sa_handler;
		ka.flags = act->sa_flags | SA_RESTORER;
		ka.restorer = (act->sa_flags & SA_SIGINFO) ? __restore_rt : __restore;
		ka.mask = act->sa_mask;
	}
	r = __syscall4(__NR_rt_sigaction, sig, act ? &ka : NULL, oact ? &old : NULL,
		       sizeof(sigset_t));
	if (r < 0)
		return __syscall_ret(r);
	if (oact) {
		oact->sa_handler = (sighandler_t)old.handler;
		oact->sa_flags = old.flags;
		oact->sa_restorer = old.restorer;
		oact->sa_mask = old.mask;
	}
	return 0;
}

/* No SA_RESTART (the kernel has none): an interrupted call returns EINTR on both systems. */
sighandler_t signal(int sig, sighandler_t handler)
{
	struct sigaction sa = { .sa_handler = handler }, old = { 0 };

	sigemptyset(&sa.sa_mask);
	if (sigaction(sig, &sa, &old) < 0)
		return SIG_ERR;
	return old.sa_handler;
}

int sigprocmask(int how, const sigset_t *set, sigset_t *oset)
{
	return __syscall_ret(__syscall4(__NR_rt_sigprocmask, how, set, oset, sizeof(sigset_t)));
}

int sigpending(sigset_t *set)
{
	return __syscall_ret(__syscall2(__NR_rt_sigpending, set, sizeof(sigset_t)));
}

int sigsuspend(const sigset_t *mask)
{
	return __syscall_ret(__syscall2(__NR_rt_sigsuspend, mask, sizeof(sigset_t)));
}

int sigaltstack(const stack_t *ss, stack_t *oss)
{
	return __syscall_ret(__syscall2(__NR_sigaltstack, ss, oss));
}

int pause(void)
{
	return __syscall_ret(__syscall0(__NR_pause));
}

/* One thread per process here; musl's raise is tkill(gettid(), sig). */
int raise(int sig)
{
	return __syscall_ret(__syscall2(__NR_tkill, getpid(), sig));
}
