// SPDX-License-Identifier: GPL-2.0
/*
 * Red-black tree rebalancing (see <kernel/rbtree.h> for the API and the
 * four invariants).
 *
 * Both operations first change the tree as a plain binary search tree
 * would, then walk back up fixing the one invariant they may have broken:
 *
 *  - Insert adds a red leaf. Black heights are unchanged, but the new
 *    node's parent may be red too ("red-red", invariant 3). Recolouring
 *    pushes the problem two levels up; at most two rotations end it.
 *
 *  - Erase removes one node from the tree's shape (the node itself, or
 *    its in-order successor, which then takes the erased node's place and
 *    colour). Removing a red one breaks nothing. Removing a black one
 *    leaves the path through its spot one black short: the node that
 *    replaced it (possibly a NULL leaf) carries an "extra black" that the
 *    fix-up moves up or absorbs with at most three rotations.
 *
 * NULL links are black leaves throughout; rb_is_red(NULL) is false.
 * Nothing here recurses or allocates: the caller owns the nodes.
 */
#include <kernel/rbtree.h>

/* Colour and parent accessors; the colour lives in bit 0. */

static inline unsigned long rb_color(const struct rb_node *n)
{
	return n->__rb_parent_color & 1UL;
}

static inline bool rb_is_red(const struct rb_node *n)
{
	return n && rb_color(n) == RB_RED;
}

static inline bool rb_is_black(const struct rb_node *n)
{
	return !rb_is_red(n);
}

static inline void rb_set_color(struct rb_node *n, unsigned long color)
{
	n->__rb_parent_color = (n->__rb_parent_color & ~1UL) | color;
}

static inline void rb_set_parent(struct rb_node *n, struct rb_node *parent)
{
	n->__rb_parent_color = (unsigned long)parent | rb_color(n);
}

/* Points whatever pointed at @old (its parent's link, or the root) at @new. */
static inline void rb_change_child(struct rb_node *old, struct rb_node *new, struct rb_node *parent,
				   struct rb_root *root)
{
	if (!parent)
		root->rb_node = new;
	else if (parent->rb_left == old)
		parent->rb_left = new;
	else
		parent->rb_right = new;
}

/*
 * Rotations keep the in-order sequence and every node's colour; they only
 * change which node is on top. Left rotation about x (y = x's right child):
 *
 *	    x                y
 *	   / \              / \
 *	  a   y     ==>    x   c
 *	     / \          / \
 *	    b   c        a   b
 */
static void rb_rotate_left(struct rb_node *x, struct rb_root *root)
{
	struct rb_node *y = x->rb_right;
	struct rb_node *parent = rb_parent(x);

	x->rb_right = y->rb_left;
	if (y->rb_left)
		rb_set_parent(y->rb_left, x);
	y->rb_left = x;
	rb_set_parent(y, parent);
	rb_change_child(x, y, parent, root);
	rb_set_parent(x, y);
}

/* The mirror image: x's left child y comes up, x goes down to the right. */
static void rb_rotate_right(struct rb_node *x, struct rb_root *root)
{
	struct rb_node *y = x->rb_left;
	struct rb_node *parent = rb_parent(x);

	x->rb_left = y->rb_right;
	if (y->rb_right)
		rb_set_parent(y->rb_right, x);
	y->rb_right = x;
	rb_set_parent(y, parent);
	rb_change_child(x, y, parent, root);
	rb_set_parent(x, y);
}

/*
 * Insert fix-up. @node is red; while its parent is red too, look at the
 * uncle (the parent's sibling). The grandparent exists and is black,
 * since a red parent cannot be the root. Described for a parent that is
 * a left child; the other side is the mirror image.
 *
 *  Case 1, red uncle: make parent and uncle black, grandparent red.
 *          Black heights are kept; the grandparent may now be red under
 *          a red node, so continue from it.
 *  Case 2, black uncle, node is an inner child (parent's right):
 *          rotate left about the parent, making it case 3 with the
 *          roles of node and parent swapped.
 *  Case 3, black uncle, node is an outer child (parent's left):
 *          rotate right about the grandparent and swap the colours of
 *          parent and grandparent. The parent is now a black subtree top
 *          with two red children: done.
 *
 * Finally the root is painted black (it may have become red in case 1);
 * that adds one to every path at once, so invariant 4 still holds.
 */
