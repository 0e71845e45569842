# kernel/: architecture-neutral core.
obj-y += kernel/main.o kernel/printk.o kernel/panic.o kernel/params.o kernel/devtree.o
obj-y += kernel/kallsyms.o kernel/ktest.o kernel/monitor.o kernel/bench.o
obj-y += kernel/crash.o kernel/lib/cmdline.o
obj-y += kernel/time.o
obj-y += kernel/fork.o kernel/exit.o kernel/signal.o
obj-y += kernel/sys.o kernel/sys_table.o kernel/sysinfo.o kernel/reboot.o kernel/tty.o kernel/file.o kernel/pipe.o kernel/exec_blob.o
obj-y += kernel/sched/core.o kernel/sched/kthread.o kernel/sched/wait.o kernel/sched/debug.o
obj-y += kernel/elf.o kernel/exec.o
obj-y += kernel/cpio.o kernel/initramfs.o kernel/initramfs_data.o
