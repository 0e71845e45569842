#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Run every test of the teaching kernel and print one verdict (`make test`).

Steps, each with a header and its own result:
  1. host unit tests: every executable test_* in --host-dir, KTAP on stdout;
  2. runner self-tests: the unittest tests in tests/runner (this runner's own);
  3. kernel self-tests: boot QEMU once per --mem, read KTAP from the console;
  4. scripts: each --script, run with bash, passes on exit status 0;
  5. boot checks: each --boot-check NAME:::EXTRA:::APPEND:::REGEX.
Then a "Failures:" list and, as the last line, "N passed, N failed".
Exit status 1 if anything failed, 2 on bad arguments.

A kernel run fails on any failed case, on any problem ktap.py finds (Oops,
panic, BUG, WARNING, a plan not honoured, ...), on a QEMU exit status other
than 0 (the kernel exits QEMU with 1 on panic), and on a timeout (a hang).
"""

import argparse
import os
import re
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
sys.path.insert(0, str(TOOLS))
import ktap  # noqa: E402

TAIL_LINES = 30
WIDTH = 44


# --------------------------------------------------------------------------
# Running a command with a timeout
# --------------------------------------------------------------------------

class Outcome:
    def __init__(self, cmd):
        self.cmd = cmd
        self.returncode = None
        self.timed_out = False
        self.output = ''       # stdout (and stderr when merged)
        self.stderr = ''
        self.elapsed = 0.0
        self.error = None      # could not start

    def status_text(self):
        if self.error:
            return self.error
        if self.timed_out:
            return 'timed out'
        rc = self.returncode
        if rc is not None and rc < 0:
            try:
                return f'killed by signal {signal.Signals(-rc).name}'
            except ValueError:
                return f'killed by signal {-rc}'
        return f'exit status {rc}'


def _kill(proc):
    """End the process group we created for proc (SIGTERM, then SIGKILL)."""
    for sig, wait in ((signal.SIGTERM, 2.0), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(proc.pid, sig)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def run_captured(cmd, timeout, merge_stderr=True, cwd=None, env=None):
    """Run cmd (a list) with stdin from /dev/null, capture its output.

    On timeout the process (and its process group) is killed and the output
    printed so far is kept.
    """
    out = Outcome(cmd)
    start = time.monotonic()
    try:
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT if merge_stderr else subprocess.PIPE,
                                cwd=cwd, env=env, start_new_session=True)
    except OSError as e:
        out.error = f'cannot run {cmd[0]}: {e.strerror or e}'
        return out
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        out.timed_out = True
        _kill(proc)
        try:
            stdout, stderr = proc.communicate(timeout=5)
        except subprocess.TimeoutExpired:      # a grandchild holds the pipe open
            stdout, stderr = b'', b''
    out.elapsed = time.monotonic() - start
    out.returncode = proc.returncode
    out.output = (stdout or b'').decode('utf-8', 'replace')
    out.stderr = (stderr or b'').decode('utf-8', 'replace')
    return out


def tail(text, n=TAIL_LINES):
    lines = ktap.split_lines(text)
    if not lines:
        return ['(no output at all)']
    shown = lines[-n:]
    head = [f'(last {len(shown)} of {len(lines)} lines)'] if len(lines) > n else []
    return head + ['| ' + line for line in shown]


def remove_option(argv, opt):
    """argv without `opt VALUE` / `opt=VALUE` (also with a double dash)."""
    names = {opt, '-' + opt if not opt.startswith('--') else opt[1:]}
    out = []
    skip = False
    for a in argv:
        if skip:
            skip = False
            continue
        if a in names:
            skip = True
            continue
        if any(a.startswith(n + '=') for n in names):
            continue
        out.append(a)
    return out


def write_log(logdir, name, text):
    if not logdir:
        return None
    path = Path(logdir) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding='utf-8', errors='replace')
    return path


def safe_name(s):
    return re.sub(r'[^A-Za-z0-9_.-]+', '_', s).strip('_') or 'x'


# --------------------------------------------------------------------------
# Bookkeeping
# --------------------------------------------------------------------------

class Group:
    """One line of the summary: a host binary, a kernel boot, a script..."""

    def __init__(self, label):
        self.label = label
        self.passed = self.failed = self.skipped = 0
        self.failures = []     # ktap.Failure
        self.notes = []        # printed under the group line

    def add_result(self, res):
        p, f, s = res.counts()
        self.passed += p
        self.failed += f
        self.skipped += s
        self.failures.extend(res.failures())

    def fail(self, title, details=()):
        self.failed += 1
        self.failures.append(ktap.Failure(title, list(details)))

    def counts_text(self):
        return f'{self.passed} passed, {self.failed} failed, {self.skipped} skipped'


class Runner:
    def __init__(self, args, out=None):
        self.args = args
        self.out = out or sys.stdout
        self.groups = []
        self.used_logs = set()

    def say(self, text=''):
        print(text, file=self.out, flush=True)

    def header(self, text):
        self.say()
        self.say(f'==> {text}')

    def finish(self, g, extra=''):
        """Print a group's line and its failures; remember it."""
        self.groups.append(g)
        verdict = 'PASS' if g.failed == 0 else 'FAIL'
        dots = '.' * max(2, WIDTH - len(g.label))
        self.say(f'  {g.label} {dots} {verdict}: {g.counts_text()}{extra}')
        for n in g.notes:
            self.say(f'      {n}')
        for f in g.failures:
            self.say(f'      {f.title}')
            for d in f.details[:60]:
                self.say(f'          {d}')
            if len(f.details) > 60:
                self.say(f'          ... ({len(f.details) - 60} more lines)')

    # -- 1. host tests --------------------------------------------------------
    def host_tests(self):
        d = Path(self.args.host_dir)
        self.header(f'Host unit tests ({d}/test_*)')
        if not d.is_dir():
            g = Group('host tests')
            g.fail(f'PROBLEM: host test directory {d} does not exist (were the host tests built?)')
            self.finish(g)
            return
        tests = sorted(p for p in d.iterdir()
                       if p.name.startswith('test_') and p.is_file() and os.access(p, os.X_OK))
        if not tests:
            self.say(f'  (no executable test_* in {d})')
            return
        for t in tests:
            g = Group(t.name)
            o = run_captured([str(t.resolve())], self.args.timeout, merge_stderr=False)
            log = write_log(self.args.logdir, f'host/{t.name}.log',
                            o.output + ('\n--- stderr ---\n' + o.stderr if o.stderr else ''))
            res = ktap.parse(o.output)
            g.add_result(res)
            for p in ktap.scan_crashes(o.stderr, source='stderr'):
                g.fail(f'PROBLEM (stderr line {p.line}): {p.message}', p.context)
            if o.error:
                g.fail(f'PROBLEM: {o.error}')
            elif o.timed_out:
                g.fail(f'PROBLEM: timeout after {self.args.timeout:g} s',
                       tail(o.output + o.stderr))
            elif o.returncode != 0 and g.failed == 0:
                g.fail(f'PROBLEM: {t.name} exited with {o.status_text()} but reported no '
                       f'failure', tail(o.stderr or o.output))
            if o.returncode and not o.timed_out and g.failed:
                g.notes.append(f'{t.name} ended with {o.status_text()}')
            if g.failed and log:
                g.notes.append(f'log: {log}')
            self.finish(g, f'  ({o.elapsed:.1f} s)')

    # -- 2. runner self-tests -------------------------------------------------
    def runner_tests(self):
        d = Path(self.args.runner_tests)
        self.header(f'Runner self-tests (unittest in {d})')
        g = Group('runner self-tests')
        if not d.is_dir():
            g.fail(f'PROBLEM: runner test directory {d} does not exist')
            self.finish(g)
            return
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE='1')
        o = run_captured([sys.executable, str(Path(__file__).resolve()), '--unittest-ktap',
                          str(d)], max(self.args.timeout, 60), merge_stderr=False, env=env)
        write_log(self.args.logdir, 'runner-selftests.log', o.output + o.stderr)
        g.add_result(ktap.parse(o.output))
        if o.timed_out:
            g.fail('PROBLEM: timeout', tail(o.output + o.stderr))
        elif o.returncode != 0 and g.failed == 0:
            g.fail(f'PROBLEM: unittest run ended with {o.status_text()}', tail(o.stderr))
        self.finish(g, f'  ({o.elapsed:.1f} s)')

    # -- 3. kernel self-tests -------------------------------------------------
    def qemu_base(self):
        return shlex.split(self.args.qemu)

    def kernel_tests(self):
        self.header('Kernel self-tests under QEMU')
        if self.args.append is not None:
            self.say(f'  kernel command line: {self.args.append}')
        for mem in self.args.mem:
            label = f'kernel -m {mem}'
            cmd = self.qemu_base() + ['-m', mem]
            if self.args.append is not None:
                cmd += ['-append', self.args.append]
            self.say(f'  {label}: booting (timeout {self.args.timeout:g} s) ...')
            o = run_captured(cmd, self.args.timeout)
            g = Group(label)
            log = write_log(self.args.logdir, f'selftest-m{safe_name(mem)}.log', o.output)
            res = ktap.parse(o.output)
            g.add_result(res)
            self.boot_problems(g, o, res)
            if g.failed:
                if log:
                    g.notes.append(f'console log: {log}')
                g.notes.append(f'reproduce: {shlex.join(cmd)}')
            self.finish(g, f'  ({o.elapsed:.1f} s)')

    def boot_problems(self, g, o, res):
        if o.error:
            g.fail(f'PROBLEM: {o.error}')
        elif o.timed_out:
            g.fail(f'PROBLEM: timeout after {self.args.timeout:g} s: the kernel hung '
                   f'(QEMU was killed)', tail(o.output))
        elif o.returncode != 0:
            g.fail(f'PROBLEM: kernel exited with status {o.returncode} (panic?)'
                   if o.returncode > 0 else f'PROBLEM: QEMU {o.status_text()}',
                   tail(o.output) if res.ok else [])

    # -- 4. scripts -------------------------------------------------------------
    def scripts(self):
        self.header('Scripts')
        for spec in self.args.script:
            argv = shlex.split(spec)
            label = spec
            g = Group(label)
            if not argv:
                continue
            o = run_captured(['bash'] + argv, self.args.timeout)
            base = f'script-{safe_name(Path(argv[0]).stem)}'
            logname, k = f'{base}.log', 1
            while logname in self.used_logs:
                k += 1
                logname = f'{base}-{k}.log'
            self.used_logs.add(logname)
            log = write_log(self.args.logdir, logname, o.output)
            if o.error or o.timed_out or o.returncode != 0:
                why = (o.error or (f'timeout after {self.args.timeout:g} s' if o.timed_out
                                   else o.status_text()))
                g.fail(f'FAIL {label}: {why}', tail(o.output))
                if log:
                    g.notes.append(f'log: {log}')
            else:
                g.passed += 1
            self.finish(g, f'  ({o.elapsed:.1f} s)')

    # -- 5. boot checks ---------------------------------------------------------
    def boot_command(self, extra, append):
        base = self.qemu_base()
        if extra.startswith('!'):
            base = remove_option(base, '-dtb')
            extra = extra[1:]
        cmd = base + shlex.split(extra)
        if append:
            cmd += ['-append', append]
        return cmd

    def boot_checks(self):
        self.header('Boot checks')
        for name, extra, append, regex in self.args.boot_check:
            g = Group(f'boot {name}')
            cmd = self.boot_command(extra, append)
            o = run_captured(cmd, self.args.timeout)
            log = write_log(self.args.logdir, f'boot-{safe_name(name)}.log', o.output)
            reasons = []
            details = []
            if o.error:
                reasons.append(o.error)
            elif o.timed_out:
                reasons.append(f'timeout after {self.args.timeout:g} s (hung)')
            elif o.returncode != 0:
                reasons.append(f'QEMU ended with {o.status_text()}')
            if not re.search(regex, o.output, re.M):
                reasons.append(f'output does not match /{regex}/')
            res = ktap.parse(o.output)
            if res.found:
                found = res.failures()
            else:       # no KTAP expected here: only crashes count
                found = [ktap.Failure(f'PROBLEM (line {p.line}): {p.message}', p.context)
                         for p in res.problems if p.kind == 'crash']
            if found:
                crashes = sum(1 for p in res.problems if p.kind == 'crash')
                reasons.append(f'{crashes} crash report(s) in the output' if crashes
                               else f'{len(found)} KTAP failure(s)')
                for f in found:
                    details.append(f.title)
                    details.extend('    ' + d for d in f.details)
            if reasons:
                if not details:
                    details = tail(o.output)
                g.fail(f'FAIL {name}: ' + '; '.join(reasons), details)
                if log:
                    g.notes.append(f'console log: {log}')
                g.notes.append(f'reproduce: {shlex.join(cmd)}')
            else:
                g.passed += 1
            self.finish(g, f'  ({o.elapsed:.1f} s)')

    # -- all --------------------------------------------------------------------
    def run(self):
        a = self.args
        if a.host_dir:
            self.host_tests()
        if a.runner_tests and a.runner_tests != 'none':
            self.runner_tests()
        if a.mem:
            self.kernel_tests()
        if a.script:
            self.scripts()
        if a.boot_check:
            self.boot_checks()
        return self.summary()

    def summary(self):
        passed = sum(g.passed for g in self.groups)
        failed = sum(g.failed for g in self.groups)
        skipped = sum(g.skipped for g in self.groups)
        self.header('Summary')
        for g in self.groups:
            dots = '.' * max(2, WIDTH - len(g.label))
            self.say(f'  {g.label} {dots} {"PASS" if g.failed == 0 else "FAIL"}: '
                     f'{g.counts_text()}')
        if failed:
            self.say()
            self.say('Failures:')
            for g in self.groups:
                for f in g.failures:
                    self.say(f'  - {g.label}: {f.title}')
        self.say()
        self.say(f'({skipped} skipped)')
        self.say(f'{passed} passed, {failed} failed')
        return 1 if failed else 0


