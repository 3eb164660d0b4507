package org.commonweal.governance.election;

import java.util.Arrays;

/**
 * A trie of preference sequences, held as an open-addressing hash table from (node, symbol) to child
 * node, so that a million papers are merged without a Java object per paper: inserting a sequence of
 * length L costs L probes. Node 0 is the root; nodes are numbered in order of creation.
 *
 * <p>Package-private, mutable, not thread-safe: one per reading of an election.
 */
final class PrefixIndex {
  private static final long EMPTY = -1L;

  private final long symbols;
  private long[] keys;
  private int[] values;
  private int mask;
  private int entries;
  private int nodes = 1;

  PrefixIndex(int symbols) {
    this.symbols = symbols;
    int capacity = 1 << 16;
    this.keys = new long[capacity];
    Arrays.fill(keys, EMPTY);
    this.values = new int[capacity];
    this.mask = capacity - 1;
  }

  /** Number of nodes, the root included. */
  int nodes() {
    return nodes;
  }

  /** Returns the child of {@code node} for {@code symbol}, creating it if absent. */
  int child(int node, int symbol) {
    long key = node * symbols + symbol;
    int slot = slot(key);
    while (true) {
      long k = keys[slot];
      if (k == key) {
        return values[slot];
      }
      if (k == EMPTY) {
        keys[slot] = key;
        values[slot] = nodes;
        if (++entries * 2 > keys.length) {
          grow();
        }
        return nodes++;
      }
      slot = (slot + 1) & mask;
    }
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    values = new int[oldValues.length * 2];
    mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = slot(oldKeys[i]);
        while (keys[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }
}
