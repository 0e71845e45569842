# mm/: architecture-neutral memory management.
obj-y += mm/memblock.o mm/page_alloc.o mm/vmstat.o mm/bench.o mm/slab.o mm/slab_common.o mm/slab_bench.o \
	mm/vmalloc.o mm/vmalloc_pgtable.o mm/vmalloc_bench.o
obj-y += mm/mmap.o mm/memory.o mm/gup.o
obj-y += mm/fault_bench.o
obj-y += mm/mmap_sys.o mm/unmap.o mm/mprotect.o mm/mlock.o mm/madvise.o mm/msync.o mm/shmem.o mm/mremap.o mm/mmap_bench.o
obj-$(HIGHMEM) += mm/highmem.o
