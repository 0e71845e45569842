# SPDX-License-Identifier: GPL-2.0
"""Tests of tools/runtests.py with a fake QEMU, fake host tests and fake scripts."""

import argparse
import os
import shlex
import subprocess
import sys
import tempfile
import textwrap
import time
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LOGS = HERE / 'logs'
RUNTESTS = ROOT / 'tools' / 'runtests.py'
FAKE_QEMU = HERE / 'fake_qemu.py'
sys.path.insert(0, str(ROOT / 'tools'))
import runtests  # noqa: E402

APPEND = 'selftest=all cmd="poweroff"'


def fake_qemu(*opts):
    """A --qemu value: the fake QEMU with its options."""
    return shlex.join([sys.executable, str(FAKE_QEMU), *opts])


def write_exe(path, text):
    path.write_text(textwrap.dedent(text).lstrip())
    path.chmod(0o755)


class RunnerTestCase(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory()
        self.tmp = Path(self._tmp.name)
        self.logdir = self.tmp / 'test-logs'

    def tearDown(self):
        self._tmp.cleanup()

    def runtests(self, *args, timeout=60):
        start = time.monotonic()
        r = subprocess.run([sys.executable, str(RUNTESTS), '--runner-tests', 'none',
                            '--logdir', str(self.logdir), *args],
                           stdin=subprocess.DEVNULL, capture_output=True, text=True,
                           timeout=timeout, cwd=self.tmp)
        r.elapsed = time.monotonic() - start
        r.lines = r.stdout.splitlines()
        return r

    def kernel(self, *qemu_opts, mems=('128',), timeout=20, extra=()):
        args = ['--qemu', fake_qemu(*qemu_opts), '--append', APPEND, '--timeout', str(timeout)]
        for m in mems:
            args += ['--mem', m]
        return self.runtests(*args, *extra)

    def assertLastLine(self, r, want):
        self.assertEqual(r.lines[-1], want, r.stdout + r.stderr)


class KernelRuns(RunnerTestCase):
    def test_clean_run_at_two_memory_sizes(self):
        r = self.kernel('--log', str(LOGS / 'clean.log'), mems=('128', '1024'))
        self.assertEqual(r.returncode, 0, r.stdout)
        self.assertLastLine(r, '8 passed, 0 failed')
        self.assertIn('(4 skipped)', r.lines[-2])
        self.assertIn('kernel -m 128', r.stdout)
        self.assertIn('kernel -m 1024', r.stdout)
        log = (self.logdir / 'selftest-m1024.log').read_text()
        self.assertIn('KTAP version 1', log)

    def test_qemu_gets_mem_and_append(self):
        r = self.kernel('--echo-args', '--log', str(LOGS / 'clean.log'), mems=('256',))
        self.assertEqual(r.returncode, 0, r.stdout)
        log = (self.logdir / 'selftest-m256.log').read_text()
        self.assertIn("-m 256 -append 'selftest=all cmd=\"poweroff\"'", log)

    def test_hang_is_a_timeout(self):
        r = self.kernel('--log', str(LOGS / 'cutoff.log'), '--hang', timeout=2)
        self.assertLess(r.elapsed, 10, 'the runner must kill a hung QEMU')
        self.assertEqual(r.returncode, 1)
        self.assertIn('timeout after 2 s', r.stdout)
        self.assertIn('kmalloc_sizes', r.stdout, 'the last lines of output are shown')
        self.assertIn("suite 'slab'", r.stdout)
        # cutoff.log: 2 passed, 2 plan problems; plus the timeout
        self.assertLastLine(r, '2 passed, 3 failed')

    def test_hang_without_output(self):
        r = self.kernel('--hang', timeout=1)
        self.assertIn('timeout after 1 s', r.stdout)
        self.assertIn('no KTAP output found', r.stdout)
        self.assertLastLine(r, '0 passed, 2 failed')

    def test_panic_exit_status_after_clean_ktap(self):
        r = self.kernel('--log', str(LOGS / 'clean.log'), '--exit', '1')
        self.assertEqual(r.returncode, 1)
        self.assertIn('kernel exited with status 1 (panic?)', r.stdout)
        self.assertLastLine(r, '4 passed, 1 failed')

    def test_oops_names_the_suite(self):
        r = self.kernel('--log', str(LOGS / 'oops.log'), '--exit', '1')
        self.assertEqual(r.returncode, 1)
        self.assertIn("crash (Oops, panic) during suite 'mm_fault'", r.stdout)
        fails = r.stdout.split('Failures:')[1]
        self.assertIn("kernel -m 128: PROBLEM (line 15): crash (Oops, panic) during suite "
                      "'mm_fault'", fails)
        # 3 passed; crash, suite cut off, top-level plan, exit status 1
        self.assertLastLine(r, '3 passed, 4 failed')

    def test_warning_fails_the_run(self):
        r = self.kernel('--log', str(LOGS / 'warning.log'))
        self.assertIn('WARNING during suite', r.stdout)
        self.assertLastLine(r, '2 passed, 1 failed')

    def test_failed_case_shown_with_diagnostics(self):
        r = self.kernel('--log', str(LOGS / 'timestamps.log'))
        i = r.lines.index(next(x for x in r.lines if 'FAIL buddy.alloc_order10' in x))
        self.assertIn('EXPECTATION FAILED at tests/kernel/buddy_test.c:77', r.lines[i + 1])
        self.assertLastLine(r, '2 passed, 1 failed')

    def test_qemu_not_found(self):
        r = self.runtests('--qemu', '/nonexistent/qemu-system-arm -M vexpress-a9',
                          '--mem', '128', '--timeout', '5')
        self.assertEqual(r.returncode, 1)
        self.assertIn('cannot run /nonexistent/qemu-system-arm', r.stdout)


class WholeRun(RunnerTestCase):
    def make_host_dir(self):
        host = self.tmp / 'host'
        host.mkdir()
        write_exe(host / 'test_good', """
            #!/bin/sh
            printf 'KTAP version 1\\n1..1\\n    KTAP version 1\\n    # Subtest: buddy\\n'
            printf '    1..3\\n    ok 1 split\\n    ok 2 merge\\n    ok 3 hm # SKIP none\\n'
            printf 'ok 1 buddy\\n'
            """)
        write_exe(host / 'test_bad', """
            #!/bin/sh
            printf 'KTAP version 1\\n1..2\\nok 1 vma_find\\nnot ok 2 vma_merge\\n'
            printf '# vma_merge: EXPECTATION FAILED at tests/host/test_vma.c:9\\n'
            exit 1
            """)
        write_exe(host / 'test_exit', """
            #!/bin/sh
            printf 'KTAP version 1\\n1..1\\nok 1 slab_basic\\n'
            echo 'something went wrong' >&2
            exit 2
            """)
        (host / 'test_not_executable').write_text('#!/bin/sh\nexit 1\n')
        write_exe(host / 'helper_not_a_test', '#!/bin/sh\nexit 1\n')
        return host

    def test_final_line_counts_everything(self):
        host = self.make_host_dir()
        write_exe(self.tmp / 'pass.sh', 'echo fine\nexit 0\n')
        write_exe(self.tmp / 'fail.sh', 'echo "gdb: no symbol" ; exit 1\n')
        r = self.runtests(
            '--host-dir', str(host),
            '--qemu', fake_qemu('--echo-args', '--log', str(LOGS / 'not_ok.log'),
                                '-kernel', 'uImage', '-dtb', 'board.dtb'),
            '--mem', '128', '--mem', '1024', '--append', APPEND, '--timeout', '20',
            '--script', 'pass.sh', '--script', 'fail.sh some-arg',
            '--boot-check', f'nodtb:::!--log {shlex.quote(str(LOGS / "clean.log"))}'
                            ':::console=ttyAMA0:::^ARGS: (?!.*-dtb).*console=ttyAMA0',
            '--boot-check', f'banner:::--log {shlex.quote(str(LOGS / "no_ktap.log"))}'
                            ':::x=1:::^Welcome to Linux')
        out = r.stdout
        # host: good 2p 1s; bad 1p 1f; exit 1p + 1 problem (status 2, no failure)
        # kernel: not_ok.log twice: 2p 1f 1s each
        # scripts: 1p 1f; boot checks: 1p 1f
        self.assertLastLine(r, '10 passed, 6 failed')
        self.assertEqual(r.lines[-2], '(3 skipped)')
        self.assertEqual(r.returncode, 1)
        for header in ('==> Host unit tests', '==> Kernel self-tests under QEMU',
                       '==> Scripts', '==> Boot checks', '==> Summary'):
            self.assertIn(header, out)
        self.assertNotIn('test_not_executable', out)
        self.assertNotIn('helper_not_a_test', out)
        self.assertIn('test_exit exited with exit status 2 but reported no failure', out)
        self.assertIn('something went wrong', out)
        self.assertIn('FAIL fail.sh some-arg: exit status 1', out)
        self.assertIn('gdb: no symbol', out)
        self.assertIn('FAIL banner: output does not match /^Welcome to Linux/', out)
        fails = out.split('\nFailures:\n')[1].splitlines()
        self.assertEqual(sum(1 for x in fails if x.startswith('  - ')), 6)
        self.assertTrue((self.logdir / 'script-fail.log').exists())
        self.assertTrue((self.logdir / 'boot-nodtb.log').exists())
        self.assertTrue((self.logdir / 'host' / 'test_bad.log').exists())

    def test_all_pass(self):
        host = self.tmp / 'host'
        host.mkdir()
        write_exe(host / 'test_one', "#!/bin/sh\nprintf 'KTAP version 1\\n1..1\\nok 1 a\\n'\n")
        r = self.runtests('--host-dir', str(host),
                          '--qemu', fake_qemu('--log', str(LOGS / 'skip_suite.log')),
                          '--mem', '128', '--timeout', '20')
        self.assertEqual(r.returncode, 0, r.stdout)
        self.assertLastLine(r, '2 passed, 0 failed')

    def test_missing_host_dir_fails(self):
        r = self.runtests('--host-dir', str(self.tmp / 'nope'))
        self.assertIn('does not exist', r.stdout)
        self.assertLastLine(r, '0 passed, 1 failed')

    def test_boot_check_with_crash_fails(self):
        r = self.runtests('--qemu', fake_qemu('--log', str(LOGS / 'warning.log')),
                          '--timeout', '20', '--boot-check', 'warn:::::::::^Booting')
        self.assertIn('1 crash report(s) in the output', r.stdout)
        self.assertLastLine(r, '0 passed, 1 failed')

    def test_boot_check_hang(self):
        r = self.runtests('--qemu', fake_qemu('--hang'), '--timeout', '1',
                          '--boot-check', 'hang:::::::::.')
        self.assertLess(r.elapsed, 10)
        self.assertIn('timeout after 1 s', r.stdout)
        self.assertLastLine(r, '0 passed, 1 failed')

    def test_bad_boot_check_spec_is_a_usage_error(self):
        r = self.runtests('--qemu', 'x', '--boot-check', 'only:::two')
        self.assertEqual(r.returncode, 2)
        self.assertIn('NAME:::EXTRA_QEMU_ARGS:::APPEND:::REGEX', r.stderr)


class RunnerSelfTestStep(RunnerTestCase):
    def test_unittests_are_counted_as_cases(self):
        d = self.tmp / 'rt'
        d.mkdir()
        (d / 'test_sample.py').write_text(textwrap.dedent("""
            import unittest

            class T(unittest.TestCase):
                def test_a(self):
                    print('noise that must not break KTAP')
                def test_b(self):
                    self.assertEqual(1, 1)
                def test_c(self):
                    self.assertEqual(1, 2, 'deliberate')
                @unittest.skip('not today')
                def test_d(self):
                    pass
                def test_e(self):
                    for i in range(2):
                        with self.subTest(i=i):
                            self.assertEqual(i, 0)
            """))
        r = subprocess.run([sys.executable, str(RUNTESTS), '--runner-tests', str(d)],
                           capture_output=True, text=True, timeout=60, cwd=self.tmp)
        lines = r.stdout.splitlines()
        self.assertIn('==> Runner self-tests', r.stdout)
        self.assertIn('runner self-tests', r.stdout)
        self.assertIn('FAIL test_sample.T.test_c', r.stdout)
        self.assertIn('deliberate', r.stdout)
        self.assertIn('FAIL test_sample.T.test_e', r.stdout)
        self.assertEqual(lines[-1], '2 passed, 2 failed', r.stdout + r.stderr)
        self.assertEqual(lines[-2], '(1 skipped)')
        self.assertEqual(r.returncode, 1)


class Helpers(unittest.TestCase):
    def runner(self, qemu):
        args = argparse.Namespace(qemu=qemu)
        return runtests.Runner(args)

    def test_boot_command_bang_removes_dtb(self):
        r = self.runner('qemu-system-arm -M vexpress-a9 -kernel uImage -dtb a.dtb -serial stdio')
        cmd = r.boot_command('!-m 256', 'console=ttyAMA0')
        self.assertEqual(cmd, ['qemu-system-arm', '-M', 'vexpress-a9', '-kernel', 'uImage',
                               '-serial', 'stdio', '-m', '256', '-append', 'console=ttyAMA0'])
        cmd = r.boot_command('-m 256', '')
        self.assertEqual(cmd[5:7], ['-dtb', 'a.dtb'])
        self.assertEqual(cmd[-2:], ['-m', '256'])

    def test_remove_option_forms(self):
        self.assertEqual(runtests.remove_option(['q', '-dtb=x', '--dtb', 'y', '-k', 'z'], '-dtb'),
                         ['q', '-k', 'z'])

    def test_boot_check_spec(self):
        self.assertEqual(runtests.boot_check_spec('n:::!-m 1:::a=b c:::^x:::y$'),
                         ('n', '!-m 1', 'a=b c', '^x:::y$'))
        with self.assertRaises(argparse.ArgumentTypeError):
            runtests.boot_check_spec('n:::a:::b')
        with self.assertRaises(argparse.ArgumentTypeError):
            runtests.boot_check_spec('n:::a:::b:::(')

    def test_run_captured_timeout_keeps_output(self):
        o = runtests.run_captured([sys.executable, '-c',
                                   'import time,sys; print("hello", flush=True); time.sleep(60)'],
                                  timeout=1)
        self.assertTrue(o.timed_out)
        self.assertIn('hello', o.output)
        self.assertLess(o.elapsed, 8)


if __name__ == '__main__':
    unittest.main()
