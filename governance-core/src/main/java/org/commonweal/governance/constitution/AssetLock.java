package org.commonweal.governance.constitution;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Objects;
import java.util.Set;
import org.commonweal.governance.internal.Checks;

/**
 * An asset lock: the rule that the organisation's assets are used for its purpose and, on a
 * dissolution or a transfer, pass only to bodies that are themselves locked, never to the members.
 *
 * <p>A community benefit society may adopt the statutory lock of the Community Benefit Societies
 * (Restriction on Use of Assets) Regulations 2006 (SI 2006/264), in the prescribed form; once adopted
 * it cannot be removed (reg. 4, and CCBS Act 2014 s.16 on amendments). Other bodies may write a lock of
 * their own into their rules ({@link Kind#CONSTITUTIONAL}); a constitution may make that one
 * unchangeable by an {@link Entrenchment}.
 *
 * @param kind statutory or written in the rules
 * @param recipients the kinds of body to which assets may pass, at least one
 * @since 0.1.0
 */
public record AssetLock(Kind kind, ImmutableSet<Recipient> recipients) {

  /** The source of the lock. */
  public enum Kind {
    /** The prescribed lock of SI 2006/264, for a community benefit society. */
    STATUTORY,
    /** A lock the rules themselves state. */
    CONSTITUTIONAL
  }

  /** The kinds of body to which locked assets may pass. */
  public enum Recipient {
    /** Another body with an asset lock (a community benefit society with the statutory lock). */
    ASSET_LOCKED_BODY,
    /** A charity. */
    CHARITY,
    /** A community interest company (Companies (Audit, Investigations and Community Enterprise) Act 2004). */
    COMMUNITY_INTEREST_COMPANY,
    /** Another co-operative, whether locked or not. */
    CO_OPERATIVE,
    /** The members themselves: no lock at all on what it lets through. */
    MEMBERS
  }

  /** The recipients SI 2006/264 permits: other locked bodies, charities and community interest companies. */
  public static final ImmutableSet<Recipient> LOCKED_RECIPIENTS =
      Sets.immutableEnumSet(Recipient.ASSET_LOCKED_BODY, Recipient.CHARITY, Recipient.COMMUNITY_INTEREST_COMPANY);

  /**
   * Checks the record.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if no recipient is named
   */
  public AssetLock {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(recipients, "recipients");
    Checks.check(!recipients.isEmpty(), "recipients", recipients, "an asset lock must say where assets may go");
    recipients = Sets.immutableEnumSet(recipients);
  }

  /**
   * Returns the statutory lock of a community benefit society (SI 2006/264).
   *
   * @return the lock
   */
  public static AssetLock statutory() {
    return new AssetLock(Kind.STATUTORY, LOCKED_RECIPIENTS);
  }

  /**
   * Returns a lock written in the rules.
   *
   * @param recipients where assets may go
   * @return the lock
   */
  public static AssetLock constitutional(Set<Recipient> recipients) {
    return new AssetLock(Kind.CONSTITUTIONAL, ImmutableSet.copyOf(recipients));
  }

  /**
   * Returns whether the lock lets assets pass only to locked bodies (never to members or to other
   * co-operatives that could distribute them).
   *
   * @return true if every recipient is a locked body
   */
  public boolean locksAssets() {
    return LOCKED_RECIPIENTS.containsAll(recipients);
  }
}
