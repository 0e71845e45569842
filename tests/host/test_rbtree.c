// SPDX-License-Identifier: GPL-2.0
/*
 * Host tests for kernel/lib/rbtree.c (suite "rbtree"), under ASan and
 * UBSan.
 *
 * rb_check() walks the whole tree and verifies everything the header
 * promises: binary-search order, a black root, no red node with a red
 * child, one black height for every root-to-leaf path, parent links that
 * match child links, and that rb_first/rb_next and rb_last/rb_prev visit
 * exactly the keys the test expects (a sorted array it keeps itself).
 * The random cases run a fixed-seed mix of inserts and erases and check
 * the tree after every batch.
 */
#include <kernel/rbtree.h>

#include "harness.h"

struct item {
	struct rb_node node;
	unsigned int key;
	unsigned int seq; /* insertion order, to check duplicates' order */
	bool in_tree;
};

#define node_key(n) (rb_entry(n, struct item, node)->key)

/* The caller's half of an insert: walk down, equal keys to the right. */
static void item_insert(struct rb_root *root, struct item *it)
{
	struct rb_node **link = &root->rb_node, *parent = NULL;

	while (*link) {
		parent = *link;
		if (it->key < node_key(parent))
			link = &parent->rb_left;
		else
			link = &parent->rb_right;
	}
	rb_link_node(&it->node, parent, link);
	rb_insert_color(&it->node, root);
	it->in_tree = true;
}

static void item_erase(struct rb_root *root, struct item *it)
{
	rb_erase(&it->node, root);
	RB_CLEAR_NODE(&it->node);
	it->in_tree = false;
}

static struct item *item_search(const struct rb_root *root, unsigned int key)
{
	struct rb_node *n = root->rb_node;

	while (n) {
		struct item *it = rb_entry(n, struct item, node);

		if (key < it->key)
			n = n->rb_left;
		else if (key > it->key)
			n = n->rb_right;
		else
			return it;
	}
	return NULL;
}

static bool is_red(const struct rb_node *n)
{
	return n && (n->__rb_parent_color & 1UL) == RB_RED;
}

struct check {
	struct htest *t;
	unsigned int count;
	unsigned int height;
	bool ok;
};

/*
 * Checks the subtree at @n (whose parent must be @parent and whose keys
 * must lie in [lo, hi]) and returns its black height, NULL leaves
 * counting as one. Recursion is fine here: the height is at most ~40.
 */
static int check_subtree(struct check *c, const struct rb_node *n, const struct rb_node *parent,
			 unsigned int lo, unsigned int hi, unsigned int depth)
{
	int bl, br;

	if (!n)
		return 1;
	c->count++;
	if (depth + 1 > c->height)
		c->height = depth + 1;
	if (rb_parent(n) != parent) {
		htest_fail(c->t, __FILE__, __LINE__, "node %u: parent %p, expected %p", node_key(n),
			   (void *)rb_parent(n), (const void *)parent);
		c->ok = false;
	}
	if (n->__rb_parent_color & 2UL) {
		htest_fail(c->t, __FILE__, __LINE__, "node %u: bit 1 of the parent word set",
			   node_key(n));
		c->ok = false;
	}
	if (node_key(n) < lo || node_key(n) > hi) {
		htest_fail(c->t, __FILE__, __LINE__, "node %u: outside [%u, %u]", node_key(n), lo,
			   hi);
		c->ok = false;
	}
	if (is_red(n) && (is_red(n->rb_left) || is_red(n->rb_right))) {
		htest_fail(c->t, __FILE__, __LINE__, "red node %u has a red child", node_key(n));
		c->ok = false;
	}
	/* Equal keys may sit on either side after rotations. */
	bl = check_subtree(c, n->rb_left, n, lo, node_key(n), depth + 1);
	br = check_subtree(c, n->rb_right, n, node_key(n), hi, depth + 1);
	if (bl != br) {
		htest_fail(c->t, __FILE__, __LINE__, "node %u: black heights %d left, %d right",
			   node_key(n), bl, br);
		c->ok = false;
	}
	return bl + !is_red(n);
}

/*
 * Verifies @root against the @n keys in @keys (sorted ascending); returns
 * true if all holds. @height, if not NULL, receives the tree's height.
 */
