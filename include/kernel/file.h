/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Open files and the per-process table of file descriptors (Linux's
 * struct file and files_struct, cut down): enough for the console on 0,
 * 1 and 2, and for pipes (kernel/file.c, kernel/pipe.c). Full files
 * arrive with the files and devices issue.
 *
 * A task whose files pointer is NULL has the default table: the console
 * on 0, 1 and 2 and nothing else. The first pipe(2) or dup gives it a
 * table of its own; fork copies the parent's (each file's count taken),
 * exit closes every descriptor.
 */
#ifndef _KERNEL_FILE_H
#define _KERNEL_FILE_H

#include <kernel/types.h>
#include <kernel/uaccess.h>

struct file;
struct task_struct;

/* Every file has both: a file not open for one of them is refused before (f_mode). */
struct file_operations {
	long (*read)(struct file *file, char __user *buf, size_t count);
	long (*write)(struct file *file, const char __user *buf, size_t count);
	void (*release)(struct file *file);	/* the last reference went */
};

#define FMODE_READ	0x1
#define FMODE_WRITE	0x2

struct file {
	const struct file_operations *f_op;
	int f_count;			/* descriptors (in every table) and users */
	unsigned int f_mode;		/* FMODE_READ | FMODE_WRITE */
	void *private_data;		/* the pipe, for a pipe's ends */
};

#define NR_OPEN_DEFAULT	32	/* descriptors per process: 0 .. 31 */

struct files_struct {
	struct file *fd_array[NR_OPEN_DEFAULT];
};

/* The file behind fd in current's table, with a reference (fput it), or NULL. */
struct file *fget(unsigned int fd);
void get_file(struct file *file);
void fput(struct file *file);
/* The lowest free descriptor of current's table, now holding file (its reference); or -EMFILE, -ENOMEM. */
int fd_install_unused(struct file *file);

/* fork: a copy of the parent's table for the child (NULL for the default one). 0 or -ENOMEM. */
int copy_files(struct files_struct **out, struct task_struct *parent);
/* Closes every descriptor of a table and frees it (NULL: nothing). */
void put_files(struct files_struct *files);
/* exit: put_files of the task's table. */
void exit_files(struct task_struct *tsk);

/* The console's struct file (read: kernel/tty.c's line discipline; write: printk's console). */
extern struct file console_file;

long sys_close(unsigned int fd);
long sys_dup(unsigned int fd);
long sys_dup2(unsigned int oldfd, unsigned int newfd);
long sys_pipe(int __user *fds);
long sys_pipe2(int __user *fds, int flags);

#endif
