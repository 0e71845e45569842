// SPDX-License-Identifier: GPL-2.0
/*
 * sigsegv: faults as signals, and the signal frame's defences, as KTAP
 * version 1 (the exit status is the number of failed cases). Runs
 * unchanged on Linux.
 *
 *  - a SA_SIGINFO SIGSEGV handler on a NULL read sees si_signo 11,
 *    SEGV_MAPERR, si_addr 0 and the faulting pc in uc_mcontext; it moves
 *    arm_pc past the instruction and returns through rt_sigreturn, and
 *    the program goes on with the registers of the frame;
 *  - an undefined instruction: SIGILL, ILL_ILLOPC, si_addr = its pc;
 *  - a fault with SIGSEGV blocked, or ignored, still kills (SIGSEGV);
 *  - a signal frame that cannot be written (sp unmapped) kills with
 *    SIGSEGV; with SA_ONSTACK and sigaltstack the handler runs there;
 *  - rt_sigreturn of forged frames: a user-mode one resumes where it
 *    says; one asking for SVC mode or masked IRQs, a misaligned or an
 *    unreadable one, kill with SIGSEGV here (Linux under qemu-arm may
 *    instead resume in user mode: never in a privileged one);
 *  - mprotect read-only, then a write: SEGV_ACCERR and the exact si_addr
 *    (skipped while mprotect is -ENOSYS).
 */
#include "lib/ktap.h"


static volatile int f_sig, f_code;
static volatile unsigned long f_addr, f_pc;

/* Records the fault and resumes after the faulting (4-byte ARM) instruction. */
static void skip_handler(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;

	f_sig = si->si_signo;
	f_code = si->si_code;
	f_addr = (unsigned long)si->si_addr;
	f_pc = uc->uc_mcontext.arm_pc;
	uc->uc_mcontext.arm_pc += 4;
}

static int set_skip_handler(int sig)
{
	struct sigaction sa = { .sa_sigaction = skip_handler, .sa_flags = SA_SIGINFO };

	sigemptyset(&sa.sa_mask);
	f_sig = f_code = 0;
	f_addr = f_pc = ~0UL;
	return sigaction(sig, &sa, NULL);
}

/*
 * fault_load(addr): -1 if the load at fault_load_insn was skipped, else
 * the word. fault_store(addr, v) stores at fault_store_insn. undef_insn
 * is an undefined instruction (UDF #0), then returns.
 */
long fault_load(unsigned long addr);
void fault_store(unsigned long addr, unsigned long v);
void undef(void);
extern char fault_load_insn[], fault_store_insn[], undef_insn[];
__asm__(".text\n"
	".align 2\n"
	".globl fault_load\n"
	"fault_load:\n"
	"	mov	r1, r0\n"
	"	mvn	r0, #0\n"
	".globl fault_load_insn\n"
	"fault_load_insn:\n"
	"	ldr	r0, [r1]\n"
	"	bx	lr\n"
	".globl fault_store\n"
	"fault_store:\n"
	".globl fault_store_insn\n"
	"fault_store_insn:\n"
	"	str	r1, [r0]\n"
	"	bx	lr\n"
	".globl undef\n"
	"undef:\n"
	".globl undef_insn\n"
	"undef_insn:\n"
	"	.inst	0xe7f000f0\n"
	"	bx	lr\n");

static int null_read_handler_recovers(void)
{
	CHECK_EQ(set_skip_handler(SIGSEGV), 0);
	CHECK_EQ(fault_load(0), -1);	/* skipped: r0 as the frame had it */
	CHECK_EQ(f_sig, SIGSEGV);
	CHECK_EQ(f_code, SEGV_MAPERR);
	CHECK_EQ(f_addr, 0);
	CHECK_EQ(f_pc, (unsigned long)fault_load_insn);
	/* Again: the handler stays, the mask came back. */
	CHECK_EQ(fault_load(8), -1);
	CHECK_EQ(f_addr, 8);
	CHECK((void *)signal(SIGSEGV, SIG_DFL) == (void *)skip_handler);
	return 0;
}

static int undefined_instruction_sigill(void)
{
	CHECK_EQ(set_skip_handler(SIGILL), 0);
	undef();
	CHECK_EQ(f_sig, SIGILL);
	/* qemu-arm says ILL_ILLOPN (2) where Linux says ILL_ILLOPC. */
	CHECK(f_code == ILL_ILLOPC || (ktap_on_linux() && f_code == 2));
	CHECK_EQ(f_addr, (unsigned long)undef_insn);
	CHECK_EQ(f_pc, (unsigned long)undef_insn);
	CHECK(signal(SIGILL, SIG_DFL) != SIG_ERR);
	return 0;
}

