// SPDX-License-Identifier: GPL-2.0
/*
 * Exception handlers that are not memory faults, and the Oops report.
 *
 * An exception the kernel does not expect ends in die(): one report in
 * Linux's shape (the kind, every register, the decoded CPSR, a backtrace
 * with symbol names), then panic(), which powers the machine off with a
 * failure status. The only exceptions that return are those a registered
 * catcher takes (a self-test expecting a fault) and, for aborts, those the
 * exception table fixes up (arch/arm/mm/fault.c).
 */
#include <kernel/kallsyms.h>
#include <kernel/printk.h>
#include <kernel/signal.h>
#include <kernel/syscalls.h>
#include <kernel/thread_info.h>
#include <asm/ptrace.h>
#include <asm/semihosting.h>
#include <asm/traps.h>

/* entry.S hard-codes these offsets: keep them equal to the struct. */
#define CHECK_OFFSET(field, off) BUILD_BUG_ON(__builtin_offsetof(struct pt_regs, field) != (off))
CHECK_OFFSET(uregs[0], S_R0);
CHECK_OFFSET(uregs[1], S_R1);
CHECK_OFFSET(ARM_fp, S_FP);
CHECK_OFFSET(ARM_ip, S_IP);
CHECK_OFFSET(ARM_sp, S_SP);
CHECK_OFFSET(ARM_lr, S_LR);
CHECK_OFFSET(ARM_pc, S_PC);
CHECK_OFFSET(ARM_cpsr, S_PSR);
CHECK_OFFSET(ARM_ORIG_r0, S_OLD_R0);
BUILD_BUG_ON(sizeof(struct pt_regs) != S_FRAME_SIZE);
BUILD_BUG_ON(S_FRAME_SIZE % 8 != 0);
/* ret_to_user finds the thread_info with a shift by 13. */
BUILD_BUG_ON(THREAD_SIZE != 1 << 13);

void __noreturn handle_bad_stack(unsigned long far, unsigned long sp);
void do_undefinstr(struct pt_regs *regs);
void do_svc(struct pt_regs *regs);
void do_unexpected(struct pt_regs *regs, int kind);

static const char *const exception_names[] = {
	[EXC_RESET] = "reset",
	[EXC_UNDEF] = "undefined instruction",
	[EXC_SVC] = "SVC",
	[EXC_PABT] = "prefetch abort",
	[EXC_DABT] = "data abort",
	[EXC_ADDREXC] = "address exception",
	[EXC_IRQ] = "IRQ",
	[EXC_FIQ] = "FIQ",
};

static exception_catcher_t exception_catcher;

void set_exception_catcher(exception_catcher_t fn)
{
	exception_catcher = fn;
}

void offer_exception(struct pt_regs *regs, int kind, unsigned long far, unsigned long fsr)
{
	if (exception_catcher)
		exception_catcher(regs, kind, far, fsr);
}

const char *exception_name(int kind)
{
	if (kind < 0 || kind >= (int)ARRAY_SIZE(exception_names))
		return "unknown exception";
	return exception_names[kind];
}

static const char *processor_mode_name(unsigned long cpsr)
{
	static const char *const names[MODE_MASK + 1] = {
		[USR_MODE] = "USER_32", [FIQ_MODE] = "FIQ_32", [IRQ_MODE] = "IRQ_32",
		[SVC_MODE] = "SVC_32",	[MON_MODE] = "MON_32", [ABT_MODE] = "ABT_32",
		[UND_MODE] = "UND_32",	[SYS_MODE] = "SYS_32",
	};
	const char *name = names[cpsr & MODE_MASK];

	return name ? name : "UK_32";
}

