# mm/: architecture-neutral memory management.
obj-y += mm/memblock.o mm/page_alloc.o
obj-$(HIGHMEM) += mm/highmem.o
