/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Circular doubly linked lists with a sentinel head, as Linux's
 * <linux/list.h>: the node is embedded in the structure it links, and
 * list_entry() (container_of) gets back from the node to the structure.
 */
#ifndef _KERNEL_LIST_H
#define _KERNEL_LIST_H

#include <kernel/compiler.h>
#include <kernel/types.h>

#ifndef container_of
#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))
#endif

struct list_head {
	struct list_head *next, *prev;
};

#define LIST_HEAD_INIT(name) { &(name), &(name) }
#define LIST_HEAD(name)	     struct list_head name = LIST_HEAD_INIT(name)

/* What list_del() leaves behind: pointers that fault if followed. */
#define LIST_POISON1 ((struct list_head *)0x00100100)
#define LIST_POISON2 ((struct list_head *)0x00200200)

static inline void INIT_LIST_HEAD(struct list_head *list)
{
	list->next = list;
	list->prev = list;
}

static inline void __list_add(struct list_head *new, struct list_head *prev,
			      struct list_head *next)
{
	next->prev = new;
	new->next = next;
	new->prev = prev;
	prev->next = new;
}

/* Insert after head: a stack. */
static inline void list_add(struct list_head *new, struct list_head *head)
{
	__list_add(new, head, head->next);
}

/* Insert before head: a queue. */
static inline void list_add_tail(struct list_head *new, struct list_head *head)
{
	__list_add(new, head->prev, head);
}

static inline void __list_del_entry(struct list_head *entry)
{
	entry->next->prev = entry->prev;
	entry->prev->next = entry->next;
}

static inline void list_del(struct list_head *entry)
{
	__list_del_entry(entry);
	entry->next = LIST_POISON1;
	entry->prev = LIST_POISON2;
}

static inline void list_del_init(struct list_head *entry)
{
	__list_del_entry(entry);
	INIT_LIST_HEAD(entry);
}

static inline void list_move(struct list_head *entry, struct list_head *head)
{
	__list_del_entry(entry);
	list_add(entry, head);
}

static inline void list_move_tail(struct list_head *entry, struct list_head *head)
{
	__list_del_entry(entry);
	list_add_tail(entry, head);
}

static inline bool list_empty(const struct list_head *head)
{
	return READ_ONCE(head->next) == head;
}

/* Moves every entry of list to the front of head and empties list. */
static inline void list_splice_init(struct list_head *list, struct list_head *head)
{
	if (!list_empty(list)) {
		struct list_head *first = list->next, *last = list->prev;

		first->prev = head;
		last->next = head->next;
		head->next->prev = last;
		head->next = first;
		INIT_LIST_HEAD(list);
	}
}

#define list_entry(ptr, type, member)	    container_of(ptr, type, member)
#define list_first_entry(ptr, type, member) list_entry((ptr)->next, type, member)
#define list_last_entry(ptr, type, member)  list_entry((ptr)->prev, type, member)
#define list_next_entry(pos, member)	    list_entry((pos)->member.next, __typeof__(*(pos)), member)
#define list_prev_entry(pos, member)	    list_entry((pos)->member.prev, __typeof__(*(pos)), member)

#define list_for_each(pos, head) for (pos = (head)->next; pos != (head); pos = pos->next)

#define list_for_each_entry(pos, head, member)                            \
	for (pos = list_first_entry(head, __typeof__(*pos), member);      \
	     &pos->member != (head); pos = list_next_entry(pos, member))

#define list_for_each_entry_reverse(pos, head, member)                    \
	for (pos = list_last_entry(head, __typeof__(*pos), member);       \
	     &pos->member != (head); pos = list_prev_entry(pos, member))

#define list_for_each_entry_safe(pos, n, head, member)                    \
	for (pos = list_first_entry(head, __typeof__(*pos), member),      \
	     n = list_next_entry(pos, member);                             \
	     &pos->member != (head); pos = n, n = list_next_entry(n, member))

#endif
