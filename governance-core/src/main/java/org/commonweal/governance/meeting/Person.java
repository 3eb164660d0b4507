package org.commonweal.governance.meeting;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.Identifiers;
import org.commonweal.governance.membership.MemberId;

/**
 * One individual at a meeting, whatever the capacities in which they attend: a member present in person,
 * the proxy of one or more members, the representative of a corporation (Companies Act 2006 s.323), or
 * several of these at once.
 *
 * <p>A person is either a member of the register, known by the member's id ({@link #member(MemberId)}),
 * or someone who is not a member, whom the caller identifies by a reference of its own and names ({@link
 * #nonMember(String, String)}): a proxy holder from outside the membership, a corporation's
 * representative. Counting people means counting these identities: the same individual is the same
 * {@code Person} in every capacity, so a member who also holds proxies, or who also represents a
 * corporation, is one qualifying person (s.318), never two. The caller must therefore name a member who
 * holds a proxy by the member's id, not by name; two non-members with one reference are one person, and
 * an attendance refuses one reference given two names.
 *
 * <pre>{@code
 * Person chair = Person.member(MemberId.of("M-003"));
 * Person solicitor = Person.nonMember("P-17", "Jane Smith");
 * ProxyAppointment p = ProxyAppointment.of(MemberId.of("M-021"), solicitor, lodgedAt);
 * }</pre>
 *
 * <p>Persons sort members first, by id, then non-members by reference. Each case is a record, equal when
 * its values are. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Person extends Comparable<Person> permits Person.Member, Person.NonMember {

  /**
   * Returns the person's reference: the member id's text, or the caller's reference for a non-member.
   *
   * @return the reference
   */
  String reference();

  /**
   * Returns the person's name for reports: the member id for a member, the name for a non-member.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the member this person is, if a member of the register.
   *
   * @return the member's id, or empty for a non-member
   */
  Optional<MemberId> memberId();

  /**
   * Returns the person who is the given member of the register.
   *
   * @param member the member's id
   * @return the person
   */
  static Person member(MemberId member) {
    return new Member(member);
  }

  /**
   * Returns a person who is not a member, identified by the caller's reference.
   *
   * @param reference the caller's reference for the person, 1 to 64 characters, no surrounding whitespace
   *     or control characters; the same reference always means the same person
   * @param name the person's name, not blank
   * @return the person
   * @throws InvalidValueException if the reference or the name is not acceptable
   */
  static Person nonMember(String reference, String name) {
    return new NonMember(reference, name);
  }

  /**
   * Compares members first, by id; then non-members, by reference and name.
   *
   * @param other the other person
   * @return negative, zero or positive as this person sorts before, with or after {@code other}
   */
  @Override
  default int compareTo(Person other) {
    int kind = Boolean.compare(this instanceof NonMember, other instanceof NonMember);
    if (kind != 0) {
      return kind;
    }
    int ref = reference().compareTo(other.reference());
    return ref != 0 ? ref : name().compareTo(other.name());
  }

  /**
   * A member of the register, in person or as a proxy or representative.
   *
   * @param id the member's id
   * @since 0.1.0
   */
  record Member(MemberId id) implements Person {
    /** Checks that the id is given. */
    public Member {
      checkNotNull(id, "id");
    }

    @Override
    public String reference() {
      return id.value();
    }

    @Override
    public String name() {
      return id.value();
    }

    @Override
    public Optional<MemberId> memberId() {
      return Optional.of(id);
    }

    /** Returns the member id. */
    @Override
    public String toString() {
      return id.value();
    }
  }

  /**
   * Someone who is not a member: a proxy holder or a corporation's representative from outside the
   * membership, identified by the caller's reference.
   *
   * @param reference the caller's reference, an identifier
   * @param name the name, not blank
   * @since 0.1.0
   */
  record NonMember(String reference, String name) implements Person {
    /**
     * Checks the reference and the name.
     *
     * @throws InvalidValueException if the reference is not an identifier or the name is blank
     */
    public NonMember {
      Identifiers.check("person reference", checkNotNull(reference, "reference"));
      Checks.notBlank("name", checkNotNull(name, "name"));
      Checks.check(
          name.chars().noneMatch(Character::isISOControl), "name", name, "name \"%s\" must not contain control characters", name);
    }

    @Override
    public Optional<MemberId> memberId() {
      return Optional.empty();
    }

    /** Returns the name and the reference, {@code Jane Smith (P-17)}. */
    @Override
    public String toString() {
      return name + " (" + reference + ")";
    }
  }
}
