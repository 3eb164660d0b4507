package org.commonweal.governance.resolution;

import java.time.LocalDate;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.membership.MemberId;
import org.immutables.value.Value;

/**
 * A member's signified agreement to a written resolution, and the day it was received (Companies Act
 * 2006 s.296: a member signifies agreement when the company receives an authenticated document).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
@GovernanceStyle
public abstract class Signature {
  Signature() {}

  /**
   * Returns the member agreeing.
   *
   * @return the member
   */
  @Value.Parameter
  public abstract MemberId member();

  /**
   * Returns the day the agreement was received.
   *
   * @return the day
   */
  @Value.Parameter
  public abstract LocalDate signedOn();

  /**
   * Returns a signature.
   *
   * @param member the member agreeing
   * @param signedOn the day received
   * @return the signature
   */
  public static Signature of(MemberId member, LocalDate signedOn) {
    return ImmutableSignature.of(member, signedOn);
  }

  /** Returns {@code member (day)}. */
  @Override
  public String toString() {
    return member() + " (" + signedOn() + ")";
  }
}