/* Runs fn in a child; its wait status. */
static int in_child(void (*fn)(void))
{
	int status = -1;
	long pid = sys_fork();

	if (pid == 0) {
		fn();
		_exit(0);
	}
	if (pid < 0 || sys_wait4(pid, &status, 0) != pid)
		return -1;
	return status;
}

static void null_read_blocked(void)
{
	sigset_t set;

	set_skip_handler(SIGSEGV);
	sigemptyset(&set);
	sigaddset(&set, SIGSEGV);
	sigprocmask(SIG_BLOCK, &set, NULL);
	fault_load(0);
	_exit(f_sig ? 2 : 1);	/* survived: wrong */
}

static void null_read_ignored(void)
{
	signal(SIGSEGV, SIG_IGN);
	fault_load(0);
	_exit(1);
}

static int blocked_or_ignored_fault_kills(void)
{
	int st = in_child(null_read_blocked);

	CHECK(WIFSIGNALED(st));
	CHECK_EQ(WTERMSIG(st), SIGSEGV);
	st = in_child(null_read_ignored);
	CHECK(WIFSIGNALED(st));
	CHECK_EQ(WTERMSIG(st), SIGSEGV);
	return 0;
}

/* Sends SIGUSR1 to itself with sp = bad_sp: the frame goes there. Exits 99 if it survives. */
static void __attribute__((noreturn)) kill_self_with_sp(unsigned long bad_sp)
{
	register long r0 __asm__("r0") = getpid();
	register long r1 __asm__("r1") = SIGUSR1;
	register long r2 __asm__("r2") = bad_sp;

	__asm__ volatile("mov	sp, r2\n"
			 "mov	r7, #37\n"	/* kill */
			 "svc	#0\n"
			 "mov	r0, #99\n"
			 "mov	r7, #248\n"	/* exit_group */
			 "svc	#0\n"
			 :
			 : "r"(r0), "r"(r1), "r"(r2)
			 : "memory");
	__builtin_unreachable();
}

static void usr1_exit(int sig)
{
	_exit(5);
}

static char altstack[16384] __attribute__((aligned(8)));

static void on_altstack(int sig)
{
	char here;

	_exit(&here >= altstack && &here < altstack + sizeof(altstack) ? 42 : 43);
}

static void bad_stack(void)
{
	signal(SIGUSR1, usr1_exit);
	kill_self_with_sp(0x1000);
}

static void bad_stack_altstack(void)
{
	stack_t ss = { .ss_sp = altstack, .ss_size = sizeof(altstack) };
	struct sigaction sa = { .sa_handler = on_altstack, .sa_flags = SA_ONSTACK };

	sigemptyset(&sa.sa_mask);
	if (sigaltstack(&ss, NULL) || sigaction(SIGUSR1, &sa, NULL))
		_exit(2);
	kill_self_with_sp(0x1000);
}

static int bad_frame_address(void)
{
	stack_t ss = { .ss_size = 100 }, old;
	int st = in_child(bad_stack);

	CHECK(WIFSIGNALED(st));
	CHECK_EQ(WTERMSIG(st), SIGSEGV);
	CHECK_EQ(in_child(bad_stack_altstack), 42 << 8);
	CHECK_EQ(sigaltstack(&ss, NULL), -1);	/* smaller than MINSIGSTKSZ */
	CHECK_EQ(errno, ENOMEM);
	ss.ss_flags = 4;
	CHECK_EQ(sigaltstack(&ss, NULL), -1);
	CHECK_EQ(errno, EINVAL);
	CHECK_EQ(sigaltstack(NULL, &old), 0);
	CHECK_EQ(old.ss_flags, SS_DISABLE);
	return 0;
}

/*
 * A hand-made rt_sigframe: what rt_sigreturn finds at sp. It starts as a
 * copy of a real one (captured by a handler: on Linux it carries the VFP
 * record that Linux insists on), then gets another pc, sp and cpsr.
 */
static struct {
	siginfo_t info;
	ucontext_t uc;
	unsigned long retcode[4];
} forged __attribute__((aligned(8))), captured;
static char forged_stack[4096] __attribute__((aligned(8)));

static void capture(int sig, siginfo_t *si, void *uc)
{
	memcpy(&captured.info, si, sizeof(*si));
	memcpy(&captured.uc, uc, sizeof(captured.uc));
}

static void __attribute__((noreturn)) forged_target(void)
{
	unsigned long cpsr;

	__asm__ volatile("mrs %0, cpsr" : "=r"(cpsr));
	_exit((cpsr & 0x1f) == 0x10 ? 42 : 99);	/* 0x10: user mode */
}

