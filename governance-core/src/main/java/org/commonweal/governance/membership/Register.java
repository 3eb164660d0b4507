package org.commonweal.governance.membership;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.commonweal.governance.membership.MembershipRejectionCode.outcome;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeMap;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.Outcome;
import org.commonweal.governance.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The register of members: the membership rules and every member, current and former, with the dated
 * history of each membership. A snapshot; every change returns a new register.
 *
 * <p>A registered society must keep a register of its members with the date each was admitted and the
 * date each ceased (Co-operative and Community Benefit Societies Act 2014, s.30). Here the changes the
 * secretary records are pure transitions: each returns an {@link Outcome} holding the new register, or
 * a {@link org.commonweal.governance.base.Rejection} whose code is a {@link MembershipRejectionCode},
 * and the register it was called on is never changed.
 *
 * <table>
 *   <caption>Transitions</caption>
 *   <tr><th>change</th><th>method</th><th>rejection codes</th></tr>
 *   <tr><td>admission</td><td>{@link #admit(Application, LocalDate)}</td><td>DUPLICATE_MEMBER_ID,
 *       UNKNOWN_CLASS, ONE_CLASS_ONLY, NOT_ELIGIBLE</td></tr>
 *   <tr><td>move to another class</td><td>{@link #changeClass(MemberId, ClassId, Facts, LocalDate)}</td>
 *       <td>UNKNOWN_MEMBER, MEMBER_CEASED, MEMBER_SUSPENDED, DATE_OUT_OF_ORDER, UNKNOWN_CLASS,
 *       ALREADY_IN_CLASS, NOT_ELIGIBLE</td></tr>
 *   <tr><td>join a further class</td><td>{@link #joinClass(MemberId, ClassId, Facts, LocalDate)}</td>
 *       <td>as above, and ONE_CLASS_ONLY</td></tr>
 *   <tr><td>leave one of several classes</td><td>{@link #leaveClass(MemberId, ClassId, LocalDate)}</td>
 *       <td>UNKNOWN_MEMBER, MEMBER_CEASED, MEMBER_SUSPENDED, DATE_OUT_OF_ORDER, UNKNOWN_CLASS,
 *       NOT_IN_CLASS, LAST_CLASS</td></tr>
 *   <tr><td>suspension</td><td>{@link #suspend(MemberId, LocalDate, String)}</td><td>UNKNOWN_MEMBER,
 *       MEMBER_CEASED, MEMBER_SUSPENDED, DATE_OUT_OF_ORDER</td></tr>
 *   <tr><td>reinstatement</td><td>{@link #reinstate(MemberId, LocalDate)}</td><td>UNKNOWN_MEMBER,
 *       MEMBER_CEASED, NOT_SUSPENDED, DATE_OUT_OF_ORDER</td></tr>
 *   <tr><td>cessation</td><td>{@link #cease(MemberId, LocalDate, String)}</td><td>UNKNOWN_MEMBER,
 *       MEMBER_CEASED, DATE_OUT_OF_ORDER</td></tr>
 * </table>
 *
 * <pre>{@code
 * Register register = Register.empty(rules);
 * Outcome<Register> next = register.admit(application, LocalDate.of(2026, 9, 1));
 * register = next.orElseThrow();
 * }</pre>
 *
 * <p>Members are kept in order of their ids, so the register, and everything computed from it, does not
 * depend on the order in which members were admitted. Each member's history is in date order (a change
 * may not be dated before the member's latest change); different members' changes may be recorded in
 * any order. Lookups cost O(log n); a transition copies the register, O(n) for n members (load a large
 * existing register with {@link #of(MembershipRules, Iterable)} rather than by n admissions).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Register {
  private final MembershipRules rules;
  private final ImmutableSortedMap<MemberId, Member> members;

  /**
   * Every way in checks its members against the rules: {@link #of} all of them, {@link #with} the one it
   * adds; the keys are the members' own ids by construction.
   */
  private Register(MembershipRules rules, ImmutableSortedMap<MemberId, Member> members) {
    this.rules = checkNotNull(rules, "rules");
    this.members = members;
  }

  private static void checkClasses(MembershipRules rules, Member m) {
    for (MemberEvent event : m.history()) {
      for (ClassId c : event.classes()) {
        Checks.check(
            rules.classIds().contains(c),
            "members",
            m.id(),
            "member %s is in class %s, which the rules do not define",
            m.id(),
            c);
      }
      Checks.check(
          rules.classPolicy() != ClassPolicy.ONE_CLASS || event.classes().size() == 1,
          "members",
          m.id(),
          "member %s is in classes %s but the rules allow one class only",
          m.id(),
          event.classes());
    }
  }

  /**
   * Returns a register with no members.
   *
   * @param rules the membership rules
   * @return the empty register
   */
  public static Register empty(MembershipRules rules) {
    return new Register(rules, ImmutableSortedMap.of());
  }

  /**
   * Returns a register holding the given members, for example one reloaded from storage. Eligibility is
   * not re-checked (the facts attested at admission are not kept); the classes and histories are.
   * Costs O(n log n).
   *
   * @param rules the membership rules
   * @param members the members, with distinct ids
   * @return the register
   * @throws InvalidValueException if two members share an id, or a member is in a class the rules do
   *     not define, or in several classes where the rules allow one
   */
  public static Register of(MembershipRules rules, Iterable<Member> members) {
    checkNotNull(rules, "rules");
    TreeMap<MemberId, Member> byId = new TreeMap<>();
    for (Member m : members) {
      checkClasses(rules, checkNotNull(m, "member"));
      Checks.check(byId.put(m.id(), m) == null, "members", m.id(), "member id %s appears twice", m.id());
    }
    return new Register(rules, ImmutableSortedMap.copyOfSorted(byId));
  }

  /**
   * Returns the membership rules.
   *
   * @return the rules
   */
  public MembershipRules rules() {
    return rules;
  }

  /**
   * Returns every member, current and former, in order of id.
   *
   * @return the members
   */
  public ImmutableList<Member> members() {
    return members.values().asList();
  }

  /**
   * Returns the members who have not ceased, in order of id. O(n).
   *
   * @return the current members, admitted or suspended
   */
  public ImmutableList<Member> currentMembers() {
    return members.values().stream().filter(m -> m.status().isMember()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the current members of a class, in order of id. O(n).
   *
   * @param stakeholderClass the class
   * @return the members, admitted or suspended, who belong to it now
   */
  public ImmutableList<Member> membersOf(ClassId stakeholderClass) {
    return members.values().stream()
        .filter(m -> m.status().isMember() && m.classes().contains(stakeholderClass))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns those who were members (admitted or suspended) at the end of a date, such as a record date
   * for a vote, in order of id. O(n * h) for histories of h events.
   *
   * @param date the date
   * @return the members on that date
   */
  public ImmutableList<Member> membersOn(LocalDate date) {
    return members.values().stream().filter(m -> m.isMemberOn(date)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the member with the given id. O(log n).
   *
   * @param id the id
   * @return the member, current or former, or empty
   */
  public Optional<Member> member(MemberId id) {
    return Optional.ofNullable(members.get(id));
  }

  /**
   * Returns whether a member, current or former, has the given id. O(log n).
   *
   * @param id the id
   * @return true if the id is taken
   */
  public boolean contains(MemberId id) {
    return members.containsKey(id);
  }

  /**
   * Returns the number of members, current and former.
   *
   * @return the size of the register
   */
  public int size() {
    return members.size();
  }

  /**
   * Admits an applicant on a date, in each class applied for, if the constitution defines the classes,
   * allows that many, and the attested facts meet each class's eligibility rule on that date.
   *
   * @param application the application
   * @param on the date of admission
   * @return the register with the new member, or a rejection (DUPLICATE_MEMBER_ID, UNKNOWN_CLASS,
   *     ONE_CLASS_ONLY or NOT_ELIGIBLE, checked in that order)
   */
  public Outcome<Register> admit(Application application, LocalDate on) {
    checkNotNull(application, "application");
    checkNotNull(on, "on");
    MemberId id = application.id();
    Member existing = members.get(id);
    if (existing != null) {
      return outcome(
          MembershipRejectionCode.DUPLICATE_MEMBER_ID,
          "member id " + id + " is already in the register (" + existing.name() + ", " + existing.status() + "); ids are never reused",
          "member", id, "status", existing.status());
    }
    for (ClassId c : application.classes()) {
      Outcome<Register> unknown = unknownClass(c);
      if (unknown != null) {
        return unknown;
      }
    }
    if (rules.classPolicy() == ClassPolicy.ONE_CLASS && application.classes().size() > 1) {
      return outcome(
          MembershipRejectionCode.ONE_CLASS_ONLY,
          "the constitution allows one class per member; " + id + " applied for " + application.classes(),
          "member", id, "classes", application.classes());
    }
    Facts facts = application.effectiveFacts();
    for (ClassId c : application.classes()) {
      Outcome<Register> ineligible = ineligible(id, c, facts, on);
      if (ineligible != null) {
        return ineligible;
      }
    }
    Member member =
        Member.builder()
            .id(id)
            .name(application.name())
            .kind(application.kind())
            .addHistory(MemberEvent.of(on, MemberEvent.Kind.ADMITTED, application.classes(), ""))
            .build();
    return Outcome.accepted(with(member));
  }

  /**
   * Moves a member to another class (out of every class they are in now), if they are eligible for it
   * on the date.
   *
   * @param id the member
   * @param to the new class
   * @param facts the facts attested for the new class; the member's kind is filled in
   * @param on the date of the change
   * @return the changed register, or a rejection (UNKNOWN_MEMBER, MEMBER_CEASED, MEMBER_SUSPENDED,
   *     DATE_OUT_OF_ORDER, UNKNOWN_CLASS, ALREADY_IN_CLASS or NOT_ELIGIBLE, checked in that order)
   * @throws InvalidValueException if the facts attest a member kind other than the member's
   */
  public Outcome<Register> changeClass(MemberId id, ClassId to, Facts facts, LocalDate on) {
    checkNotNull(to, "to");
    checkNotNull(facts, "facts");
    return classChange(id, on, to).flatMap(member -> {
      if (member.classes().equals(ImmutableSortedSet.of(to))) {
        return outcome(MembershipRejectionCode.ALREADY_IN_CLASS, "member " + id + " is already in class " + to + " only", "member", id, "class", to);
      }
      Outcome<Register> ineligible = ineligible(id, to, facts.withKnownKind(member.kind()), on);
      if (ineligible != null) {
        return ineligible;
      }
      String note = "moved from " + member.classes() + " to " + to;
      return Outcome.accepted(with(member.with(MemberEvent.of(on, MemberEvent.Kind.CLASSES_CHANGED, ImmutableSortedSet.of(to), note))));
    });
  }

  /**
   * Adds a further class to a member's classes, where the constitution allows several.
   *
   * @param id the member
   * @param stakeholderClass the class to join
   * @param facts the facts attested for it; the member's kind is filled in
   * @param on the date of the change
   * @return the changed register, or a rejection (UNKNOWN_MEMBER, MEMBER_CEASED, MEMBER_SUSPENDED,
   *     DATE_OUT_OF_ORDER, UNKNOWN_CLASS, ONE_CLASS_ONLY, ALREADY_IN_CLASS or NOT_ELIGIBLE, checked in
   *     that order)
   * @throws InvalidValueException if the facts attest a member kind other than the member's
   */
  public Outcome<Register> joinClass(MemberId id, ClassId stakeholderClass, Facts facts, LocalDate on) {
    checkNotNull(stakeholderClass, "stakeholderClass");
    checkNotNull(facts, "facts");
    return classChange(id, on, stakeholderClass).flatMap(member -> {
      if (rules.classPolicy() == ClassPolicy.ONE_CLASS) {
        return outcome(
            MembershipRejectionCode.ONE_CLASS_ONLY,
            "the constitution allows one class per member; " + id + " is in " + member.classes(),
            "member", id, "classes", ImmutableSortedSet.<ClassId>naturalOrder().addAll(member.classes()).add(stakeholderClass).build());
      }
      if (member.classes().contains(stakeholderClass)) {
        return outcome(
            MembershipRejectionCode.ALREADY_IN_CLASS, "member " + id + " is already in class " + stakeholderClass, "member", id, "class", stakeholderClass);
      }
      Outcome<Register> ineligible = ineligible(id, stakeholderClass, facts.withKnownKind(member.kind()), on);
      if (ineligible != null) {
        return ineligible;
      }
      ImmutableSortedSet<ClassId> classes =
          ImmutableSortedSet.<ClassId>naturalOrder().addAll(member.classes()).add(stakeholderClass).build();
      return Outcome.accepted(
          with(member.with(MemberEvent.of(on, MemberEvent.Kind.CLASSES_CHANGED, classes, "joined " + stakeholderClass))));
    });
  }

  /**
   * Removes one class from a member who belongs to several.
   *
   * @param id the member
   * @param stakeholderClass the class to leave
   * @param on the date of the change
   * @return the changed register, or a rejection (UNKNOWN_MEMBER, MEMBER_CEASED, MEMBER_SUSPENDED,
   *     DATE_OUT_OF_ORDER, UNKNOWN_CLASS, NOT_IN_CLASS or LAST_CLASS, checked in that order)
   */
  public Outcome<Register> leaveClass(MemberId id, ClassId stakeholderClass, LocalDate on) {
    checkNotNull(stakeholderClass, "stakeholderClass");
    return classChange(id, on, stakeholderClass).flatMap(member -> {
      if (!member.classes().contains(stakeholderClass)) {
        return outcome(
            MembershipRejectionCode.NOT_IN_CLASS, "member " + id + " is not in class " + stakeholderClass, "member", id, "class", stakeholderClass);
      }
      if (member.classes().size() == 1) {
        return outcome(
            MembershipRejectionCode.LAST_CLASS,
            "class " + stakeholderClass + " is the only class of member " + id + "; a member leaves their last class by ceasing",
            "member", id, "class", stakeholderClass);
      }
      ImmutableSortedSet<ClassId> classes =
          member.classes().stream().filter(c -> !c.equals(stakeholderClass)).collect(ImmutableSortedSet.toImmutableSortedSet(ClassId::compareTo));
      return Outcome.accepted(
          with(member.with(MemberEvent.of(on, MemberEvent.Kind.CLASSES_CHANGED, classes, "left " + stakeholderClass))));
    });
  }

  /**
   * Suspends an admitted member's rights from a date, as the rules allow for breach or non-payment.
   *
   * @param id the member
   * @param on the date the suspension takes effect
   * @param reason the reason, recorded in the history (may be empty)
   * @return the changed register, or a rejection (UNKNOWN_MEMBER, MEMBER_CEASED, MEMBER_SUSPENDED or
   *     DATE_OUT_OF_ORDER, checked in that order)
   */
  public Outcome<Register> suspend(MemberId id, LocalDate on, String reason) {
    checkNotNull(reason, "reason");
    return current(id, on).flatMap(member -> {
      if (member.status() == MemberStatus.SUSPENDED) {
        return suspended(member);
      }
      Outcome<Register> late = outOfOrder(member, on);
      return late != null ? late : Outcome.accepted(with(member.with(MemberEvent.of(on, MemberEvent.Kind.SUSPENDED, member.classes(), reason))));
    });
  }

  /**
   * Lifts a member's suspension from a date.
   *
   * @param id the member
   * @param on the date the reinstatement takes effect
   * @return the changed register, or a rejection (UNKNOWN_MEMBER, MEMBER_CEASED, NOT_SUSPENDED or
   *     DATE_OUT_OF_ORDER, checked in that order)
   */
  public Outcome<Register> reinstate(MemberId id, LocalDate on) {
    return current(id, on).flatMap(member -> {
      if (member.status() != MemberStatus.SUSPENDED) {
        return outcome(
            MembershipRejectionCode.NOT_SUSPENDED, "member " + id + " is not suspended but " + member.status(), "member", id, "status", member.status());
      }
      Outcome<Register> late = outOfOrder(member, on);
      return late != null ? late : Outcome.accepted(with(member.with(MemberEvent.of(on, MemberEvent.Kind.REINSTATED, member.classes(), ""))));
    });
  }

  /**
   * Ends a membership on a date (resignation, death, expulsion, ceasing to qualify). The entry stays in
   * the register with the date of cessation, and the id is never reused. Shares are cancelled by the
   * share ledger's own cessation, which calls this.
   *
   * @param id the member
   * @param on the date of cessation
   * @param reason the reason, recorded in the history (may be empty)
   * @return the changed register, or a rejection (UNKNOWN_MEMBER, MEMBER_CEASED or DATE_OUT_OF_ORDER,
   *     checked in that order)
   */
  public Outcome<Register> cease(MemberId id, LocalDate on, String reason) {
    checkNotNull(reason, "reason");
    return current(id, on).flatMap(member -> {
      Outcome<Register> late = outOfOrder(member, on);
      return late != null ? late : Outcome.accepted(with(member.with(MemberEvent.of(on, MemberEvent.Kind.CEASED, member.classes(), reason))));
    });
  }

  /** The member, if known and not ceased. */
  private Outcome<Member> current(MemberId id, LocalDate on) {
    checkNotNull(id, "id");
    checkNotNull(on, "on");
    Member member = members.get(id);
    if (member == null) {
      return outcome(MembershipRejectionCode.UNKNOWN_MEMBER, "no member " + id + " in the register", "member", id);
    }
    Optional<LocalDate> ceased = member.ceasedOn();
    if (ceased.isPresent()) {
      return outcome(
          MembershipRejectionCode.MEMBER_CEASED, "member " + id + " ceased on " + ceased.get(), "member", id, "ceased", ceased.get());
    }
    return Outcome.accepted(member);
  }

  /** The common checks of the three class changes. */
  private Outcome<Member> classChange(MemberId id, LocalDate on, ClassId stakeholderClass) {
    return current(id, on).flatMap(member -> {
      if (member.status() == MemberStatus.SUSPENDED) {
        return suspended(member);
      }
      Outcome<Member> late = outOfOrder(member, on);
      if (late != null) {
        return late;
      }
      Outcome<Member> unknown = unknownClass(stakeholderClass);
      return unknown != null ? unknown : Outcome.accepted(member);
    });
  }

  private static <T> Outcome<T> suspended(Member member) {
    return outcome(
        MembershipRejectionCode.MEMBER_SUSPENDED,
        "member " + member.id() + " is suspended since " + member.statusSince(),
        "member", member.id(), "since", member.statusSince());
  }

  private static <T> @Nullable Outcome<T> outOfOrder(Member member, LocalDate on) {
    if (on.isBefore(member.lastChangedOn())) {
      return outcome(
          MembershipRejectionCode.DATE_OUT_OF_ORDER,
          "a change to member " + member.id() + " dated " + on + " is before their latest recorded change on " + member.lastChangedOn(),
          "member", member.id(), "date", on, "latest", member.lastChangedOn());
    }
    return null;
  }

  private <T> @Nullable Outcome<T> unknownClass(ClassId c) {
    if (!rules.classIds().contains(c)) {
      return outcome(MembershipRejectionCode.UNKNOWN_CLASS, "the constitution defines no class " + c + "; it has " + rules.classIds(), "class", c);
    }
    return null;
  }

  private <T> @Nullable Outcome<T> ineligible(MemberId id, ClassId c, Facts facts, LocalDate on) {
    StakeholderClass sc = rules.stakeholderClass(c).orElseThrow();
    EligibilityDecision result = sc.check(facts, on);
    if (result.met()) {
      return null;
    }
    return outcome(
        MembershipRejectionCode.NOT_ELIGIBLE,
        id + " is not eligible for " + sc.name() + " on " + on + ": " + result.reason(),
        "member", id, "class", c, "date", on, "reason", result.reason());
  }

  private Register with(Member member) {
    checkClasses(rules, member);
    TreeMap<MemberId, Member> copy = new TreeMap<>(members);
    copy.put(member.id(), member);
    return new Register(rules, ImmutableSortedMap.copyOfSorted(copy));
  }

  /**
   * Returns whether the other register has the same rules and the same members with the same
   * histories.
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Register other && rules.equals(other.rules) && members.equals(other.members);
  }

  @Override
  public int hashCode() {
    return 31 * rules.hashCode() + members.hashCode();
  }

  /** Returns a one-line summary: the number of members, current and former, and the classes. */
  @Override
  public String toString() {
    long current = members.values().stream().filter(m -> m.status().isMember()).count();
    return "Register[" + current + " current of " + members.size() + " members; classes " + rules.classIds() + "]";
  }
}
