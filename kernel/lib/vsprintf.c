// SPDX-License-Identifier: GPL-2.0
/*
 * vsnprintf and friends: the formatter behind printk.
 *
 * The output goes through one small sink (struct out) that counts every
 * character the full result would have, but stores only those that fit
 * before the terminating NUL. So the C99 return value ("what the length
 * would have been") falls out for free, and no path can write past size.
 *
 * Integers are converted as unsigned long long magnitude plus a sign, so
 * INT_MIN and LLONG_MIN need no negation of a signed value (which would
 * overflow). Base 8 and 16 use shifts; base 10 divides 32 bits at a time
 * when the value fits, as a 64-bit division is a libgcc call on ARM.
 *
 * Field widths and precisions are capped at FIELD_MAX so that a stray
 * "%999999999d" costs a bounded amount of time rather than a billion
 * iterations; within the cap the semantics are C99's.
 */
#include <kernel/sprintf.h>
#include <kernel/string.h>

#define FIELD_MAX 0xffff

/* Flags of a conversion specification. */
#define F_LEFT	 0x01 /* '-': pad on the right */
#define F_ZERO	 0x02 /* '0': pad numbers with zeros */
#define F_PLUS	 0x04 /* '+': always print a sign */
#define F_SPACE	 0x08 /* ' ': a space where '+' would go */
#define F_ALT	 0x10 /* '#': 0 / 0x prefix */
#define F_UPPER	 0x20 /* %X */
#define F_SIGNED 0x40 /* %d, %i */
#define F_PTR	 0x80 /* %p: 0x even for a zero value */

struct out {
	char *buf;
	size_t size; /* bytes of buf usable for characters (size - 1) */
	size_t len;  /* characters produced so far, stored or not */
};

struct spec {
	unsigned int flags;
	int width;     /* 0 when none */
	int precision; /* -1 when none */
	unsigned int base;
};

static void put_char(struct out *o, char c)
{
	if (o->len < o->size)
		o->buf[o->len] = c;
	o->len++;
}

static void put_repeat(struct out *o, char c, int n)
{
	while (n-- > 0)
		put_char(o, c);
}

static void put_mem(struct out *o, const char *s, size_t n)
{
	while (n--)
		put_char(o, *s++);
}

/* Writes the digits of v backwards from end; returns the first digit. */
static char *format_digits(char *end, unsigned long long v, unsigned int base, bool upper)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	unsigned int shift = base == 16 ? 4 : 3;
	char *p = end;

	if (base == 10) {
		while (v > 0xffffffffu) {
			*--p = digits[v % 10];
			v /= 10;
		}
		for (u32 w = (u32)v; w; w /= 10)
			*--p = digits[w % 10];
		return p;
	}
	for (; v; v >>= shift)
		*--p = digits[v & (base - 1)];
	return p;
}

/*
 * Lays out one integer: [spaces][sign][prefix][zeros][digits][spaces].
 * The precision is a minimum digit count, and an explicit precision turns
 * the '0' flag off, as C99 says.
 */
static void format_number(struct out *o, const struct spec *sp, unsigned long long mag, bool neg)
{
	char tmp[24]; /* 22 octal digits hold 2^64 - 1 */
	char *end = tmp + sizeof(tmp);
	char *digits = format_digits(end, mag, sp->base, sp->flags & F_UPPER);
	int ndigits = end - digits;
	int precision = sp->precision < 0 ? 1 : sp->precision;
	const char *prefix = "";
	int zeros, pad;

	if (neg)
		prefix = "-";
	else if (sp->flags & F_SIGNED && sp->flags & F_PLUS)
		prefix = "+";
	else if (sp->flags & F_SIGNED && sp->flags & F_SPACE)
		prefix = " ";
	else if (sp->base == 16 && ((sp->flags & F_ALT && mag) || sp->flags & F_PTR))
		prefix = sp->flags & F_UPPER ? "0X" : "0x";
	/* '#' with octal: raise the precision so the first digit is a 0. */
	if (sp->flags & F_ALT && sp->base == 8 && precision <= ndigits)
		precision = ndigits + 1;

	zeros = precision > ndigits ? precision - ndigits : 0;
	pad = sp->width - (int)strlen(prefix) - zeros - ndigits;
	if ((sp->flags & (F_ZERO | F_LEFT)) == F_ZERO && sp->precision < 0) {
		zeros += pad > 0 ? pad : 0;
		pad = 0;
	}
	if (!(sp->flags & F_LEFT))
		put_repeat(o, ' ', pad);
	put_mem(o, prefix, strlen(prefix));
	put_repeat(o, '0', zeros);
	put_mem(o, digits, ndigits);
	if (sp->flags & F_LEFT)
		put_repeat(o, ' ', pad);
}

