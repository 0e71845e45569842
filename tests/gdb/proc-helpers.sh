#!/usr/bin/env bash
# The GDB helpers for tasks, page tables and faults (tools/gdb/klib/task.py,
# pgtable.py, fault.py) against what the kernel itself prints over serial
# for the same state: kps == the monitor's ps, kvmas PID == maps PID,
# kpte ADDR [PID] == pte ADDR [PID] (a present user page, a user address
# without a pte, one without a pgd entry, a kernel section, a vmalloc
# page), kfault after a page fault and after a kernel abort the exception
# table fixes up; and the error paths (MMU off, before the scheduler, no
# such PID, a kernel thread, bad input) give a message, never a traceback;
# and, after `crash stack`, on the emergency stack, the current task is
# the run queue's head (a second, short boot: bad-stack.gdb).
#
# The main boot (tests/gdb/proc-helpers.gdb says how): cmd= runs /bin/orphan,
# which leaves a child asleep, then the monitor commands; GDB stops right
# after each one printed and runs the helper.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
. tests/gdb/lib.sh
USER_ELF=${USER_ELF:-build/user/orphan}

addr_of() {
	local a
	a=$(arm-none-eabi-nm "$USER_ELF" | awk -v s="$1" '$3 == s { print $1 }')
	[ -n "$a" ] || fail "no symbol $1 in $USER_ELF"
	echo "${a#0000}"
}
touched=$(addr_of touched)
untouched=$(addr_of untouched)
unmapped=30000000	# no area there: the pgd entry is empty
section=c4000000	# lowmem, mapped with sections
cat >"$O/gdb-proc-vars.gdb" <<EOF
set \$touched = 0x$touched
set \$untouched = 0x$untouched
set \$unmapped = 0x$unmapped
set \$section = 0x$section
EOF

cmd="run orphan; echo @@ps; ps; echo @@maps; maps PPPP; echo @@pte-present; pte $touched PPPP"
cmd+="; echo @@pte-nopte; pte $untouched PPPP; echo @@pte-nopgd; pte $unmapped PPPP"
cmd+="; echo @@pte-section; pte $section; echo @@pte-vmalloc; pte VVVVVVVV; echo @@oops; crash jump"
gdb_session 128 "cmd=\"$cmd\"" tests/gdb/proc-helpers.gdb || fail "gdb exited with status $? (log: $O/gdb-proc-helpers.log)"

# same GDB_MARK SERIAL_MARK [LINES]: the helper printed what the monitor did
# (its first LINES lines only, when the helper prints more).
# The kernel's side may also come from stdin (SERIAL_MARK -).
same() {
	local want got
	if [ "$2" = - ]; then want=$(cat); else want=$(serial_section "$2"); fi
	got=$(gdb_section "$1")
	[ -n "${3:-}" ] && got=$(head -n "$3" <<<"$got")
	[ -n "$want" ] || fail "the console has no section @@$2 for $1 (log: $GDB_SERIAL)"
	diff <(echo "$want") <(echo "$got") >&2 || fail "$1 differs from the monitor's $2 (< monitor, > GDB)"
}

# No helper may end in a Python traceback, whatever the input.
grep -Eq 'Traceback|Python Exception' <<<"$GDB_OUT" && fail "a Python traceback (log: $O/gdb-proc-helpers.log)"

# 1, 2: the error paths.
[ "$(gdb_section mmu-off | grep -c '^error: k[a-z]*: the MMU is off')" = 5 ] ||
	fail "not every helper said the MMU is off: $(gdb_section mmu-off)"
early=$(gdb_section early)
for re in '^error: kps: no current task yet' '^error: kvmas: no current task yet' \
	'^error: kfault: no abort recorded yet' '^error: kcurrent: no current task yet' "^error: kpte: 'zzz' is not an address" \
	'^error: kpte: no task with PID 9999' '^error: kvmas: no task with PID 9999' \
	'^error: kvmas: usage: kvmas \[PID\]'; do
	grep -Eq -- "$re" <<<"$early" || fail "before the scheduler: no line matching $re"
done
gdb_section early-kpte | grep -q '^  phys 0x60008000 (section)' || fail "kpte c0008000 at start_kernel"
echo "PASS: proc helpers: clear messages with the MMU off, before the scheduler, for bad PIDs and addresses"

# 3, 4: kfault.
pf=$(gdb_section pf)
far=$(sed -n 's/^do_page_fault addr=//p' <<<"$pf")
grep -q "^  FAR 0x$far  FSR 0x[0-9a-f]*: [a-z]* translation fault" <<<"$pf" ||
	fail "kfault at do_page_fault: no FAR 0x$far with a translation fault: $pf"
