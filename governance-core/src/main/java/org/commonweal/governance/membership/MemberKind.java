package org.commonweal.governance.membership;

/**
 * What kind of person a member is in law: an individual, a registered society, or another organisation.
 *
 * <p>The kind matters to the rules: the statutory cap on withdrawable share capital (Co-operative and
 * Community Benefit Societies Act 2014, s.24; Community Shares Handbook 3.2.7) applies to every member
 * except a registered society, a society may be formed by two members where both are registered
 * societies, and many constitutions open a class to member organisations only.
 *
 * @since 0.1.0
 */
public enum MemberKind {
  /** A natural person. */
  INDIVIDUAL,
  /**
   * A co-operative or community benefit society registered under the Co-operative and Community
   * Benefit Societies Act 2014 (or the Northern Ireland Act of 1969); exempt from the statutory cap on
   * withdrawable shares.
   */
  REGISTERED_SOCIETY,
  /**
   * Any other body corporate or unincorporated organisation: a company, a charity, a local authority, a
   * school. Subject to the statutory cap like an individual.
   */
  OTHER_ORGANISATION;

  /**
   * Returns whether this kind is an organisation rather than a natural person.
   *
   * @return true for {@link #REGISTERED_SOCIETY} and {@link #OTHER_ORGANISATION}
   */
  public boolean isOrganisation() {
    return this != INDIVIDUAL;
  }

  /**
   * Returns the kind in words, for reasons and reports.
   *
   * @return for example {@code "a registered society"}
   */
  public String describe() {
    switch (this) {
      case INDIVIDUAL:
        return "an individual";
      case REGISTERED_SOCIETY:
        return "a registered society";
      default:
        return "an organisation other than a registered society";
    }
  }
}
