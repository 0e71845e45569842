# GDB set-up for the teaching kernel: settings and plain GDB macros.
# tools/gdb/kernel.py sources it after loading the Python helpers; load
# that file (`make gdb` does), not this one.
#
# kernel.elf carries virtual addresses (0xc0008000...). head.S runs before
# the MMU is on, at physical addresses (0x60008000... on vexpress-a9);
# `phys-symbols` loads the symbols a second time, shifted down, so that you
# can break and step there by name (see README.md, "Debugging").

set pagination off
set confirm off
set print pretty on
set disassemble-next-line auto

# Set by `make gdb` (defaults for vexpress-a9).
if $_isvoid($kernel_elf)
  set $kernel_elf = "build/vexpress-a9/kernel.elf"
end
if $_isvoid($phys_delta)
  set $phys_delta = -0x60000000
end

define phys-symbols
  if $_isvoid($phys_stext)
    set $phys_stext = 0
  end
  if $phys_stext != 0
    echo phys-symbols: the physical copy is loaded already (virt-symbols drops it)\n
  else
    set $phys_stext = (unsigned long)&stext + $phys_delta
    eval "add-symbol-file %s -o %d", $kernel_elf, $phys_delta
  end
end
document phys-symbols
Load kernel.elf's symbols again at physical addresses, for head.S (MMU off).
Breakpoints and stepping in head.S then work by name. Once the MMU is on
(after __turn_mmu_on), `virt-symbols` drops the copy again.
end

define virt-symbols
  if $_isvoid($phys_stext)
    set $phys_stext = 0
  end
  if $phys_stext == 0
    echo virt-symbols: phys-symbols has not loaded a physical copy\n
  else
    eval "remove-symbol-file -a %d", $phys_stext
    set $phys_stext = 0
  end
end
document virt-symbols
Drop the physical copy of the symbols that phys-symbols loaded: back to
kernel.elf's virtual addresses only (as after the MMU is on).
end

# Prints a struct pt_regs the way the kernel's Oops does.
define pt-regs
  set $r = (struct pt_regs *)($arg0)
  printf "pc : %08x  lr : %08x  psr: %08x\n", $r->uregs[15], $r->uregs[14], $r->uregs[16]
  printf "sp : %08x  ip : %08x  fp : %08x\n", $r->uregs[13], $r->uregs[12], $r->uregs[11]
  printf "r10: %08x  r9 : %08x  r8 : %08x\n", $r->uregs[10], $r->uregs[9], $r->uregs[8]
  printf "r7 : %08x  r6 : %08x  r5 : %08x  r4 : %08x\n", $r->uregs[7], $r->uregs[6], $r->uregs[5], $r->uregs[4]
  printf "r3 : %08x  r2 : %08x  r1 : %08x  r0 : %08x\n", $r->uregs[3], $r->uregs[2], $r->uregs[1], $r->uregs[0]
end
document pt-regs
pt-regs ADDR: print the struct pt_regs at ADDR (e.g. `pt-regs regs` in do_DataAbort).
end
