// SPDX-License-Identifier: GPL-2.0
/*
 * pipe(2) (42) and pipe2(2) (359), after Linux's fs/pipe.c: a one-page
 * ring between two struct files, the read end and the write end.
 *
 * A read waits while the ring is empty and a writer exists; with no
 * writer left it returns 0 (end of file). A write waits for room, and a
 * write of at most PIPE_BUF bytes goes in whole, never interleaved with
 * another's; with no reader left it sends SIGPIPE and fails with -EPIPE.
 * Both may be interrupted by a signal (restarted after a SA_RESTART
 * handler if nothing moved yet).
 *
 * The ring's indexes change under the pipe's lock, a sleeping lock since
 * copies to and from user memory may fault (and, with demand paging,
 * sleep); the reader and writer counts and wakeups under IRQs masked.
 */
#include <kernel/errno.h>
#include <kernel/file.h>
#include <kernel/gfp.h>
#include <kernel/mm.h>
#include <kernel/sched.h>
#include <kernel/signal.h>
#include <kernel/slab.h>
#include <kernel/syscalls.h>
#include <kernel/wait.h>
#include <asm/irqflags.h>

#define PIPE_SIZE	PAGE_SIZE	/* the ring's bytes */
#define PIPE_BUF	4096		/* writes this small are atomic (POSIX, Linux's value) */
#define O_NONBLOCK	00004000	/* pipe2 flags (Linux's ARM values) */
#define O_CLOEXEC	02000000

struct pipe_inode_info {
	char *buf;			/* PIPE_SIZE bytes */
	unsigned int head, tail;	/* free running: head - tail bytes are in the ring */
	int readers, writers;		/* open struct files of each end */
	bool locked;
	struct wait_queue_head wait;	/* readers, writers and the lock's waiters */
};

static bool pipe_trylock(struct pipe_inode_info *pipe)
{
	unsigned long flags;
	bool got;

	local_irq_save(flags);
	got = !pipe->locked;
	pipe->locked = true;
	local_irq_restore(flags);
	return got;
}

static void pipe_lock(struct pipe_inode_info *pipe)
{
	wait_event(pipe->wait, pipe_trylock(pipe));
}

static void pipe_unlock(struct pipe_inode_info *pipe)
{
	WRITE_ONCE(pipe->locked, false);
	wake_up_all(&pipe->wait);
}

/*
 * What a reader (room 0) or a writer (room: the bytes it needs free)
 * waits for: something to read or no writer left; that much room or no
 * reader left.
 */
static bool pipe_ready(struct pipe_inode_info *pipe, size_t room)
{
	unsigned int used = READ_ONCE(pipe->head) - READ_ONCE(pipe->tail);

	if (!room)
		return used || !READ_ONCE(pipe->writers);
	return PIPE_SIZE - used >= room || !READ_ONCE(pipe->readers);
}

/*
 * Waits, unlocked, until pipe_ready(pipe, room) or a signal, then takes
 * the lock again: 0, or -ERESTARTSYS (unlocked then; restarted after a
 * SA_RESTART handler, else -EINTR).
 */
static int pipe_wait(struct pipe_inode_info *pipe, size_t room)
{
	pipe_unlock(pipe);
	wait_event_interruptible(pipe->wait, pipe_ready(pipe, room) || signal_pending(current));
	if (signal_pending(current))
		return syscall_interrupted(-ERESTARTSYS);
	pipe_lock(pipe);
	return 0;
}

/* The ring's contiguous bytes from index i, at most n. */
static unsigned int chunk_at(unsigned int i, size_t n)
{
	return min(n, (size_t)(PIPE_SIZE - i % PIPE_SIZE));
}

static long pipe_read(struct file *file, char __user *buf, size_t count)
{
	struct pipe_inode_info *pipe = file->private_data;
	size_t done = 0;
	int err = 0;

	if (!count)
		return 0;
	pipe_lock(pipe);
	while (pipe->head == pipe->tail && pipe->writers) {
		err = pipe_wait(pipe, 0);
		if (err)
			return err;
	}
	while (done < count && pipe->head != pipe->tail) {
		unsigned int n = chunk_at(pipe->tail, min(count - done,
						      (size_t)(pipe->head - pipe->tail)));

		if (copy_to_user(buf + done, pipe->buf + pipe->tail % PIPE_SIZE, n)) {
			err = -EFAULT;
			break;
		}
		pipe->tail += n;
		done += n;
	}
	pipe_unlock(pipe);
	return done ? (long)done : err;
}

