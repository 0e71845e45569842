/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ARM semihosting: calls a debugger or emulator services through
 * `svc 0x123456` (ARM state). QEMU serves them when started with
 * -semihosting-config enable=on; without it (and on real boards) the SVC
 * reaches our own vector, where do_svc() answers -1, so callers always
 * have a fallback.
 */
#ifndef _ASM_SEMIHOSTING_H
#define _ASM_SEMIHOSTING_H

#define SEMIHOST_SVC		0x123456
#define SYS_EXIT		0x18
#define ADP_STOPPED_APP_EXIT	0x20026 /* QEMU exits with status 0 */
#define ADP_STOPPED_RUNTIME_ERR	0x20023 /* any other reason: status 1 */

long semihost_call(unsigned long op, unsigned long arg);

#endif
