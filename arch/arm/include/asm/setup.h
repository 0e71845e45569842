/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_SETUP_H
#define _ASM_SETUP_H

extern unsigned long __atags_pointer;
void setup_arch(unsigned long dtb_phys);
/* Reads ATAG_MEM and ATAG_CMDLINE into boot_info; 0 if the list was valid. */
int parse_atags(const void *atags, unsigned long window);

#endif