static long pipe_write(struct file *file, const char __user *buf, size_t count)
{
	struct pipe_inode_info *pipe = file->private_data;
	size_t done = 0;
	int err = 0;

	pipe_lock(pipe);
	while (done < count) {
		size_t room = PIPE_SIZE - (pipe->head - pipe->tail);
		unsigned int n;

		if (!pipe->readers) {
			send_sig_info(SIGPIPE, NULL, current);	/* Linux's default: it ends the writer */
			err = -EPIPE;
			break;
		}
		/* A small write waits for room for all of it: atomic. */
		if (!room || (count <= PIPE_BUF && room < count - done)) {
			err = pipe_wait(pipe, count <= PIPE_BUF ? count - done : 1);
			if (err)
				return done ? (long)done : err;
			continue;
		}
		n = chunk_at(pipe->head, min(count - done, room));
		if (copy_from_user(pipe->buf + pipe->head % PIPE_SIZE, buf + done, n)) {
			err = -EFAULT;
			break;
		}
		pipe->head += n;
		done += n;
		wake_up_all(&pipe->wait);	/* readers may take what is there */
	}
	pipe_unlock(pipe);
	return done ? (long)done : err;
}

/* One end closed for good: the other side may now see EOF or EPIPE. */
static void pipe_release(struct file *file)
{
	struct pipe_inode_info *pipe = file->private_data;
	unsigned long flags;
	bool last;

	local_irq_save(flags);
	if (file->f_mode & FMODE_READ)
		pipe->readers--;
	else
		pipe->writers--;
	last = !pipe->readers && !pipe->writers;
	local_irq_restore(flags);
	wake_up_all(&pipe->wait);
	if (last) {
		free_page((unsigned long)pipe->buf);
		kfree(pipe);
	}
}

static const struct file_operations pipe_fops = {
	.read = pipe_read,
	.write = pipe_write,
	.release = pipe_release,
};

static struct file *pipe_file(struct pipe_inode_info *pipe, unsigned int mode)
{
	struct file *file = kzalloc(sizeof(*file), GFP_KERNEL);

	if (!file)
		return NULL;
	file->f_op = &pipe_fops;
	file->f_count = 1;
	file->f_mode = mode;
	file->private_data = pipe;
	return file;
}

static struct pipe_inode_info *alloc_pipe_info(void)
{
	struct pipe_inode_info *pipe = kzalloc(sizeof(*pipe), GFP_KERNEL);

	if (!pipe)
		return NULL;
	pipe->buf = (char *)__get_free_page(GFP_KERNEL);
	if (!pipe->buf) {
		kfree(pipe);
		return NULL;
	}
	init_waitqueue_head(&pipe->wait);
	pipe->readers = pipe->writers = 1;
	return pipe;
}

long sys_pipe2(int __user *fds, int flags)
{
	struct pipe_inode_info *pipe;
	struct file *end[2];
	int fd[2] = { -1, -1 }, err = -ENOMEM;

	if (flags & ~(O_NONBLOCK | O_CLOEXEC))
		return -EINVAL;
	if (flags & O_NONBLOCK)
		return -EINVAL;	/* non-blocking pipes: not implemented */
	if (!access_ok(fds, sizeof(fd)))
		return -EFAULT;
	pipe = alloc_pipe_info();
	if (!pipe)
		return -ENOMEM;
	end[0] = pipe_file(pipe, FMODE_READ);
	end[1] = pipe_file(pipe, FMODE_WRITE);
	if (!end[0] || !end[1]) {
		kfree(end[0]);
		kfree(end[1]);
		free_page((unsigned long)pipe->buf);
		kfree(pipe);
		return -ENOMEM;
	}
	fd[0] = fd_install_unused(end[0]);
	if (fd[0] >= 0)
		fd[1] = fd_install_unused(end[1]);
	err = fd[0] < 0 ? fd[0] : fd[1] < 0 ? fd[1] : 0;
	if (!err && copy_to_user(fds, fd, sizeof(fd)))
		err = -EFAULT;
	if (err) {
		/* Undo: closing the descriptors releases the files and the pipe. */
		if (fd[1] >= 0)
			sys_close(fd[1]);
		else
			fput(end[1]);
		if (fd[0] >= 0)
			sys_close(fd[0]);
		else
			fput(end[0]);
	}
	return err;
}

long sys_pipe(int __user *fds)
{
	return sys_pipe2(fds, 0);
}
