package org.commonweal.governance.election;

import java.util.Arrays;
import org.commonweal.governance.internal.FixedDecimal;

/**
 * A parcel of papers held by one candidate at one value: the papers of some subtrees of the {@link
 * StvTree}, received at one stage (and, for ERS97's exclusions, one sub-step) at a common value per
 * paper.
 *
 * <p>Package-private and mutable while a transfer fills it; not thread-safe.
 */
final class StvParcel {
  /** Value of each paper. */
  final FixedDecimal value;

  /** Stage at which the parcel was received (1 for first preferences). */
  final int stage;

  /** Sub-step within the stage (the batch of an ERS97 exclusion), from 0. */
  final int step;

  /** Tree nodes: every paper in the subtree of each. */
  int[] nodes;

  /** Number of nodes in use. */
  int count;

  /** Papers in the parcel (the sum of the nodes' papers). */
  long papers;

  StvParcel(FixedDecimal value, int stage, int step) {
    this.value = value;
    this.stage = stage;
    this.step = step;
    this.nodes = new int[4];
  }

  void add(int node, long nodePapers) {
    if (count == nodes.length) {
      nodes = Arrays.copyOf(nodes, count * 2);
    }
    nodes[count++] = node;
    papers += nodePapers;
  }

  /** The same papers at another value per paper, received at the same stage and step. */
  StvParcel at(FixedDecimal newValue, StvTree tree) {
    StvParcel q = new StvParcel(newValue, stage, step);
    for (int i = 0; i < count; i++) {
      q.add(nodes[i], tree.papers[nodes[i]]);
    }
    return q;
  }

  /** The parcel's value: papers times value per paper. */
  FixedDecimal total() {
    return value.times(papers);
  }
}
