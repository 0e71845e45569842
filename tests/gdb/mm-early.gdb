# tests/gdb/mm-helpers.sh: the mm helpers before their structures exist.
# Each step is bracketed by `echo @@G-NAME` for the script to cut out.
source tests/gdb/mm-try.py

# Every helper has its help text (khelp lists the summaries).
echo @@G-help\n
khelp
help kdmesg
help kbuddyinfo
help kpagetypeinfo
help kslabinfo
help kvmallocinfo
help kpage
echo @@G-end\n

# At the first instruction: the MMU is still off.
echo @@G-mmuoff\n
try kdmesg
try kbuddyinfo
try kpagetypeinfo
try kslabinfo
try kvmallocinfo
try kpage 0x60000
echo @@G-end\n

# start_kernel: nothing logged, no mem_map, no slab, no vmalloc.
break start_kernel
continue
echo @@G-start\n
try kdmesg
try kbuddyinfo
try kpagetypeinfo
try kslabinfo
try kvmallocinfo
try kpage 0x60000
echo @@G-end\n

# mem_init: the zones exist, but no page has reached the buddy yet.
break mem_init
continue
echo @@G-meminit\n
try kbuddyinfo
try kpagetypeinfo
try kslabinfo
try kpage 0x60000
echo @@G-end\n

# vmalloc_init: slab and kmalloc are up, vmalloc is not; the log has not wrapped yet.
break vmalloc_init
continue
echo @@G-vmallocinit\n
try kslabinfo
try kvmallocinfo
try kdmesg
echo @@G-end\n
kill