void rb_insert_color(struct rb_node *node, struct rb_root *root)
{
	struct rb_node *parent, *gparent, *uncle;

	while ((parent = rb_parent(node)) && rb_is_red(parent)) {
		gparent = rb_parent(parent);

		if (parent == gparent->rb_left) {
			uncle = gparent->rb_right;
			if (rb_is_red(uncle)) {
				/* Case 1: recolour and move up. */
				rb_set_color(parent, RB_BLACK);
				rb_set_color(uncle, RB_BLACK);
				rb_set_color(gparent, RB_RED);
				node = gparent;
				continue;
			}
			if (node == parent->rb_right) {
				/* Case 2: inner child, rotate it outside. */
				rb_rotate_left(parent, root);
				node = parent;
				parent = rb_parent(node);
			}
			/* Case 3: outer child, rotate the grandparent down. */
			rb_set_color(parent, RB_BLACK);
			rb_set_color(gparent, RB_RED);
			rb_rotate_right(gparent, root);
			break;
		} else {
			uncle = gparent->rb_left;
			if (rb_is_red(uncle)) {
				/* Case 1 (mirrored). */
				rb_set_color(parent, RB_BLACK);
				rb_set_color(uncle, RB_BLACK);
				rb_set_color(gparent, RB_RED);
				node = gparent;
				continue;
			}
			if (node == parent->rb_left) {
				/* Case 2 (mirrored). */
				rb_rotate_right(parent, root);
				node = parent;
				parent = rb_parent(node);
			}
			/* Case 3 (mirrored). */
			rb_set_color(parent, RB_BLACK);
			rb_set_color(gparent, RB_RED);
			rb_rotate_left(gparent, root);
			break;
		}
	}
	rb_set_color(root->rb_node, RB_BLACK);
}

/*
 * Erase fix-up. @x (possibly NULL) sits where a black node was removed and
 * carries an extra black; @parent is its parent. A red @x simply turns
 * black. Otherwise look at the sibling w, which is not NULL: its side of
 * @parent is one black taller than @x's. Described for @x a left child;
 * the other side is the mirror image.
 *
 *  Case 1, red sibling: rotate left about the parent and swap the colours
 *          of parent and sibling. @x now has a black sibling (the old
 *          sibling's left child) and a red parent: go on to case 2-4.
 *  Case 2, black sibling with two black children: paint the sibling red,
 *          which takes one black off its side too, and move the extra
 *          black up to the parent (absorbed at once if the parent is red).
 *  Case 3, black sibling, its far child black, its near child red:
 *          rotate right about the sibling and swap their colours; the
 *          new sibling has a red far child: case 4.
 *  Case 4, black sibling with a red far child: rotate left about the
 *          parent; the sibling takes the parent's colour, the parent and
 *          the far child turn black. The extra black is absorbed: done.
 */
static void rb_erase_fixup(struct rb_node *x, struct rb_node *parent, struct rb_root *root)
{
	struct rb_node *w;

	while (x != root->rb_node && rb_is_black(x)) {
		/*
		 * x may be NULL, and then so may be one of parent's links;
		 * but never both, as the sibling is never NULL.
		 */
		if (x == parent->rb_left) {
			w = parent->rb_right;
			if (rb_is_red(w)) {
				/* Case 1: red sibling, make it black. */
				rb_set_color(w, RB_BLACK);
				rb_set_color(parent, RB_RED);
				rb_rotate_left(parent, root);
				w = parent->rb_right;
			}
			if (rb_is_black(w->rb_left) && rb_is_black(w->rb_right)) {
				/* Case 2: push the extra black up. */
				rb_set_color(w, RB_RED);
				x = parent;
				parent = rb_parent(x);
				continue;
			}
			if (rb_is_black(w->rb_right)) {
				/* Case 3: near child red, rotate it outside. */
				rb_set_color(w->rb_left, RB_BLACK);
				rb_set_color(w, RB_RED);
				rb_rotate_right(w, root);
				w = parent->rb_right;
			}
			/* Case 4: far child red, rotate the parent down. */
			rb_set_color(w, rb_color(parent));
			rb_set_color(parent, RB_BLACK);
			rb_set_color(w->rb_right, RB_BLACK);
			rb_rotate_left(parent, root);
			x = root->rb_node;
			break;
		} else {
			w = parent->rb_left;
			if (rb_is_red(w)) {
				/* Case 1 (mirrored). */
				rb_set_color(w, RB_BLACK);
				rb_set_color(parent, RB_RED);
				rb_rotate_right(parent, root);
				w = parent->rb_left;
			}
			if (rb_is_black(w->rb_left) && rb_is_black(w->rb_right)) {
				/* Case 2 (mirrored). */
				rb_set_color(w, RB_RED);
				x = parent;
				parent = rb_parent(x);
				continue;
			}
			if (rb_is_black(w->rb_left)) {
				/* Case 3 (mirrored). */
				rb_set_color(w->rb_right, RB_BLACK);
				rb_set_color(w, RB_RED);
				rb_rotate_left(w, root);
				w = parent->rb_left;
			}
			/* Case 4 (mirrored). */
			rb_set_color(w, rb_color(parent));
			rb_set_color(parent, RB_BLACK);
			rb_set_color(w->rb_left, RB_BLACK);
			rb_rotate_right(parent, root);
			x = root->rb_node;
			break;
		}
	}
	if (x)
		rb_set_color(x, RB_BLACK);
}

