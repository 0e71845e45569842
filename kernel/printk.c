// SPDX-License-Identifier: GPL-2.0
/*
 * printk and the kernel log buffer.
 *
 * Every message is formatted into a bounded line buffer, its level prefix
 * (KERN_ERR, ...) is stripped, the text is appended to a ring buffer of
 * LOG_BUF_LEN bytes (what `dmesg` prints), and, if its level is below
 * console_loglevel (or it came through console_printf), written to the
 * board console with "\n" sent as "\r\n". A message cut at LINE_MAX keeps
 * its final newline, so the next message never runs into it.
 *
 * Invariant: log_next counts every byte ever logged; the ring holds the
 * last min(log_next, LOG_BUF_LEN) of them. The kernel is single-CPU and
 * printk runs with interrupts masked until interrupts exist, so no lock is
 * taken yet.
 */
#include <board.h>
#include <kernel/printk.h>
#include <kernel/sprintf.h>
#include <kernel/string.h>

#define LOG_BUF_LEN	(16 * 1024)
#define LINE_MAX	512

int console_loglevel = CONSOLE_LOGLEVEL_DEFAULT;
bool console_muted;

static char log_buf[LOG_BUF_LEN];
static unsigned int log_next;

static void log_store(const char *s, unsigned int len)
{
	while (len--)
		log_buf[log_next++ % LOG_BUF_LEN] = *s++;
}

unsigned int log_buf_len(void)
{
	return log_next < LOG_BUF_LEN ? log_next : LOG_BUF_LEN;
}

unsigned int log_buf_copy(char *dst, unsigned int pos, unsigned int size)
{
	unsigned int first = log_next - log_buf_len(), n = 0;

	while (n < size && pos + n < log_buf_len()) {
		dst[n] = log_buf[(first + pos + n) % LOG_BUF_LEN];
		n++;
	}
	return n;
}

void console_write(const char *s, unsigned int len)
{
	for (; len; len--, s++) {
		if (*s == '\n')
			board_console_putc('\r');
		board_console_putc(*s);
	}
}

/* Splits off a "\001<level>" prefix; returns the level or -1 for KERN_CONT. */
static int printk_get_level(const char **text)
{
	const char *s = *text;
	int level = MESSAGE_LOGLEVEL_DEFAULT;

	if (s[0] == KERN_SOH[0] && s[1]) {
		if (s[1] >= '0' && s[1] <= '7')
			level = s[1] - '0';
		else if (s[1] == 'c')
			level = -1;
		*text = s + 2;
	}
	return level;
}

/*
 * Formats one message into line[LINE_MAX]; returns its length. A message
 * too long for the line is cut, but keeps the newline it ended with.
 */
static int format_line(char *line, const char *fmt, va_list args)
{
	va_list copy;
	int want, len;

	va_copy(copy, args);
	want = vsnprintf(line, LINE_MAX, fmt, copy);
	va_end(copy);
	len = want < LINE_MAX ? want : LINE_MAX - 1;
	if (want > len && fmt[0] && fmt[strlen(fmt) - 1] == '\n')
		line[len - 1] = '\n';
	return len;
}

/* Logs a message; prints it if show. Returns the length of its text. */
static int emit(const char *fmt, va_list args, bool always)
{
	static int last_level = MESSAGE_LOGLEVEL_DEFAULT;
	char line[LINE_MAX];
	const char *text = line;
	int level, len;

	len = format_line(line, fmt, args);
	level = printk_get_level(&text);
	if (level < 0)
		level = last_level;	/* a continuation shares its line's level */
	last_level = level;
	len -= text - line;
	log_store(text, len);
	if (!console_muted && (always || level < console_loglevel))
		console_write(text, len);
	return len;
}

int vprintk(const char *fmt, va_list args)
{
	return emit(fmt, args, false);
}

int printk(const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vprintk(fmt, args);
	va_end(args);
	return n;
}

int console_vprintf(const char *fmt, va_list args)
{
	return emit(fmt, args, true);
}

int console_printf(const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = console_vprintf(fmt, args);
	va_end(args);
	return n;
}

void console_verbose(void)
{
	console_muted = false;
	console_loglevel = CONSOLE_LOGLEVEL_MOTORMOUTH;
}