# --------------------------------------------------------------------------
# unittest as KTAP (run in a child process by the runner self-test step)
# --------------------------------------------------------------------------

def unittest_ktap(start_dir):
    import unittest
    real_out = sys.stdout
    start_dir = str(Path(start_dir).resolve())
    suite = unittest.TestLoader().discover(start_dir, pattern='test*.py', top_level_dir=start_dir)

    def emit(line):
        real_out.write(line + '\n')
        real_out.flush()

    emit('KTAP version 1')
    emit(f'1..{suite.countTestCases()}')

    class KtapResult(unittest.TestResult):
        def __init__(self):
            super().__init__()
            self.buffer = True
            self.n = 0
            self.sub_failures = {}
            self.reported = set()

        def report(self, test, ok, directive='', diag=''):
            self.n += 1
            self.reported.add(id(test))
            name = test.id().replace('#', '_')
            line = f'{"ok" if ok else "not ok"} {self.n} {name}'
            if directive:
                line += f' # {directive}'
            emit(line)
            for d in diag.rstrip('\n').splitlines():
                emit(f'# {d}')

        def addSuccess(self, test):
            super().addSuccess(test)
            self.report(test, True)

        def addFailure(self, test, err):
            super().addFailure(test, err)
            self.report(test, False, diag=self._exc_info_to_string(err, test))

        def addError(self, test, err):
            super().addError(test, err)
            self.report(test, False, diag=self._exc_info_to_string(err, test))

        def addSkip(self, test, reason):
            super().addSkip(test, reason)
            self.report(test, True, 'SKIP ' + ' '.join(str(reason).split()).replace('#', '_'))

        def addExpectedFailure(self, test, err):
            super().addExpectedFailure(test, err)
            self.report(test, True)

        def addUnexpectedSuccess(self, test):
            super().addUnexpectedSuccess(test)
            self.report(test, False, diag='unexpected success (marked expectedFailure)')

        def addSubTest(self, test, subtest, err):
            super().addSubTest(test, subtest, err)
            if err is not None:
                self.sub_failures.setdefault(id(test), []).append(
                    f'{subtest.id()}:\n' + self._exc_info_to_string(err, test))

        def stopTest(self, test):
            super().stopTest(test)
            if id(test) not in self.reported and id(test) in self.sub_failures:
                self.report(test, False, diag='\n'.join(self.sub_failures[id(test)]))

    result = KtapResult()
    suite.run(result)
    return 0 if result.wasSuccessful() else 1


