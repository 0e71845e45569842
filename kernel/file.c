// SPDX-License-Identifier: GPL-2.0
/*
 * File descriptors (Linux's fs/file.c and fs/read_write.c, cut down): the
 * table, close/dup/dup2, read(2) and write(2) through each file's
 * operations, and the console as the file behind 0, 1 and 2.
 *
 * Counts and table slots change with IRQs masked: one CPU, and a switch
 * must not split a read-modify-write. The operations themselves (which
 * may sleep) run with only the caller's reference held.
 */
#include <kernel/errno.h>
#include <kernel/file.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/slab.h>
#include <kernel/string.h>
#include <kernel/syscalls.h>
#include <kernel/tty.h>
#include <asm/irqflags.h>

/* Writes go to the console (and the log), in chunks. */
static long console_write_user(struct file *file, const char __user *buf, size_t count)
{
	char chunk[128];
	size_t done = 0;

	(void)file;
	while (done < count) {
		size_t n = min(count - done, sizeof(chunk));

		if (copy_from_user(chunk, buf + done, n))
			return done ? (long)done : -EFAULT;
		console_printf("%.*s", (int)n, chunk);
		done += n;
	}
	return done;
}

static long console_read_user(struct file *file, char __user *buf, size_t count)
{
	(void)file;
	return tty_read(buf, count);
}

static const struct file_operations console_fops = {
	.read = console_read_user,
	.write = console_write_user,
};

/* Never freed: its count starts at 1, and it has no release. */
struct file console_file = {
	.f_op = &console_fops,
	.f_count = 1,
	.f_mode = FMODE_READ | FMODE_WRITE,
};

static struct file *default_fd(unsigned int fd)
{
	return fd <= 2 ? &console_file : NULL;
}

void get_file(struct file *file)
{
	unsigned long flags;

	local_irq_save(flags);
	file->f_count++;
	local_irq_restore(flags);
}

void fput(struct file *file)
{
	unsigned long flags;
	int left;

	local_irq_save(flags);
	left = --file->f_count;
	local_irq_restore(flags);
	if (!left && file->f_op->release) {
		file->f_op->release(file);
		kfree(file);
	}
}

struct file *fget(unsigned int fd)
{
	struct files_struct *files = current->files;
	struct file *file;
	unsigned long flags;

	if (fd >= NR_OPEN_DEFAULT)
		return NULL;
	local_irq_save(flags);
	file = files ? files->fd_array[fd] : default_fd(fd);
	if (file)
		file->f_count++;
	local_irq_restore(flags);
	return file;
}

/* current's own table, made from the default one on first need. */
static struct files_struct *own_files(void)
{
	struct files_struct *files = current->files;
	unsigned int fd;

	if (files)
		return files;
	files = kzalloc(sizeof(*files), GFP_KERNEL);
	if (!files)
		return NULL;
	for (fd = 0; fd <= 2; fd++) {
		files->fd_array[fd] = &console_file;
		get_file(&console_file);
	}
	current->files = files;
	return files;
}

/* Puts file at fd (taking over the caller's reference); returns what was there. */
static struct file *replace_fd(struct files_struct *files, unsigned int fd, struct file *file)
{
	unsigned long flags;
	struct file *old;

	local_irq_save(flags);
	old = files->fd_array[fd];
	files->fd_array[fd] = file;
	local_irq_restore(flags);
	return old;
}

int fd_install_unused(struct file *file)
{
	struct files_struct *files = own_files();
	unsigned long flags;
	unsigned int fd;

	if (!files)
		return -ENOMEM;
	local_irq_save(flags);
	for (fd = 0; fd < NR_OPEN_DEFAULT; fd++) {
		if (!files->fd_array[fd]) {
			files->fd_array[fd] = file;
			break;
		}
	}
	local_irq_restore(flags);
	return fd < NR_OPEN_DEFAULT ? (int)fd : -EMFILE;
}

int copy_files(struct files_struct **out, struct task_struct *parent)
{
	struct files_struct *files;
	unsigned int fd;

	*out = NULL;
	if (!parent->files)
		return 0;
	files = kzalloc(sizeof(*files), GFP_KERNEL);
	if (!files)
		return -ENOMEM;
	for (fd = 0; fd < NR_OPEN_DEFAULT; fd++) {
		struct file *file = parent->files->fd_array[fd];

		if (file) {
			get_file(file);
			files->fd_array[fd] = file;
		}
	}
	*out = files;
	return 0;
}

void exit_files(struct task_struct *tsk)
{
	struct files_struct *files = tsk->files;

	tsk->files = NULL;
	put_files(files);
}

void put_files(struct files_struct *files)
{
	unsigned int fd;

	if (!files)
		return;
	for (fd = 0; fd < NR_OPEN_DEFAULT; fd++)
		if (files->fd_array[fd])
			fput(files->fd_array[fd]);
	kfree(files);
}

long sys_close(unsigned int fd)
{
	struct files_struct *files;
	struct file *file;

	if (fd >= NR_OPEN_DEFAULT)
		return -EBADF;
	files = own_files();
	if (!files)
		return -ENOMEM;
	file = replace_fd(files, fd, NULL);
	if (!file)
		return -EBADF;
	fput(file);
	return 0;
}

long sys_dup2(unsigned int oldfd, unsigned int newfd)
{
	struct files_struct *files;
	struct file *file, *old;

	if (newfd >= NR_OPEN_DEFAULT)
		return -EBADF;
	file = fget(oldfd);
	if (!file)
		return -EBADF;
	if (oldfd == newfd) {
		fput(file);
		return newfd;
	}
	files = own_files();
	if (!files) {
		fput(file);
		return -ENOMEM;
	}
	old = replace_fd(files, newfd, file);
	if (old)
		fput(old);
	return newfd;
}

long sys_dup(unsigned int fd)
{
	struct file *file = fget(fd);
	int newfd;

	if (!file)
		return -EBADF;
	newfd = fd_install_unused(file);
	if (newfd < 0)
		fput(file);
	return newfd;
}

/* read(2) and write(2): the file behind fd must be open for mode, buf user memory. */
static long file_rw(unsigned int fd, unsigned int mode, void __user *buf, size_t count)
{
	struct file *file = fget(fd);
	long ret = -EBADF;

	if (!file)
		return ret;
	if (file->f_mode & mode) {
		ret = -EFAULT;
		if (access_ok(buf, count))
			ret = mode == FMODE_READ ? file->f_op->read(file, buf, count) :
						   file->f_op->write(file, buf, count);
	}
	fput(file);
	return ret;
}

long sys_read(unsigned int fd, char __user *buf, size_t count)
{
	return file_rw(fd, FMODE_READ, buf, count);
}

long sys_write(unsigned int fd, const char __user *buf, size_t count)
{
	return file_rw(fd, FMODE_WRITE, (void __user *)buf, count);
}
