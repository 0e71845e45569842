#!/usr/bin/env bash
# kcount (tools/gdb/klib/profile.py), the single-stepping profiler: over
# faultwalk's write(2) from an unmapped buffer it must reach the return
# address, and charge the instructions to the functions of that path, the
# system call entry, the abort and the exception-table fixup included.
set -uo pipefail
cd "$(dirname "$0")/../.."
. tests/gdb/lib.sh

gdb_session_ok 128 'cmd="run faultwalk; poweroff"' tests/gdb/kcount.gdb

out=$(gdb_section kcount)
total=$(sed -n 's/^\([0-9]*\) instructions (reached 0x[0-9a-f]*)$/\1/p' <<<"$out")
[ -n "$total" ] || fail "kcount did not reach the return address: $out"
[ "$total" -gt 300 ] && [ "$total" -lt 20000 ] || fail "kcount: $total instructions for one write(2)?"
for fn in vector_swi __copy_from_user do_DataAbort do_page_fault search_extable; do
	grep -Eq "^ +[0-9]+ +[0-9.]+%  $fn$" <<<"$out" || fail "kcount: no $fn in the profile: $out"
done
# The shares add up to the total.
sum=$(awk '/^ +[0-9]+ +[0-9.]+%  / { s += $1 } END { print s }' <<<"$out")
more=$(sed -n 's/^   \.\.\. and \([0-9]*\) more functions$/\1/p' <<<"$out")
[ -n "$more" ] || [ "$sum" = "$total" ] || fail "kcount: the functions add up to $sum, not $total"
echo "PASS: kcount profiles one write(2) with a bad buffer: $total instructions"

err=$(gdb_section errors)
grep -q '^kcount: usage: kcount UNTIL \[LIMIT\]$' <<<"$err" || fail "kcount without arguments: $err"
grep -q '^kcount: LIMIT must be positive$' <<<"$err" || fail "kcount with LIMIT 0: $err"
grep -q "^kcount: 'nosuchsymbol' is not an address (No symbol" <<<"$err" ||
	fail "kcount with a bad address: $err"
echo "PASS: kcount: clear messages for bad arguments"
