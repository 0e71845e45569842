# SPDX-License-Identifier: GPL-2.0
"""Memory-management helpers: the monitor's views, read from a stopped kernel.

kdmesg, kbuddyinfo, kpagetypeinfo, kslabinfo and kvmallocinfo print
exactly what the monitor commands dmesg, buddyinfo, pagetypeinfo,
slabinfo and vmallocinfo print (kernel/monitor.c, mm/vmstat.c,
mm/slab_common.c, mm/vmalloc.c), but from GDB: at a breakpoint, in the
middle of an allocation, or after a crash, when the monitor cannot run.
Each function below mirrors one C function; keep them in step.

kpage shows one struct page, its flags decoded and what owns it (the
buddy allocator, a per-cpu list, a slab cache, the kernel image).
"""

import gdb

from klib import core
from klib.core import (Command, K, KernelError, LIST_LIMIT, list_for_each_entry, lookup_type,
		       read_cstring, require, require_mmu, symbol)

BITS_PER_LONG = 32
ULONG = 0xffffffff


# -- reading arrays and strings ---------------------------------------------

def array_len(value):
	"""The number of elements of a C array Value (MAX_ORDER from free_area[])."""
	lo, hi = value.type.range()
	return hi - lo + 1


def cstring(ptr):
	"""The C string a char * Value points to ('' for NULL)."""
	return read_cstring(int(ptr)) if int(ptr) else ''


# -- the zones ---------------------------------------------------------------

def zones():
	"""The zones of the one node, as for_each_zone() walks them."""
	zs = symbol('contig_page_data')['node_zones']
	return [zs[i] for i in range(array_len(zs))]


def populated_zones():
	return [z for z in zones() if int(z['present_pages'])]


def max_order():
	return array_len(zones()[0]['free_area'])


def migratetype_names():
	names = symbol('migratetype_names')
	return [cstring(names[i]) for i in range(array_len(names))]


def require_zones():
	"""Raise unless free_area_init has built mem_map and the zones."""
	require_mmu()
	require(int(symbol('mem_map')) != 0,
		'the zones are not set up yet: mem_map is NULL (free_area_init, called from'
		' setup_arch -> bootmem_init, has not run); `break mem_init` and `continue`')


def note_if_no_free_memory(name):
	"""Between free_area_init and mem_init every page is still reserved."""
	if int(symbol('totalram_pages')) == 0:
		gdb.write(f'{name}: note: no memory has been given to the buddy allocator yet'
			  ' (mem_init has not run): every page is still reserved\n')


def zone_label(zone):
	return int(zone['zone_pgdat']['node_id']), cstring(zone['name'])


def list_length(head):
	"""The entries of a list, as vmstat.c's free_blocks() counts them."""
	n = 0
	for _ in list_for_each_entry(head, 'struct list_head', 'next'):
		n += 1
	return n


# -- pfn, page, address -------------------------------------------------------

class MemMap:
	"""mem_map and the pfn <-> page <-> address arithmetic of <kernel/mm.h>."""

	def __init__(self):
		require_zones()
		self.page_type = lookup_type('struct page')
		self.mem_map = int(symbol('mem_map'))
		self.first_pfn = core.phys_offset() >> K.PAGE_SHIFT	# ARCH_PFN_OFFSET
		self.nr = int(symbol('max_mapnr'))
		self.high_memory = int(symbol('high_memory'))

	@property
	def end_pfn(self):
		return self.first_pfn + self.nr

	def pfn_valid(self, pfn):
		return self.first_pfn <= pfn < self.end_pfn

	def page(self, pfn):
		addr = self.mem_map + (pfn - self.first_pfn) * self.page_type.sizeof
		return gdb.Value(addr).cast(self.page_type.pointer()).dereference()

	def is_page(self, addr):
		size = self.page_type.sizeof
		return 0 <= addr - self.mem_map < self.nr * size and (addr - self.mem_map) % size == 0

	def page_to_pfn(self, page_addr):
		return (page_addr - self.mem_map) // self.page_type.sizeof + self.first_pfn

	def is_lowmem(self, vaddr):
		return K.PAGE_OFFSET <= vaddr < self.high_memory

	@staticmethod
	def virt_to_pfn(vaddr):
		return core.virt_to_phys(vaddr) >> K.PAGE_SHIFT

	def lowmem_address(self, pfn):
		addr = core.phys_to_virt(pfn << K.PAGE_SHIFT)
		return addr if self.is_lowmem(addr) else None


