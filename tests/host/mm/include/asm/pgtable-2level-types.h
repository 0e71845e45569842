/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The host tests take the board's pte_t, pgprot_t & co. as they are: the
 * header needs nothing but <kernel/types.h>.
 */
#include "../../../../../arch/arm/include/asm/pgtable-2level-types.h"
