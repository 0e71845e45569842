/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Red-black trees, with the API shape of Linux's <linux/rbtree.h>.
 *
 * The tree is intrusive: a struct rb_node is embedded in the structure it
 * sorts, and rb_entry() (container_of) gets back from the node to that
 * structure. The library knows nothing about keys. The caller does the
 * search and the descent, which keeps the comparison inline and lets one
 * structure carry any key (an address range for vmalloc, a VMA's start).
 *
 * Inserting: walk down from the root comparing keys, remembering the last
 * node visited and the link (&parent->rb_left or &parent->rb_right) that
 * was NULL; link the new node there with rb_link_node(), then let
 * rb_insert_color() restore the balance:
 *
 *	struct rb_node **link = &root->rb_node, *parent = NULL;
 *
 *	while (*link) {
 *		struct thing *t = rb_entry(*link, struct thing, node);
 *
 *		parent = *link;
 *		if (new->key < t->key)
 *			link = &parent->rb_left;
 *		else
 *			link = &parent->rb_right;	(equal keys go right)
 *	}
 *	rb_link_node(&new->node, parent, link);
 *	rb_insert_color(&new->node, root);
 *
 * Whether equal keys are allowed is the caller's business: the walk above
 * puts a duplicate after its equals, so an in-order walk sees them in
 * insertion order. Removing is rb_erase(node, root); walking in order is
 * rb_first()/rb_next() (or rb_last()/rb_prev() backwards).
 *
 * The invariants, with NULL links counted as black leaves:
 *  1. every node is red or black;
 *  2. the root is black;
 *  3. a red node has no red child;
 *  4. every path from a node down to a NULL leaf crosses the same number
 *     of black nodes (the node's black height).
 * Together they bound the height by 2 * log2(n + 1), so search, insert and
 * erase are O(log n). Insert and erase do O(1) rotations and O(log n)
 * recolourings, iteratively (no recursion: kernel stacks are small).
 *
 * Locking: none inside. The caller serialises every operation on a tree
 * (the vmalloc area's lock, later mmap_lock for the VMAs).
 *
 * The parent pointer and the colour share one word, __rb_parent_color:
 * a node is at least 4-byte aligned, so bit 0 of its address is free and
 * holds the colour (0 red, 1 black). Never touch that word directly.
 */
#ifndef _KERNEL_RBTREE_H
#define _KERNEL_RBTREE_H

#include <kernel/compiler.h>
#include <kernel/types.h>

#ifndef container_of
#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))
#endif

struct rb_node {
	unsigned long __rb_parent_color; /* parent address | colour (bit 0) */
	struct rb_node *rb_right;
	struct rb_node *rb_left;
} __aligned(sizeof(long));

struct rb_root {
	struct rb_node *rb_node;
};

#define RB_RED 0UL
#define RB_BLACK 1UL

#define RB_ROOT ((struct rb_root){ NULL })

#define rb_entry(ptr, type, member) container_of(ptr, type, member)

/* The node's parent, or NULL for the root. */
#define rb_parent(r) ((struct rb_node *)((r)->__rb_parent_color & ~3UL))

#define RB_EMPTY_ROOT(root) (READ_ONCE((root)->rb_node) == NULL)

/*
 * A node that is not in any tree points to itself as its parent:
 * RB_CLEAR_NODE() marks it so, RB_EMPTY_NODE() tests for it. rb_erase()
 * does not do it for you.
 */
#define RB_EMPTY_NODE(node) ((node)->__rb_parent_color == (unsigned long)(node))
#define RB_CLEAR_NODE(node) ((node)->__rb_parent_color = (unsigned long)(node))

/*
 * Hangs @node, red and childless, at *@rb_link below @parent (NULL for an
 * empty tree, with @rb_link == &root->rb_node). The tree may now break
 * invariant 3 or 2: call rb_insert_color() next.
 */
static inline void rb_link_node(struct rb_node *node, struct rb_node *parent,
				struct rb_node **rb_link)
{
	node->__rb_parent_color = (unsigned long)parent | RB_RED;
	node->rb_left = NULL;
	node->rb_right = NULL;
	*rb_link = node;
}

/* Rebalances @root after rb_link_node() added @node. */
void rb_insert_color(struct rb_node *node, struct rb_root *root);
/* Unlinks @node (which must be in @root) and rebalances. */
void rb_erase(struct rb_node *node, struct rb_root *root);

/* The smallest / largest node, or NULL if the tree is empty. */
struct rb_node *rb_first(const struct rb_root *root);
struct rb_node *rb_last(const struct rb_root *root);
/* The in-order successor / predecessor, or NULL at the end. */
struct rb_node *rb_next(const struct rb_node *node);
struct rb_node *rb_prev(const struct rb_node *node);

#endif
