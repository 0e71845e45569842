#!/usr/bin/env bash
# make peer-bench: the peer's own benchmark, ../shared/peer/membench.c,
# run on this kernel exactly as ../shared/peer/run.sh runs it on Linux 6.1:
# the same board, memory sizes, command line and QEMU options, membench
# as /init in an initrd made by the peer's mkcpio.py. Prints, for each
# figure, this kernel's value, Linux's (../shared/peer/results-MEM.txt)
# and their ratio. Under -icount shift=0 one guest ns is one instruction.
#
# membench is built as run.sh builds it, with arm-linux-gnueabihf-gcc and
# the same flags (tools/setup.sh installs it), so the binary is the one
# Linux ran; it has no VFP instruction, which matters, since this kernel
# leaves VFP off in user mode. Without that compiler, arm-none-eabi-gcc
# (the same GCC 12) builds it soft-float, and the script says so.
# MEMS="512 1024" by default.
set -euo pipefail
cd "$(dirname "$0")/.."
PEER=../shared/peer
OUT=${O:-build/vexpress-a9}/peer
MEMS=${MEMS:-512 1024}
mkdir -p "$OUT"
if command -v arm-linux-gnueabihf-gcc >/dev/null; then
	CC=(arm-linux-gnueabihf-gcc -march=armv7-a+fp)
else
	echo "peer-bench: no arm-linux-gnueabihf-gcc (make setup): building with arm-none-eabi-gcc"
	CC=(arm-none-eabi-gcc -march=armv7-a -mfloat-abi=soft)
fi
"${CC[@]}" -O2 -marm -static -nostdlib -ffreestanding -fno-builtin -fno-stack-protector \
	-fno-pie -no-pie -Wall -Wextra -o "$OUT/membench" "$PEER/membench.c" -lgcc
python3 "$PEER/mkcpio.py" "$OUT/bench.cpio" dir:dev chr:dev/console=5,1 dir:proc \
	file:init="$OUT/membench"
. tests/lib.sh
status=0
for m in $MEMS; do
	log=$OUT/membench-$m.log
	BOOT_TIMEOUT=${BOOT_TIMEOUT:-300} qemu_boot "$m" \
		'console=ttyAMA0 norandmaps iomem=relaxed panic=-1' -initrd "$OUT/bench.cpio" \
		-rtc base=2000-01-01T00:00:00,clock=vm | tr -d '\r' > "$log" || true
	echo "== membench at $m MiB (this kernel vs Linux 6.1; log: $log)"
	python3 - "$log" "$PEER/results-$m.txt" <<'PY'
import sys
def figures(path):
    out = {}
    try:
        for line in open(path):
            f = line.split()
            if len(f) == 4 and f[0] == 'bench':
                out[f[1]] = (float(f[2]), f[3])
    except FileNotFoundError:
        pass
    return out
ours, linux = figures(sys.argv[1]), figures(sys.argv[2])
print('%-34s %16s %16s %8s' % ('name', 'this kernel', 'Linux 6.1', 'ratio'))
for name, (v, unit) in linux.items():
    o = ours.get(name)
    if o is None:
        print('%-34s %16s %16.1f %8s  %s' % (name, 'missing', v, '', unit))
    elif o[0] < 0 or v <= 0:
        print('%-34s %16.1f %16.1f %8s  %s' % (name, o[0], v, 'n/a', unit))
    else:
        print('%-34s %16.1f %16.1f %7.2fx  %s' % (name, o[0], v, o[0] / v, unit))
PY
	grep -q '^info membench done' "$log" || { echo "membench did not finish at $m MiB:"; \
		grep -E '^error|Kernel panic|Oops' "$log" | head -5; status=1; }
done
exit $status
