package org.commonweal.governance.membership;

/**
 * Whether a member may belong to one stakeholder class only or to several at once: a constitutional
 * option. Somerset Rules societies usually put each member in one class (a worker who is also a
 * customer joins as a worker); other multi-stakeholder constitutions let a member of staff who is also a
 * parent belong to both classes.
 *
 * @since 0.1.0
 */
public enum ClassPolicy {
  /** Each member belongs to exactly one class. */
  ONE_CLASS,
  /** A member belongs to one or more classes. */
  SEVERAL_CLASSES
}
