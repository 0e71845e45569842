#!/usr/bin/env bash
# PID 1 is /init (issue 6): the kernel execs it after the self-tests and
# cmd=, and the monitor becomes a thread whose prompt starts once /init
# has no child left. Checked here:
#  - the runner: every test program passes and gives every page back
#    (init's own free-memory comparison), then init_end=poweroff;
#  - init=PROG with the words after " -- " as its arguments;
#  - init= naming a missing program: reported, and init carries on;
#  - the monitor after /init: `ps` over the serial line shows pid 1 as the
#    user program init and the monitor thread, `maps 1` the live /init's
#    areas (text, data, stack), and poweroff works.
set -uo pipefail
. "$(dirname "$0")/lib.sh"

# expect APPEND PATTERN...: boots (128 MiB); QEMU must exit with status 0
# and every extended regular expression must match a line of the console.
expect() {
	local append=$1 out rc pat
	shift
	out=$(qemu_boot 128 "$append")
	rc=$?
	out=$(tr -d '\r' <<<"$out")
	[ $rc -eq 0 ] || { echo "$out" | tail -20; fail "$append: exit status $rc, not 0"; }
	for pat in "$@"; do
		grep -Eq -- "$pat" <<<"$out" || { echo "$out" | tail -40; fail "$append: no '$pat'"; }
	done
	if grep -Eq 'Internal error|Kernel panic|not ok' <<<"$out"; then
		echo "$out" | tail -40
		fail "$append: a failure or an Oops"
	fi
	echo "PASS: $append"
}

expect 'init_end=poweroff' '^init: pid 1, 1 argument' '^init: running [0-9]+ test programs$' \
	'^init: /bin/forkmem exited with status 0$' '^init: ([0-9]+) passed, 0 failed$' \
	'^reboot: Power down \(asked by init, pid 1\)$'
expect 'init=/bin/args init_end=poweroff -- x "y z"' '^init: pid 1, 4 argument' '^argc=3$' \
	'^argv\[0\]=/bin/args$' '^argv\[1\]=x$' '^argv\[2\]=y z$' '^envp\[2\]=INIT_END=poweroff$' \
	'^init: /bin/args exited with status 0$'
expect 'init=/bin/nothere init_end=poweroff' '^init: /bin/nothere: execve error 2$' \
	'^init: /bin/nothere exited with status 127$' '^reboot: Power down'

# read(2) on the console: a line at a time, edited (Backspace), in pieces
# of the buffer's size, then end of input on Ctrl-D.
out=$(printf 'ab\rcd\bx\rlong line here\r\004' | timeout "${BOOT_TIMEOUT:-60}" $QEMU_TEST -m 128 \
	-append 'init=/bin/readline init_end=poweroff -- 4' 2>&1)
rc=$?
out=$(tr -d '\r' <<<"$out")
[ $rc -eq 0 ] || { echo "$out" | tail -20; fail "read on the console: exit status $rc"; }
for pat in '^read 3: ab\\n$' '^read 3: cx\\n$' '^read 4: long$' '^read 4:  lin$' \
	'^read 4: e he$' '^read 3: re\\n$' '^readline: 6 reads, 21 bytes, eof$' \
	'^init: /bin/readline exited with status 0$'; do
	grep -Eq -- "$pat" <<<"$out" || { echo "$out" | tail -30; fail "read on the console: no '$pat'"; }
done
echo "PASS: read(2) on the console"

# The monitor, once /init has settled: its input waited in the buffer.
out=$(printf 'ps\rmaps 1\rmaps 99\rpoweroff\r' | timeout "${BOOT_TIMEOUT:-60}" $QEMU_TEST -m 128 \
	-append 'init=/bin/hello' 2>&1)
rc=$?
out=$(tr -d '\r' <<<"$out")
[ $rc -eq 0 ] || { echo "$out" | tail -20; fail "monitor after init: exit status $rc"; }
for pat in '^hello, world$' '^init: /bin/hello exited with status 0$' \
	'^ +1 +0 +S .* init$' '^ +[0-9]+ +1 +[RS] .* monitor( \(current\))?$' \
	'^00008000-0000[0-9a-f]{4} r-xp 00000000 00:00 0 *$' '^0000[0-9a-f]{4}-0000[0-9a-f]{4} rw-p ' \
	'^be[0-9a-f]{6}-bf000000 rw-p 00000000 00:00 0 +\[stack\]$' '^maps: 99: no such process$'; do
	grep -Eq -- "$pat" <<<"$out" || { echo "$out" | tail -30; fail "monitor after init: no '$pat'"; }
done
echo "PASS: the monitor's prompt after /init"
