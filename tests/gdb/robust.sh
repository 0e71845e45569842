#!/usr/bin/env bash
# The GDB helpers at awkward moments: no kernel attached, a user frame
# selected (`frame N`), a task name that is not UTF-8, the physical
# symbols loaded or dropped twice, the helpers sourced a second time, a
# helper with a bug of its own, and GDB started by hand from another
# directory. Each gives what it should,
# or one clear line; never a Python traceback.
set -uo pipefail
cd "$(dirname "$0")/../.."
. tests/gdb/lib.sh
top=$PWD

# By hand, from elsewhere, no target: the helpers say there is nothing to read.
out=$(cd /tmp && timeout 60 "$GDB" -batch -nx -ex "source $top/tools/gdb/kernel.py" \
	-ex 'phys-symbols' -ex 'info symbol 0x60008000' -ex 'virt-symbols' \
	-ex 'kdmesg' -ex 'kbuddyinfo' -ex 'kps' -ex 'kfault' -ex 'kvmas 1' "$top/$O/kernel.elf" 2>&1)
grep -q '^stext in section \.head\.text of ' <<<"$out" || fail "phys-symbols from /tmp: $out"
for c in kdmesg kbuddyinfo kps kfault kvmas; do
	grep -q "^$c: GDB is not attached to a running kernel" <<<"$out" || fail "$c without a target: $out"
done
echo "PASS: by hand from another directory: phys-symbols works, no target is said so"

gdb_session_ok 128 'cmd="run faultwalk; poweroff"' tests/gdb/robust.gdb

phys=$(gdb_section phys)
for re in '^virt-symbols: phys-symbols has not loaded a physical copy$' \
	'^add symbol table from file ' \
	'^phys-symbols: the physical copy is loaded already' \
	'^usage: pt-regs ADDR'; do
	grep -q -- "$re" <<<"$phys" || fail "phys/virt-symbols, pt-regs: no '$re' in: $phys"
done
echo "PASS: phys-symbols and virt-symbols twice, pt-regs without an argument"

f3=$(gdb_section frame3)
grep -q '^PID 2 (faultwalk), state R$' <<<"$f3" || fail "kcurrent with frame 3 selected: $f3"
grep -q '^  mode: user, frame at 0x' <<<"$f3" || fail "kfault with frame 3 selected: $f3"
echo "PASS: with a user frame selected, kcurrent and kfault read the CPU's registers"

grep -Eq '^ +1 +0 D .* i.it$' <<<"$(gdb_section comm)" || fail "kps with a non-UTF-8 name: $(gdb_section comm)"
grep -q '^PID 2 (faultwalk)' <<<"$(gdb_section resourced)" || fail "after sourcing kernel.py again"
echo "PASS: a non-UTF-8 task name; the helpers sourced twice"

grep -q '^kbroken: internal error in the helper, ZeroDivisionError: .*please report it' \
	<<<"$(gdb_section broken)" || fail "a helper's own bug: $(gdb_section broken)"
echo "PASS: a helper's own bug is one line naming it, not a traceback"
