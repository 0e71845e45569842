# Run by tests/gdb/kcount.sh: kcount over one failing write(2).
source tests/gdb/mm-try.py
add-symbol-file build/user/faultwalk
break bad_buffer
continue
delete
echo @@kcount\n
kcount $lr
echo @@errors\n
try kcount
try kcount 0x10 0
try kcount nosuchsymbol
echo @@end\n
kill
