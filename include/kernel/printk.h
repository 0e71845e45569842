/* SPDX-License-Identifier: GPL-2.0 */
/*
 * printk: formatted kernel messages (kernel/printk.c).
 *
 * A message may start with a log level, KERN_ERR etc., as in Linux; one
 * without a level gets MESSAGE_LOGLEVEL_DEFAULT. Every message goes into the
 * log buffer (the monitor's `dmesg` prints it) and, when its level is below
 * console_loglevel (`loglevel=` on the command line), to the console.
 *
 * console_printf() is for what the user asked to see, the monitor's
 * answers and self-test results: it is logged too, but printed whatever
 * the log level. console_muted (set only by self-tests that exercise noisy
 * code) keeps both off the console; die() and panic() clear it and raise
 * the log level, so a crash report is always printed.
 *
 * The console is usable from the first line of start_kernel: head.S maps
 * the UART.
 */
#ifndef _KERNEL_PRINTK_H
#define _KERNEL_PRINTK_H

#include <stdarg.h>
#include <kernel/compiler.h>
#include <kernel/types.h>

#define KERN_SOH     "\001"
#define KERN_EMERG   KERN_SOH "0"
#define KERN_ALERT   KERN_SOH "1"
#define KERN_CRIT    KERN_SOH "2"
#define KERN_ERR     KERN_SOH "3"
#define KERN_WARNING KERN_SOH "4"
#define KERN_NOTICE  KERN_SOH "5"
#define KERN_INFO    KERN_SOH "6"
#define KERN_DEBUG   KERN_SOH "7"
#define KERN_CONT    KERN_SOH "c"

#define MESSAGE_LOGLEVEL_DEFAULT 4	/* a message without a level, as in Linux */
#define CONSOLE_LOGLEVEL_DEFAULT 7	/* print everything but KERN_DEBUG */
#define CONSOLE_LOGLEVEL_MIN	 1	/* KERN_EMERG always gets through */
#define CONSOLE_LOGLEVEL_MOTORMOUTH 15	/* everything: set by die() and panic() */
extern int console_loglevel;
extern bool console_muted;

int printk(const char *fmt, ...) __printf(1, 2);
int vprintk(const char *fmt, va_list args);
/* Logged and printed whatever the log level (monitor output, KTAP). */
int console_printf(const char *fmt, ...) __printf(1, 2);
int console_vprintf(const char *fmt, va_list args);
/* Unmutes the console and prints every level from now on (crash reports). */
void console_verbose(void);

#define pr_emerg(fmt, ...) printk(KERN_EMERG fmt, ##__VA_ARGS__)
#define pr_alert(fmt, ...) printk(KERN_ALERT fmt, ##__VA_ARGS__)
#define pr_err(fmt, ...)   printk(KERN_ERR fmt, ##__VA_ARGS__)
#define pr_warn(fmt, ...)  printk(KERN_WARNING fmt, ##__VA_ARGS__)
#define pr_notice(fmt, ...) printk(KERN_NOTICE fmt, ##__VA_ARGS__)
#define pr_info(fmt, ...)  printk(KERN_INFO fmt, ##__VA_ARGS__)
#define pr_debug(fmt, ...) printk(KERN_DEBUG fmt, ##__VA_ARGS__)
#define pr_cont(fmt, ...)  printk(KERN_CONT fmt, ##__VA_ARGS__)

/* The log buffer: copies out up to size bytes starting at byte pos. */
unsigned int log_buf_len(void);
unsigned int log_buf_copy(char *dst, unsigned int pos, unsigned int size);

/* Writes straight to the console, bypassing the log and the mute (dmesg, echo). */
void console_write(const char *s, unsigned int len);

void __noreturn panic(const char *fmt, ...) __printf(1, 2);

/* The current call chain, printed like an Oops's backtrace (arch). */
void dump_stack(void);

#define WARN_ON(cond)                                                                      \
	({                                                                                 \
		bool __c = !!(cond);                                                       \
		if (unlikely(__c))                                                         \
			printk(KERN_WARNING "WARNING: %s:%d: %s\n", __FILE__, __LINE__, #cond); \
		__c;                                                                       \
	})
#define BUG_ON(cond)                                                                       \
	do {                                                                               \
		if (unlikely(cond))                                                        \
			panic("BUG at %s:%d: %s", __FILE__, __LINE__, #cond);              \
	} while (0)

#endif