# -- kdmesg -------------------------------------------------------------------

def log_text():
	"""The log ring in order, as log_buf_copy() hands it to cmd_dmesg."""
	buf = symbol('log_buf')
	size = array_len(buf)
	nxt = int(symbol('log_next'))
	length = min(nxt, size)
	raw = gdb.selected_inferior().read_memory(int(buf.address), size).tobytes()
	first = (nxt - length) % size
	return (raw[first:] + raw[:first])[:length]


class KDmesg(Command):
	"""Print the kernel log buffer, as the monitor's `dmesg` does.

Usage: kdmesg

printk() keeps every message it formats in log_buf, a ring of LOG_BUF_LEN
bytes (kernel/printk.c); log_next counts every byte ever logged, so the
ring holds the last min(log_next, LOG_BUF_LEN) of them. kdmesg prints them
oldest first: also the messages whose level kept them off the console, and
those logged just before a hang or a crash, when the monitor cannot run."""

	name = 'kdmesg'

	def run(self, argv):
		require(not argv, 'takes no arguments (usage: kdmesg)')
		require_mmu()
		text = log_text()
		require(text, 'the log buffer is empty: nothing has been printed yet')
		gdb.write(text.decode('latin-1'))


# -- kbuddyinfo, kpagetypeinfo --------------------------------------------------

class KBuddyinfo(Command):
	"""Free blocks per order and zone, as the monitor's `buddyinfo` (/proc/buddyinfo).

Usage: kbuddyinfo

One line per populated zone; column N is free_area[N].nr_free, the number
of free blocks of 2^N pages in the buddy allocator's free lists (pages on
the per-cpu lists are not counted). The layout is mm/vmstat.c's
cmd_buddyinfo, Linux's /proc/buddyinfo."""

	name = 'kbuddyinfo'

	def run(self, argv):
		require(not argv, 'takes no arguments (usage: kbuddyinfo)')
		require_zones()
		out = []
		for zone in populated_zones():
			nid, zname = zone_label(zone)
			counts = ''.join(f'{int(a["nr_free"]):6d} ' for a in _areas(zone))
			out.append(f'Node {nid}, zone {zname:>8s} {counts}\n')
		gdb.write(''.join(out))
		note_if_no_free_memory(self.name)


def _areas(zone):
	fa = zone['free_area']
	return [fa[i] for i in range(array_len(fa))]


