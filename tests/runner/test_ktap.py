# SPDX-License-Identifier: GPL-2.0
"""Tests of tools/ktap.py on canned console logs (tests/runner/logs/*.log)."""

import subprocess
import sys
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LOGS = HERE / 'logs'
KTAP_PY = ROOT / 'tools' / 'ktap.py'
sys.path.insert(0, str(ROOT / 'tools'))
import ktap  # noqa: E402


def parse_log(name):
    return ktap.parse((LOGS / name).read_text())


def kinds(res):
    return [p.kind for p in res.problems]


def wrap(body):
    """A minimal clean KTAP run with body lines inside the one case's suite."""
    return ('Booting ...\nKTAP version 1\n1..1\n    KTAP version 1\n    # Subtest: s\n'
            '    1..2\n    ok 1 a\n' + body + '    ok 2 b\nok 1 s\nreboot: Power down\n')


class CleanRuns(unittest.TestCase):
    def test_clean_run_counts_and_structure(self):
        res = parse_log('clean.log')
        self.assertTrue(res.found)
        self.assertEqual(res.problems, [])
        self.assertEqual(res.counts(), (4, 0, 2))
        self.assertTrue(res.ok)
        self.assertEqual([s.name for s in res.suites], ['printk', 'string', 'highmem'])
        printk = res.suites[0]
        self.assertEqual(printk.status, 'ok')
        self.assertEqual(printk.plan, 3)
        self.assertEqual([c.name for c in printk.cases],
                         ['printk_ints', 'printk_strings', 'printk_highmem'])
        self.assertEqual([c.number for c in printk.cases], [1, 2, 3])

    def test_skip_case(self):
        case = parse_log('clean.log').suites[0].cases[2]
        self.assertEqual(case.status, 'skip')
        self.assertEqual(case.verdict, 'skipped')
        self.assertEqual(case.reason, 'no highmem')

    def test_suite_with_no_cases_skipped(self):
        res = parse_log('skip_suite.log')
        self.assertEqual(res.problems, [])
        hm = res.suites[0]
        self.assertEqual((hm.name, hm.plan, hm.cases, hm.status), ('highmem', 0, [], 'skip'))
        self.assertEqual(hm.reason, 'no HIGHMEM zone with -m 128')
        # the empty suite counts as one skipped item, plus one skipped case
        self.assertEqual(res.counts(), (1, 0, 2))

    def test_timestamp_prefix_is_cut(self):
        res = parse_log('timestamps.log')
        self.assertEqual(res.problems, [])
        self.assertEqual(res.counts(), (2, 1, 1))
        self.assertEqual([s.name for s in res.suites], ['buddy', 'kmap'])
        bad = res.suites[0].cases[1]
        self.assertEqual((bad.name, bad.status), ('alloc_order10', 'not ok'))
        self.assertIn('# alloc_order10: EXPECTATION FAILED at tests/kernel/buddy_test.c:77',
                      bad.diagnostics)

    def test_crlf_ansi_and_nul_noise(self):
        text = (LOGS / 'clean.log').read_text()
        text = text.replace('Booting', '\x1b[1;32mBooting\x1b[0m').replace('\n', '\r\n')
        text = text.replace('KTAP version 1\r\n1..3', 'KTAP version 1\r\n\x001..3')
        res = ktap.parse(text.encode())
        self.assertEqual(res.problems, [])
        self.assertEqual(res.counts(), (4, 0, 2))

    def test_flat_list_of_cases(self):
        res = parse_log('flat.log')
        self.assertEqual(res.problems, [])
        self.assertEqual(len(res.suites), 1)
        self.assertTrue(res.suites[0].synthetic)
        self.assertEqual(res.counts(), (2, 1, 1))
        fails = res.failures()
        self.assertEqual(len(fails), 1)
        self.assertIn('FAIL buddy_order_limit', fails[0].title)
        self.assertIn('EXPECTATION FAILED', fails[0].details[0])

    def test_no_indentation_nesting(self):
        text = ('KTAP version 1\n1..2\nKTAP version 1\n# Subtest: a\n1..2\nok 1 a1\nok 2 a2\n'
                'ok 1 a\nKTAP version 1\n# Subtest: b\n1..1\nnot ok 1 b1\nnot ok 2 b\n')
        res = ktap.parse(text)
        self.assertEqual(res.problems, [])
        self.assertEqual([s.name for s in res.suites], ['a', 'b'])
        self.assertEqual(res.counts(), (2, 1, 0))

    def test_two_blocks(self):
        text = (LOGS / 'skip_suite.log').read_text() + (LOGS / 'not_ok.log').read_text()
        res = ktap.parse(text)
        self.assertEqual(res.blocks, 2)
        self.assertEqual([s.name for s in res.suites], ['highmem', 'vmalloc', 'printk', 'string'])
        self.assertEqual(res.problems, [])

    def test_tap_dash_and_trailing_plan(self):
        res = ktap.parse('KTAP version 1\nok 1 - first\nok 2 - second\n1..2\n')
        self.assertEqual(res.problems, [])
        self.assertEqual([c.name for c in res.suites[0].cases], ['first', 'second'])

    def test_top_level_empty_plan(self):
        res = ktap.parse('KTAP version 1\n1..0\n')
        self.assertEqual((res.counts(), res.problems), ((0, 0, 0), []))


