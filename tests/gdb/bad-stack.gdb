# Run by tests/gdb/proc-helpers.sh: stopped in handle_bad_stack after
# `crash stack`, sp is on the emergency stack, which no task owns: the
# helpers take the running task from the run queue, with a note.
break handle_bad_stack
continue
echo @@bad-stack\n
kcurrent
kps
echo @@end\n
kill
