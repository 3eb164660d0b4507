package org.commonweal.governance.meeting;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.membership.MemberId;

/**
 * A person authorised by a corporation that is a member to act as its representative at a meeting
 * (Companies Act 2006 s.323(1)). The representative may exercise the powers the corporation could
 * exercise if it were an individual member (s.323(2)): the corporation is present in person through
 * them. A corporation may authorise several.
 *
 * <p>How they count: each representative is a qualifying person for the quorum, but two who are
 * qualifying persons only as representatives of the same corporation are not two (s.318(2)(a)); on a
 * show of hands each has the vote the corporation would have (s.323(3)); on a poll, representatives
 * voting the same shares the same way exercise the corporation's votes, and representatives voting them
 * different ways exercise none (s.323(4)).
 *
 * <pre>{@code
 * Representative r = Representative.of(MemberId.of("M-031"), Person.nonMember("R-1", "Asha Patel"));
 * }</pre>
 *
 * <p>A record: equal when both values are. Immutable and thread-safe.
 *
 * @param corporation the corporation, a member that is an organisation
 * @param person the person authorised
 * @since 0.1.0
 */
public record Representative(MemberId corporation, Person person) {

  /**
   * Checks the values.
   *
   * @throws InvalidValueException if the person is the corporation itself
   */
  public Representative {
    checkNotNull(corporation, "corporation");
    checkNotNull(person, "person");
    Checks.check(
        !person.memberId().equals(Optional.of(corporation)),
        "person",
        person,
        "corporation %s cannot be its own representative",
        corporation);
  }

  /**
   * Returns the authorisation of {@code person} to represent {@code corporation}.
   *
   * @param corporation the corporation
   * @param person the person
   * @return the representative
   */
  public static Representative of(MemberId corporation, Person person) {
    return new Representative(corporation, person);
  }

  /** Returns {@code Asha Patel for M-031}. */
  @Override
  public String toString() {
    return person + " for " + corporation;
  }
}
