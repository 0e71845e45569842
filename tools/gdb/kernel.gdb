# GDB set-up for the teaching kernel: settings and plain GDB macros.
# tools/gdb/kernel.py sources it after loading the Python helpers; load
# that file (`make gdb` does), not this one.

set pagination off
set print pretty on
set disassemble-next-line auto

# Prints a struct pt_regs the way the kernel's Oops does.
define pt-regs
  if $argc != 1
    echo usage: pt-regs ADDR (a struct pt_regs *, e.g. `pt-regs regs` in do_DataAbort)\n
  else
    set $r = (struct pt_regs *)($arg0)
    printf "pc : %08x  lr : %08x  psr: %08x\n", $r->uregs[15], $r->uregs[14], $r->uregs[16]
    printf "sp : %08x  ip : %08x  fp : %08x\n", $r->uregs[13], $r->uregs[12], $r->uregs[11]
    printf "r10: %08x  r9 : %08x  r8 : %08x\n", $r->uregs[10], $r->uregs[9], $r->uregs[8]
    printf "r7 : %08x  r6 : %08x  r5 : %08x  r4 : %08x\n", $r->uregs[7], $r->uregs[6], $r->uregs[5], $r->uregs[4]
    printf "r3 : %08x  r2 : %08x  r1 : %08x  r0 : %08x\n", $r->uregs[3], $r->uregs[2], $r->uregs[1], $r->uregs[0]
  end
end
document pt-regs
pt-regs ADDR: print the struct pt_regs at ADDR (e.g. `pt-regs regs` in do_DataAbort).
end
