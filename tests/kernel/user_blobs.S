/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Small user programs for the syscall suite (tests/kernel/syscall_test.c),
 * assembled with the kernel into .rodata.user_blobs and copied by
 * user_blob_start to a user page at 0x8000: position-independent, ARM
 * state, PC-relative addressing only. Each is blob_NAME .. blob_NAME_end.
 *
 * Every program finds its result page at RES (0x10000, mapped rw by the
 * test) and stores the r0 of each system call there; the test reads the
 * page back once the program has exited. System calls follow the EABI:
 * `svc #0`, number in r7, arguments r0-r6, result in r0.
 */
#define RES	0x10000

	.syntax unified
	.arm
	.section .rodata.user_blobs, "a"

	.macro	blob, name
	.align	2
	.globl	blob_\name, blob_\name\()_end
blob_\name:
	.endm

	.macro	endblob, name
blob_\name\()_end:
	.endm

	.macro	sys, nr
	movw	r7, #\nr
	svc	#0
	.endm

	.macro	exit, code
	mov	r0, #\code
	sys	1
	.endm

/* RES[0] = getpid(), RES[1] = getppid(); exit(0). */
	blob	getpid
	mov	r8, #RES
	sys	20
	str	r0, [r8]
	sys	64
	str	r0, [r8, #4]
	exit	0
	endblob	getpid

/*
 * RES[0] = write(1, "hello\n", 6); RES[1..3] = write(1, p, 4) with p a
 * kernel address, NULL and an unmapped user address; RES[4] = syscall
 * 999; RES[5] = write(5, msg, 1); RES[6] = getpid with r1-r6, r8 intact
 * (1 if they survived the calls); exit(0).
 */
	blob	write
	mov	r8, #RES
	mov	r0, #1
	adr	r1, 1f
	mov	r2, #6
	sys	4
	str	r0, [r8]
	mov	r0, #1
	mov	r1, #0xc0000000
	mov	r2, #4
	sys	4
	str	r0, [r8, #4]
	mov	r0, #1
	mov	r1, #0
	sys	4
	str	r0, [r8, #8]
	mov	r0, #1
	mov	r1, #0x20000000
	sys	4
	str	r0, [r8, #12]
	sys	999
	str	r0, [r8, #16]
	mov	r0, #5
	adr	r1, 1f
	mov	r2, #1
	sys	4
	str	r0, [r8, #20]
	mov	r1, #11
	mov	r2, #22
	mov	r3, #33
	mov	r4, #44
	mov	r5, #55
	mov	r6, #66
	sys	20
	mov	r0, #0
	cmp	r1, #11
	cmpeq	r2, #22
	cmpeq	r3, #33
	cmpeq	r4, #44
	cmpeq	r5, #55
	cmpeq	r6, #66
	cmpeq	r8, #RES
	moveq	r0, #1
	str	r0, [r8, #24]
	exit	0
1:	.ascii	"hello\n"
	.align	2
	endblob	write

/*
 * RES[0], RES[1] = clock_gettime(CLOCK_MONOTONIC, RES + 0x100 / 0x108);
 * RES[2] = clock_gettime(5, ...); RES[3] = uname(RES + 0x200);
 * RES[4] = nanosleep(RES + 0x80, NULL) (the test puts 20 ms there);
 * RES[5] = nanosleep(RES + 0x88) (tv_nsec = 1e9: -EINVAL);
 * RES[6] = nanosleep(kernel address); RES[7] = clock_gettime(1, NULL);
 * exit(0).
 */
	blob	time
	mov	r8, #RES
	mov	r0, #1
	add	r1, r8, #0x100
	sys	263
	str	r0, [r8]
	mov	r0, #1
	add	r1, r8, #0x108
	sys	263
	str	r0, [r8, #4]
	mov	r0, #5
	add	r1, r8, #0x110
	sys	263
	str	r0, [r8, #8]
	add	r0, r8, #0x200
	sys	122
	str	r0, [r8, #12]
	add	r0, r8, #0x80
	mov	r1, #0
	sys	162
	str	r0, [r8, #16]
	add	r0, r8, #0x88
	mov	r1, #0
	sys	162
	str	r0, [r8, #20]
	mov	r0, #0xc0000000
	sys	162
	str	r0, [r8, #24]
	mov	r0, #1
	mov	r1, #0
	sys	263
	str	r0, [r8, #28]
	exit	0
	endblob	time

/*
 * RES[0] = the value set: 0x5a000000 + getpid(); RES[1] = set_tls(it);
 * yields 5 times; RES[2] = TPIDRURO as read back; exit(0).
 */
	blob	tls
	mov	r8, #RES
	sys	20
	add	r0, r0, #0x5a000000
	str	r0, [r8]
	movw	r7, #5
	movt	r7, #0xf
	svc	#0
	str	r0, [r8, #4]
	mov	r6, #5
2:	sys	158
	subs	r6, r6, #1
	bne	2b
	mrc	p15, 0, r0, c13, c0, 3
	str	r0, [r8, #8]
	exit	0
	endblob	tls

/* exit(42). */
	blob	exit42
	exit	42
	endblob	exit42

/* Loads from a kernel address: SIGSEGV. */
	blob	segv
	mov	r0, #0xc0000000
	ldr	r0, [r0]
	exit	0
	endblob	segv

/* An undefined instruction (UDF): SIGILL. */
	blob	undef
	.inst	0xe7f000f0
	exit	0
	endblob	undef

/* Spins forever: only a kill ends it. */
	blob	spin
3:	b	3b
	endblob	spin

/*
 * The getpid benchmark: RES[0] = N (set by the kernel); the clock before
 * at RES + 0x10, after N getpid calls at RES + 0x18; exit(0).
 */
	blob	getpid_loop
	mov	r8, #RES
	mov	r0, #1
	add	r1, r8, #0x10
	sys	263
	ldr	r6, [r8]
4:	sys	20
	subs	r6, r6, #1
	bne	4b
	mov	r0, #1
	add	r1, r8, #0x18
	sys	263
	exit	0
	endblob	getpid_loop