static unsigned long forged_cpsr, forged_sp_delta;

static void __attribute__((noreturn)) rt_sigreturn_forged(void)
{
	forged = captured;
	forged.uc.uc_mcontext.arm_pc = (unsigned long)forged_target;
	forged.uc.uc_mcontext.arm_sp = (unsigned long)forged_stack + sizeof(forged_stack);
	forged.uc.uc_mcontext.arm_cpsr = forged_cpsr;
	__asm__ volatile("mov	sp, %0\n"
			 "mov	r7, #173\n"	/* rt_sigreturn */
			 "svc	#0\n"
			 "mov	r0, #98\n"
			 "mov	r7, #248\n"
			 "svc	#0\n"
			 :
			 : "r"((unsigned long)&forged + forged_sp_delta)
			 : "r0", "r7", "memory");
	__builtin_unreachable();
}

static int forged_status(unsigned long cpsr, unsigned long sp_delta)
{
	forged_cpsr = cpsr;
	forged_sp_delta = sp_delta;
	return in_child(rt_sigreturn_forged);
}

/* This kernel: SIGSEGV. Linux under qemu-arm masks the mode instead: user mode (42) is fine. */
static int refused(int st)
{
	return (WIFSIGNALED(st) && WTERMSIG(st) == SIGSEGV) ||
	       (ktap_on_linux() && st == 42 << 8);
}

static int forged_sigreturn(void)
{
	struct sigaction sa = { .sa_sigaction = capture, .sa_flags = SA_SIGINFO };

	sigemptyset(&sa.sa_mask);
	CHECK_EQ(sigaction(SIGUSR2, &sa, NULL), 0);
	CHECK_EQ(raise(SIGUSR2), 0);
	CHECK(signal(SIGUSR2, SIG_DFL) != SIG_ERR);
	CHECK_EQ(captured.info.si_signo, SIGUSR2);
	CHECK_EQ(forged_status(0x10, 0), 42 << 8);		/* user mode: honoured */
	CHECK(refused(forged_status(0x13, 0)));			/* SVC mode */
	CHECK(refused(forged_status(0x1d3, 0)));		/* SVC, IRQs and FIQs masked */
	CHECK(refused(forged_status(0x1f, 0)));			/* System mode */
	CHECK(refused(forged_status(0x90, 0)));			/* user, IRQs masked */
	/* A misaligned frame, one in kernel space (qemu-arm checks neither as Linux does). */
	if (ktap_on_linux())
		return 0;
	CHECK_EQ(forged_status(0x10, 4), SIGSEGV);
	CHECK_EQ(forged_status(0x10, 0xc0000000UL - (unsigned long)&forged), SIGSEGV);
	return 0;
}

static char prot_page[4096] __attribute__((aligned(4096)));

static int mprotect_write_accerr(void)
{
	unsigned long target = (unsigned long)prot_page + 0x124;
	long r;

	prot_page[0] = 1;
	r = __syscall3(__NR_mprotect, prot_page, sizeof(prot_page), PROT_READ);
	if (r == -ENOSYS)
		SKIP("mprotect is not implemented");
	CHECK_EQ(r, 0);
	CHECK_EQ(set_skip_handler(SIGSEGV), 0);
	fault_store(target, 0x5a);
	CHECK_EQ(f_sig, SIGSEGV);
	CHECK_EQ(f_code, SEGV_ACCERR);
	CHECK_EQ(f_addr, target);
	CHECK_EQ(f_pc, (unsigned long)fault_store_insn);
	CHECK_EQ(prot_page[0x124], 0);
	CHECK_EQ(__syscall3(__NR_mprotect, prot_page, sizeof(prot_page),
			    PROT_READ | PROT_WRITE), 0);
	fault_store(target, 0x5a);
	CHECK_EQ(prot_page[0x124], 0x5a);
	CHECK(signal(SIGSEGV, SIG_DFL) != SIG_ERR);
	return 0;
}

static const struct ktap_case cases[] = {
	{ "null_read_handler_recovers", null_read_handler_recovers },
	{ "undefined_instruction_sigill", undefined_instruction_sigill },
	{ "blocked_or_ignored_fault_kills", blocked_or_ignored_fault_kills },
	{ "bad_frame_address", bad_frame_address },
	{ "forged_sigreturn", forged_sigreturn },
	{ "mprotect_write_accerr", mprotect_write_accerr },
};

int main(void)
{
	return ktap_run("sigsegv", cases, sizeof(cases) / sizeof(cases[0]));
}
