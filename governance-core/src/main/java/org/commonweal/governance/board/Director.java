package org.commonweal.governance.board;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.Member;
import org.commonweal.governance.membership.MemberId;

/**
 * A person on the board or standing for it: a member of the society (with the stakeholder classes the
 * register gave them on the record date) or an outsider appointed or co-opted, with the attributes that
 * composition limits read ("staff", "resident", "parent"). Directors are told apart by name, which is
 * also their name on the ballot paper.
 *
 * <pre>{@code
 * Director ann = Director.member(register.member(id).orElseThrow(), recordDate, List.of("staff"));
 * Director lea = Director.nonMember("Lea Moss", List.of());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the name, as on the ballot paper; not blank
 * @param member the member's id, empty for a person who is not a member
 * @param classes the stakeholder classes the person belonged to on the record date (none for a
 *     non-member)
 * @param attributes the person's attributes that limits read; each not blank
 * @since 0.1.0
 */
public record Director(String name, Optional<MemberId> member, ImmutableSet<ClassId> classes, ImmutableSet<String> attributes) {

  /**
   * Checks the director.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if the name or an attribute is blank,
   *     or a non-member has classes
   */
  public Director {
    Checks.notBlank("name", name);
    classes = ImmutableSet.copyOf(classes);
    attributes = ImmutableSet.copyOf(attributes);
    for (String a : attributes) {
      Checks.notBlank("attributes", a);
    }
    Checks.check(member.isPresent() || classes.isEmpty(), "classes", classes, "%s is not a member and has no class", name);
  }

  /**
   * Returns a member as a director or candidate, with the classes the register gives them on the record
   * date.
   *
   * @param member the member, from the register
   * @param recordDate the record date of the election
   * @param attributes the attributes limits read
   * @return the director
   */
  public static Director member(Member member, LocalDate recordDate, Collection<String> attributes) {
    return new Director(
        member.name(), Optional.of(member.id()), ImmutableSet.copyOf(member.classesOn(recordDate)), ImmutableSet.copyOf(attributes));
  }

  /**
   * Returns a person who is not a member (an appointee, a co-opted expert).
   *
   * @param name the name
   * @param attributes the attributes limits read
   * @return the director
   */
  public static Director nonMember(String name, Collection<String> attributes) {
    return new Director(name, Optional.empty(), ImmutableSet.of(), ImmutableSet.copyOf(attributes));
  }

  /**
   * Returns whether the director has an attribute.
   *
   * @param attribute the attribute
   * @return whether the director has it
   */
  public boolean has(String attribute) {
    return attributes.contains(attribute);
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
