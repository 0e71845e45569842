#!/usr/bin/env bash
# Backtraces go on through the exception entry (DWARF CFI in entry.S):
# GDB's `bt` inside the fault handlers shows, beneath the exception frame,
# the user function that faulted (its pc equal to regs->ARM_pc), or the
# kernel function that did, with two exception frames for a fault inside
# a system call, and ends cleanly at __mmap_switched for the boot task.
set -uo pipefail
cd "$(dirname "$0")/../.."
. tests/gdb/lib.sh

gdb_session_ok 128 'cmd="run faultwalk; crash null"' tests/gdb/backtrace.gdb

# in_order NAME REGEX...: GDB's section NAME has lines matching each REGEX, in order.
in_order() {
	local name=$1 missing
	shift
	missing=$(gdb_section "$name" | awk -v pats="$(printf '%s\n' "$@")" '
		BEGIN { n = split(pats, p, "\n"); i = 1 }
		i <= n && $0 ~ p[i] { i++ }
		END { if (i <= n) print p[i] }')
	[ -z "$missing" ] || fail "$name: no line matching '$missing' (in order) in:
$(gdb_section "$name")"
}

user_pc=$(sed -n 's/^@@regs-pc 0x\([0-9a-f]*\)$/\1/p' <<<"$GDB_OUT")
[ -n "$user_pc" ] || fail "no regs->ARM_pc printed"
in_order bt-user '^#0 +do_page_fault' 'do_DataAbort' '<signal handler called>' \
	"^#3 +0x0*$user_pc in first_touch .*faultwalk.c" 'in main '
echo "PASS: a user fault: bt from do_page_fault reaches first_touch at the user pc $user_pc"

in_order bt-fixup '^#0 +fixup_exception' 'do_page_fault' '<signal handler called>' \
	'__copy_from_user' 'sys_write' 'do_svc' '<signal handler called>' \
	'write \(fd=.*syscall.c' 'in main .*faultwalk.c'
echo "PASS: a fault inside write(2): bt crosses both exception frames, into the user program"

in_order bt-kernel '^#0 +do_DataAbort' '<signal handler called>' '^#2 .*in crash_null ' \
	'cmd_crash' 'start_kernel' '__mmap_switched'
gdb_section bt-kernel | grep -q 'Backtrace stopped' && fail "bt-kernel does not end cleanly"
echo "PASS: a kernel fault: bt reaches crash_null and ends at __mmap_switched"
