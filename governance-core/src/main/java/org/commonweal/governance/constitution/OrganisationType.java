package org.commonweal.governance.constitution;

/**
 * The legal form a constitution is written for. The form decides which statute's limits apply when a
 * constitution is {@linkplain Constitution#validate() validated}: a registered society under the
 * Co-operative and Community Benefit Societies Act 2014 (a co-operative or a community benefit society),
 * or a company under the Companies Act 2006 (limited by guarantee, or by shares).
 *
 * @since 0.1.0
 */
public enum OrganisationType {
  /** A co-operative society registered under the CCBS Act 2014 (s.2(2)(a)(i)). */
  CO_OPERATIVE_SOCIETY("co-operative society", true),
  /**
   * A community benefit society registered under the CCBS Act 2014 (s.2(2)(a)(ii)), conducted for the
   * benefit of the community; it may adopt the statutory asset lock (SI 2006/264).
   */
  COMMUNITY_BENEFIT_SOCIETY("community benefit society", true),
  /** A company limited by guarantee (Companies Act 2006 s.3(3)). */
  COMPANY_LIMITED_BY_GUARANTEE("company limited by guarantee", false),
  /** A company limited by shares (Companies Act 2006 s.3(2)). */
  COMPANY_LIMITED_BY_SHARES("company limited by shares", false);

  private final String label;
  private final boolean society;

  OrganisationType(String label, boolean society) {
    this.label = label;
    this.society = society;
  }

  /**
   * Returns the form in words, for reports.
   *
   * @return the label, for example {@code "community benefit society"}
   */
  public String label() {
    return label;
  }

  /**
   * Returns whether this is a society registered under the CCBS Act 2014.
   *
   * @return true for a registered society, false for a company
   */
  public boolean isRegisteredSociety() {
    return society;
  }

  /**
   * Returns whether this is a company under the Companies Act 2006.
   *
   * @return true for a company
   */
  public boolean isCompany() {
    return !society;
  }
}