/*
 * Erase. Three shapes, as in any binary search tree:
 *  - @node has at most one child: that child (or NULL) takes its place.
 *  - @node has two children: its successor s (leftmost of the right
 *    subtree, so s has no left child) is cut out of its own spot, its
 *    right child moving up, and s takes @node's place, links and colour.
 * What left the tree's shape is @node itself in the first case and s's
 * old spot in the second; if that was black, rb_erase_fixup() repairs
 * the black heights starting from the child that moved up.
 */
void rb_erase(struct rb_node *node, struct rb_root *root)
{
	struct rb_node *child, *parent;
	unsigned long removed_color;

	if (!node->rb_left || !node->rb_right) {
		/* At most one child: splice @node out. */
		child = node->rb_left ? node->rb_left : node->rb_right;
		parent = rb_parent(node);
		removed_color = rb_color(node);
		if (child)
			rb_set_parent(child, parent);
		rb_change_child(node, child, parent, root);
	} else {
		/* Two children: the successor s replaces @node. */
		struct rb_node *s = node->rb_right;

		while (s->rb_left)
			s = s->rb_left;
		child = s->rb_right;
		removed_color = rb_color(s);

		if (rb_parent(s) == node) {
			/* s is @node's right child: it keeps its right subtree. */
			parent = s;
		} else {
			/* Cut s out, its right child moving up to its spot. */
			parent = rb_parent(s);
			parent->rb_left = child;
			if (child)
				rb_set_parent(child, parent);
			s->rb_right = node->rb_right;
			rb_set_parent(s->rb_right, s);
		}
		s->rb_left = node->rb_left;
		rb_set_parent(s->rb_left, s);
		rb_change_child(node, s, rb_parent(node), root);
		/* s takes @node's parent and colour in one store. */
		s->__rb_parent_color = node->__rb_parent_color;
	}

	if (removed_color == RB_BLACK)
		rb_erase_fixup(child, parent, root);
}

/* In-order walks. */

struct rb_node *rb_first(const struct rb_root *root)
{
	struct rb_node *n = root->rb_node;

	if (!n)
		return NULL;
	while (n->rb_left)
		n = n->rb_left;
	return n;
}

struct rb_node *rb_last(const struct rb_root *root)
{
	struct rb_node *n = root->rb_node;

	if (!n)
		return NULL;
	while (n->rb_right)
		n = n->rb_right;
	return n;
}

/*
 * The successor is the leftmost node of the right subtree if there is one;
 * otherwise the first ancestor that we reach from its left side.
 */
struct rb_node *rb_next(const struct rb_node *node)
{
	struct rb_node *parent;

	if (RB_EMPTY_NODE(node))
		return NULL;
	if (node->rb_right) {
		node = node->rb_right;
		while (node->rb_left)
			node = node->rb_left;
		return (struct rb_node *)node;
	}
	while ((parent = rb_parent(node)) && node == parent->rb_right)
		node = parent;
	return parent;
}

/* The mirror image of rb_next(). */
struct rb_node *rb_prev(const struct rb_node *node)
{
	struct rb_node *parent;

	if (RB_EMPTY_NODE(node))
		return NULL;
	if (node->rb_left) {
		node = node->rb_left;
		while (node->rb_right)
			node = node->rb_right;
		return (struct rb_node *)node;
	}
	while ((parent = rb_parent(node)) && node == parent->rb_left)
		node = parent;
	return parent;
}
