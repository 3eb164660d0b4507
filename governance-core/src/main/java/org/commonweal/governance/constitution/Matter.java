package org.commonweal.governance.constitution;

import java.util.Objects;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.Identifiers;
import org.jspecify.annotations.Nullable;

/**
 * A matter a constitution reserves to a stated procedure: amending the rules, admitting or expelling a
 * member, disposing of assets, amalgamating, converting, dissolving, electing or removing a director.
 * The constants name the matters the statutes and model rules speak of; a constitution may add its own
 * (for example "change the rights of investor shares"). Two matters are equal when their ids are,
 * whatever their titles.
 *
 * @param id the stable identifier, for example {@code "amend-rules"}
 * @param title the matter in words
 * @since 0.1.0
 */
public record Matter(String id, String title) {
  /** Amend the rules (the constitution itself). */
  public static final Matter AMEND_RULES = new Matter("amend-rules", "Amend the rules");
  /** Admit a member. */
  public static final Matter ADMIT_MEMBER = new Matter("admit-member", "Admit a member");
  /** Expel a member. */
  public static final Matter EXPEL_MEMBER = new Matter("expel-member", "Expel a member");
  /** Dispose of assets over the fraction the constitution states. */
  public static final Matter DISPOSE_OF_ASSETS = new Matter("dispose-of-assets", "Dispose of assets");
  /** Amalgamate with, or transfer engagements to, another body (CCBS 2014 ss.109-111). */
  public static final Matter AMALGAMATE = new Matter("amalgamate", "Amalgamate or transfer engagements");
  /** Convert into a company (CCBS 2014 s.112-113). */
  public static final Matter CONVERT = new Matter("convert", "Convert into a company");
  /** Dissolve the organisation (CCBS 2014 s.119 for a society by instrument). */
  public static final Matter DISSOLVE = new Matter("dissolve", "Dissolve");
  /** Elect a director. */
  public static final Matter ELECT_DIRECTOR = new Matter("elect-director", "Elect a director");
  /** Remove a director before the end of their term. */
  public static final Matter REMOVE_DIRECTOR = new Matter("remove-director", "Remove a director");
  /** Ordinary business with no other rule. */
  public static final Matter ORDINARY_BUSINESS = new Matter("ordinary-business", "Ordinary business");

  /**
   * Checks the matter.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if the id is blank, longer than 64
   *     characters, has surrounding whitespace or control characters, or the title is blank
   */
  public Matter {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Identifiers.check("matter", id);
    Checks.notBlank("title", title);
  }

  /**
   * Returns a matter of the constitution's own.
   *
   * @param id the identifier
   * @param title the matter in words
   * @return the matter
   */
  public static Matter of(String id, String title) {
    return new Matter(id, title);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Matter m && m.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id;
  }
}
