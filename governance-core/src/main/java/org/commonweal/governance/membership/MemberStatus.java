package org.commonweal.governance.membership;

/**
 * Where a member stands: admitted (a member with full rights), suspended (still a member, rights
 * suspended under the rules), or ceased (no longer a member; the entry stays in the register with the
 * date of cessation, as the Co-operative and Community Benefit Societies Act 2014, s.30, requires).
 *
 * @since 0.1.0
 */
public enum MemberStatus {
  /** A member in good standing. */
  ADMITTED,
  /** A member whose rights are suspended; may be reinstated or cease. */
  SUSPENDED,
  /** No longer a member; final. */
  CEASED;

  /**
   * Returns whether this status is still membership (admitted or suspended).
   *
   * @return true unless ceased
   */
  public boolean isMember() {
    return this != CEASED;
  }
}
