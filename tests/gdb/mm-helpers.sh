#!/usr/bin/env bash
# The mm helpers of tools/gdb/klib/mm.py against the kernel itself.
#
# One session (mm-state.gdb) stops at each of the monitor's buddyinfo,
# pagetypeinfo, slabinfo, vmallocinfo and dmesg commands, lets it print
# (`finish`), and runs the helper on the same state: the outputs must be
# the same text. The state is made interesting first: self-tests (the log
# ring wraps, the free lists get split), a user program, a kmalloc and two
# vmalloc areas that GDB allocates. It then checks kpage on pages whose
# state the kernel's structures tell: a free block and a page inside it, a
# page on a per-cpu list, the kernel image, slab pages, a slab's tail
# page, and kpage's errors. The other (mm-early.gdb) runs the helpers too
# early: MMU off, then before each structure is set up.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
. tests/gdb/lib.sh

# gdb_section NAME: GDB's output between the line "@@G-NAME" and the next "@@G-" line.
gdb_section() {
	awk -v mark="@@G-$1" '
		{ sub(/\r$/, "") }
		found && /^@@G-/ { exit }
		found && !/^qemu-system-arm: / { print }
		$0 == mark { found = 1 }
	' <<<"$GDB_OUT"
}

# Trailing blanks and CRs do not count.
norm() {
	sed 's/[[:space:]]*$//'
}

# section_expect NAME REGEX: the section has a line matching REGEX.
section_expect() {
	gdb_section "$1" | grep -Eq -- "$2" ||
		fail "$1: no line matching: $2 (log: $O/gdb-mm-*.log)"$'\n'"$(gdb_section "$1")"
}

no_traceback() {
	if grep -Eq 'Traceback|Python Exception|Error occurred in Python' <<<"$GDB_OUT"; then
		fail "$1: a helper raised a Python exception:"$'\n'"$(grep -E -A8 'Traceback|Python Exception' <<<"$GDB_OUT" | head -30)"
	fi
}

# same NAME EXPECTED: the helper's section equals what the kernel printed.
same() {
	local got want
	got=$(gdb_section "$1" | norm)
	want=$(norm <<<"$2")
	[ -n "$want" ] || fail "$1: the kernel printed nothing (console: $GDB_SERIAL)"
	if [ "$got" != "$want" ]; then
		echo "--- the monitor's $1 / +++ k$1"
		diff <(printf '%s\n' "$want") <(printf '%s\n' "$got") | head -40
		fail "k$1 differs from the monitor's $1"
	fi
	echo "PASS: k$1 equals the monitor's $1 ($(wc -l <<<"$want") lines)"
}

# -- too early: MMU off, then structures not set up ---------------------------
gdb_session 128 'cmd="poweroff"' tests/gdb/mm-early.gdb ||
	fail "mm-early.gdb: GDB failed (status $?); log: $O/gdb-mm-early.log"
no_traceback mm-early
for c in kdmesg kbuddyinfo kpagetypeinfo kslabinfo kvmallocinfo kpage; do
	section_expect help "^$c +[A-Z]"
	section_expect help "^Usage: $c\\b"
	section_expect mmuoff "^$c: the MMU is off .*break start_kernel"
done
section_expect help '^Usage: kpage PFN'
section_expect help 'kpage -p PHYS'
echo "PASS: each helper has help text; at the first instruction each says the MMU is off"
section_expect start '^kdmesg: the log buffer is empty'
for c in kbuddyinfo kpagetypeinfo kpage; do
	section_expect start "^$c: the zones are not set up yet: mem_map is NULL"
done
section_expect start '^kslabinfo: the slab allocator is not set up yet'
section_expect start '^kvmallocinfo: vmalloc is not set up yet'
section_expect meminit '^Node 0, zone +Normal( +0)+ *$'
section_expect meminit '^kbuddyinfo: note: no memory has been given to the buddy allocator yet'
section_expect meminit '^Node +0, zone +Normal, type +Movable( +0)+ *$'
section_expect meminit '^kslabinfo: the slab allocator is not set up yet'
section_expect meminit 'state +reserved: never given to the buddy'
section_expect vmallocinit '^kmem_cache +[0-9]+ '
section_expect vmallocinit '^kvmallocinfo: vmalloc is not set up yet'
gdb_section vmallocinit | grep -A1 '^kvmallocinfo: ' | tail -1 | grep -q '^Booting the teaching kernel on ' ||
	fail "kdmesg before the log ring wrapped does not start with the first message"
