#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Host test "user": runs each user program (tests/user/) on Linux through
# qemu-arm, user-mode QEMU, which executes a static ARM binary by passing
# its system calls to the build machine's kernel. A pass shows that the
# programs need nothing but real Linux ARM EABI system calls, and gives
# the output this kernel must reproduce. Installed by tests/host/host.mk
# as $(HOST_OUT)/test_user with USER_OUT filled in; prints KTAP version 1.

USER_OUT=@USER_OUT@
QEMU_ARM=${QEMU_ARM:-qemu-arm}
n=0
failed=0

echo "KTAP version 1"
# The plan: one case per check line below.
echo "1..$(grep -c '^check ' "$0")"

# result NAME STATUS [DIAGNOSTIC...]
result() {
	name=$1
	status=$2
	shift 2
	n=$((n + 1))
	for d in "$@"; do
		echo "# $d"
	done
	if [ "$status" = ok ]; then
		echo "ok $n $name"
	elif [ "$status" = skip ]; then
		echo "ok $n $name # SKIP qemu-arm is not installed"
	else
		echo "not ok $n $name"
		failed=$((failed + 1))
	fi
}

# check NAME EXPECTED_RC PATTERN... -- COMMAND...: every pattern (grep -E)
# must match a line of the output, and the exit status be EXPECTED_RC.
check() {
	name=$1
	want_rc=$2
	shift 2
	pats=
	while [ "$1" != -- ]; do
		pats="$pats
$1"
		shift
	done
	shift
	if ! command -v "$QEMU_ARM" >/dev/null 2>&1; then
		result "$name" skip
		return
	fi
	out=$(env -i USER_TEST=1 "$QEMU_ARM" "$@" 2>&1)
	rc=$?
	bad=
	if [ "$rc" -ne "$want_rc" ]; then
		bad="exit status $rc, expected $want_rc"
	fi
	echo "$pats" | while IFS= read -r p; do
		[ -z "$p" ] && continue
		printf '%s\n' "$out" | grep -Eq -- "$p" || echo "missing: $p"
	done > "$USER_OUT/.test_user.missing"
	if [ -n "$bad" ] || [ -s "$USER_OUT/.test_user.missing" ]; then
		result "$name" fail "$bad" "$(cat "$USER_OUT/.test_user.missing")" \
			"output: $(printf '%s\n' "$out" | grep -v '^#x' | head -40)"
	else
		result "$name" ok
	fi
}

check hello 0 '^hello, world$' -- "$USER_OUT/hello"
check args 0 '^argc=3$' '^argv\[0\]=.*/args$' '^argv\[1\]=one$' '^argv\[2\]=two words$' \
	'^envp\[0\]=USER_TEST=1$' '^AT_PAGESZ=0x1000$' '^AT_PHENT=0x20$' '^AT_PHNUM=0x3$' \
	'^AT_PHDR=0x8034$' '^AT_ENTRY=0x8[0-9a-f]{3}$' '^args: ok$' \
	-- "$USER_OUT/args" one "two words"
check syscalls 0 '^KTAP version 1$' '^# syscalls: [0-9]+ passed, 0 failed$' -- "$USER_OUT/syscalls"
# read(2) of a pipe on Linux: the pieces are the buffer's size (4 here);
# '.n' is the program's \n (dash's echo would eat a backslash).
check readline 0 '^read 4: abc.n$' '^read 4: defg$' '^read 4: hij.n$' \
	'^readline: 3 reads, 12 bytes, eof$' -- "$USER_OUT/readline" 4 <<EOF
abc
defghij
EOF
check pipes 0 '^# pipes: 7 passed, 0 failed$' -- "$USER_OUT/pipes"
# qemu-arm cannot execve an ARM program without binfmt_misc, so init's
# child fails there (ENOEXEC, 8): what is checked is init's own part, the
# fork, the report and its exit status when not PID 1.
check init 1 '^init: pid [0-9]+, 2 argument' '^init: .*/hello: execve error 8$' \
	'^init: .*/hello exited with status 127$' -- "$USER_OUT/init" "$USER_OUT/hello"
check sigtest 0 '^# sigtest: 13 passed, 0 failed$' -- "$USER_OUT/sigtest"
check sigsegv 0 '^# sigsegv: 6 passed, 0 failed$' -- "$USER_OUT/sigsegv"
check sigmask 0 '^# sigmask: 6 passed, 0 failed, 1 skipped$' -- "$USER_OUT/sigmask"
check demand 0 '^# demand: 4 passed, 0 failed$' -- "$USER_OUT/demand"
check cow 0 '^# cow: 5 passed, 0 failed$' -- "$USER_OUT/cow"
check faultwalk 0 '^faultwalk: first_touch: the new page reads 42$' \
	'^faultwalk: cow_write: the child wrote 43, the parent still reads 42$' \
	'^faultwalk: bad_buffer: write\(2\) returned -1, errno 14 ' -- "$USER_OUT/faultwalk"
check faults 0 '^# faults: 3 passed, 0 failed$' -- "$USER_OUT/faults"
check stackgrow 0 '^# stackgrow: 2 passed, 0 failed$' -- "$USER_OUT/stackgrow"
check uaccesstest 0 '^# uaccesstest: 5 passed, 0 failed$' -- "$USER_OUT/uaccesstest"
check faultbench 0 '^bench anon_write_fault [0-9]+\.[0-9] ns/fault$' \
	'^bench cow_fault_reuse_after_child_exit [0-9]+\.[0-9] ns/fault$' -- "$USER_OUT/faultbench"
check mmaptest 0 '^# mmaptest: [0-9]+ passed, 0 failed$' -- "$USER_OUT/mmaptest"
check brktest 0 '^# brktest: [0-9]+ passed, 0 failed$' -- "$USER_OUT/brktest"
check shmanon 0 '^# shmanon: [0-9]+ passed, 0 failed$' -- "$USER_OUT/shmanon"
check vmrandom 0 '^# vmrandom: 1 passed, 0 failed$' -- "$USER_OUT/vmrandom" 20000
rm -f "$USER_OUT/.test_user.missing"
echo "# user: $((n - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