def pageblock_migratetype(zone, pfn):
	"""get_pageblock_migratetype() for a pfn of zone."""
	order = K.pageblock_order
	start = int(zone['zone_start_pfn']) & ~((1 << order) - 1)
	idx = ((pfn - start) >> order) * K.NR_PAGEBLOCK_BITS
	word = int(zone['pageblock_flags'][idx // BITS_PER_LONG])
	return (word >> (idx % BITS_PER_LONG)) & ((1 << K.PB_migratetype_bits) - 1)


def pageblock_counts(zone, ntypes):
	"""The number of pageblocks of each migrate type (vmstat.c's pageblock_counts)."""
	nr = 1 << K.pageblock_order
	counts = [0] * ntypes
	start = int(zone['zone_start_pfn'])
	end = start + int(zone['spanned_pages'])
	pfn = (start + nr - 1) & ~(nr - 1)
	while pfn < end:
		mt = pageblock_migratetype(zone, pfn)
		if mt < ntypes:		# anything else would be a corrupt bitmap
			counts[mt] += 1
		pfn += nr
	return counts


class KPagetypeinfo(Command):
	"""Free blocks per order and migrate type, as the monitor's `pagetypeinfo`.

Usage: kpagetypeinfo

The first table counts the blocks on each free list,
free_area[order].free_list[migratetype] (it walks the lists, so it also
shows a list whose length disagrees with nr_free). The second counts the
pageblocks (2^pageblock_order pages each) of each migrate type, from the
zone's pageblock_flags bitmap. The layout is mm/vmstat.c's cmd_pagetypeinfo,
Linux's /proc/pagetypeinfo."""

	name = 'kpagetypeinfo'

	def run(self, argv):
		require(not argv, 'takes no arguments (usage: kpagetypeinfo)')
		require_zones()
		orders, names = max_order(), migratetype_names()
		out = [f'Page block order: {K.pageblock_order}\n',
		       f'Pages per block:  {1 << K.pageblock_order}\n\n',
		       f'{"Free pages count per migrate type at order":<43s} ',
		       ''.join(f'{o:6d} ' for o in range(orders)), '\n']
		for zone in populated_zones():
			nid, zname = zone_label(zone)
			for mt, mtname in enumerate(names):
				counts = ''.join(f'{list_length(a["free_list"][mt]):6d} '
						 for a in _areas(zone))
				out.append(f'Node {nid:4d}, zone {zname:>8s}, type {mtname:>12s} {counts}\n')
		out.append(f'\n{"Number of blocks type ":<23s}')
		out.append(''.join(f'{n:>12s} ' for n in names) + '\n')
		for zone in populated_zones():
			nid, zname = zone_label(zone)
			counts = ''.join(f'{c:12d} ' for c in pageblock_counts(zone, len(names)))
			out.append(f'Node {nid}, zone {zname:>8s} {counts}\n')
		gdb.write(''.join(out))
		note_if_no_free_memory(self.name)


# -- kslabinfo ----------------------------------------------------------------

SLABINFO_HEADER = (
	'slabinfo - version: 2.1\n'
	'# name            <active_objs> <num_objs> <objsize> <objperslab> <pagesperslab>'
	' : tunables <limit> <batchcount> <sharedfactor>'
	' : slabdata <active_slabs> <num_slabs> <sharedavail>\n')


def require_slab():
	require_mmu()
	require(int(symbol('kmem_cache')) != 0,
		'the slab allocator is not set up yet: kmem_cache is NULL (kmem_cache_init,'
		' called from start_kernel after mem_init, has not run)')


def slab_caches():
	"""Every struct kmem_cache, oldest first (slab_caches)."""
	return list(list_for_each_entry(symbol('slab_caches'), 'struct kmem_cache', 'list'))


def slabinfo_line(c):
	"""One line of slabinfo_show(), from get_slabinfo()'s arithmetic."""
	n = c['node']
	total, free_slabs = int(n['total_slabs']), int(n['free_slabs'])
	num = int(c['num'])
	num_objs = (total * num) & ULONG
	active_objs = (num_objs - int(n['free_objects'])) & ULONG
	return (f'{cstring(c["name"]):<17s} {active_objs:6d} {num_objs:6d} {int(c["size"]):6d}'
		f' {num:4d} {1 << int(c["gfporder"]):4d} : tunables {int(c["limit"]):4d}'
		f' {int(c["batchcount"]):4d} {0:4d} : slabdata {(total - free_slabs) & ULONG:6d}'
		f' {total:6d} {0:6d}\n')


class KSlabinfo(Command):
	"""Slab caches, kmalloc's included, as the monitor's `slabinfo` (/proc/slabinfo 2.1).

Usage: kslabinfo

One line per cache on slab_caches, newest first: objects in use and in
total, the object stride (objsize), objects and pages per slab, the
per-cpu array's limit and batchcount, slabs in use and in total. Objects
in the per-cpu arrays count as active, as in Linux's SLAB. The layout is
mm/slab_common.c's slabinfo_show."""

	name = 'kslabinfo'

	def run(self, argv):
		require(not argv, 'takes no arguments (usage: kslabinfo)')
		require_slab()
		lines = [slabinfo_line(c) for c in reversed(slab_caches())]
		gdb.write(SLABINFO_HEADER + ''.join(lines))


# -- kvmallocinfo -------------------------------------------------------------

def require_vmalloc():
	require_mmu()
	require(int(symbol('vm_struct_cachep')) != 0,
		'vmalloc is not set up yet: vm_struct_cachep is NULL (vmalloc_init, called'
		' from start_kernel after kmem_cache_init, has not run)')


def vm_areas():
	"""The struct vm_struct of vmlist, in address order."""
	v = symbol('vmlist')
	n = 0
	while int(v):
		n += 1
		require(n <= LIST_LIMIT, 'vmlist does not end: corrupt')
		yield v.dereference()
		v = v['next']


def vmallocinfo_line(v, syms):
	addr, size = int(v['addr']), int(v['size'])
	s = f'0x{addr:08x}-0x{(addr + size) & ULONG:08x} {size:7d}'
	if int(v['caller']):
		s += ' ' + syms.format(int(v['caller']))
	if int(v['nr_pages']):
		s += f' pages={int(v["nr_pages"])}'
	if int(v['phys_addr']):
		s += f' phys=0x{int(v["phys_addr"]) & ULONG:08x}'
	flags = int(v['flags'])
	for bit, word in ((K.VM_IOREMAP, ' ioremap'), (K.VM_ALLOC, ' vmalloc'), (K.VM_MAP, ' vmap')):
		if flags & bit:
			s += word
	return s + '\n'


class KVmallocinfo(Command):
	"""The vmalloc area's sub-areas, as the monitor's `vmallocinfo` (/proc/vmallocinfo).

Usage: kvmallocinfo

One line per struct vm_struct on vmlist, in address order: the range
(its size includes the unmapped guard page after the area), who asked for
it (the caller, as the kernel's kallsyms names it), the number of pages,
the physical address of an ioremap, and the kind (ioremap, vmalloc, vmap).
The layout is mm/vmalloc.c's vmallocinfo_show."""

	name = 'kvmallocinfo'

	def run(self, argv):
		require(not argv, 'takes no arguments (usage: kvmallocinfo)')
		require_vmalloc()
		syms = core.Kallsyms()
		gdb.write(''.join(vmallocinfo_line(v, syms) for v in vm_areas()))


# -- kpage --------------------------------------------------------------------

def page_flag_names():
	"""{bit: name} from enum pageflags (PG_buddy -> 'buddy'), as page_flags_string()."""
	t = lookup_type('enum pageflags')
	return {f.enumval: f.name[3:] for f in t.fields() if f.name.startswith('PG_')}


def decode_flags(flags):
	names = page_flag_names()
	return '|'.join(names[b] for b in sorted(names) if flags & (1 << b)) or 'none'


def flag_bit(name):
	return 1 << int(gdb.parse_and_eval('PG_' + name))


class PageArg:
	"""What kpage's argument names: a pfn, and how it was given."""

	def __init__(self, mm, argv):
		phys = bool(argv) and argv[0] == '-p'
		# An expression may have spaces (`kpage page + 3`): the words are one argument.
		text = ' '.join(argv[1:] if phys else argv)
		require(text, 'usage: kpage PFN | ADDRESS | PAGE-POINTER | -p PHYS (see `help kpage`)')
		self.mm = mm
		self.via = None
		if phys:
			self.pfn = self.from_phys(core.parse_number(text, 'a physical address'))
			return
		value = core.parse_value(text, 'a pfn or an address')
		t = value.type.strip_typedefs()
		if t.code == gdb.TYPE_CODE_PTR and t.target().strip_typedefs().tag == 'page':
			self.pfn = self.from_page(int(value))
		else:
			self.pfn = self.from_number(core.to_u32(value, text, 'a pfn or an address'))

	def ram(self):
		return (f'RAM is pfn {self.mm.first_pfn:#x}..{self.mm.end_pfn - 1:#x}'
			f' (physical {self.mm.first_pfn << K.PAGE_SHIFT:#010x}..'
			f'{(self.mm.end_pfn << K.PAGE_SHIFT) - 1:#010x})')

	def from_phys(self, phys):
		pfn = phys >> K.PAGE_SHIFT
		require(self.mm.pfn_valid(pfn), f'physical address {phys:#x} is not in RAM: {self.ram()}')
		return pfn

	def from_page(self, addr):
		size = self.mm.page_type.sizeof
		end = self.mm.mem_map + self.mm.nr * size
		require(self.mm.is_page(addr), f'{addr:#x} is not a struct page of mem_map'
			f' ({self.mm.mem_map:#x}..{end:#x}, {size} bytes each)')
		return self.mm.page_to_pfn(addr)

	def from_number(self, n):
		mm = self.mm
		if n < mm.end_pfn:
			require(mm.pfn_valid(n), f'pfn {n:#x} is below RAM: {self.ram()}')
			return n
		if mm.is_lowmem(n):
			return mm.virt_to_pfn(n)
		if n >= K.PAGE_OFFSET:
			return self.from_vmalloc(n)
		raise KernelError(f'{n:#x} is neither a pfn ({self.ram()}) nor a lowmem address'
				  f' ({K.PAGE_OFFSET:#x}..{mm.high_memory:#x}); for a physical address'
				  f' use `kpage -p {n:#x}`')


	def from_vmalloc(self, addr):
		"""The page behind a vmalloc or vmap address, as vmalloc_to_page()
		finds it, but from the area's pages[] (no page-table walk)."""
		area = None
		if int(symbol('vm_struct_cachep')):
			area = next((v for v in vm_areas()
				     if int(v['addr']) <= addr < int(v['addr']) + int(v['size'])), None)
		require(area is not None,
			f'{addr:#x} is not a lowmem address (the linear map is {K.PAGE_OFFSET:#x}..'
			f'{self.mm.high_memory:#x}) nor in a vmalloc area: kmap, fixmap and'
			' early addresses have no fixed page')
		start = int(area['addr'])
		idx = (addr - start) >> K.PAGE_SHIFT
		require(int(area['pages']) and idx < int(area['nr_pages']),
			f'{addr:#x} is in the vmalloc area at {start:#x} (kvmallocinfo), but'
			+ (' in its unmapped guard page' if idx + 1 >= int(area['size']) >> K.PAGE_SHIFT
			   else ' that area has no pages (an ioremap of device memory)'))
		self.via = f'vmalloc address {addr:#x}: page {idx} of the area at {start:#x}'
		return self.from_page(int(area['pages'][idx]))


def buddy_block_of(mm, pfn):
	"""(head pfn, order) of the free buddy block holding pfn, or None.

	As Linux's is_free_buddy_page(): the block that holds pfn at order o
	starts at pfn with the low o bits cleared; it is free if that page is
	PageBuddy with an order >= o."""
	buddy = flag_bit('buddy')
	for order in range(max_order()):
		head = pfn & ~((1 << order) - 1)
		if not mm.pfn_valid(head):
			break
		page = mm.page(head)
		if int(page['flags']) & buddy and int(page['private']) >= order:
			return head, int(page['private'])
	return None


def alloc_order(flags):
	"""page_alloc_order() (page-flags.h): the order a head page was handed
	out with, -1 if none is recorded."""
	return ((flags >> K.PAGE_ORDER_PGSHIFT) & K.PAGE_ORDER_MASK) - 1


def alloc_block_of(mm, pfn):
	"""(head pfn, order) of the allocated higher-order block holding pfn
	as a non-head page, or None. A block allocated without __GFP_COMP
	(a kernel stack, order 1) records its order in the head only; its
	other pages look free (refcount 0) but are not: search back for a
	naturally aligned head whose order covers pfn."""
	for order in range(1, max_order()):
		head = pfn & ~((1 << order) - 1)
		if head == pfn:
			continue
		if not mm.pfn_valid(head):
			break
		page = mm.page(head)
		got = alloc_order(int(page['flags']))
		if got >= order and head % (1 << got) == 0 and int(page['_refcount']):
			return head, got
	return None


def free_list_of(page, zone):
	"""(order, migratetype) of the free list page is on, by following its
	lru links to the list head inside zone->free_area (a block may sit on
	another type's list than its pageblock's, after a steal)."""
	areas = zone['free_area']
	start = int(areas.address)
	end = start + areas.type.sizeof
	area_size = areas[0].type.sizeof
	head_size = areas[0]['free_list'][0].type.sizeof
	node = page['lru']['next']
	for _ in range(4096):		# bounded: the caller falls back to the pageblock
		a = int(node)
		if start <= a < end:
			return (a - start) // area_size, ((a - start) % area_size) // head_size
		if not a:
			break
		node = node['next']
	return None


def pcp_list_of(page_addr, zone):
	"""The migrate type of the per-cpu list holding the page, or None."""
	for pcp_i in range(array_len(zone['per_cpu_pageset'])):
		lists = zone['per_cpu_pageset'][pcp_i]['lists']
		for mt in range(array_len(lists)):
			for p in list_for_each_entry(lists[mt], 'struct page', 'lru'):
				if int(p) == page_addr:
					return mt
	return None


class KPage(Command):
	"""Show the struct page of a page frame: flags, counts, and who owns it.

Usage: kpage PFN
       kpage ADDRESS          a lowmem (linear map) or vmalloc virtual address
       kpage PAGE-POINTER     an expression of type struct page *
       kpage -p PHYS          a physical address

An argument below max_pfn is a page frame number; anything else is a
kernel virtual address: in lowmem (PAGE_OFFSET .. high_memory, where
virtual = physical - PHYS_OFFSET + PAGE_OFFSET), or in a vmalloc or vmap
area (its page, from the area's pages[]). Numbers are C syntax (0x10
hexadecimal, 10 decimal); any GDB expression works (`kpage &init_mm`,
`kpage vm_struct_cachep`, `kpage mem_map + 5`), and an array, function
or struct stands for its address (`kpage log_buf`). For a physical address say -p: physical and
virtual ranges can both look like numbers.

It prints the page's struct page address, pfn, physical and lowmem
addresses, the flags by their PG_* names, the zone, the allocation order
the page was handed out with, _refcount, _mapcount, mapping, index and
private, and what the page is: free in the buddy allocator (its block's
order and free list, also for a page inside a free block), free on a
per-cpu list, a slab page (its cache), a tail page of a compound block,
a later page of a plain higher-order allocation (a kernel stack's second
page: the head, which holds the order and the reference, is named), or
reserved (the kernel image, mem_map, holes: never given to the buddy)."""

	name = 'kpage'

	def run(self, argv):
		require_mmu()
		mm = MemMap()
		arg = PageArg(mm, argv)
		pfn = arg.pfn
		if arg.via:
			gdb.write(arg.via + '\n')
		page = mm.page(pfn)
		zones_, flags = zones(), int(page['flags'])
		zone_nr = (flags >> K.ZONES_PGSHIFT) & K.ZONES_MASK		# page_zonenum()
		zone = zones_[zone_nr] if zone_nr < len(zones_) else None
		self.header(mm, pfn, page, flags, zone)
		gdb.write(f'  state     {self.state(mm, pfn, page, flags, zone)}\n')

	@staticmethod
	def header(mm, pfn, page, flags, zone):
		virt = mm.lowmem_address(pfn)
		where = f'lowmem {virt:#010x}' if virt is not None else 'highmem: no linear address'
		order = alloc_order(flags)
		pg_bits = flags & ((1 << K.PAGE_ORDER_PGSHIFT) - 1)
		zname = cstring(zone['name']) if zone is not None else '?'
		gdb.write(f'struct page {int(page.address):#010x}: pfn {pfn:#x}, physical'
			  f' {pfn << K.PAGE_SHIFT:#010x}, {where}\n')
		gdb.write(f'  flags     {flags:#010x}: {decode_flags(pg_bits)}; zone {zname}'
			  + (f'; alloc order {order}' if order >= 0 else '') + '\n')
		gdb.write(f'  _refcount {int(page["_refcount"])}, _mapcount {int(page["_mapcount"])},'
			  f' mapping {int(page["mapping"]):#x}, index {int(page["index"]):#x},'
			  f' private {int(page["private"]):#x}\n')

	def state(self, mm, pfn, page, flags, zone):
		# First: a tail page carries its head's PG_slab, not its struct slab.
		if int(page['lru']['next']) & 1:	# PageTail: lru.next = head + 1
			return self.tail_state(mm, pfn, int(page['lru']['next']) - 1)
		if flags & flag_bit('slab'):
			return self.slab_state(page)
		if flags & flag_bit('reserved'):
			return self.reserved_state(pfn)
		if flags & flag_bit('buddy') and zone is not None:
			return self.buddy_state(pfn, page, int(page['private']), zone)
		block = buddy_block_of(mm, pfn)
		if block:
			head, order = block
			return (f'free, inside the order-{order} block at pfn {head:#x}'
				f' ({pfn - head} pages in): `kpage {head:#x}` for the block')
		if int(page['_refcount']) == 0 and zone is not None:
			return self.unreferenced_state(mm, pfn, page, zone)
		refs = int(page['_refcount'])
		return f'in use, {refs} reference' + ('s' if refs != 1 else '')

	@staticmethod
	def unreferenced_state(mm, pfn, page, zone):
		"""A page with no reference of its own: on a per-cpu list, a
		non-head page of a higher-order allocation, or in between."""
		mt = pcp_list_of(int(page.address), zone)
		if mt is not None:
			return (f'free, on the per-cpu list of zone {cstring(zone["name"])},'
				f' migratetype {migratetype_names()[mt]}')
		block = alloc_block_of(mm, pfn)
		if block:
			head, order = block
			return (f'in use: page {pfn - head} of an order-{order} allocation at pfn'
				f' {head:#x} (not compound: the head holds the order and the'
				f' reference): `kpage {head:#x}` for the head')
		return 'free (refcount 0) but on no free list: being allocated or freed?'

	@staticmethod
	def buddy_state(pfn, page, order, zone):
		names = migratetype_names()
		found = free_list_of(page, zone)
		if found and found[0] == order and found[1] < len(names):
			return (f'free, order {order}, migratetype {names[found[1]]}'
				f' (on free_area[{order}].free_list[{names[found[1]]}], {1 << order} pages)')
		if found:
			return (f'free, order {order}, but on the list of free_area[{found[0]}]'
				f' (type {found[1]}): the free lists are inconsistent (monitor `check`)')
		mt = pageblock_migratetype(zone, pfn)
		return (f'free, order {order}, migratetype {names[mt] if mt < len(names) else mt}'
			f' (its pageblock\'s: the free list was too long to follow)')

	@staticmethod
	def slab_state(page):
		slab = page.address.cast(lookup_type('struct slab').pointer()).dereference()
		cache = slab['slab_cache']
		if not int(cache):
			return 'slab page, no cache recorded yet'
		c = cache.dereference()
		return (f'slab page of cache {cstring(c["name"])} (struct kmem_cache {int(cache):#x}):'
			f' {int(slab["active"])} of {int(c["num"])} objects in use, objects from'
			f' {int(slab["s_mem"]):#x}, {int(c["size"])} bytes apart')

	@staticmethod
	def tail_state(mm, pfn, head):
		if not mm.is_page(head):
			return f'tail page, but its head pointer {head:#x} is not a struct page: corrupt'
		hpfn = mm.page_to_pfn(head)
		hflags = int(mm.page(hpfn)['flags'])
		order = alloc_order(hflags)
		what = 'compound block'
		if hflags & flag_bit('slab'):
			cache = mm.page(hpfn).address.cast(lookup_type('struct slab').pointer())['slab_cache']
			what = f'slab of cache {cstring(cache["name"])}' if int(cache) else 'slab'
		return (f'tail page {pfn - hpfn} of a {what}, order {order}, headed by pfn {hpfn:#x}'
			f' (struct page {head:#010x}): `kpage {hpfn:#x}` for the head')

	@staticmethod
	def reserved_state(pfn):
		virt = core.phys_to_virt(pfn << K.PAGE_SHIFT)
		text, end = core.symbol_address('_text'), core.symbol_address('_end')
		if text & core.page_mask() <= virt < end:
			return 'reserved: part of the kernel image (_text.._end), never given to the buddy'
		return ('reserved: never given to the buddy allocator (mem_map, page tables from'
			' memblock, the DTB, a hole, or before mem_init)')


KDmesg()
KBuddyinfo()
KPagetypeinfo()
KSlabinfo()
KVmallocinfo()
KPage()
