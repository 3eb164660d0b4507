package org.commonweal.governance.voting;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.Member;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.MemberStatus;
import org.commonweal.governance.membership.Register;
import org.commonweal.governance.membership.StakeholderClass;
import org.commonweal.governance.membership.UndefinedClassException;
import org.commonweal.governance.shares.Holding;
import org.commonweal.governance.shares.ShareClass;
import org.commonweal.governance.shares.ShareLedger;
import org.commonweal.governance.shares.ShareValue;
import org.immutables.value.Value;

/**
 * The members on a record date, as the voting rules need them: the input from which {@link
 * VotingRules#roll(Electorate)} computes the {@link VotingRoll}. Beside the members, it records the
 * stakeholder classes the constitution defines and, for each share class, the nominal value and the
 * amount paid up on one share on the record date.
 *
 * <p>Voting rights are fixed on a record date so that later admissions, withdrawals and share issues do
 * not leak into a vote already called (the Companies Act 2006 s.360B and most society rules set such a
 * date for a meeting or a written resolution). The electorate is built by the caller, usually from the
 * register of members and the share ledger on that date; it lists every member on the register on that
 * date, including those without a vote, so that the roll can say why they have none.
 *
 * <p>The classes are those a rule may name: a rule naming another class (a class's share of the vote,
 * a quorum within a class, a class-consent condition) is refused with an {@link
 * UndefinedClassException} rather than read as an empty class. {@link #from(ShareLedger, LocalDate)}
 * takes them from the constitution's membership rules; {@link #of(LocalDate, Collection)} takes the
 * classes its members belong to, and {@link #builder()} may declare more (a class with no member yet).
 * The share values are what rights measured in paid-up capital count (Companies Act 2006 s.303(2)(a),
 * s.321(2)(c)); an electorate without them serves every rule that counts members or votes.
 *
 * <pre>{@code
 * Electorate electorate = Electorate.of(LocalDate.of(2026, 6, 1), List.of(
 *     Elector.of(MemberId.of("M-001"), staff),
 *     Elector.of(MemberId.of("M-002"), parents)));
 * Electorate company = Electorate.builder().recordDate(LocalDate.of(2026, 6, 1))
 *     .addClasses(shareholders)
 *     .putShareValues("ordinary", ShareValue.of(Money.ofMajor(1, GBP), Money.ofMinor(50, GBP)))
 *     .addElectors(Elector.withShares(MemberId.of("M-001"), shareholders, "ordinary", 400))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class Electorate {
  Electorate() {}

  /**
   * Returns the record date: voting rights are those of the members on the register at its end.
   *
   * @return the record date
   */
  public abstract LocalDate recordDate();

  /**
   * Returns the members on the register on the record date, in the order given.
   *
   * @return the electors, each member once
   */
  public abstract ImmutableList<Elector> electors();

  /**
   * Returns the stakeholder classes the constitution defines: those a rule may name.
   *
   * @return the classes, in id order; every class an elector belongs to is among them
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<ClassId> classes();

  /**
   * Returns the value of one share of each share class on the record date: its nominal value and the
   * amount paid up on it, by share class code.
   *
   * @return the share values; empty where the electorate was built without them
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, ShareValue> shareValues();

  /**
   * Returns the electorate of the given members on the record date. The classes defined are those the
   * members belong to.
   *
   * @param recordDate the record date
   * @param electors the members, each once
   * @return the electorate
   */
  public static Electorate of(LocalDate recordDate, Collection<Elector> electors) {
    return builder().recordDate(recordDate).electors(electors).build();
  }

  /**
   * Returns a builder. Where no class is added, the classes defined are those the members belong to;
   * where some are, every member's classes must be among them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Electorate}. */
  public static final class Builder extends ImmutableElectorate.Builder {
    Builder() {}
  }

  /**
   * Returns the electorate of a society on a record date, read from its share ledger (which holds the
   * register of members): every person who was a member at the end of {@code recordDate}, with
   *
   * <ul>
   *   <li>the stakeholder classes they belonged to that day, in the constitution's order (so the first
   *       is the class they vote in first);
   *   <li>their holdings that day of each <em>voting</em> share class, replayed from the ledger's journal
   *       ({@link ShareLedger#holdingsOn(LocalDate)}); non-voting share classes carry no vote and are
   *       left out;
   *   <li>whether they are an organisation ({@link org.commonweal.governance.membership.MemberKind});
   *   <li>good standing: admitted and not suspended that day.
   * </ul>
   *
   * <p>The classes defined are the constitution's ({@code register.rules().classes()}), and each voting
   * share class's {@linkplain ShareClass#shareValue() value} is recorded.
   *
   * <p>Admissions, cessations, transfers and withdrawals after the record date do not change the
   * result. O(m + t log h) for m members, t transactions and h holdings.
   *
   * @param ledger the share ledger, with its register of members
   * @param recordDate the record date
   * @return the electorate on that date
   */
  public static Electorate from(ShareLedger ledger, LocalDate recordDate) {
    checkNotNull(ledger, "ledger");
    checkNotNull(recordDate, "recordDate");
    Register register = ledger.register();
    Map<ClassId, Integer> order = new HashMap<>();
    for (StakeholderClass c : register.rules().classes()) {
      order.put(c.id(), order.size());
    }
    Map<MemberId, Map<String, Long>> holdings = new HashMap<>();
    for (Holding h : ledger.holdingsOn(recordDate)) {
      if (ledger.shareClass(h.shareClass()).map(ShareClass::voting).orElse(false)) {
        holdings.computeIfAbsent(h.member(), m -> new HashMap<>()).put(h.shareClass().value(), h.shares());
      }
    }
    Builder b = builder().recordDate(recordDate).addAllClasses(order.keySet());
    for (ShareClass c : ledger.shareClasses()) {
      if (c.voting()) {
        b.putShareValues(c.id().value(), c.shareValue());
      }
    }
    for (Member m : register.members()) {
      if (!m.isMemberOn(recordDate)) {
        continue;
      }
      List<ClassId> classes = new ArrayList<>(m.classesOn(recordDate));
      classes.sort(Comparator.comparing(c -> order.getOrDefault(c, Integer.MAX_VALUE)));
      b.addElectors(
          Elector.builder()
              .member(m.id())
              .classes(classes)
              .holdings(holdings.getOrDefault(m.id(), Map.of()))
              .organisation(m.kind().isOrganisation())
              .inGoodStanding(m.statusOn(recordDate).orElseThrow() == MemberStatus.ADMITTED)
              .build());
    }
    return b.build();
  }

  /**
   * Returns an electorate of individuals without classes or shares, for example a board of directors
   * or a committee, each of whom holds one vote under {@link VotingRules#oneMemberOneVote()}.
   *
   * @param recordDate the record date
   * @param members the members, each once
   * @return the electorate
   */
  public static Electorate ofMembers(LocalDate recordDate, Collection<MemberId> members) {
    Builder b = builder().recordDate(recordDate);
    for (MemberId m : members) {
      b.addElectors(Elector.of(m));
    }
    return b.build();
  }

  /**
   * Returns the electors by member id, in member id order.
   *
   * @return the electors
   */
  @Value.Lazy
  public ImmutableSortedMap<MemberId, Elector> byMember() {
    ImmutableSortedMap.Builder<MemberId, Elector> b = ImmutableSortedMap.naturalOrder();
    for (Elector e : electors()) {
      b.put(e.member(), e);
    }
    return b.buildOrThrow();
  }

  /**
   * Returns the electorate of a class meeting: the members of {@code classId} only, each keeping only
   * that class. The classes defined and the share values stay those of this electorate.
   *
   * @param classId the class, one of {@link #classes()}
   * @return the members of that class on the same record date
   * @throws UndefinedClassException if the class is not defined
   */
  public Electorate inClass(ClassId classId) {
    requireDefined(classId, "a class meeting of " + classId);
    List<Elector> members = new ArrayList<>();
    for (Elector e : electors()) {
      if (e.classes().contains(classId)) {
        members.add(Elector.builder().from(e).classes(ImmutableList.of(classId)).build());
      }
    }
    return builder().from(this).electors(members).build();
  }

  /**
   * Refuses a rule naming a class this electorate does not define.
   *
   * @param classId the class the rule names
   * @param rule the rule, in words, for the message
   * @throws UndefinedClassException if the class is not among {@link #classes()}
   */
  public void requireDefined(ClassId classId, String rule) {
    if (!classes().contains(classId)) {
      throw new UndefinedClassException(rule, classId, classes());
    }
  }

  /** Where no class is declared, the classes defined are those the members belong to. */
  @Value.Check
  Electorate normalize() {
    if (classes().isEmpty() && electors().stream().anyMatch(e -> !e.classes().isEmpty())) {
      Set<ClassId> all = new HashSet<>();
      electors().forEach(e -> all.addAll(e.classes()));
      return builder().from(this).classes(all).build();
    }
    Set<MemberId> seen = new HashSet<>();
    for (Elector e : electors()) {
      Checks.check(
          seen.add(e.member()), "electors", e.member(), "member %s is listed twice in the electorate", e.member());
      for (ClassId c : e.classes()) {
        Checks.check(
            classes().contains(c),
            "classes",
            c,
            "member %s is in class %s, which is not among the classes defined %s",
            e.member(),
            c,
            classes());
      }
    }
    return this;
  }
}