static bool rb_check(struct htest *t, const struct rb_root *root, const unsigned int *keys,
		     unsigned int n, unsigned int *height)
{
	struct check c = { .t = t, .ok = true };
	const struct rb_node *node;
	unsigned int i;

	if (root->rb_node && is_red(root->rb_node)) {
		htest_fail(t, __FILE__, __LINE__, "the root is red");
		c.ok = false;
	}
	check_subtree(&c, root->rb_node, NULL, 0, ~0U, 0);
	if (c.count != n) {
		htest_fail(t, __FILE__, __LINE__, "%u nodes in the tree, expected %u", c.count, n);
		c.ok = false;
	}
	if (RB_EMPTY_ROOT(root) != (n == 0)) {
		htest_fail(t, __FILE__, __LINE__, "RB_EMPTY_ROOT wrong for %u keys", n);
		c.ok = false;
	}

	/* Forward. */
	for (i = 0, node = rb_first(root); node && i < n; node = rb_next(node), i++) {
		if (node_key(node) != keys[i]) {
			htest_fail(t, __FILE__, __LINE__, "rb_next walk: key %u at %u, expected %u",
				   node_key(node), i, keys[i]);
			c.ok = false;
			break;
		}
	}
	if (c.ok && (node || i != n)) {
		htest_fail(t, __FILE__, __LINE__, "rb_next walk: %u keys then %s, expected %u", i,
			   node ? "more" : "NULL", n);
		c.ok = false;
	}

	/* Backward. */
	for (i = n, node = rb_last(root); node && i > 0; node = rb_prev(node), i--) {
		if (node_key(node) != keys[i - 1]) {
			htest_fail(t, __FILE__, __LINE__, "rb_prev walk: key %u at %u, expected %u",
				   node_key(node), i - 1, keys[i - 1]);
			c.ok = false;
			break;
		}
	}
	if (c.ok && (node || i != 0)) {
		htest_fail(t, __FILE__, __LINE__, "rb_prev walk: stopped with %u keys left, %s", i,
			   node ? "more nodes" : "NULL");
		c.ok = false;
	}
	if (height)
		*height = c.height;
	return c.ok;
}

/* floor(2 * log2(n + 1)), the red-black height bound. */
static unsigned int height_bound(unsigned int n)
{
	unsigned int lg = 0;
	unsigned long long v = (unsigned long long)n + 1;

	/* 2 * log2(v) >= h  <=>  v * v >= 2^h */
	while ((1ULL << (lg + 1)) <= v * v)
		lg++;
	return lg;
}

static void empty_tree(struct htest *t)
{
	struct rb_root root = RB_ROOT;
	struct item it = { .key = 1 };

	EXPECT_TRUE(t, RB_EMPTY_ROOT(&root));
	EXPECT_PTR_EQ(t, rb_first(&root), NULL);
	EXPECT_PTR_EQ(t, rb_last(&root), NULL);
	EXPECT_TRUE(t, rb_check(t, &root, NULL, 0, NULL));

	RB_CLEAR_NODE(&it.node);
	EXPECT_TRUE(t, RB_EMPTY_NODE(&it.node));
	EXPECT_PTR_EQ(t, rb_next(&it.node), NULL);
	EXPECT_PTR_EQ(t, rb_prev(&it.node), NULL);
}

static void single_node(struct htest *t)
{
	struct rb_root root = RB_ROOT;
	struct item it = { .key = 42 };
	unsigned int key = 42;

	item_insert(&root, &it);
	EXPECT_FALSE(t, RB_EMPTY_NODE(&it.node));
	EXPECT_PTR_EQ(t, root.rb_node, &it.node);
	EXPECT_PTR_EQ(t, rb_parent(&it.node), NULL);
	EXPECT_FALSE(t, is_red(&it.node));
	EXPECT_PTR_EQ(t, rb_first(&root), &it.node);
	EXPECT_PTR_EQ(t, rb_last(&root), &it.node);
	EXPECT_PTR_EQ(t, rb_next(&it.node), NULL);
	EXPECT_PTR_EQ(t, rb_prev(&it.node), NULL);
	EXPECT_TRUE(t, rb_check(t, &root, &key, 1, NULL));

	item_erase(&root, &it);
	EXPECT_TRUE(t, RB_EMPTY_ROOT(&root));
	EXPECT_PTR_EQ(t, rb_first(&root), NULL);
	EXPECT_TRUE(t, rb_check(t, &root, NULL, 0, NULL));
}