/* Pads a string or character field out to the width. */
static void format_str(struct out *o, const struct spec *sp, const char *s, size_t n)
{
	int pad = sp->width > (int)n ? sp->width - (int)n : 0;

	if (!(sp->flags & F_LEFT))
		put_repeat(o, ' ', pad);
	put_mem(o, s, n);
	if (sp->flags & F_LEFT)
		put_repeat(o, ' ', pad);
}

/* Reads a decimal field, saturating at FIELD_MAX. */
static int parse_field(const char **fmt)
{
	int v = 0;

	while (isdigit(**fmt)) {
		v = v * 10 + (*(*fmt)++ - '0');
		if (v > FIELD_MAX)
			v = FIELD_MAX;
	}
	return v;
}

static unsigned int parse_flags(const char **fmt)
{
	unsigned int flags = 0;

	for (;; (*fmt)++) {
		switch (**fmt) {
		case '-':
			flags |= F_LEFT;
			break;
		case '0':
			flags |= F_ZERO;
			break;
		case '+':
			flags |= F_PLUS;
			break;
		case ' ':
			flags |= F_SPACE;
			break;
		case '#':
			flags |= F_ALT;
			break;
		default:
			return flags;
		}
	}
}

/* Length modifiers, as the number of 'h's or 'l's, or 'z'. */
enum length { LEN_HH, LEN_H, LEN_NONE, LEN_L, LEN_LL, LEN_Z };

static enum length parse_length(const char **fmt)
{
	const char *f = *fmt;
	enum length len = LEN_NONE;

	if (f[0] == 'h')
		len = f[1] == 'h' ? LEN_HH : LEN_H;
	else if (f[0] == 'l')
		len = f[1] == 'l' ? LEN_LL : LEN_L;
	else if (f[0] == 'z')
		len = LEN_Z;
	if (len == LEN_HH || len == LEN_LL)
		*fmt += 2;
	else if (len != LEN_NONE)
		*fmt += 1;
	return len;
}

/*
 * Fetches a signed argument of the given length as a magnitude and a sign.
 * The argument is read with its promoted type (short and char arrive as
 * int) and then narrowed, so %hhd of 200 prints -56 as in C.
 */
static unsigned long long fetch_signed(va_list *args, enum length len, bool *neg)
{
	long long v;

	switch (len) {
	case LEN_HH:
		v = (signed char)va_arg(*args, int);
		break;
	case LEN_H:
		v = (short)va_arg(*args, int);
		break;
	case LEN_L:
		v = va_arg(*args, long);
		break;
	case LEN_LL:
		v = va_arg(*args, long long);
		break;
	case LEN_Z:
		/* The signed type the width of size_t. */
		v = va_arg(*args, ptrdiff_t);
		break;
	default:
		v = va_arg(*args, int);
		break;
	}
	*neg = v < 0;
	/* Negating in unsigned arithmetic is defined even for LLONG_MIN. */
	return *neg ? 0 - (unsigned long long)v : (unsigned long long)v;
}

static unsigned long long fetch_unsigned(va_list *args, enum length len)
{
	switch (len) {
	case LEN_HH:
		return (unsigned char)va_arg(*args, unsigned int);
	case LEN_H:
		return (unsigned short)va_arg(*args, unsigned int);
	case LEN_L:
		return va_arg(*args, unsigned long);
	case LEN_LL:
		return va_arg(*args, unsigned long long);
	case LEN_Z:
		return va_arg(*args, size_t);
	default:
		return va_arg(*args, unsigned int);
	}
}

