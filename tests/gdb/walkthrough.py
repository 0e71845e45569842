#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Keeps docs/gdb-walkthrough.md honest: runs every GDB command it shows.

The document's conventions (its first section explains them to the reader):

  - A shell line `make debug CMDLINE='...'` (in a code block) starts a
    session: QEMU halted, booting with that command line. `make gdb`
    attaches; the test does the same through tests/gdb/lib.sh.
  - Fenced blocks with the info string `gdb` hold the session's commands,
    each on a line starting with `(gdb) `, followed by the output the
    reader should see. A line `...` stands for output left out.

`extract DOC DIR` writes DIR/session-N.append (the command line) and
DIR/session-N.gdb (every command, each preceded by `echo @@cmd K`) for
tests/gdb/walkthrough.sh, which runs them and saves GDB's output in
DIR/session-N.out. `show DOC DIR` prints each command with its actual output, for whoever
updates the document. `check DOC DIR` then compares: each command's shown
output lines must appear in its actual output, in order, once numbers
are masked (addresses, line numbers and counts change with every kernel
change; the commands, names, flags and the shape of the output must not).
GDB stops a batch script at the first failing command, so a command that
no longer works fails the check too.
"""

import re
import sys
from pathlib import Path

SESSION_RE = re.compile(r"make debug CMDLINE='([^']*)'")


def parse(doc):
	"""[(append, [(command, [expected lines])])] in document order."""
	sessions = []
	fence = None
	for line in Path(doc).read_text().splitlines():
		if fence is None:
			if line.startswith('```'):
				fence = line[3:].strip()
			continue
		if line.startswith('```'):
			fence = None
			continue
		m = SESSION_RE.search(line)
		if m and fence != 'gdb':
			sessions.append((m.group(1), []))
			continue
		if fence != 'gdb':
			continue
		if not sessions:
			sys.exit(f'{doc}: a gdb block before any `make debug CMDLINE=...` line')
		cmds = sessions[-1][1]
		if line.startswith('(gdb) '):
			cmds.append((line[len('(gdb) '):].strip(), []))
		elif cmds and line.strip() and line.strip() != '...':
			cmds[-1][1].append(line)
	return sessions


def extract(doc, outdir):
	out = Path(outdir)
	out.mkdir(parents=True, exist_ok=True)
	for old in out.glob('session-*'):
		old.unlink()
	sessions = parse(doc)
	for n, (append, cmds) in enumerate(sessions):
		(out / f'session-{n}.append').write_text(append + '\n')
		script = []
		for k, (cmd, _) in enumerate(cmds):
			script.append(f'echo @@cmd {k}\\n')
			script.append(run_catching(cmd))
		script.append(f'echo @@cmd {len(cmds)}\\n')
		(out / f'session-{n}.gdb').write_text('\n'.join(script) + '\n')
	print(len(sessions))
	return 0


def run_catching(cmd):
	"""GDB commands that run cmd and, if it fails, print `@@error MESSAGE`
	and go on (GDB would end the script), so that the document can show
	an error on purpose; check() insists that it does show it."""
	return ('python\n'
		'try:\n'
		f'\tgdb.execute({cmd!r})\n'
		'except gdb.error as e:\n'
		'\tgdb.write(f"@@error {e}\\n")\n'
		'end')


def mask(line):
	line = re.sub(r'0x[0-9a-fA-F]+', '0x#', line)
	line = re.sub(r'\b[0-9a-fA-F]{8}\b', '#', line)
	line = re.sub(r'\b\d+\b', '#', line)
	return ' '.join(line.split())


def outputs(text, ncmds):
	"""Each command's output lines, from GDB's text with @@cmd markers."""
	parts = [[] for _ in range(ncmds + 1)]
	cur = None
	for line in text.splitlines():
		m = re.fullmatch(r'@@cmd (\d+)', line.strip())
		if m:
			cur = int(m.group(1))
			continue
		if cur is not None and cur < len(parts):
			parts[cur].append(line)
	return parts


def check(doc, outdir):
	failures = 0
	total = 0
	for n, (append, cmds) in enumerate(parse(doc)):
		text = (Path(outdir) / f'session-{n}.out').read_text()
		reached = [int(k) for k in re.findall(r'^@@cmd (\d+)$', text, re.M)]
		if not reached or reached[-1] != len(cmds):
			last = reached[-1] if reached else 0
			print(f'session {n}: GDB stopped at `(gdb) {cmds[last][0] if last < len(cmds) else "?"}`:')
			print('\n'.join('    | ' + line for line in text.splitlines()[-5:]))
			failures += 1
		if 'Traceback' in text:
			print(f'session {n}: a Python traceback in GDB\'s output')
			failures += 1
		parts = outputs(text, len(cmds))
		for k, (cmd, expected) in enumerate(cmds):
			total += 1
			# GDB may have printed part of the line before the error.
			parts[k] = [line.replace('@@error ', '\0', 1) for line in parts[k]]
			errors = [line.replace('\0', '') for line in parts[k] if '\0' in line]
			parts[k] = [line.replace('\0', '') for line in parts[k]]
			shown = {mask(line) for line in expected}
			for err in errors:
				if mask(err) not in shown:
					failures += 1
					print(f'session {n}, `(gdb) {cmd}` failed: {err}')
			actual = [mask(line) for line in parts[k]]
			i = 0
			for want in expected:
				w = mask(want)
				while i < len(actual) and actual[i] != w:
					i += 1
				if i == len(actual):
					failures += 1
					print(f'session {n}, `(gdb) {cmd}`: the document shows\n    {want}\n'
					      f'  which is not in the output (numbers masked, in order):')
					print('\n'.join('    | ' + line for line in parts[k]))
					break
				i += 1
	print(f'walk-through: {total} commands checked, {failures} problems')
	return 1 if failures else 0


def show(doc, outdir):
	for n, (append, cmds) in enumerate(parse(doc)):
		print(f"make debug CMDLINE='{append}'")
		text = (Path(outdir) / f'session-{n}.out').read_text()
		for (cmd, _), lines in zip(cmds, outputs(text, len(cmds))):
			print(f'(gdb) {cmd}')
			print('\n'.join(line for line in lines if line.strip()))
	return 0


def main():
	actions = {'extract': extract, 'show': show, 'check': check}
	if len(sys.argv) != 4 or sys.argv[1] not in actions:
		sys.exit('usage: walkthrough.py extract|show|check DOC DIR')
	return actions[sys.argv[1]](sys.argv[2], sys.argv[3]) or 0


if __name__ == '__main__':
	sys.exit(main())