void show_regs(const struct pt_regs *regs)
{
	char sym[KSYM_NAME_LEN];
	unsigned long psr = regs->ARM_cpsr;
	const unsigned long *r = regs->uregs;

	sprint_symbol(sym, sizeof(sym), regs->ARM_pc);
	printk(KERN_EMERG "PC is at %s\n", sym);
	sprint_symbol(sym, sizeof(sym), regs->ARM_lr);
	printk(KERN_EMERG "LR is at %s\n", sym);
	printk(KERN_EMERG "pc : [<%08lx>]    lr : [<%08lx>]    psr: %08lx\n", regs->ARM_pc,
	       regs->ARM_lr, psr);
	printk(KERN_EMERG "sp : %08lx  ip : %08lx  fp : %08lx\n", regs->ARM_sp, regs->ARM_ip,
	       regs->ARM_fp);
	printk(KERN_EMERG "r10: %08lx  r9 : %08lx  r8 : %08lx\n", r[10], r[9], r[8]);
	printk(KERN_EMERG "r7 : %08lx  r6 : %08lx  r5 : %08lx  r4 : %08lx\n", r[7], r[6], r[5],
	       r[4]);
	printk(KERN_EMERG "r3 : %08lx  r2 : %08lx  r1 : %08lx  r0 : %08lx\n", r[3], r[2], r[1],
	       r[0]);
	printk(KERN_EMERG "Flags: %c%c%c%c  IRQs %s  FIQs %s  Mode %s  ISA %s\n",
	       psr & PSR_N_BIT ? 'N' : 'n', psr & PSR_Z_BIT ? 'Z' : 'z',
	       psr & PSR_C_BIT ? 'C' : 'c', psr & PSR_V_BIT ? 'V' : 'v',
	       psr & PSR_I_BIT ? "off" : "on", psr & PSR_F_BIT ? "off" : "on",
	       processor_mode_name(psr), psr & PSR_T_BIT ? "Thumb" : "ARM");
}

void die(const char *str, struct pt_regs *regs, unsigned long err)
{
	static int die_counter;

	console_verbose();
	if (die_counter++) {	/* a fault while reporting one: no second report */
		printk(KERN_EMERG "Internal error: %s while dying\n", str);
		panic("Fatal exception (recursive)");
	}
	printk(KERN_EMERG "Internal error: %s: %lx [#%d] ARM\n", str, err, die_counter);
	show_regs(regs);
	dump_backtrace(regs);
	panic("Fatal exception");
}

/* Called from entry.S, on an emergency stack, when sp could not take a frame. */
void handle_bad_stack(unsigned long far, unsigned long sp)
{
	console_verbose();
	printk(KERN_EMERG "Insufficient stack space to handle exception!\n");
	printk(KERN_EMERG "Bad kernel stack: storing the exception frame at sp=%08lx "
	       "faulted at %08lx\n", sp, far);
	panic("kernel stack overflow or corrupt stack pointer");
}

/*
 * For `crash stack`: point sp at an unmapped address and execute an
 * undefined instruction, whose entry then cannot save its frame.
 */
void arch_crash_bad_stack(void)
{
	__asm__ __volatile__("mov sp, %0\n\t"
			     ".inst 0xe7f000f0"
			     :
			     : "r"(0xdead0000UL)
			     : "memory");
}

/*
 * The UND vector subtracts 4 from lr, right for ARM state; a Thumb
 * instruction's lr is only 2 past it, so pc is corrected here. From user
 * mode the task is killed (SIGILL), never the kernel.
 */
void do_undefinstr(struct pt_regs *regs)
{
	if (regs->ARM_cpsr & PSR_T_BIT)
		regs->ARM_pc += 2;
	if (user_mode(regs)) {
		force_sig_fault(SIGILL, ILL_ILLOPC, regs->ARM_pc, regs, "undefined instruction");
		return;
	}
	offer_exception(regs, EXC_UNDEF, 0, 0);
	die("Oops - undefined instruction", regs, 0);
}

/*
 * The immediate of the kernel-mode SVC instruction just executed: 24 bits
 * in ARM state, 8 in Thumb (a 16-bit SVC at pc - 2). Kernel text only.
 */
static unsigned long svc_immediate(const struct pt_regs *regs)
{
	if (regs->ARM_cpsr & PSR_T_BIT)
		return *(const u16 *)(regs->ARM_pc - 2) & 0xff;
	return *(const unsigned long *)(regs->ARM_pc - 4) & 0x00ffffff;
}

/*
 * SVC. From user mode: a system call (EABI: the number in r7, never the
 * immediate), run with IRQs on (kernel/sys_table.c). From kernel mode only
 * two are expected: a semihosting call that QEMU did not serve (answered
 * -1, so the caller falls back), and a self-test's.
 */
void do_svc(struct pt_regs *regs)
{
	if (user_mode(regs)) {
		local_irq_enable();
		invoke_syscall(regs);
		local_irq_disable();
		return;
	}
	if (!(regs->ARM_cpsr & PSR_T_BIT) && svc_immediate(regs) == SEMIHOST_SVC) {
		regs->ARM_r0 = (unsigned long)-1;
		return;
	}
	offer_exception(regs, EXC_SVC, svc_immediate(regs), 0);
	die("Oops - SVC in kernel mode", regs, svc_immediate(regs));
}

void do_unexpected(struct pt_regs *regs, int kind)
{
	offer_exception(regs, kind, 0, 0);
	printk(KERN_EMERG "Unexpected exception: %s\n", exception_name(kind));
	die("Oops - bad mode", regs, kind);
}