class Failures(unittest.TestCase):
    def test_not_ok_with_diagnostics(self):
        res = parse_log('not_ok.log')
        self.assertEqual(res.problems, [])
        self.assertEqual(res.counts(), (2, 1, 1))
        case = res.suites[0].cases[1]
        self.assertEqual((case.name, case.status, case.verdict),
                         ('printk_strings', 'not ok', 'failed'))
        self.assertEqual(case.diagnostics, [
            '# printk_strings: EXPECTATION FAILED at tests/kernel/printk_test.c:40',
            '# Expected a == b, but', '#     a == 1'])
        self.assertEqual(res.suites[0].status, 'not ok')
        fails = res.failures()
        self.assertEqual(len(fails), 1)
        self.assertIn('printk.printk_strings', fails[0].title)

    def test_kunit_style_diagnostics_before_result(self):
        res = parse_log('kunit_style.log')
        small, large = res.suites[0].cases
        self.assertEqual(large.diagnostics[0],
                         '# kmalloc_large: EXPECTATION FAILED at tests/kernel/slab_test.c:30')
        self.assertIn('# Expected p != NULL to be true', large.diagnostics)
        self.assertEqual(small.diagnostics, [])

    def test_oops_mid_suite_names_suite_and_case(self):
        res = parse_log('oops.log')
        self.assertFalse(res.ok)
        crashes = [p for p in res.problems if p.kind == 'crash']
        self.assertEqual(len(crashes), 1, 'one Oops, one crash report')
        c = crashes[0]
        self.assertIn("suite 'mm_fault'", c.message)
        self.assertIn("fault_user_read", c.message)
        self.assertIn('case 2 never reported', c.message)
        self.assertIn('Oops', c.message)
        self.assertEqual(c.line, 15)
        ctx = '\n'.join(c.context)
        for want in ('ok 1 fault_user_read', 'Internal error: Oops: 5 [#1] ARM',
                     'PC is at do_anonymous_page', 'Kernel panic - not syncing'):
            self.assertIn(want, ctx)
        self.assertGreaterEqual(len(c.context), 15)
        mm = res.suites[1]
        self.assertEqual((mm.name, mm.status, mm.missing), ('mm_fault', None, [2, 3, 4]))
        plan = [p.message for p in res.problems if p.kind == 'plan']
        self.assertTrue(any("suite 'mm_fault'" in m and 'cases 2..4' in m for m in plan), plan)
        self.assertTrue(any('top level' in m and 'suite 3' in m for m in plan), plan)
        self.assertEqual(res.counts(), (3, 3, 0))

    def test_cut_off_without_crash_text(self):
        res = parse_log('cutoff.log')
        self.assertNotIn('crash', kinds(res))
        self.assertEqual(kinds(res), ['plan', 'plan'])
        self.assertIn("suite 'slab'", res.problems[0].message)
        self.assertIn('case 3 never reported', res.problems[0].message)
        self.assertIn('suite 2 never reported', res.problems[1].message)
        self.assertEqual(res.counts(), (2, 2, 0))

    def test_suite_cut_off_before_its_plan(self):
        res = ktap.parse('KTAP version 1\n1..1\n    KTAP version 1\n    # Subtest: slab\n')
        self.assertEqual(kinds(res), ['plan'])
        self.assertIn('before its plan', res.problems[0].message)
        self.assertFalse(res.ok)

    def test_suite_closed_with_fewer_results(self):
        res = ktap.parse('KTAP version 1\n1..1\n    KTAP version 1\n    # Subtest: s\n'
                         '    1..3\n    ok 1 a\n    ok 2 b\nok 1 s\n')
        self.assertEqual(kinds(res), ['plan'])
        self.assertIn('plan 1..3 but only 2 result(s); case 3 never reported',
                      res.problems[0].message)

    def test_suite_without_result_line(self):
        res = ktap.parse('KTAP version 1\n1..1\n    KTAP version 1\n    # Subtest: s\n'
                         '    1..1\n    ok 1 a\n')
        self.assertEqual(kinds(res), ['plan'])
        self.assertIn('no result line', res.problems[0].message)

    def test_more_results_than_plan(self):
        res = parse_log('too_many.log')
        self.assertEqual(kinds(res), ['plan'])
        self.assertIn('plan 1..2 but 3 results', res.problems[0].message)
        self.assertEqual(res.counts(), (3, 1, 0))

    def test_duplicate_and_out_of_order_numbers(self):
        res = parse_log('numbering.log')
        self.assertEqual(kinds(res), ['numbering'] * 3)
        self.assertIn('numbered 1, expected 2', res.problems[0].message)
        self.assertEqual([p.line for p in res.problems], [7, 13, 14])

    def test_suite_name_mismatch(self):
        res = parse_log('name_mismatch.log')
        self.assertEqual(kinds(res), ['name'])
        self.assertIn("'vmalloc_tests'", res.problems[0].message)
        self.assertIn('# Subtest: vmalloc', res.problems[0].message)

    def test_suite_ok_while_case_failed(self):
        res = parse_log('suite_disagree.log')
        self.assertEqual(kinds(res), ['suite-status'])
        self.assertIn("'pgd_alloc_copies_kernel'", res.problems[0].message)
        self.assertEqual(res.counts(), (1, 2, 0))

    def test_suite_not_ok_while_cases_passed(self):
        res = ktap.parse('KTAP version 1\n1..1\n    KTAP version 1\n    # Subtest: s\n'
                         '    1..1\n    ok 1 a\nnot ok 1 s\n')
        self.assertEqual(kinds(res), ['suite-status'])

    def test_case_named_like_suite(self):
        res = ktap.parse('KTAP version 1\n1..1\n    KTAP version 1\n    # Subtest: s\n'
                         '    1..1\n    ok 1 s\nok 1 s\n')
        self.assertEqual(kinds(res), ['name'])

    def test_header_out_of_order(self):
        res = ktap.parse('KTAP version 1\n1..1\n    # Subtest: s\n    KTAP version 1\n'
                         '    1..1\n    ok 1 a\nok 1 s\n')
        self.assertEqual(kinds(res), ['header'])

    def test_malformed_result_line(self):
        res = ktap.parse('KTAP version 1\n1..1\nok 1 a #SKIP no space\n')
        self.assertEqual(kinds(res), ['syntax'])
        self.assertEqual(res.suites[0].cases[0].status, 'skip')

    def test_no_ktap_at_all(self):
        res = parse_log('no_ktap.log')
        self.assertFalse(res.found)
        self.assertEqual(kinds(res), ['no-ktap'])
        self.assertIn('Kernel command line', '\n'.join(res.problems[0].context))
        self.assertEqual(res.counts(), (0, 1, 0))
        self.assertEqual(kinds(ktap.parse('')), ['no-ktap'])


