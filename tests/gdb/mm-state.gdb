# tests/gdb/mm-helpers.sh: the mm helpers against the monitor. At each
# monitor command's breakpoint, `finish` lets it print, and the helper
# then reads the same, unchanged state. Sections: `echo @@G-NAME`.
source tests/gdb/mm-try.py
break cmd_buddyinfo
break cmd_pagetypeinfo
break cmd_slabinfo
break cmd_vmallocinfo
break cmd_dmesg

continue
finish
echo @@G-buddyinfo\n
try kbuddyinfo
echo @@G-end\n

continue
finish
echo @@G-pagetypeinfo\n
try kpagetypeinfo
echo @@G-end\n

# A kmalloc object kept across the commands, so a kmalloc cache is in use.
continue
set $k = (void *)kmalloc(300, 0xcc0)
finish
echo @@G-slabinfo\n
try kslabinfo
echo @@G-end\n

# Two vmalloc areas besides the drivers' ioremaps (GDB calls vmalloc: the
# caller is GDB's return address, the entry point stext).
continue
set $v = (void *)vmalloc(20000)
set $v32 = (void *)vmalloc_32(5000)
finish
echo @@G-vmallocinfo\n
try kvmallocinfo
echo @@G-end\n

# kpage on pages whose state the kernel's own structures tell.
python
from klib.core import container_of, list_for_each_entry
zones = gdb.parse_and_eval('contig_page_data.node_zones')
zone = zones[0]
names = gdb.parse_and_eval('migratetype_names')

def first_page(head):
	for page in list_for_each_entry(head, 'struct page', 'lru'):
		return page
	return None

def pick_free(zone):
	"""The first block on a free list of zone, largest order first."""
	for order in reversed(range(11)):
		for mt in range(3):
			page = first_page(zone['free_area'][order]['free_list'][mt])
			if page is not None:
				return page, order, names[mt].string()

def pick_multipage_slab():
	"""A slab of more than one page, of a cache that has one."""
	for c in list_for_each_entry(gdb.parse_and_eval('slab_caches'), 'struct kmem_cache', 'list'):
		if int(c['gfporder']) > 0:
			for l in ('slabs_full', 'slabs_partial', 'slabs_free'):
				for slab in list_for_each_entry(c['node'][l], 'struct slab', 'slab_list'):
					return slab, c['name'].string()

page, order, mt = pick_free(zone)
high = pick_free(zones[1]) if int(zones[1]['present_pages']) else None
gdb.set_convenience_variable('highp', high[0] if high else 0)
gdb.set_convenience_variable('freep', page)
gdb.write(f'@@G-free-expect order {order}, migratetype {mt}\n')
pcp = [(first_page(zone['per_cpu_pageset'][0]['lists'][t]), names[t].string()) for t in range(3)]
pcp = [p for p in pcp if p[0] is not None]
gdb.set_convenience_variable('pcpp', pcp[0][0] if pcp else 0)
gdb.write(f'@@G-pcp-expect {pcp[0][1] if pcp else ""}\n')
slab, cname = pick_multipage_slab()
gdb.set_convenience_variable('tailp', slab.cast(page.type) + 1)
gdb.write(f'@@G-tail-expect {cname}\n')
end
echo @@G-kpage-free\n
try kpage $freep
echo @@G-kpage-inside\n
try kpage $freep + 3
echo @@G-kpage-pcp\n
if $pcpp
  try kpage $pcpp
end
echo @@G-kpage-highmem\n
if $highp
  try kpage $highp
end
echo @@G-kpage-reserved\n
printf "log_buf is at 0x%08lx\n", (unsigned long)&log_buf
try kpage &log_buf
echo @@G-kpage-slab\n
try kpage vm_struct_cachep
echo @@G-kpage-vmstruct\n
try kpage vmlist
echo @@G-kpage-kmalloc\n
try kpage $k
echo @@G-kpage-tail\n
try kpage $tailp
echo @@G-kpage-phys\n
# The same byte by its physical address (vexpress-a9: PHYS_OFFSET 0x60000000).
eval "try kpage -p %#lx", (unsigned long)&log_buf - 0xc0000000 + 0x60000000
echo @@G-kpage-struct\n
try kpage mem_map[0]
echo @@G-kpage-vmalloc\n
printf "vmalloc_to_page: %#lx\n", (unsigned long)vmalloc_to_page((char *)$v + 4096)
try kpage (char *)$v + 4096 + 10
echo @@G-kpage-stack\n
# A kernel stack's second page: an order-1 allocation, not compound.
python
from klib import core, task
boot = int(gdb.parse_and_eval('&init_thread_union'))
stack = [int(p['stack']) for p in task.all_tasks() if int(p['stack']) not in (0, boot)][0]
gdb.set_convenience_variable('stack2', stack + 4096)
gdb.write(f'stack head pfn {core.virt_to_phys(stack) >> core.K.PAGE_SHIFT:#x}\n')
end
try kpage $stack2
echo @@G-constants\n
# The macros from build/<board>/constants.py, checked against what the
# debug information knows of the same things.
python
K = core.K
comm = gdb.parse_and_eval('init_task.comm').type.sizeof
gdb.write(f'PAGE_OFFSET {K.PAGE_OFFSET:#x} TASK_SIZE {K.TASK_SIZE:#x}'
	  f' THREAD_SIZE {K.THREAD_SIZE == gdb.lookup_type("union thread_union").sizeof}'
	  f' TASK_COMM_LEN {K.TASK_COMM_LEN == comm} PTE_HWTABLE_OFF {K.PTE_HWTABLE_OFF}\n')
end
echo @@G-kpage-errors\n
try kpage (char *)$v + 5 * 4096
try kpage vmlist->addr
try kpage 0xfe000000
try kpage 5
try kpage 0x12345678
try kpage -p 0x10000000
try kpage nosuchsymbol
try kpage
try kpage -p
try kpage 1 2
try kpage mem_map + 1000000
try kpage contig_page_data
try kpage 1.5
try kpage 0x123456789
try kbuddyinfo extra
echo @@G-end\n

continue
finish
echo @@G-dmesg\n
try kdmesg
echo @@G-end\n
printf "@@G-lognext %u\n", log_next
kill
