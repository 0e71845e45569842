#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Parse KTAP version 1 test output (the format Linux's KUnit prints).

The kernel's self-tests print KTAP on the serial console, mixed with the boot
log; host tests print it on stdout. parse() finds the KTAP block in such a
text and returns a KtapResult: the suites with their cases, and a list of
*problems*, things that are wrong with the run as a whole rather than with one
case (see ../shared/reference/ktap.md for the rules):

  - no KTAP block at all;
  - a plan '1..N' not honoured, at the top level or in a suite (a run cut off
    by a crash or a hang leaves cases that never reported);
  - numbers that do not run 1, 2, 3, ...;
  - a suite result line whose name differs from its '# Subtest:' line;
  - a suite whose own 'ok'/'not ok' disagrees with its cases;
  - header lines out of order, malformed result lines, a case named like its
    suite;
  - a crash marker anywhere in the text (Oops, panic, BUG, WARNING, sanitizer
    reports), with the surrounding lines.

Every failed case and every problem counts as one failure.

As a program:  python3 tools/ktap.py [--label LABEL] [-v] LOGFILE
prints each failure with its diagnostics and each problem with its context,
then 'LABEL: N passed, N failed, N skipped', and exits 1 on any failure.
"""

import argparse
import os
import re
import sys
from dataclasses import dataclass, field

__all__ = ['parse', 'scan_crashes', 'Case', 'Suite', 'Problem', 'Failure', 'KtapResult',
           'CRASH_MARKERS']

# --------------------------------------------------------------------------
# Line grammar
# --------------------------------------------------------------------------

ANSI_RE = re.compile(r'\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>]')
VERSION_RE = re.compile(r'\b(?:KTAP|TAP) version \d+')
VERSION_LINE_RE = re.compile(r'^(?:KTAP|TAP) version \d+\s*$')
SUBTEST_RE = re.compile(r'^#\s*Subtest:\s*(.*?)\s*$')
PLAN_RE = re.compile(r'^1\.\.(\d+)\s*(?:#.*)?$')
# The exact form required by ktap.md:
RESULT_RE = re.compile(r'^\s*(ok|not ok) ([0-9]+) (- )?([^#]*)( # .*)?$')
# Anything that starts like a result line; used to spot malformed ones.
LOOSE_RESULT_RE = re.compile(r'^(not ok|ok)(?:\s+|$)(\d+)?\s*(?:-\s+)?([^#]*?)\s*(?:#\s*(.*))?$')
REBOOT_RE = re.compile(r'reboot: (?:System halted|Power down|Restarting)')

# (kind, regex): a line matching any of these means the run is broken even if
# every case passed. Case-sensitive, as the kernel prints them.
CRASH_MARKERS = [
    ('Oops', r'Internal error: '),            # ARM die(): "Internal error: Oops: 5 [#1] ARM"
    ('Oops', r'Unable to handle kernel'),     # "... NULL pointer dereference at virtual address"
    ('panic', r'Kernel panic'),               # "Kernel panic - not syncing: ..."
    ('BUG', r'\bBUG at '),                    # "kernel BUG at mm/slab.c:123!"
    ('BUG', r'\bBUG: '),                      # "BUG: Bad page state in process ..."
    ('WARNING', r'\bWARNING:'),               # "WARNING: CPU: 0 PID: 0 at mm/x.c:12 f+0x1c/0x40"
    ('UBSAN', r'\bUBSAN: '),                  # kernel UBSan report
    ('sanitizer', r'ERROR: \w*Sanitizer'),    # host ASan/LSan/MSan report
    ('sanitizer', r': runtime error: '),      # host UBSan report
]
_CRASH_RES = [(kind, re.compile(rx)) for kind, rx in CRASH_MARKERS]

CONTEXT_BEFORE = 5
CONTEXT_AFTER = 14          # lines after the first marker of a crash
GROUP_GAP = 50              # markers closer than this form one crash report


# --------------------------------------------------------------------------
# Result objects
# --------------------------------------------------------------------------

@dataclass
class Case:
    """One test case. status: 'ok', 'not ok' or 'skip'."""
    name: str
    number: int
    status: str
    diagnostics: list = field(default_factory=list)
    reason: str = ''         # the SKIP reason, or another directive's text
    line: int = 0            # 1-based line of its result line in the input

    @property
    def verdict(self):
        return {'ok': 'passed', 'skip': 'skipped'}.get(self.status, 'failed')


@dataclass
class Suite:
    """A suite: the nested block '# Subtest: name' ... 'ok N name'.

    status is 'ok', 'not ok', 'skip', or None when its result line never came.
    A flat list of top-level cases becomes one suite with synthetic=True.
    """
    name: str
    number: int = 0
    status: object = None
    cases: list = field(default_factory=list)
    diagnostics: list = field(default_factory=list)
    plan: object = None      # N of '1..N', or None
    reason: str = ''
    line: int = 0            # 1-based line of its header
    end_line: int = 0        # 1-based line of its result line (or where it was cut off)
    missing: list = field(default_factory=list)   # planned case numbers never reported
    synthetic: bool = False

    @property
    def verdict(self):
        return {'ok': 'passed', 'skip': 'skipped'}.get(self.status, 'failed')


@dataclass
class Problem:
    message: str
    line: int = 0                 # 1-based, 0 when not tied to a line
    context: list = field(default_factory=list)   # rendered lines
    kind: str = ''

    def __str__(self):
        return self.message


@dataclass
class Failure:
    """One counted failure, ready to print: a title and detail lines."""
    title: str
    details: list = field(default_factory=list)


class KtapResult:
    def __init__(self):
        self.suites = []
        self.problems = []
        self.found = False       # a KTAP header was seen
        self.blocks = 0

    # -- counting -----------------------------------------------------------
    def items(self):
        """Every counted (name, verdict, Case-or-Suite) item, in order."""
        for s in self.suites:
            if s.cases:
                for c in s.cases:
                    name = c.name if s.synthetic else f'{s.name}.{c.name}'
                    yield name, c.verdict, c
            elif not s.synthetic and s.status in ('ok', 'skip'):
                # A suite without cases ('1..0 ... # SKIP'): count the suite.
                yield s.name, s.verdict, s

    def counts(self):
        """(passed, failed, skipped); every problem counts as one failure."""
        passed = failed = skipped = 0
        for _, verdict, _ in self.items():
            if verdict == 'passed':
                passed += 1
            elif verdict == 'skipped':
                skipped += 1
            else:
                failed += 1
        return passed, failed + len(self.problems), skipped

    @property
    def ok(self):
        return self.counts()[1] == 0

    def failures(self):
        out = []
        for name, verdict, item in self.items():
            if verdict == 'failed':
                details = list(item.diagnostics) or ['(no diagnostics printed)']
                out.append(Failure(f'FAIL {name} (line {item.line})', details))
        for p in self.problems:
            where = f' (line {p.line})' if p.line else ''
            out.append(Failure(f'PROBLEM{where}: {p.message}', list(p.context)))
        return out

    def report(self, label='ktap', verbose=False, indent=''):
        """The text the CLI prints (without a trailing newline)."""
        lines = []
        if verbose:
            for name, verdict, item in self.items():
                if verdict != 'failed':
                    extra = f' # SKIP {item.reason}' if verdict == 'skipped' and item.reason else ''
                    lines.append(f'{indent}{"ok  " if verdict == "passed" else "skip"} {name}{extra}')
        for f in self.failures():
            lines.append(indent + f.title)
            lines.extend(f'{indent}    {d}' for d in _cap(f.details, 60))
        p, fl, s = self.counts()
        lines.append(f'{indent}{label}: {p} passed, {fl} failed, {s} skipped')
        return '\n'.join(lines)


def _cap(lines, n):
    if len(lines) <= n:
        return lines
    return lines[:n] + [f'... ({len(lines) - n} more lines)']


# --------------------------------------------------------------------------
# Input normalisation
# --------------------------------------------------------------------------

def split_lines(text):
    """Normalise line ends, strip ANSI escapes and NULs, return the lines."""
    if isinstance(text, bytes):
        text = text.decode('utf-8', 'replace')
    text = text.replace('\r\n', '\n').replace('\r', '\n').replace('\x00', '')
    text = ANSI_RE.sub('', text)
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    return lines


# --------------------------------------------------------------------------
# Crash markers
# --------------------------------------------------------------------------

def _marker(line):
    for kind, rx in _CRASH_RES:
        if rx.search(line):
            return kind
    return None


def _render(lines, indices, marks):
    out = []
    prev = None
    width = len(str(max(indices) + 1)) if indices else 1
    for i in indices:
        if prev is not None and i != prev + 1:
            out.append('   ' + ' ' * width + ' | ...')
        flag = '>> ' if i in marks else '   '
        out.append(f'{flag}{i + 1:>{width}} | {lines[i]}')
        prev = i
    return out


def scan_crashes(text_or_lines, where=None, source=''):
    """Problems for every crash in the text (markers grouped per crash).

    where(idx) may return a phrase saying what was running at line idx.
    """
    lines = split_lines(text_or_lines) if isinstance(text_or_lines, (str, bytes)) \
        else text_or_lines
    hits = [(i, k) for i, line in enumerate(lines) for k in [_marker(line)] if k]
    groups = []
    for i, k in hits:
        if groups and i - groups[-1][-1][0] <= GROUP_GAP:
            groups[-1].append((i, k))
        else:
            groups.append([(i, k)])
    problems = []
    for g in groups:
        first = g[0][0]
        idx = set(range(max(0, first - CONTEXT_BEFORE), min(len(lines), first + CONTEXT_AFTER + 1)))
        for i, _ in g[1:]:
            idx.update(range(max(0, i - 2), min(len(lines), i + 3)))
        kinds = []
        for _, k in g:
            if k not in kinds:
                kinds.append(k)
        what = 'WARNING' if kinds == ['WARNING'] else f'crash ({", ".join(kinds)})'
        place = where(first) if where else ''
        src = f'{source}: ' if source else ''
        msg = f'{src}{what}{" " + place if place else ""}: {lines[first].strip()}'
        problems.append(Problem(msg, first + 1, _render(lines, sorted(idx), {i for i, _ in g}),
                                'crash'))
    return problems


# --------------------------------------------------------------------------
# The parser
# --------------------------------------------------------------------------

class _Tok:
    __slots__ = ('idx', 'indent', 'kind', 'body', 'm')

    def __init__(self, idx, indent, kind, body, m=None):
        self.idx, self.indent, self.kind, self.body, self.m = idx, indent, kind, body, m


def _classify(idx, cut):
    cut = cut.expandtabs(8).rstrip()
    body = cut.lstrip()
    if not body:
        return None
    indent = len(cut) - len(body)
    if VERSION_LINE_RE.match(body):
        return _Tok(idx, indent, 'version', body)
    m = SUBTEST_RE.match(body)
    if m:
        return _Tok(idx, indent, 'subtest', body, m)
    m = PLAN_RE.match(body)
    if m:
        return _Tok(idx, indent, 'plan', body, m)
    if LOOSE_RESULT_RE.match(body):
        return _Tok(idx, indent, 'result', body)
    if body.startswith('#'):
        return _Tok(idx, indent, 'diag', body)
    return _Tok(idx, indent, 'other', body)


class _Node:
    def __init__(self, depth, indent, header_idx=None):
        self.depth = depth
        self.indent = indent
        self.header_idx = header_idx   # None for a leaf case
        self.subtest = None            # name from '# Subtest:'
        self.name = None
        self.number = None
        self.status = None
        self.reason = ''
        self.result_idx = None
        self.end_idx = header_idx
        self.plan = None
        self.plan_idx = None
        self.children = []
        self.diagnostics = []
        self.missing = []
        self.header_kinds = []

    @property
    def is_block(self):
        return self.header_idx is not None

    def label(self):
        if self.depth == 0:
            return 'top level'
        n = self.subtest or self.name
        return f"suite '{n}'" if n else f'suite {self.number or "?"}'

    def failed(self):
        """True if this node or anything under it failed."""
        if self.children:
            return any(c.failed() for c in self.children) or bool(self.missing)
        if self.is_block and self.status is None:
            return True
        return self.status == 'not ok'


class _Parser:
    def __init__(self, lines, result):
        self.lines = lines
        self.result = result
        self.toks = []
        self.pos = 0

    def problem(self, msg, idx=None, kind=''):
        ctx = []
        if idx is not None:
            ctx = _render(self.lines, [idx], {idx})
        self.result.problems.append(Problem(msg, (idx + 1) if idx is not None else 0, ctx, kind))

    def peek(self, k=0):
        p = self.pos + k
        return self.toks[p] if p < len(self.toks) else None

    # -- one block: header, then results ------------------------------------
    def parse_block(self, depth, parent_indent):
        first = self.peek()
        node = _Node(depth, first.indent, first.idx)
        indent = first.indent
        # Header: 'KTAP version', '# Subtest:', '1..N', each at most once.
        while True:
            t = self.peek()
            if t is None or t.indent != indent or t.kind not in ('version', 'subtest', 'plan') \
                    or t.kind in node.header_kinds:
                break
            node.header_kinds.append(t.kind)
            self.pos += 1
            node.end_idx = t.idx
            if t.kind == 'subtest':
                node.subtest = t.m.group(1)
            elif t.kind == 'plan':
                node.plan = int(t.m.group(1))
                node.plan_idx = t.idx
                break
        want = ['version', 'plan'] if depth == 0 else ['version', 'subtest', 'plan']
        if depth == 0 and 'subtest' in node.header_kinds:
            want = ['version', 'subtest', 'plan']
        if node.header_kinds != want and 'plan' in node.header_kinds:
            names = {'version': "'KTAP version 1'", 'subtest': "'# Subtest: NAME'", 'plan': "'1..N'"}
            self.problem(f'{node.label()}: header must be {", ".join(names[k] for k in want)} '
                         f'in that order with nothing between '
                         f'(got {", ".join(names[k] for k in node.header_kinds)})',
                         node.header_idx, 'header')

        flat_nested = depth > 0 and indent <= parent_indent
        last = None            # where diagnostics go
        pending = None         # a nested block waiting for its result line
        excess_idx = None
        while True:
            if flat_nested and pending is None and node.plan is not None \
                    and len(node.children) >= node.plan:
                break
            t = self.peek()
            if t is None:
                break
            if t.kind in ('version', 'subtest'):
                if t.indent < indent:
                    break
                if t.indent == indent:
                    nxt = self.peek(1)
                    if depth == 0 and t.kind == 'version' and not (nxt and nxt.kind == 'subtest'):
                        break              # a new top-level KTAP block
                    if flat_nested:
                        break              # a sibling of this block
                if pending is not None:
                    self.close_unreported(pending)
                    node.children.append(pending)
                child = self.parse_block(depth + 1, indent)
                pending = last = child
                continue
            if t.kind == 'result':
                if t.indent < indent:
                    break
                self.pos += 1
                if pending is not None:
                    item, pending = pending, None
                else:
                    item = _Node(depth + 1, t.indent)
                self.apply_result(item, t)
                node.children.append(item)
                node.end_idx = t.idx
                if item.number != len(node.children):
                    self.problem(f'{node.label()}: result \'{t.body}\' is numbered {item.number}, '
                                 f'expected {len(node.children)} (numbers must run 1, 2, 3, ...)',
                                 t.idx, 'numbering')
                if node.plan is not None and len(node.children) == node.plan + 1:
                    excess_idx = t.idx
                if item.is_block:
                    self.check_block(item, closed=True)
                last = item
                continue
            if t.kind == 'plan':
                if t.indent < indent:
                    break
                self.pos += 1
                node.end_idx = t.idx
                if node.plan is None:
                    node.plan = int(t.m.group(1))     # a trailing plan
                    node.plan_idx = t.idx
                else:
                    self.problem(f'{node.label()}: a second plan line \'{t.body}\'', t.idx, 'plan')
                continue
            # a diagnostic or any other line
            self.pos += 1
            node.end_idx = t.idx
            (last if last is not None else node).diagnostics.append(t.body)
        if pending is not None:
            self.close_unreported(pending)
            node.children.append(pending)
            if pending.end_idx is not None:
                node.end_idx = max(node.end_idx, pending.end_idx)
        if excess_idx is not None:
            self.problem(f'{node.label()}: plan 1..{node.plan} but {len(node.children)} results '
                         f'(more than announced)', excess_idx, 'plan')
        self.attribute_diagnostics(node)
        return node

    def apply_result(self, item, t):
        m = RESULT_RE.match(t.body)
        if m:
            status, number, name, directive = m.group(1), int(m.group(2)), m.group(4).strip(), \
                (m.group(5) or '')[3:].strip()
        else:
            lm = LOOSE_RESULT_RE.match(t.body)
            status = lm.group(1)
            number = int(lm.group(2)) if lm.group(2) else -1
            name, directive = lm.group(3).strip(), (lm.group(4) or '').strip()
            self.problem(f"malformed result line '{t.body}' (expected 'ok N name', "
                         f"'not ok N name' or 'ok N name # SKIP reason')", t.idx, 'syntax')
        item.number = number
        item.result_idx = t.idx
        item.end_idx = t.idx
        if directive[:4].upper() == 'SKIP':
            item.status = 'skip'
            item.reason = directive[4:].strip()
        else:
            item.status = status
            item.reason = directive
        if item.is_block:
            if item.subtest is not None and name != item.subtest:
                self.problem(f"suite result '{t.body}' names '{name}' but its header says "
                             f"'# Subtest: {item.subtest}'", t.idx, 'name')
            item.name = item.subtest if item.subtest is not None else name
        else:
            item.name = name

    def close_unreported(self, node):
        """A nested block that never printed its own result line."""
        self.check_block(node, closed=False)

    def check_block(self, node, closed):
        label = node.label()
        n = len(node.children)
        what = 'suites' if node.depth == 0 else 'cases'
        if node.plan is None:
            if node.depth == 0 or closed:
                self.problem(f"{label}: no plan line '1..N'", node.header_idx, 'plan')
            else:
                self.problem(f'{label}: output ended before its plan line (crashed or hung?)',
                             node.end_idx, 'plan')
            return
        if n < node.plan:
            node.missing = list(range(n + 1, node.plan + 1))
            miss = (f'{what[:-1]} {node.missing[0]}' if len(node.missing) == 1
                    else f'{what} {node.missing[0]}..{node.missing[-1]}')
            if closed:
                self.problem(f'{label}: plan 1..{node.plan} but only {n} result(s); '
                             f'{miss} never reported', node.result_idx or node.end_idx, 'plan')
            else:
                after = ''
                if node.children and node.children[-1].name:
                    after = f" (last: {node.children[-1].number} '{node.children[-1].name}')"
                self.problem(f'{label}: output ended after {n} of {node.plan} {what}{after}; '
                             f'{miss} never reported (crashed or hung?)',
                             self.last_result_idx(node), 'plan')
        elif not closed and node.depth > 0:
            self.problem(f"{label}: no result line 'ok N {node.subtest or 'NAME'}' after its "
                         f'last case (output ended: crashed or hung?)', node.end_idx, 'plan')
        if closed and node.depth > 0:
            failed = [c for c in node.children if c.failed()]
            if node.status == 'ok' and failed:
                names = ', '.join(f"'{c.name}'" for c in failed[:5])
                self.problem(f"{label} reported 'ok' but case(s) {names} failed",
                             node.result_idx, 'suite-status')
            elif node.status == 'not ok' and not failed and not node.missing:
                why = 'none of its cases failed' if node.children else 'it has no cases'
                self.problem(f"{label} reported 'not ok' but {why} (suite init/exit failed?)",
                             node.result_idx, 'suite-status')
            for c in node.children:
                if not c.is_block and c.name and c.name == node.name:
                    self.problem(f"{label}: case {c.number} has the same name as its suite",
                                 c.result_idx, 'name')

    @staticmethod
    def last_result_idx(node):
        """The last result line printed anywhere inside node."""
        best = None
        stack = list(node.children)
        while stack:
            c = stack.pop()
            if c.result_idx is not None and (best is None or c.result_idx > best):
                best = c.result_idx
            stack.extend(c.children)
        if best is not None:
            return best
        return node.plan_idx if node.plan_idx is not None else node.header_idx

    def attribute_diagnostics(self, node):
        """Move '# case: ...' lines to that case (KUnit prints them first)."""
        leaves = {c.name: c for c in node.children if not c.is_block and c.name}
        if not leaves:
            return
        holders = [node] + node.children
        moved = {}
        for pos, h in enumerate(holders):
            keep = []
            current = None      # lines after '# case: ...' continue that case's report
            for d in h.diagnostics:
                key = d.lstrip('#').strip().split(':', 1)[0] if ':' in d else None
                target = leaves.get(key)
                if target is not None:
                    current = target if target is not h else None
                if current is not None:
                    moved.setdefault(id(current), ([], []))[
                        0 if pos < holders.index(current) else 1].append(d)
                    continue
                keep.append(d)
            h.diagnostics = keep
        for c in leaves.values():
            if id(c) in moved:
                before, after = moved[id(c)]
                c.diagnostics = before + c.diagnostics + after


def _flatten(node, prefix=''):
    """Leaf cases under node, names joined with '.' for deeper nesting."""
    out = []
    for c in node.children:
        name = f'{prefix}{c.name or "?"}'
        if c.children:
            out.extend(_flatten(c, name + '.'))
        elif c.is_block and c.status is None:
            continue           # cut off before any case: reported as a problem
        else:
            out.append(Case(name, c.number or 0, c.status or 'not ok', list(c.diagnostics),
                            c.reason, (c.result_idx or c.end_idx or 0) + 1))
    return out


def _to_suite(node, synthetic=False):
    s = Suite(node.subtest or node.name or f'suite {node.number}', node.number or 0,
              node.status, _flatten(node), list(node.diagnostics), node.plan, node.reason,
              (node.header_idx or 0) + 1,
              ((node.result_idx if node.result_idx is not None else node.end_idx) or 0) + 1,
              list(node.missing), synthetic)
    return s


def parse(text):
    """Parse a console log or test output; return a KtapResult."""
    lines = split_lines(text)
    result = KtapResult()
    ranges = []            # (start, end) raw indices of each top-level block
    i = 0
    while i < len(lines):
        start = None
        for j in range(i, len(lines)):
            m = VERSION_RE.search(lines[j])
            if m and VERSION_LINE_RE.match(lines[j][m.start():].rstrip()):
                start, prefix_len = j, m.start()
                break
        if start is None:
            break
        result.found = True
        result.blocks += 1
        end = len(lines)
        toks = []
        for j in range(start, len(lines)):
            if j > start and REBOOT_RE.search(lines[j]):
                end = j
                break
            t = _classify(j, lines[j][prefix_len:])
            if t is not None:
                if j == start:
                    t.indent = 0
                toks.append(t)
        p = _Parser(lines, result)
        p.toks = toks
        top = p.parse_block(0, -1)
        consumed = toks[p.pos - 1].idx + 1 if p.pos > 0 else start + 1
        ended_by_new_block = p.pos < len(toks)
        if top.plan is not None and len(top.children) < top.plan:
            top.missing = list(range(len(top.children) + 1, top.plan + 1))
            noun = 'suite' if not top.children or any(c.is_block for c in top.children) \
                else 'test'
            miss = (f'{noun} {top.missing[0]}' if len(top.missing) == 1
                    else f'{noun}s {top.missing[0]}..{top.missing[-1]}')
            how = ('a new KTAP block started' if ended_by_new_block
                   else 'the kernel rebooted/powered off' if end < len(lines) else 'output ended')
            p.problem(f'top level: plan 1..{top.plan} but {how} with only {len(top.children)} '
                      f'of {top.plan} {noun}s started; {miss} never reported (crashed or hung?)',
                      p.last_result_idx(top), 'plan')
        elif top.plan is None:
            p.problem("top level: no plan line '1..N' after 'KTAP version 1'", start, 'plan')
        blocks = [c for c in top.children if c.is_block]
        leaves = [c for c in top.children if not c.is_block]
        for c in blocks:
            result.suites.append(_to_suite(c))
        if leaves:
            flat = _Node(0, 0, top.header_idx)
            flat.children = leaves
            flat.subtest = top.subtest or '(top level)'
            s = _to_suite(flat, synthetic=True)
            s.plan = top.plan
            s.diagnostics = list(top.diagnostics)
            result.suites.append(s)
        ranges.append((start, (top.end_idx if top.end_idx is not None else start),
                       top.plan is not None and not top.missing))
        i = consumed if ended_by_new_block else end + 1

    if not result.found:
        tail = lines[-15:]
        ctx = _render(lines, list(range(len(lines) - len(tail), len(lines))), set()) if tail \
            else ['(the output was empty)']
        result.problems.append(Problem("no KTAP output found (no line 'KTAP version 1')", 0,
                                       ['last lines of output:'] + ctx, 'no-ktap'))

    def where(idx):
        return _where(result, ranges, idx)
    result.problems.extend(scan_crashes(lines, where))
    result.problems.sort(key=lambda p: (p.kind != 'crash', p.line == 0, p.line))
    return result


def _where(result, ranges, idx):
    """Say what was running at raw line index idx, for a crash report."""
    line = idx + 1
    for s in result.suites:
        if s.synthetic:
            continue
        if s.line <= line <= max(s.end_line, s.line):
            before = [c for c in s.cases if c.line < line]
            after = [c for c in s.cases if c.line > line]
            if after:
                c = after[0]
                return f"during suite '{s.name}', case {c.number} '{c.name}'"
            if before:
                c = before[-1]
                return (f"during suite '{s.name}' after case {c.number} '{c.name}' "
                        f'(case {c.number + 1} never reported)')
            return f"during suite '{s.name}' before its first case"
    for s in result.suites:
        if s.synthetic and s.line <= line:
            after = [c for c in s.cases if c.line > line]
            if after:
                return f"during case {after[0].number} '{after[0].name}'"
    if not ranges or line <= ranges[0][0] + 1:
        return 'before the tests started (during boot)'
    done = [s for s in result.suites if not s.synthetic and s.end_line < line]
    if idx > ranges[-1][1] or (ranges[-1][2] and done and done[-1] is result.suites[-1]):
        return 'after the tests finished'
    if done:
        return f"after suite '{done[-1].name}'"
    return 'during the tests'


# --------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(
        description='Parse KTAP test output (e.g. a kernel console log) and report failures.')
    ap.add_argument('--label', help='name printed before the counts (default: the file name)')
    ap.add_argument('-v', '--verbose', action='store_true', help='also list passed and skipped cases')
    ap.add_argument('logfile', help="console log or test output ('-' for stdin)")
    args = ap.parse_args(argv)
    if args.logfile == '-':
        data = sys.stdin.buffer.read()
    else:
        try:
            with open(args.logfile, 'rb') as f:
                data = f.read()
        except OSError as e:
            print(f'ktap.py: {e}', file=sys.stderr)
            return 2
    label = args.label or os.path.basename(args.logfile)
    res = parse(data)
    print(res.report(label, verbose=args.verbose))
    return 0 if res.ok else 1


if __name__ == '__main__':
    sys.exit(main())
