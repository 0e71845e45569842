// SPDX-License-Identifier: GPL-2.0
/*
 * The console's input side, shared by the monitor and read(2) on stdin: a
 * small line discipline, in the spirit of Linux's n_tty in canonical mode
 * with echo.
 *
 * Input arrives by interrupt into the board's receive ring; the reader
 * sleeps on console_wait until console_input_ready() wakes it. A line is
 * edited in a fixed buffer: printable characters are echoed, Backspace/DEL
 * erase, Ctrl-U erases the line, Ctrl-C abandons it, escape sequences
 * (arrow keys) are swallowed, anything else is ignored; a line longer than
 * the buffer rings the bell instead of growing. So no byte sequence on the
 * serial line can overflow anything.
 *
 * Two readers share the console: the monitor's thread and user programs
 * reading stdin. A user reader has it first: while one waits, the monitor
 * takes no input, so what is typed for a program reaches the program.
 * One user reader at a time; the others wait their turn.
 */
#include <board.h>
#include <kernel/errno.h>
#include <kernel/irq.h>
#include <kernel/monitor.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/signal.h>
#include <kernel/string.h>
#include <kernel/tty.h>
#include <kernel/uaccess.h>
#include <kernel/wait.h>
#include <asm/irqflags.h>

/* Readers of the console sleep here; input and a reader's leaving wake them. */
static DECLARE_WAIT_QUEUE_HEAD(console_wait);
static int user_readers;	/* user tasks in tty_read: the monitor stays off */
static bool user_reading;	/* one of them is editing a line */

void console_input_ready(void)
{
	wake_up_all(&console_wait);
}

/*
 * Sleeps until ready() is true, or (interruptible) until a signal is
 * pending: -ERESTARTSYS then (the read is restarted after a SA_RESTART
 * handler, else fails with -EINTR). Without interrupts (before the controller, or
 * with IRQs masked) it polls instead.
 */
static int tty_wait(bool (*ready)(int *c), int *c, bool interruptible)
{
	struct wait_queue_entry wait;
	int ret = 0;

	if (ready(c))
		return 0;
	if (irqs_disabled() || !nr_irqs() || !current) {
		while (!ready(c))
			;
		return 0;
	}
	init_wait_entry(&wait, current);
	for (;;) {
		prepare_to_wait(&console_wait, &wait, TASK_INTERRUPTIBLE);
		if (ready(c))
			break;
		if (interruptible && signal_pending(current)) {
			ret = syscall_interrupted(-ERESTARTSYS);
			break;
		}
		schedule();
	}
	finish_wait(&console_wait, &wait);
	return ret;
}

static bool monitor_may_read(int *c)
{
	return !READ_ONCE(user_readers) && (*c = board_console_getc()) >= 0;
}

static bool user_may_read(int *c)
{
	return (*c = board_console_getc()) >= 0;
}

static bool line_free(int *c)
{
	(void)c;
	return !READ_ONCE(user_reading);
}

/*
 * Escape sequences from terminals: ESC [ params final (CSI: arrows, Home,
 * F5...) and ESC O x (SS3: arrows, F1-F4 on some terminals). They are
 * swallowed whole. After a lone ESC, any other byte ends the sequence and
 * is handled normally, so ESC followed by Enter still ends the line.
 */
enum esc_state { ESC_NONE, ESC_START, ESC_CSI, ESC_SS3 };

/* Feeds c to the escape parser; returns true if c was part of a sequence. */
static bool swallow_escape(enum esc_state *st, int c)
{
	switch (*st) {
	case ESC_START:
		*st = c == '[' ? ESC_CSI : c == 'O' ? ESC_SS3 : ESC_NONE;
		return *st != ESC_NONE;
	case ESC_CSI:
		if (!(isdigit(c) || c == ';'))
			*st = ESC_NONE;	/* the final byte */
		return true;
	case ESC_SS3:
		*st = ESC_NONE;
		return true;
	default:
		if (c == 0x1b)
			*st = ESC_START;
		return c == 0x1b;
	}
}

static void erase_line(unsigned int *len)
{
	while (*len) {
		(*len)--;
		console_write("\b \b", 3);
	}
}

int tty_read_line(char *buf, unsigned int size, const char *after_ctrl_c, bool user, bool *eol)
{
	unsigned int len = 0;
	enum esc_state esc = ESC_NONE;
	bool last_cr = false;

	for (;;) {
		int c, err = tty_wait(user ? user_may_read : monitor_may_read, &c, user);

		if (err)
			return err;
		if (swallow_escape(&esc, c))
			continue;
		if (c == '\n' && last_cr) {	/* the \n of a \r\n pair */
			last_cr = false;
			continue;
		}
		last_cr = c == '\r';
		if (c == '\r' || c == '\n') {
			buf[len] = '\0';
			console_write("\n", 1);
			*eol = true;
			return len;
		} else if (c == 0x04 && user) {	/* Ctrl-D: the line as it is; at its start, EOF */
			buf[len] = '\0';
			*eol = false;
			return len;
		} else if (c == '\b' || c == 0x7f) {
			if (len) {
				len--;
				console_write("\b \b", 3);
			}
		} else if (c == 0x15) {		/* Ctrl-U */
			erase_line(&len);
		} else if (c == 0x03) {		/* Ctrl-C */
			console_write("^C\n", 3);
			console_write(after_ctrl_c, strlen(after_ctrl_c));
			len = 0;
		} else if (isprint(c)) {
			if (len + 1 < size) {
				char ch = c;

				buf[len++] = ch;
				console_write(&ch, 1);
			} else {
				console_write("\a", 1);
			}
		}
	}
}

/*
 * What a user read has not taken of the last line (with its '\n'), so
 * the next read continues there, as a tty's canonical mode.
 */
static char pending[TTY_MAX_LINE + 1];
static unsigned int pending_len, pending_off;

/*
 * The next line into pending, with its '\n' if Enter ended it: 0, or
 * -ERESTARTSYS. Ctrl-D at the start of a line leaves pending empty: the read
 * returns 0, end of input, as on Linux.
 */
static int fill_pending(void)
{
	bool eol = false;
	int n = tty_read_line(pending, TTY_MAX_LINE, "", true, &eol);

	if (n < 0)
		return n;
	pending_off = 0;
	pending_len = n;
	if (eol)
		pending[pending_len++] = '\n';
	return 0;
}

/* user_readers changes under IRQs masked: a read-modify-write a switch must not split. */
static void add_user_reader(int delta)
{
	unsigned long flags;

	local_irq_save(flags);
	user_readers += delta;
	local_irq_restore(flags);
}

long tty_read(char __user *buf, size_t count)
{
	long ret;
	size_t n;

	if (!count)
		return 0;
	add_user_reader(1);
	ret = tty_wait(line_free, NULL, true);
	if (ret)
		goto out;
	WRITE_ONCE(user_reading, true);
	ret = pending_off < pending_len ? 0 : fill_pending();
	if (ret)
		goto done;
	n = min(count, (size_t)(pending_len - pending_off));
	if (copy_to_user(buf, pending + pending_off, n)) {
		ret = -EFAULT;
		goto done;
	}
	pending_off += n;
	ret = n;
done:
	WRITE_ONCE(user_reading, false);
out:
	add_user_reader(-1);
	wake_up_all(&console_wait);	/* the monitor, or the next user reader */
	return ret;
}
