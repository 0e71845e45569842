/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The page-table entry types of the 2-level layout (seed document 001,
 * section 3.1.1; Linux arch/arm/include/asm/pgtable-2level-types.h).
 *
 * Each type is a struct so that C type checking keeps entries from being
 * mixed up or used as plain numbers: only the accessors below look inside.
 * A pgd_t is a *pair* of hardware L1 words (2 MiB of virtual space).
 */
#ifndef _ASM_PGTABLE_2LEVEL_TYPES_H
#define _ASM_PGTABLE_2LEVEL_TYPES_H

#include <kernel/types.h>

typedef u32 pteval_t;
typedef u32 pmdval_t;

typedef struct { pteval_t pte; } pte_t;
typedef struct { pmdval_t pmd; } pmd_t;
typedef struct { pmdval_t pgd[2]; } pgd_t;
typedef struct { pteval_t pgprot; } pgprot_t;

#define pte_val(x)	((x).pte)
#define pmd_val(x)	((x).pmd)
#define pgd_val(x)	((x).pgd[0])
#define pgprot_val(x)	((x).pgprot)

#define __pte(x)	((pte_t){ (x) })
#define __pmd(x)	((pmd_t){ (x) })
#define __pgprot(x)	((pgprot_t){ (x) })

#endif
