#!/usr/bin/env bash
# The boot benchmarks print both figures, positive, and identical over two
# boots (instruction counts under -icount shift=0 are deterministic).
set -uo pipefail
. "$(dirname "$0")/lib.sh"
a=$(tools/bench.sh) || fail "first bench run failed"
b=$(tools/bench.sh) || fail "second bench run failed"
echo "$a"
for name in boot_to_start_kernel boot_to_prompt page_alloc_order0 page_alloc_order3 \
	get_zeroed_page boot_mem_init kmap_kunmap kmap_atomic kmalloc64_kfree \
	kmem_cache_alloc_free kmalloc4096_kfree kmalloc_mixed vmalloc8_vfree vmalloc1m_vfree \
	vmalloc_area_search vmalloc_area_search_walk ioremap_iounmap context_switch \
	exec_static fork_exit_wait_1m fork_exit_wait_16m \
	fault_anon_write fault_anon_read fault_cow fault_young \
	syscall_getpid; do
	grep -Eq "^bench $name [1-9][0-9]* insns$" <<<"$a" || fail "no positive '$name' figure"
done
grep -Eq "^bench struct_page_bytes (2[0-9]|3[0-2]) bytes$" <<<"$a" || fail "struct page over 32 bytes"
grep -Eq "^bench memmap_overhead_permille [1-9] permille$" <<<"$a" || fail "no memmap overhead figure"
for name in slab_efficiency_permille slab_packing_permille; do
	grep -Eq "^bench $name [1-9][0-9]{2} permille$" <<<"$a" || fail "no '$name' figure"
done
[ "$a" = "$b" ] || fail "figures differ between two boots: $(diff <(echo "$a") <(echo "$b"))"
echo "PASS: bench figures present and identical over two boots"