section_expect vmallocinit '^slab: HWalign=[0-9]+, kmalloc '
echo "PASS: before free_area_init, mem_init, kmem_cache_init and vmalloc_init the helpers say what is not set up yet; kdmesg before the ring wraps starts at the first message"

# -- the same state as the monitor's commands ---------------------------------
cmds="test log buddy pcp slab kmalloc vmalloc; run hello"
for c in buddyinfo pagetypeinfo slabinfo vmallocinfo; do
	cmds="$cmds; echo @@$c; $c"
done
cmds="$cmds; echo @@dmesg; dmesg; echo @@dmesg-end; poweroff"
gdb_session 1024 "cmd=\"$cmds\"" tests/gdb/mm-state.gdb ||
	fail "mm-state.gdb: GDB failed (status $?); log: $O/gdb-mm-state.log"
no_traceback mm-state
for c in buddyinfo pagetypeinfo slabinfo vmallocinfo; do
	same "$c" "$(serial_section "$c")"
done
# dmesg prints the log, which holds the @@ marks echoed before it: cut at @@dmesg-end.
same dmesg "$(awk '{ sub(/\r$/, "") } $0 == "@@dmesg-end" { exit } found { print } !found && $0 == "@@dmesg" { found = 1 }' "$GDB_SERIAL")"
lognext=$(sed -n 's/^@@G-lognext //p' <<<"$GDB_OUT")
[ "${lognext:-0}" -gt 16384 ] || fail "the log ring did not wrap (log_next $lognext): kdmesg's wrap is untested"
section_expect slabinfo '^kmalloc-[0-9k]+ +[1-9][0-9]* '
section_expect vmallocinfo ' pages=5 vmalloc$'
section_expect vmallocinfo ' phys=0x[0-9a-f]{8} ioremap$'
echo "PASS: the compared state has a wrapped log ring, kmalloc caches in use, vmalloc and ioremap areas"

# kpage. RAM's base from the kernel's own boot line.
ram=$(sed -n 's/^Memory: [0-9]* MiB at \(0x[0-9a-f]*\) .*/\1/p' "$GDB_SERIAL" | head -1)
[ -n "$ram" ] || fail "no 'Memory: N MiB at' line on the console"
read -r order mt <<<"$(sed -n 's/^@@G-free-expect order \([0-9]*\), migratetype \(.*\)$/\1 \2/p' <<<"$GDB_OUT")"
count=$(gdb_section buddyinfo | awk -v o="$order" '$4 == "Normal" { print $(5 + o) }')
[ "${count:-0}" -gt 0 ] || fail "kbuddyinfo shows no free block of order $order"
section_expect kpage-free "^ +flags +0x[0-9a-f]+: buddy; zone Normal$"
section_expect kpage-free "^ +state +free, order $order, migratetype $mt \\(on free_area\\[$order\\]\\.free_list\\[$mt\\]"
head_pfn=$(gdb_section kpage-free | sed -n 's/^struct page .*: pfn \(0x[0-9a-f]*\),.*/\1/p')
section_expect kpage-inside "state +free, inside the order-$order block at pfn $head_pfn \\(3 pages in\\)"
echo "PASS: kpage: a free block of order $order ($mt) as kbuddyinfo counts it, and a page inside it"
if [ -n "$(gdb_section kpage-pcp)" ]; then
	pcp_mt=$(sed -n 's/^@@G-pcp-expect //p' <<<"$GDB_OUT")
	section_expect kpage-pcp "state +free, on the per-cpu list of zone Normal, migratetype $pcp_mt\$"
	echo "PASS: kpage: a page on the per-cpu list"
fi
if [ -n "$(gdb_section kpage-highmem)" ]; then
	section_expect kpage-highmem '^struct page 0x[0-9a-f]+: pfn 0x[0-9a-f]+, physical 0x[0-9a-f]+, highmem: no linear address$'
	section_expect kpage-highmem '^ +flags +0x[0-9a-f]+: buddy; zone HighMem$'
	section_expect kpage-highmem 'state +free, order [0-9]+, migratetype '
	echo "PASS: kpage: a free HIGHMEM page"
