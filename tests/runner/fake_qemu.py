#!/usr/bin/env python3
"""A stand-in for qemu-system-arm in the runner's tests.

Options it understands (put them first; every other argument, such as the
-m and -append the runner adds, is ignored except -m, which is remembered):
  --log FILE     print FILE ('{mem}' in the name is replaced by the -m value)
  --exit N       then exit with status N (default 0)
  --hang         then print nothing more and sleep forever
  --echo-args    print 'ARGS: <all arguments>' first
"""
import shlex
import sys
import time


def main(argv):
    log, code, hang, echo, mem = None, 0, False, False, ''
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == '--log':
            log, i = argv[i + 1], i + 1
        elif a == '--exit':
            code, i = int(argv[i + 1]), i + 1
        elif a == '--hang':
            hang = True
        elif a == '--echo-args':
            echo = True
        elif a == '-m' and i + 1 < len(argv):
            mem, i = argv[i + 1], i + 1
        i += 1
    if echo:
        print('ARGS: ' + shlex.join(argv))
    if log:
        with open(log.replace('{mem}', mem)) as f:
            sys.stdout.write(f.read())
    sys.stdout.flush()
    if hang:
        while True:
            time.sleep(3600)
    return code


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