/* Keys 0..N-1 inserted in ascending or descending order, then erased. */
static void monotonic(struct htest *t, bool descending)
{
	enum { N = 10000 };
	struct item *items = host_malloc(N * sizeof(*items));
	unsigned int *keys = host_malloc(N * sizeof(*keys));
	struct rb_root root = RB_ROOT;
	unsigned int i, height;

	for (i = 0; i < N; i++)
		keys[i] = i;
	for (i = 0; i < N; i++) {
		unsigned int k = descending ? N - 1 - i : i;

		items[i] = (struct item){ .key = k };
		item_insert(&root, &items[i]);
		/* A full check now and then (it is O(n)): at 2^j - 1 and every 1000. */
		if ((i & (i + 1)) == 0 || i % 1000 == 999) {
			const unsigned int *want = descending ? keys + k : keys;

			ASSERT_TRUE(t, rb_check(t, &root, want, i + 1, &height));
			ASSERT_LE(t, height, height_bound(i + 1));
		}
	}
	ASSERT_TRUE(t, rb_check(t, &root, keys, N, &height));
	htest_info(t, "%s: %u keys, height %u, bound %u", descending ? "descending" : "ascending",
		   N, height, height_bound(N));
	EXPECT_LE(t, height, height_bound(N));

	/* Erase in the same order, checking now and then. */
	for (i = 0; i < N; i++) {
		item_erase(&root, &items[i]);
		if (i % 1000 == 999) {
			unsigned int left = N - 1 - i;
			const unsigned int *want = descending ? keys : keys + i + 1;

			ASSERT_TRUE(t, rb_check(t, &root, want, left, &height));
			EXPECT_LE(t, height, height_bound(left));
		}
	}
	EXPECT_TRUE(t, RB_EMPTY_ROOT(&root));
	host_free(items);
	host_free(keys);
}

static void ascending_10k(struct htest *t)
{
	monotonic(t, false);
}

static void descending_10k(struct htest *t)
{
	monotonic(t, true);
}

/* Erase whatever is at the root until the tree is empty. */
static void erase_root_repeatedly(struct htest *t)
{
	enum { N = 2000 };
	struct item *items = host_malloc(N * sizeof(*items));
	unsigned int *keys = host_malloc(N * sizeof(*keys));
	unsigned long long seed = 7;
	struct rb_root root = RB_ROOT;
	unsigned int i, n, height;

	for (i = 0; i < N; i++) {
		/* Keys 0, 2, 4, ... inserted in a scrambled order. */
		items[i] = (struct item){ .key = 2 * ((i * 7919u) % N) };
		item_insert(&root, &items[i]);
	}
	for (i = 0; i < N; i++)
		keys[i] = 2 * i;
	ASSERT_TRUE(t, rb_check(t, &root, keys, N, &height));
	EXPECT_LE(t, height, height_bound(N));

	for (n = N; n > 0; n--) {
		struct item *top = rb_entry(root.rb_node, struct item, node);
		unsigned int j;

		/* Remove top->key from the expected keys. */
		for (j = 0; j < n && keys[j] != top->key; j++)
			;
		ASSERT_LT(t, j, n);
		for (; j + 1 < n; j++)
			keys[j] = keys[j + 1];
		item_erase(&root, top);
		if (n < 64 || htest_rand_below(&seed, 16) == 0)
			ASSERT_TRUE(t, rb_check(t, &root, keys, n - 1, NULL));
	}
	EXPECT_TRUE(t, RB_EMPTY_ROOT(&root));
	EXPECT_PTR_EQ(t, rb_first(&root), NULL);
	host_free(items);
	host_free(keys);
}

/*
 * Duplicates go to the right of their equals, so an in-order walk meets
 * equal keys in insertion order; erasing some keeps the rest in order.
 */
static void duplicates_in_order(struct htest *t)
{
	enum { N = 3000, KEYS = 50 };
	struct item *items = host_malloc(N * sizeof(*items));
	unsigned int *keys = host_malloc(N * sizeof(*keys));
	unsigned long long seed = 99;
	struct rb_root root = RB_ROOT;
	const struct rb_node *node;
	unsigned int i, n = 0, count[KEYS] = { 0 }, k, height;

	for (i = 0; i < N; i++) {
		items[i] = (struct item){ .key = htest_rand_below(&seed, KEYS), .seq = i };
		item_insert(&root, &items[i]);
		count[items[i].key]++;
	}
	for (k = 0; k < KEYS; k++)
		for (i = 0; i < count[k]; i++)
			keys[n++] = k;
	ASSERT_TRUE(t, rb_check(t, &root, keys, N, &height));
	EXPECT_LE(t, height, height_bound(N));

	/* Erase every third item, then check order and stability. */
	for (i = 0; i < N; i += 3) {
		item_erase(&root, &items[i]);
		count[items[i].key]--;
	}
	for (n = 0, k = 0; k < KEYS; k++)
		for (i = 0; i < count[k]; i++)
			keys[n++] = k;
	ASSERT_TRUE(t, rb_check(t, &root, keys, n, NULL));

	for (node = rb_first(&root); node; node = rb_next(node)) {
		const struct rb_node *next = rb_next(node);
		const struct item *a = rb_entry(node, struct item, node);

		if (next) {
			const struct item *b = rb_entry(next, struct item, node);

			if (a->key == b->key && a->seq > b->seq) {
				htest_fail(t, __FILE__, __LINE__, "key %u: seq %u before seq %u",
					   a->key, a->seq, b->seq);
				break;
			}
		}
	}
	host_free(items);
	host_free(keys);
}