# --------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------

def boot_check_spec(s):
    parts = s.split(':::', 3)
    if len(parts) != 4 or not parts[0]:
        raise argparse.ArgumentTypeError(
            f'{s!r}: expected NAME:::EXTRA_QEMU_ARGS:::APPEND:::REGEX')
    try:
        re.compile(parts[3], re.M)
    except re.error as e:
        raise argparse.ArgumentTypeError(f'{s!r}: bad regex: {e}')
    return tuple(parts)


def make_parser():
    ap = argparse.ArgumentParser(
        description='Run host tests, runner self-tests, kernel self-tests under QEMU, scripts '
                    "and boot checks; last line 'N passed, N failed'.")
    ap.add_argument('--host-dir', help='directory of host test executables test_*')
    ap.add_argument('--runner-tests', default=str(ROOT / 'tests' / 'runner'), metavar='DIR',
                    help="unittest directory of the runner's own tests "
                         "(default: tests/runner; 'none' to skip)")
    ap.add_argument('--qemu', help='QEMU command line (without -m and -append)')
    ap.add_argument('--mem', action='append', default=[],
                    help='boot once with -m MEM (repeatable)')
    ap.add_argument('--append', help='kernel command line, given as -append')
    ap.add_argument('--timeout', type=float, default=120.0,
                    help='seconds allowed to each test program, boot and script (default 120)')
    ap.add_argument('--logdir', help='where to save console logs')
    ap.add_argument('--script', action='append', default=[],
                    help="'SCRIPT [ARGS]' run with bash, passes on exit status 0 (repeatable)")
    ap.add_argument('--boot-check', action='append', default=[], type=boot_check_spec,
                    metavar='NAME:::EXTRA:::APPEND:::REGEX',
                    help="boot with EXTRA QEMU args (a leading '!' first removes -dtb FILE "
                         'from --qemu) and -append APPEND; passes if QEMU exits 0 in time, '
                         'the output matches REGEX and shows no crash or failed KTAP')
    ap.add_argument('--unittest-ktap', metavar='DIR', help=argparse.SUPPRESS)
    return ap


def main(argv=None):
    ap = make_parser()
    args = ap.parse_args(argv)
    if args.unittest_ktap:
        return unittest_ktap(args.unittest_ktap)
    if (args.mem or args.boot_check) and not args.qemu:
        ap.error('--mem and --boot-check need --qemu')
    return Runner(args).run()


if __name__ == '__main__':
    sys.exit(main())
