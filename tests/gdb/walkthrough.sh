#!/usr/bin/env bash
# docs/gdb-walkthrough.md cannot go stale: every GDB command it shows is
# run, session by session, with the command line its `make debug` line
# gives, and the output it shows must still appear (tests/gdb/walkthrough.py
# says how it compares).
set -uo pipefail
cd "$(dirname "$0")/../.."
DOC=${DOC:-docs/gdb-walkthrough.md}
. tests/gdb/lib.sh

dir=$O/walkthrough
n=$(python3 tests/gdb/walkthrough.py extract "$DOC" "$dir") || fail "cannot read $DOC"
[ "$n" -gt 0 ] || fail "$DOC starts no session (make debug CMDLINE='...')"
mem=128			# make debug's MEM on vexpress-a9, which the document uses
for ((i = 0; i < n; i++)); do
	gdb_session "$mem" "$(cat "$dir/session-$i.append")" "$dir/session-$i.gdb"
	printf '%s\n' "$GDB_OUT" >"$dir/session-$i.out"
done
python3 tests/gdb/walkthrough.py check "$DOC" "$dir" || fail "$DOC and the kernel disagree (outputs in $dir)"
echo "PASS: every command in $DOC runs and shows what the document says"
