# Shared by the shell tests: boot the kernel under QEMU with a timeout.
# Needs QEMU_TEST (exported by the Makefile): the QEMU command without -m
# and -append, with the serial console on stdout. Run by hand (from the
# top of the tree), the scripts ask the Makefile for it.
: "${QEMU_TEST:=$(make -s --no-print-directory qemu-cmd)}"

# qemu_boot MEM APPEND [EXTRA QEMU ARGS...]: prints the console output;
# returns QEMU's exit status (124 on timeout).
qemu_boot() {
	local mem=$1 append=$2
	shift 2
	# shellcheck disable=SC2086  # QEMU_TEST is a word list on purpose
	timeout "${BOOT_TIMEOUT:-60}" $QEMU_TEST -m "$mem" -append "$append" "$@" </dev/null 2>&1
}

fail() {
	echo "FAIL: $*"
	exit 1
}