/*
 * Random inserts and erases over a pool of distinct keys, checked after
 * every operation at first (small trees, where the cases change fastest)
 * and then after every batch.
 */
static void random_ops(struct htest *t, unsigned long long seed, unsigned int pool,
		       unsigned int ops, unsigned int batch)
{
	struct item *items = host_malloc(pool * sizeof(*items));
	unsigned int *keys = host_malloc(pool * sizeof(*keys));
	struct rb_root root = RB_ROOT;
	unsigned int i, n = 0, op = 0, height, max_height = 0, inserts = 0, erases = 0;

	for (i = 0; i < pool; i++) {
		items[i] = (struct item){ .key = i * 3 + 1 };
		RB_CLEAR_NODE(&items[i].node);
	}

	/* @ops counts the inserts and erases done, not the skipped picks. */
	while (op < ops) {
		/* Drift between filling and draining, so sizes vary. */
		unsigned int phase = (op / (pool * 2)) & 1;
		unsigned int want_insert = phase ? 40 : 60;
		struct item *it = &items[htest_rand_below(&seed, pool)];

		if (htest_rand_below(&seed, 100) < want_insert) {
			if (it->in_tree)
				continue;
			item_insert(&root, it);
			inserts++;
			n++;
		} else {
			if (!it->in_tree)
				continue;
			/* Search it first, as a user of the tree would. */
			ASSERT_PTR_EQ(t, item_search(&root, it->key), it);
			item_erase(&root, it);
			EXPECT_PTR_EQ(t, item_search(&root, it->key), NULL);
			erases++;
			n--;
		}
		op++;

		if (op <= 3000 || op % batch == 0 || op == ops) {
			unsigned int m = 0;

			for (i = 0; i < pool; i++)
				if (items[i].in_tree)
					keys[m++] = items[i].key;
			ASSERT_EQ(t, m, n);
			ASSERT_TRUE(t, rb_check(t, &root, keys, n, &height));
			ASSERT_LE(t, height, height_bound(n));
			if (height > max_height)
				max_height = height;
		}
	}
	htest_info(t, "%u ops: %u inserts, %u erases, %u left, max height %u", ops, inserts, erases,
		   n, max_height);
	EXPECT_GT(t, inserts, ops / 3);
	EXPECT_GT(t, erases, ops / 3);

	/* Drain in random order. */
	while (n) {
		struct item *it = &items[htest_rand_below(&seed, pool)];

		if (!it->in_tree)
			continue;
		item_erase(&root, it);
		n--;
	}
	EXPECT_TRUE(t, RB_EMPTY_ROOT(&root));
	EXPECT_TRUE(t, rb_check(t, &root, NULL, 0, NULL));
	host_free(items);
	host_free(keys);
}

/* A small pool: the tree keeps emptying and refilling, root cases abound. */
static void random_small(struct htest *t)
{
	random_ops(t, 1, 40, 100000, 1);
}

/* 2 * 10^5 operations on up to 5000 keys, checked every 97 operations. */
static void random_large(struct htest *t)
{
	random_ops(t, 0x5eed, 5000, 200000, 97);
}

static const struct htest_case rbtree_cases[] = {
	HTEST_CASE(empty_tree),
	HTEST_CASE(single_node),
	HTEST_CASE(ascending_10k),
	HTEST_CASE(descending_10k),
	HTEST_CASE(erase_root_repeatedly),
	HTEST_CASE(duplicates_in_order),
	HTEST_CASE(random_small),
	HTEST_CASE(random_large),
};

static const struct htest_suite rbtree_suite = HTEST_SUITE("rbtree", rbtree_cases);

HTEST_MAIN(&rbtree_suite);
