#!/usr/bin/env bash
# The peer's benchmark runs to its end on this kernel (make peer-bench at
# 512 MiB): membench, the Linux peer's own program, as /init, must print
# every figure Linux printed (but the boot-time ones that need /dev/mem,
# syslog or /proc) and power the machine off, with no Oops. It exercises
# mmap, munmap, brk, demand paging, the zero page, copy-on-write, fork,
# wait4 and pipes the way a real program does.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
out=$(MEMS=512 tools/peer-bench.sh 2>&1)
rc=$?
echo "$out"
[ $rc -eq 0 ] || fail "membench did not finish"
for name in clock_gettime syscall_getpid touch_present_page anon_write_fault \
	anon_read_fault_zeropage anon_write_after_read_fault cow_fault_copy \
	cow_fault_reuse_after_child_exit fork_exit_wait_0 fork_exit_wait_1mib \
	fork_exit_wait_16mib mmap_munmap_1page mmap_munmap_64pages brk_grow_1page \
	brk_touch_fault brk_shrink_1024pages munmap_touched_4096pages; do
	grep -Eq "^$name +[0-9.]+ +[0-9.]+ +[0-9.]+x" <<<"$out" || fail "no figure for $name"
done
log=${O:-build/vexpress-a9}/peer/membench-512.log
if grep -Eq 'Internal error|Kernel panic|Unable to handle' "$log"; then
	fail "the kernel crashed under membench"
fi
echo "PASS: the peer's membench ran to its end"
