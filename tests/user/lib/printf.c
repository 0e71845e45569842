// SPDX-License-Identifier: GPL-2.0
/*
 * A small printf: conversions %d %i %u %x %X %s %c %p %%, the l modifier
 * (a no-op on this 32-bit target, accepted for %ld %lu %lx), a field width
 * and the '-' and '0' flags. printf and dprintf format into a buffer on
 * the stack and write it out with as few write() calls as it takes.
 */
#include "ulib.h"

struct out {
	char *buf;
	size_t size;	/* of buf; 0 for counting only */
	size_t len;	/* characters in buf (or produced, for snprintf) */
	size_t total;	/* characters produced so far */
	int fd;		/* >= 0: flush buf to fd whenever it fills */
};

static void flush(struct out *o)
{
	size_t done = 0;

	while (done < o->len) {
		ssize_t n = write(o->fd, o->buf + done, o->len - done);

		if (n <= 0)
			break;
		done += n;
	}
	o->len = 0;
}

static void put(struct out *o, char c)
{
	o->total++;
	if (o->fd >= 0) {
		if (o->len == o->size)
			flush(o);
		o->buf[o->len++] = c;
		return;
	}
	if (o->len + 1 < o->size)
		o->buf[o->len] = c;
	o->len++;
}

static void pad(struct out *o, int n, char c)
{
	while (n-- > 0)
		put(o, c);
}

/* One converted field: sign/prefix, zero or space padding to width. */
static void field(struct out *o, const char *prefix, const char *digits, int len, int width,
		  int left, int zero)
{
	int plen = strlen(prefix);
	int fill = width - len - plen;

	if (!left && !zero)
		pad(o, fill, ' ');
	while (*prefix)
		put(o, *prefix++);
	if (!left && zero)
		pad(o, fill, '0');
	while (len--)
		put(o, *digits++);
	if (left)
		pad(o, fill, ' ');
}

static int format(struct out *o, const char *fmt, va_list ap)
{
	static const char lower[] = "0123456789abcdef", upper[] = "0123456789ABCDEF";
	char tmp[12];

	for (; *fmt; fmt++) {
		int left = 0, zero = 0, width = 0, base = 10, len;
		const char *digits = lower, *prefix = "", *s;
		unsigned long v;
		char c;

		if (*fmt != '%') {
			put(o, *fmt);
			continue;
		}
		for (fmt++; *fmt == '-' || *fmt == '0'; fmt++) {
			if (*fmt == '-')
				left = 1;
			else
				zero = 1;
		}
		if (*fmt == '*') {
			width = va_arg(ap, int);
			fmt++;
		}
		while (*fmt >= '0' && *fmt <= '9')
			width = width * 10 + (*fmt++ - '0');
		while (*fmt == 'l')
			fmt++;
		if (left)
			zero = 0;
		switch (*fmt) {
		case 'd':
		case 'i': {
			long sv = va_arg(ap, long);

			if (sv < 0) {
				prefix = "-";
				v = -(unsigned long)sv;
			} else {
				v = sv;
			}
			goto number;
		}
		case 'p':
			prefix = "0x";
			v = (unsigned long)va_arg(ap, void *);
			base = 16;
			goto number;
		case 'X':
			digits = upper;
			/* fall through */
		case 'x':
			base = 16;
			/* fall through */
		case 'u':
			v = va_arg(ap, unsigned long);
number:
			len = 0;
			do {
				tmp[sizeof(tmp) - 1 - len++] = digits[v % base];
				v /= base;
			} while (v);
			field(o, prefix, tmp + sizeof(tmp) - len, len, width, left, zero);
			break;
		case 's':
			s = va_arg(ap, const char *);
			if (!s)
				s = "(null)";
			field(o, "", s, strlen(s), width, left, 0);
			break;
		case 'c':
			c = (char)va_arg(ap, int);
			field(o, "", &c, 1, width, left, 0);
			break;
		case '%':
			put(o, '%');
			break;
		case '\0':
			return o->total;
		default: /* unknown: print it as it was */
			put(o, '%');
			put(o, *fmt);
			break;
		}
	}
	return o->total;
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	struct out o = { .buf = buf, .size = size, .fd = -1 };
	int n = format(&o, fmt, ap);

	if (size)
		buf[(size_t)n < size ? (size_t)n : size - 1] = '\0';
	return n;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

static int vdprintf(int fd, const char *fmt, va_list ap)
{
	char buf[256];
	struct out o = { .buf = buf, .size = sizeof(buf), .fd = fd };
	int total = format(&o, fmt, ap);

	flush(&o);
	return total;
}

int dprintf(int fd, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vdprintf(fd, fmt, ap);
	va_end(ap);
	return n;
}

int printf(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vdprintf(STDOUT_FILENO, fmt, ap);
	va_end(ap);
	return n;
}

int puts(const char *s)
{
	return printf("%s\n", s);
}
