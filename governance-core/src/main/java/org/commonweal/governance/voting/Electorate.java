package org.commonweal.governance.voting;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
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
import org.commonweal.governance.shares.Holding;
import org.commonweal.governance.shares.ShareClass;
import org.commonweal.governance.shares.ShareLedger;
import org.immutables.value.Value;

/**
 * The members on a record date, as the voting rules need them: the input from which {@link
 * VotingRules#roll(Electorate)} computes the {@link VotingRoll}.
 *
 * <p>Voting rights are fixed on a record date so that later admissions, withdrawals and share issues do
 * not leak into a vote already called (the Companies Act 2006 s.360B and most society rules set such a
 * date for a meeting or a written resolution). The electorate is built by the caller, usually from the
 * register of members and the share ledger on that date; it lists every member on the register on that
 * date, including those without a vote, so that the roll can say why they have none.
 *
 * <pre>{@code
 * Electorate electorate = Electorate.of(LocalDate.of(2026, 6, 1), List.of(
 *     Elector.of(MemberId.of("M-001"), staff),
 *     Elector.of(MemberId.of("M-002"), parents)));
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
   * Returns the electorate of the given members on the record date.
   *
   * @param recordDate the record date
   * @param electors the members, each once
   * @return the electorate
   */
  public static Electorate of(LocalDate recordDate, Collection<Elector> electors) {
    return ImmutableElectorate.builder().recordDate(recordDate).electors(electors).build();
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
    ImmutableElectorate.Builder b = ImmutableElectorate.builder().recordDate(recordDate);
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
    ImmutableElectorate.Builder b = ImmutableElectorate.builder().recordDate(recordDate);
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
   * that class.
   *
   * @param classId the class
   * @return the members of that class on the same record date
   */
  public Electorate inClass(ClassId classId) {
    ImmutableElectorate.Builder b = ImmutableElectorate.builder().recordDate(recordDate());
    for (Elector e : electors()) {
      if (e.classes().contains(classId)) {
        b.addElectors(Elector.builder().from(e).classes(ImmutableList.of(classId)).build());
      }
    }
    return b.build();
  }

  @Value.Check
  void check() {
    Set<MemberId> seen = new HashSet<>();
    for (Elector e : electors()) {
      Checks.check(
          seen.add(e.member()), "electors", e.member(), "member %s is listed twice in the electorate", e.member());
    }
  }
}