class CrashMarkers(unittest.TestCase):
    SAMPLES = [
        'Internal error: Oops - undefined instruction: 0 [#1] ARM',
        'Unable to handle kernel paging request at virtual address e0000000',
        'Kernel panic - not syncing: Attempted to kill init! exitcode=0x0000000b',
        'kernel BUG at mm/slab.c:120!',
        'BUG: Bad page state in process swapper  pfn:60010',
        'WARNING: CPU: 0 PID: 1 at mm/vmalloc.c:33 vmap+0x1c/0x40',
        'UBSAN: shift-out-of-bounds in mm/page_alloc.c:10:5',
        '==4242==ERROR: AddressSanitizer: heap-use-after-free on address 0x602000000010',
        'mm/buddy.c:12:5: runtime error: signed integer overflow',
    ]

    def test_each_marker_is_a_problem_even_if_all_cases_pass(self):
        for line in self.SAMPLES:
            with self.subTest(line=line):
                res = ktap.parse(wrap(line + '\n'))
                self.assertEqual(kinds(res), ['crash'])
                self.assertIn(line, res.problems[0].message)
                self.assertIn("case 2 'b'", res.problems[0].message)
                self.assertEqual(res.counts(), (2, 1, 0))

    def test_harmless_lines_are_not_markers(self):
        noise = ('warning: lowercase is fine\nDEBUG: BUGS none\nthe panic button\n'
                 '# bug at line 3 is a comment\nKernel command line: oops=panic\n')
        res = ktap.parse(wrap(noise))
        self.assertEqual(res.problems, [])

    def test_warning_log(self):
        res = parse_log('warning.log')
        self.assertEqual(kinds(res), ['crash'])
        msg = res.problems[0].message
        self.assertTrue(msg.startswith('WARNING'), msg)
        self.assertIn("suite 'page_alloc', case 2 'double_free_detect'", msg)
        self.assertIn('cut here', '\n'.join(res.problems[0].context))
        self.assertEqual(res.counts(), (2, 1, 0))

    def test_crash_during_boot(self):
        res = ktap.parse('Booting\nKernel panic - not syncing: VFS\n')
        self.assertEqual(sorted(kinds(res)), ['crash', 'no-ktap'])
        self.assertIn('before the tests started', res.problems[0].message)

    def test_crash_after_tests(self):
        res = ktap.parse((LOGS / 'clean.log').read_text().replace(
            'monitor> poweroff', 'Internal error: Oops: 17 [#1] ARM'))
        self.assertEqual(kinds(res), ['crash'])
        self.assertIn('after the tests finished', res.problems[0].message)

    def test_distant_crashes_are_separate(self):
        text = wrap('WARNING: CPU: 0 PID: 0 at a.c:1 f\n' + 'x\n' * 60 +
                    'WARNING: CPU: 0 PID: 0 at b.c:2 g\n')
        self.assertEqual(kinds(ktap.parse(text)), ['crash', 'crash'])

    def test_scan_crashes_on_plain_text(self):
        probs = ktap.scan_crashes('a\nb\nkernel BUG at x.c:1!\nc\n', source='stderr')
        self.assertEqual(len(probs), 1)
        self.assertTrue(probs[0].message.startswith('stderr: crash (BUG)'))
        self.assertEqual(probs[0].line, 3)


