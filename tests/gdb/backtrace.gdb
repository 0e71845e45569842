# Run by tests/gdb/backtrace.sh: backtraces through the exception entry.
# The user program's symbols, so the user frames have names.
add-symbol-file build/user/faultwalk
# A user fault: faultwalk's first write to a fresh page.
break first_touch
continue
break do_page_fault
continue
echo @@bt-user\n
bt
printf "@@regs-pc %#x\n", regs->uregs[15]
delete
# A kernel fault inside a system call, caught by the exception table.
break fixup_exception
continue
echo @@bt-fixup\n
bt
delete
# A kernel fault nobody catches: crash null (an Oops follows).
break do_DataAbort if addr == 0
continue
echo @@bt-kernel\n
bt
echo @@end\n
kill
