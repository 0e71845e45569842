# arch/arm: boot, exception entry, CPU setup, fault path.
obj-y += arch/arm/boot/head.o
obj-y += arch/arm/kernel/entry.o arch/arm/kernel/setjmp.o arch/arm/kernel/traps.o
obj-y += arch/arm/kernel/stacktrace.o arch/arm/kernel/setup.o arch/arm/kernel/atags.o
obj-y += arch/arm/kernel/semihosting.o
obj-y += arch/arm/kernel/signal.o
obj-y += arch/arm/mm/fault.o arch/arm/mm/fsr-2level.o arch/arm/mm/extable.o
obj-y += arch/arm/mm/alignment.o
obj-y += arch/arm/lib/probe.o arch/arm/lib/copy_nofault.o arch/arm/lib/uaccess.o arch/arm/lib/page.o
obj-y += arch/arm/mm/init.o arch/arm/mm/mmu.o arch/arm/mm/pgd.o
obj-y += arch/arm/mm/context.o
obj-y += arch/arm/mm/dump.o arch/arm/mm/ioremap.o
obj-$(HIGHMEM) += arch/arm/mm/highmem.o
obj-y += arch/arm/kernel/irq.o
obj-y += arch/arm/kernel/switch.o
