/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The built-in initramfs: the newc archive the Makefile packs from the
 * user programs (tests/user/user.mk), included byte for byte. The linker
 * script places .init.ramfs in the read-only part of the image between
 * __initramfs_start and __initramfs_end; kernel/initramfs.c reads it.
 * INITRAMFS_IMAGE is the archive's path, given by the Makefile.
 */
	.section .init.ramfs, "a"
	.balign	4
	.incbin	INITRAMFS_IMAGE
	.balign	4
	.section .note.GNU-stack, "", %progbits