fi
addr=$(gdb_section kpage-reserved | sed -n 's/^log_buf is at //p')
phys=$(printf '0x%08x' $(((addr - 0xc0000000 + ram) & ~0xfff)))
section_expect kpage-reserved "^struct page 0x[0-9a-f]+: pfn 0x[0-9a-f]+, physical $phys, lowmem $(printf '0x%08x' $((addr & ~0xfff)))$"
section_expect kpage-reserved '^ +flags +0x[0-9a-f]+: reserved; zone Normal$'
section_expect kpage-reserved 'state +reserved: part of the kernel image'
[ "$(gdb_section kpage-phys)" = "$(gdb_section kpage-reserved | grep -v '^log_buf is at')" ] ||
	fail "kpage -p PHYS and kpage &log_buf differ"
section_expect kpage-struct "^struct page 0x[0-9a-f]+: pfn $(printf '0x%x' $((ram >> 12))), physical $(printf '0x%08x' $((ram)))"
echo "PASS: kpage: a kernel variable's page is reserved (kernel image), also by physical address and by struct page"
section_expect kpage-slab 'state +slab page of cache kmem_cache '
section_expect kpage-vmstruct 'state +slab page of cache vm_struct '
section_expect kpage-kmalloc 'state +slab page of cache kmalloc-512 '
section_expect kpage-slab '^ +flags +0x[0-9a-f]+: slab; zone Normal; alloc order 0$'
tail_cache=$(sed -n 's/^@@G-tail-expect //p' <<<"$GDB_OUT")
section_expect kpage-tail "state +tail page 1 of a slab of cache $tail_cache, order [1-9]"
echo "PASS: kpage: slab pages name their cache (kmem_cache, vm_struct, kmalloc-512), a tail page its head ($tail_cache)"
vpage=$(gdb_section kpage-vmalloc | sed -n 's/^vmalloc_to_page: //p')
section_expect kpage-vmalloc '^vmalloc address 0x[0-9a-f]+: page 1 of the area at 0x[0-9a-f]+$'
section_expect kpage-vmalloc "^struct page $(printf '0x%08x' $((vpage))): pfn "
section_expect kpage-vmalloc 'state +in use, 1 reference$'
echo "PASS: kpage: a vmalloc address gives the page the kernel's vmalloc_to_page() gives"
stack_pfn=$(gdb_section kpage-stack | sed -n 's/^stack head pfn //p')
section_expect kpage-stack "state +in use: page 1 of an order-1 allocation at pfn $stack_pfn "
echo "PASS: kpage: a kernel stack's second page is part of its order-1 allocation"
section_expect constants '^PAGE_OFFSET 0xc0000000 TASK_SIZE 0xbf000000 THREAD_SIZE True TASK_COMM_LEN True PTE_HWTABLE_OFF 2048$'
echo "PASS: the helpers load the kernel's macros from constants.py, and they agree with the debug information"
section_expect kpage-errors '^kpage: 0x[0-9a-f]+ is in the vmalloc area at 0x[0-9a-f]+ \(kvmallocinfo\), but in its unmapped guard page$'
section_expect kpage-errors '^kpage: 0x[0-9a-f]+ is in the vmalloc area at 0x[0-9a-f]+ \(kvmallocinfo\), but that area has no pages \(an ioremap'
section_expect kpage-errors '^kpage: 0xfe000000 is not a lowmem address .* nor in a vmalloc area'
section_expect kpage-errors '^kpage: pfn 0x5 is below RAM'
# shellcheck disable=SC2016  # the backquotes are the message's
section_expect kpage-errors '^kpage: 0x12345678 is neither a pfn .* use `kpage -p 0x12345678`'
section_expect kpage-errors '^kpage: physical address 0x10000000 is not in RAM'
section_expect kpage-errors "^kpage: 'nosuchsymbol' is not a pfn or an address \\(No symbol"
section_expect kpage-errors '^kpage: usage: kpage PFN'
section_expect kpage-errors "^kpage: '1 2' is not a pfn or an address"
section_expect kpage-errors '^kpage: 0x[0-9a-f]+ is not a struct page of mem_map'
section_expect kpage-errors "^kpage: '1.5' is a double, not a pfn or an address"
section_expect kpage-errors "^kpage: '0x123456789' is 0x123456789, more than 32 bits"
section_expect kpage-errors '^kbuddyinfo: takes no arguments'
[ "$(gdb_section kpage-errors | grep -c '^kpage: usage')" -eq 2 ] || fail "kpage and kpage -p: no usage message each"
echo "PASS: kpage: clear messages for guard pages, ioremaps, unmapped, out-of-range, non-RAM, unknown and malformed arguments"