grep -q '^  handler: do_page_fault (fsr_info\[7\])' <<<"$pf" || fail "kfault: handler: $pf"
cur=$(gdb_section pf-current)
grep -Eq '^mm c[0-9a-f]{7}, pgd c[0-9a-f]{7}, ASID ([0-9]+)$' <<<"$cur" || fail "kcurrent: no mm: $cur"
asid=$(sed -n 's/^mm .*, ASID //p' <<<"$cur")
grep -q "^CPU: TTBR0 0x[0-9a-f]*, CONTEXTIDR 0x[0-9a-f]* (ASID $asid)$" <<<"$cur" || fail "kcurrent: the mm's ASID is not CONTEXTIDR's: $cur"
grep -q '^befe0000-bf000000 rw-p 00000000 00:00 0          \[stack\]$' <<<"$cur" || fail "kvmas (no PID) in a user process's fault: $cur"
grep -q "^\[0*$far\] pgd\[0\] at " <<<"$cur" || fail "kpte addr (no PID) in a user process's fault: $cur"
fix=$(gdb_section fixup)
for re in '^last abort: data abort \(DFAR/DFSR\), PID [0-9]+$' \
	'^  FAR 0x00000010  FSR 0x[0-9a-f]+: page translation fault \(FS 7\), read \(WnR 0\)' \
	'^  handler: do_page_fault \(fsr_info\[7\]\)' '^  mode: kernel' '^PC is at __copy_from_user\+' \
	'^Flags: .* Mode SVC_32  ISA ARM$'; do
	grep -Eq -- "$re" <<<"$fix" || fail "kfault after the fixed-up write(1, 0x10, 5): no line matching $re: $fix"
done
echo "PASS: kfault: the FAR of do_page_fault, the fsr_info name and handler, a kernel abort's registers; kcurrent, kvmas, kpte in a user fault"

# 5, 6: the same lines as the monitor.
same kps ps "$(serial_section ps | wc -l)"
gdb_section kps | grep -Eq '^ +[0-9]+ c[0-9a-f]{7} c[0-9a-f]{7} +[0-9]+ orphan$' || fail "kps: no mm, pgd and ASID for the orphan"
errs=$(gdb_section errors)
grep -q '^error: kvmas: 1 (init) has no user address space' <<<"$errs" || fail "kvmas in a kernel thread: $errs"
grep -q '^error: kpte: 0x[0-9a-f]* is a user address and the running task' <<<"$errs" || fail "kpte ADDR in a kernel thread: $errs"
grep -q '^error: kpte: 1 (init) has no user address space' <<<"$errs" || fail "kpte ADDR 1: $errs"
echo "PASS: kps == ps (plus mm, pgd, ASID), with a user process alive"
same kvmas maps
echo "PASS: kvmas PID == maps PID"
for k in present nopte nopgd section vmalloc; do
	same "kpte-$k" "pte-$k"
done
gdb_section kpte-present | grep -q 'present young dirty user' || fail "kpte: the touched page is not present, young and dirty"
gdb_section kpte-nopgd | grep -q 'fault (unmapped)' || fail "kpte: no empty pgd entry"
echo "PASS: kpte == pte for a present user page, no pte, no pgd entry, a section and a vmalloc page"

# 7: kfault after crash jump: the Oops's register dump, line for line.
regs() { sed -n '/^PC is at/,/^Flags:/p'; }
oops=$(gdb_section kfault-oops)
for re in '^last abort: prefetch abort \(IFAR/IFSR\), PID 1$' \
	'^  FAR 0xdead0000  FSR 0x005: section translation fault \(FS 5\), instruction fetch$' \
	'^  handler: do_translation_fault \(ifsr_info\[5\]\)'; do
	grep -Eq -- "$re" <<<"$oops" || fail "kfault after crash jump: no line matching $re: $oops"
done
[ "$(serial_section oops | regs | wc -l)" = 8 ] || fail "the Oops has no register dump (log: $GDB_SERIAL)"
diff <(serial_section oops | regs) <(regs <<<"$oops") >&2 || fail "kfault's registers differ from the Oops's (< Oops, > kfault)"
echo "PASS: kfault after a kernel prefetch abort: IFSR name, handler and the Oops's registers"

# 8. crash stack: stopped in handle_bad_stack, sp is on the emergency
# stack; current is the run queue's head, said so, not "no task yet".
gdb_session 128 'cmd="crash stack"' tests/gdb/bad-stack.gdb || fail "gdb exited with status $? (log: $O/gdb-bad-stack.log)"
grep -Eq 'Traceback|Python Exception' <<<"$GDB_OUT" && fail "a Python traceback (log: $O/gdb-bad-stack.log)"
bad=$(gdb_section bad-stack)
grep -q "^note: sp 0x[0-9a-f]* is on no task's kernel stack" <<<"$bad" || fail "kcurrent on the emergency stack: no note: $bad"
grep -q '^PID 1 (init), state R$' <<<"$bad" || fail "kcurrent on the emergency stack: not init: $bad"
grep -q '^ *1 .* init (current)$' <<<"$bad" || fail "kps on the emergency stack: $bad"
echo "PASS: kcurrent and kps on handle_bad_stack's emergency stack: the run queue's head, with a note"
