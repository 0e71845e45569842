#!/usr/bin/env bash
# No input on the serial line can crash the kernel: feed the monitor 64 KiB
# of deterministic junk (random printable runs, control characters, escape
# sequences, NUL and high bytes, lines far longer than the line buffer,
# unbalanced quotes and semicolons), then a marker command and poweroff.
# The kernel must answer the marker and power off cleanly, with no Oops.
# Before the junk, line editing is checked exactly: Backspace, Ctrl-U,
# Ctrl-C, and escape sequences (a lone ESC must not eat the Enter after it;
# arrow keys, CSI or SS3, must vanish whole).
set -uo pipefail
. "$(dirname "$0")/lib.sh"
input=$(mktemp)
trap 'rm -f "$input"' EXIT
python3 - "$input" <<'PY'
import random, sys
rng = random.Random(20261122)
out = bytearray(b"echo edit-bad\x15echo edit-ok-1\r"          # Ctrl-U erases the line
                b"echo edit-ok-2x\x08\r"                      # Backspace
                b"echo never\x03echo edit-ok-3\r"             # Ctrl-C abandons the line
                b"echo esc-ok-1\x1b\r"                        # ESC, then Enter
                b"\x1b[Aecho \x1bOAesc-ok-2\x1b[1;5C\r")     # arrows vanish

pieces = [b"\r", b"\n", b"\r\n", b"\x08", b"\x7f", b"\x03", b"\x15", b"\x1b[A", b"\x1b[1;5C",
          b"\x1b", b"\x00", b"\xff", b"\"", b";", b";;;", b" ", b"\t", b"test nosuchsuite\r",
          b"echo \"unterminated\r", b"crash\r", b"help me\r", b"x" * 600 + b"\r"]
while len(out) < 64 * 1024:
    r = rng.random()
    if r < 0.6:
        out += bytes(rng.randrange(0x20, 0x7f) for _ in range(rng.randrange(1, 40)))
    elif r < 0.9:
        out += rng.choice(pieces)
    else:
        out += bytes(rng.randrange(0, 256) for _ in range(rng.randrange(1, 8)))
# Nothing in the junk may power the machine off early or crash it on purpose.
for word in (b"poweroff", b"reboot", b"crash "):
    out = out.replace(word, b"?")
out += b"\x03\recho serial-fuzz-survived\rpoweroff\r"
open(sys.argv[1], "wb").write(out)
PY
# shellcheck disable=SC2086
out=$(timeout 120 $QEMU_TEST -m 128 -append '' <"$input" 2>&1)
rc=$?
[ $rc -eq 0 ] || { echo "$out" | tail -30; fail "QEMU exit status $rc, not 0"; }
# (here-strings, not pipes: grep -q closing a pipe early trips pipefail)
lines=$(tr -d '\r' <<<"$out")
grep -q 'serial-fuzz-survived' <<<"$lines" || fail "the marker command never ran"
for want in edit-ok-1 edit-ok-2 edit-ok-3 esc-ok-1 esc-ok-2; do
	grep -qx -- "$want" <<<"$lines" || fail "line editing: no output line '$want'"
done
grep -qx -- 'never' <<<"$lines" && fail "line editing: Ctrl-C did not abandon the line"
if grep -Eq 'Internal error|Kernel panic|Unable to handle' <<<"$lines"; then
	fail "the junk crashed the kernel"
fi
echo "PASS: 64 KiB of junk on the console, then the kernel still answered and powered off"
