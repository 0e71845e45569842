// SPDX-License-Identifier: GPL-2.0
/*
 * The user side of a signal on ARM (Linux's arch/arm/kernel/signal.c):
 * building the handler's frame on the user stack, and taking it down
 * again in sigreturn/rt_sigreturn. The layouts are in <asm/ucontext.h>.
 *
 * The frame is made in a kernel buffer and written with one copy_to_user,
 * so a user stack that cannot take it (unmapped, read-only, in kernel
 * space) gives -EFAULT and the caller forces SIGSEGV; nothing in the
 * task's registers has changed by then. sigreturn reads the whole
 * ucontext with one copy_from_user before touching a register, and only
 * a cpsr that is user mode with IRQs on (valid_user_regs) is taken: a
 * forged frame can change every user register but never the mode. A bad
 * frame (misaligned, unreadable, a privileged cpsr) is SIGSEGV.
 */
#include <kernel/compiler.h>
#include <kernel/errno.h>
#include <kernel/sched.h>
#include <kernel/signal.h>
#include <kernel/string.h>
#include <kernel/syscalls.h>
#include <kernel/uaccess.h>
#include <asm/ptrace.h>
#include <asm/ucontext.h>

/* Linux's CPSR field masks, and the Thumb IT state. */
#define PSR_f		0xff000000
#define PSR_s		0x00ff0000
#define PSR_x		0x0000ff00
#define PSR_IT_MASK	0x0600fc00
#define MODE32_BIT	0x00000010
#define UC_FLAGS_SIGFRAME 0x5ac3c35a	/* Linux's mark of a non-RT frame */
#define NR_FRAME_REGS	17		/* r0-r12, sp, lr, pc, cpsr: pt_regs and sigcontext agree */

#define offsetof_si(f) __builtin_offsetof(struct siginfo, f)
_Static_assert(sizeof(struct siginfo) == SI_MAX_SIZE, "siginfo is 128 bytes");
_Static_assert(offsetof_si(_sifields._sigfault._addr) == 12, "si_addr at 12, as Linux");
_Static_assert(offsetof_si(_sifields._sigchld._status) == 20, "si_status at 20");
_Static_assert(__builtin_offsetof(struct kernel_siginfo, si_addr) == 12 &&
	       __builtin_offsetof(struct kernel_siginfo, si_status) == 20,
	       "kernel_siginfo is a prefix of the user siginfo");
_Static_assert(__builtin_offsetof(struct ucontext, uc_mcontext) == 20 &&
	       __builtin_offsetof(struct ucontext, uc_sigmask) == 104 &&
	       __builtin_offsetof(struct ucontext, uc_regspace) == 232, "Linux's ucontext");
_Static_assert(__builtin_offsetof(struct sigcontext, arm_cpsr) -
	       __builtin_offsetof(struct sigcontext, arm_r0) == (NR_FRAME_REGS - 1) * 4,
	       "sigcontext's registers in pt_regs order");

bool valid_user_regs(struct pt_regs *regs)
{
	regs->ARM_cpsr &= ~(PSR_F_BIT | PSR_A_BIT);
	if (!(regs->ARM_cpsr & PSR_I_BIT) && processor_mode(regs) == USR_MODE)
		return true;
	/* Keep the flags, force user mode: whatever follows runs unprivileged. */
	regs->ARM_cpsr &= PSR_f | PSR_s | PSR_x | PSR_T_BIT | MODE32_BIT;
	regs->ARM_cpsr |= USR_MODE;
	return false;
}

static void setup_sigframe(struct sigframe *sf, const struct pt_regs *regs, const sigset_t *set)
{
	struct sigcontext *sc = &sf->uc.uc_mcontext;
	const struct sighand_struct *sh = current->sighand;	/* a handler runs: there is one */

	memcpy(&sc->arm_r0, regs->uregs, NR_FRAME_REGS * sizeof(long));
	if (sh) {
		sc->trap_no = sh->trap_no;
		sc->error_code = sh->fault_code;
		sc->fault_address = sh->fault_address;
	}
	sc->oldmask = set->sig[0];
	sf->uc.uc_sigmask = *set;
	save_altstack(&sf->uc.uc_stack, regs->ARM_sp);
}

int setup_signal_frame(struct ksignal *ksig, const sigset_t *set, struct pt_regs *regs)
{
	struct sigaction *sa = &ksig->ka.sa;
	bool rt = sa->sa_flags & SA_SIGINFO;
	struct rt_sigframe f;
	void *src = rt ? (void *)&f : (void *)&f.sig;
	size_t size = rt ? sizeof(f) : sizeof(f.sig);
	unsigned long sp = (sigsp(regs->ARM_sp, ksig) - size) & ~7UL;
	unsigned long handler = (unsigned long)sa->sa_handler;

	memset(&f, 0, sizeof(f));
	setup_sigframe(&f.sig, regs, set);
	if (rt)
		memcpy(&f.info, &ksig->info, sizeof(ksig->info));
	else
		f.sig.uc.uc_flags = UC_FLAGS_SIGFRAME;
	if (copy_to_user((void __user *)sp, src, size))
		return -EFAULT;

	regs->ARM_r0 = ksig->sig;
	if (rt) {
		regs->uregs[1] = sp + __builtin_offsetof(struct rt_sigframe, info);
		regs->uregs[2] = sp + __builtin_offsetof(struct rt_sigframe, sig.uc);
	}
	regs->ARM_sp = sp;
	regs->ARM_lr = (unsigned long)sa->sa_restorer;
	regs->ARM_pc = handler & ~1UL;
	regs->ARM_cpsr &= ~(PSR_IT_MASK | PSR_T_BIT);
	if (handler & 1)
		regs->ARM_cpsr |= PSR_T_BIT;	/* a Thumb handler */
	return 0;
}

/* The registers and the mask from the sigframe at uf; 0, or -EFAULT/-EINVAL. */
static int restore_sigframe(struct pt_regs *regs, struct sigframe __user *uf)
{
	struct ucontext uc;
	struct pt_regs new = *regs;
	bool ok;

	if (copy_from_user(&uc, &uf->uc, __builtin_offsetof(struct ucontext, uc_regspace)))
		return -EFAULT;
	set_current_blocked(&uc.uc_sigmask);
	memcpy(new.uregs, &uc.uc_mcontext.arm_r0, NR_FRAME_REGS * sizeof(long));
	ok = valid_user_regs(&new);
	*regs = new;	/* user mode, whatever the frame said */
	return ok ? 0 : -EINVAL;
}

/* Both returns: the frame at the user sp; a bad one is SIGSEGV. */
static long do_sigreturn(size_t sigframe_offset)
{
	struct pt_regs *regs = current_pt_regs();
	unsigned long sp = regs->ARM_sp;

	if ((sp & 7) || restore_sigframe(regs, (struct sigframe __user *)(sp + sigframe_offset))) {
		force_sig(SIGSEGV);
		return 0;
	}
	return regs->ARM_r0;	/* invoke_syscall puts it back in r0 */
}

long sys_rt_sigreturn(void)
{
	return do_sigreturn(__builtin_offsetof(struct rt_sigframe, sig));
}

long sys_sigreturn(void)
{
	return do_sigreturn(0);
}
