# Shared by the GDB batch tests (tests/gdb/*.sh): source it from the top of
# the tree (it sources tests/lib.sh).
#
# gdb_session MEM APPEND SCRIPT [QEMU ARGS...]
#   Runs gdb-multiarch -batch on kernel.elf with the helpers
#   (tools/gdb/kernel.py) and the GDB command file SCRIPT. GDB itself
#   starts QEMU, halted at its first instruction, through a pipe
#   (`target remote | qemu ... -gdb stdio`): no port to pick, no race
#   with QEMU's start-up, and QEMU ends when GDB does. QEMU counts
#   instructions (-icount), so every run stops in the same state.
#   Sets GDB_OUT (GDB's output) and GDB_SERIAL (the file that holds the
#   kernel's console output, up to the moment GDB left). Returns GDB's
#   exit status (124 on timeout). QEMU runs on after GDB detaches at the
#   end of SCRIPT (to the poweroff a test's cmd= should end with) unless
#   SCRIPT ends with `kill`; its own timeout bounds it either way.
#
# gdb_session_ok MEM APPEND SCRIPT [QEMU ARGS...]: gdb_session, and the
#   test fails if GDB did, or if a helper let a Python traceback out.
# gdb_expect REGEX [WHAT]: fails unless GDB_OUT has a line matching REGEX.
# gdb_section MARK: GDB's output lines between "@@MARK" (a script's
#   `echo @@MARK\n`) and the next line starting with "@@".
# serial_section MARK: the console lines between the line "@@MARK" and the
#   next line starting with "@@". A test brackets a monitor command with
#   `echo @@NAME` commands in cmd= (cmd="echo @@b; buddyinfo; echo @@end")
#   to take what the kernel itself printed for it.

. tests/lib.sh
# The build directory: the test script's first argument (a sourced file
# sees its caller's), as make test passes it.
O=${1:-${O:-build/vexpress-a9}}
: "${GDB:=gdb-multiarch}"
GDB_TIMEOUT=${GDB_TIMEOUT:-120}

gdb_session() {
	local mem=$1 append=$2 script=$3 name
	shift 3
	name=$(basename "$script" .gdb)
	GDB_SERIAL="$O/gdb-$name-console.log"
	: >"$GDB_SERIAL"
	local qemu="${QEMU_TEST/-serial stdio/-serial file:$GDB_SERIAL}"
	local status=0
	# The append string is quoted for GDB's shell (`target remote |` runs
	# it with /bin/sh): single quotes, with any single quote escaped.
	local q_append=${append//\'/\'\\\'\'}
	GDB_OUT=$(timeout "$GDB_TIMEOUT" "$GDB" -batch -nx \
		-x tools/gdb/kernel.py \
		-ex "target remote | exec timeout $GDB_TIMEOUT $qemu -m $mem -append '$q_append' $* -S -gdb stdio" \
		-x "$script" \
		"$O/kernel.elf" 2>&1) || status=$?
	printf '%s\n' "$GDB_OUT" >"$O/gdb-$name.log"
	return $status
}

gdb_session_ok() {
	local log="$O/gdb-$(basename "$3" .gdb).log"

	gdb_session "$@" || fail "GDB exited with status $? (log: $log)"
	! grep -q 'Traceback\|Python Exception' <<<"$GDB_OUT" || fail "a Python traceback (log: $log)"
}

gdb_expect() {
	grep -Eq -- "$1" <<<"$GDB_OUT" || fail "${2:-GDB output} has no line matching: $1 (log: $O/gdb-*.log)"
}

serial_section() {
	awk -v mark="@@$1" '
		{ sub(/\r$/, "") }
		found && /^@@/ { exit }
		found { print }
		$0 == mark { found = 1 }
	' "$GDB_SERIAL"
}

gdb_section() {
	awk -v mark="@@$1" 'found && /^@@/ { exit } found { print } $0 == mark { found = 1 }' <<<"$GDB_OUT"
}