class Cli(unittest.TestCase):
    def run_cli(self, *args, stdin=None):
        return subprocess.run([sys.executable, str(KTAP_PY), *args], input=stdin,
                              capture_output=True, text=True, timeout=30)

    def test_clean_exits_0(self):
        r = self.run_cli(str(LOGS / 'clean.log'))
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertEqual(r.stdout.splitlines()[-1], 'clean.log: 4 passed, 0 failed, 2 skipped')

    def test_oops_exits_1_with_clear_message(self):
        r = self.run_cli('--label', 'kernel -m 128', str(LOGS / 'oops.log'))
        self.assertEqual(r.returncode, 1)
        out = r.stdout
        self.assertIn("crash (Oops, panic) during suite 'mm_fault'", out)
        self.assertIn('Internal error: Oops: 5 [#1] ARM', out)
        self.assertIn('cases 2..4 never reported', out)
        self.assertEqual(out.splitlines()[-1], 'kernel -m 128: 3 passed, 3 failed, 0 skipped')

    def test_failure_printed_with_diagnostics(self):
        r = self.run_cli(str(LOGS / 'not_ok.log'))
        self.assertEqual(r.returncode, 1)
        lines = r.stdout.splitlines()
        i = next(k for k, line in enumerate(lines) if 'FAIL printk.printk_strings' in line)
        self.assertIn('EXPECTATION FAILED at tests/kernel/printk_test.c:40', lines[i + 1])
        self.assertEqual(lines[-1], 'not_ok.log: 2 passed, 1 failed, 1 skipped')

    def test_stdin_and_verbose(self):
        r = self.run_cli('-v', '--label', 'x', '-',
                         stdin=(LOGS / 'skip_suite.log').read_text())
        self.assertEqual(r.returncode, 0)
        self.assertIn('skip highmem # SKIP no HIGHMEM zone with -m 128', r.stdout)
        self.assertIn('ok   vmalloc.vmalloc_basic', r.stdout)
        self.assertEqual(r.stdout.splitlines()[-1], 'x: 1 passed, 0 failed, 2 skipped')

    def test_missing_file(self):
        r = self.run_cli('/nonexistent/console.log')
        self.assertEqual(r.returncode, 2)


if __name__ == '__main__':
    unittest.main()
