package org.commonweal.governance.voting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
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
      if (!seen.add(e.member())) {
        throw new InvalidValueException("electors", e.member(), "member " + e.member() + " is listed twice in the electorate");
      }
    }
  }
}