/* %s: the precision bounds how much of s is read, not just printed. */
static void format_string(struct out *o, struct spec *sp, const char *s)
{
	size_t max = sp->precision < 0 ? (size_t)-1 : (size_t)sp->precision;

	if (!s)
		s = "(null)";
	format_str(o, sp, s, strnlen(s, max));
}

/* %p: 0x and at least 8 hex digits (exactly 8 on the 32-bit target). */
static void format_pointer(struct out *o, struct spec *sp, const void *p)
{
	sp->base = 16;
	sp->precision = 8;
	sp->flags = (sp->flags & F_LEFT) | F_PTR;
	format_number(o, sp, (uintptr_t)p, false);
}

/*
 * Handles one conversion character c with its parsed spec. Returns false
 * for an unknown conversion, which the caller prints verbatim.
 */
static bool format_one(struct out *o, struct spec *sp, enum length len, char c, va_list *args)
{
	bool neg = false;
	unsigned long long v;
	char ch;

	switch (c) {
	case 'd':
	case 'i':
		sp->flags |= F_SIGNED;
		v = fetch_signed(args, len, &neg);
		format_number(o, sp, v, neg);
		return true;
	case 'X':
		sp->flags |= F_UPPER;
		/* fall through */
	case 'x':
	case 'o':
	case 'u':
		sp->base = c == 'u' ? 10 : c == 'o' ? 8 : 16;
		v = fetch_unsigned(args, len);
		format_number(o, sp, v, false);
		return true;
	case 'p':
		format_pointer(o, sp, va_arg(*args, void *));
		return true;
	case 's':
		format_string(o, sp, va_arg(*args, const char *));
		return true;
	case 'c':
		ch = (char)va_arg(*args, int);
		format_str(o, sp, &ch, 1);
		return true;
	case '%':
		put_char(o, '%');
		return true;
	default:
		return false;
	}
}

/*
 * Parses the specification after a '%' and formats it. A negative '*'
 * width means '-' and its magnitude; a negative '*' precision means none.
 */
static const char *format_spec(struct out *o, const char *fmt, va_list *args)
{
	const char *start = fmt - 1; /* the '%' */
	struct spec sp = {.precision = -1, .base = 10};
	enum length len;

	sp.flags = parse_flags(&fmt);
	if (*fmt == '*') {
		int w = va_arg(*args, int);

		fmt++;
		if (w < 0)
			sp.flags |= F_LEFT;
		/* Via unsigned, so that -INT_MIN does not overflow. */
		sp.width = (int)min(w < 0 ? 0u - (unsigned int)w : (unsigned int)w, FIELD_MAX);
	} else {
		sp.width = parse_field(&fmt);
	}
	if (*fmt == '.') {
		fmt++;
		if (*fmt == '*') {
			int p = va_arg(*args, int);

			fmt++;
			sp.precision = p < 0 ? -1 : min(p, FIELD_MAX);
		} else {
			sp.precision = parse_field(&fmt);
		}
	}
	len = parse_length(&fmt);
	if (!*fmt || !format_one(o, &sp, len, *fmt, args)) {
		/* Unknown or missing conversion: copy the whole spec as text. */
		if (*fmt)
			fmt++;
		put_mem(o, start, fmt - start);
		return fmt;
	}
	return fmt + 1;
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	struct out o = {.buf = buf, .size = size ? size - 1 : 0};
	va_list ap;

	/* A copy, so that helpers can take &ap whatever va_list's type is. */
	va_copy(ap, args);
	while (*fmt) {
		if (*fmt == '%')
			fmt = format_spec(&o, fmt + 1, &ap);
		else
			put_char(&o, *fmt++);
	}
	va_end(ap);
	if (size)
		buf[min(o.len, o.size)] = '\0';
	return o.len > __INT_MAX__ ? __INT_MAX__ : (int)o.len;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprintf(buf, size, fmt, args);
	va_end(args);
	return n;
}

int vscnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	int n = vsnprintf(buf, size, fmt, args);

	if (!size)
		return 0;
	return (size_t)n < size ? n : (int)(size - 1);
}

int scnprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vscnprintf(buf, size, fmt, args);
	va_end(args);
	return n;
}
