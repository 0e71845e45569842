// SPDX-License-Identifier: GPL-2.0
/*
 * Command-line tokenizing, shared by the kernel command line (kernel/params.c)
 * and the monitor (kernel/monitor.c). All of it works in place on a
 * writable copy and never reads past the terminating NUL.
 */
#include <kernel/cmdline.h>
#include <kernel/string.h>

/* Removes every '"' from s, in place. */
static void strip_quotes(char *s)
{
	char *d = s;

	for (; *s; s++)
		if (*s != '"')
			*d++ = *s;
	*d = '\0';
}

/*
 * Returns the end of the word starting at s: the first white space (or
 * ';' when stop_at_semicolon) outside quotes, or the NUL.
 */
static char *word_end(char *s, bool stop_at_semicolon, int *err)
{
	bool quoted = false;

	for (; *s; s++) {
		if (*s == '"')
			quoted = !quoted;
		else if (!quoted && (isspace(*s) || (stop_at_semicolon && *s == ';')))
			break;
	}
	if (quoted && err)
		*err = CMDLINE_ERR_QUOTE;
	return s;
}

char *next_arg(char *args, char **param, char **val, int *err)
{
	char *end, *eq;
	bool more;

	args = skip_spaces(args);
	if (!*args)
		return NULL;
	end = word_end(args, false, err);
	more = *end != '\0';
	*end = '\0';
	*param = args;
	*val = NULL;
	eq = strchr(args, '=');
	if (eq) {
		*eq = '\0';
		*val = eq + 1;
		strip_quotes(*val);
	}
	strip_quotes(*param);
	return more ? end + 1 : end;
}

char *next_command(char *line)
{
	char *end = word_end(line, true, NULL);

	while (*end && isspace(*end))	/* white space inside the command */
		end = word_end(end + 1, true, NULL);
	if (*end != ';')
		return NULL;
	*end = '\0';
	return end + 1;
}

int split_words(char *cmd, char **argv, int max, int *err)
{
	int argc = 0;
	char *end;

	for (;;) {
		bool more;

		cmd = skip_spaces(cmd);
		if (!*cmd)
			return argc;
		if (argc == max)
			return -1;
		end = word_end(cmd, false, err);
		more = *end != '\0';
		*end = '\0';
		strip_quotes(cmd);
		argv[argc++] = cmd;
		if (!more)
			return argc;
		cmd = end + 1;
	}
}
