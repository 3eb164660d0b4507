package org.commonweal.governance.voting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.UndefinedClassException;
import org.immutables.value.Value;

/**
 * A constitution's rules on who holds how many votes at a general meeting: the basis (one member one
 * vote, or one vote per share), caps per member, classes and share classes without a vote, fixed
 * shares of the vote held by classes, caps on a class's share, and delegation.
 *
 * <table>
 *   <caption>Rules and where they come from</caption>
 *   <tr><th>rule</th><th>setting</th><th>source</th></tr>
 *   <tr><td>one member, one vote</td><td>{@link #oneMemberOneVote()}</td><td>ICA principles (1995);
 *       FCA RFCCBS 6.1.3 for societies</td></tr>
 *   <tr><td>one vote per share</td><td>{@link #oneVotePerShare()}</td><td>Companies Act 2006
 *       s.284(3)</td></tr>
 *   <tr><td>at most N votes per member</td><td>{@link #maxVotesPerMember()}</td><td>society rules
 *       capping share votes</td></tr>
 *   <tr><td>organisations vote by shares, up to 5 votes</td><td>{@link #organisationBasis()}, {@link
 *       #maxVotesPerOrganisation()}</td><td>Italy, civil code art. 2538</td></tr>
 *   <tr><td>a class or share class without a vote</td><td>{@link #nonVotingClasses()}, {@link
 *       #nonVotingShareClasses()}</td><td>associate members; investor shares in the Co-operatives UK
 *       worker co-operative model</td></tr>
 *   <tr><td>fixed class shares of the vote</td><td>{@link #classShares()}</td><td>Somerset Rules</td></tr>
 *   <tr><td>a class holds at most a fraction of the votes taken</td><td>{@link #classCaps()}</td>
 *       <td>Italy art. 2526 (investors at most 1/3); FairShares (non-users at most 1/4)</td></tr>
 *   <tr><td>delegation to another member</td><td>{@link #delegation()}</td><td>the constitution</td></tr>
 * </table>
 *
 * <p>The roll computes each member's <em>base</em> votes from the basis and caps, then the member's
 * weight among the members who take part in a vote: a fixed class share is divided among the members
 * of the class who take part, and a class cap scales a class down to its cap of the votes taken. All
 * arithmetic is exact.
 *
 * <pre>{@code
 * VotingRules somerset = VotingRules.builder()
 *     .classShares(ClassShares.of(Map.of(workers, Fraction.of(1, 2), clients, Fraction.of(1, 4),
 *         investors, Fraction.of(1, 4)), ClassShares.Absent.REDISTRIBUTE))
 *     .build();
 * VotingRoll roll = somerset.roll(electorate);
 * Fraction share = roll.votesOf(MemberId.of("M-004"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class VotingRules {
  VotingRules() {}

  /**
   * Returns what a member's votes are counted from.
   *
   * @return the basis; {@link VoteBasis#ONE_MEMBER_ONE_VOTE} by default
   */
  @Value.Default
  public VoteBasis basis() {
    return VoteBasis.ONE_MEMBER_ONE_VOTE;
  }

  /**
   * Returns the most votes an individual member may hold, if capped.
   *
   * @return the cap, at least 1, or empty
   */
  public abstract OptionalLong maxVotesPerMember();

  /**
   * Returns the basis for members that are organisations, where it differs from {@link #basis()}.
   *
   * @return the organisations' basis, or empty for the same as individuals'
   */
  public abstract Optional<VoteBasis> organisationBasis();

  /**
   * Returns the most votes an organisation may hold, where it differs from {@link
   * #maxVotesPerMember()}.
   *
   * @return the cap, at least 1, or empty for the same as individuals'
   */
  public abstract OptionalLong maxVotesPerOrganisation();

  /**
   * Returns the classes whose members hold no vote (associates, supporters, investor members in some
   * worker co-operatives).
   *
   * @return the classes without a vote
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<ClassId> nonVotingClasses();

  /**
   * Returns the share classes whose shares carry no vote, by code.
   *
   * @return the share class codes
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<String> nonVotingShareClasses();

  /**
   * Returns the fixed shares of the vote held by classes, if the rules fix them. Members of classes
   * without a share then hold no vote.
   *
   * @return the class shares, or empty
   */
  public abstract Optional<ClassShares> classShares();

  /**
   * Returns the caps on classes' shares of the votes taken: a capped class holds at most its cap of
   * the total, its members' votes being scaled down together when it would hold more.
   *
   * @return each capped class's cap, above 0 and below 1; the caps sum to less than 1
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<ClassId, Fraction> classCaps();

  /**
   * Returns the delegation rules, if members may delegate.
   *
   * @return the rules, or empty where delegation is not allowed
   */
  public abstract Optional<DelegationRules> delegation();

  /**
   * Returns the rules of one member, one vote, with no classes set apart and no delegation.
   *
   * @return the rules
   */
  public static VotingRules oneMemberOneVote() {
    return builder().build();
  }

  /**
   * Returns the rules of one vote per share, uncapped.
   *
   * @return the rules
   */
  public static VotingRules oneVotePerShare() {
    return builder().basis(VoteBasis.ONE_VOTE_PER_SHARE).build();
  }

  /**
   * Returns the rules of one vote per share, at most {@code cap} votes per member.
   *
   * @param cap the most votes one member may hold, at least 1
   * @return the rules
   */
  public static VotingRules oneVotePerShareCappedAt(long cap) {
    return builder().basis(VoteBasis.ONE_VOTE_PER_SHARE).maxVotesPerMember(cap).build();
  }

  /**
   * Returns a builder; unset rules take their defaults (one member, one vote; nothing set apart).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VotingRules}. */
  public static final class Builder extends ImmutableVotingRules.Builder {
    Builder() {}
  }

  /**
   * Computes the voting roll on the electorate's record date, without delegations.
   *
   * <p>Costs O(n log n) for n members.
   *
   * @param electorate the members on the record date
   * @return the roll
   * @throws UndefinedClassException if these rules give a share of the vote, a cap or no vote to a class
   *     the electorate does not define
   */
  public VotingRoll roll(Electorate electorate) {
    return roll(electorate, ImmutableList.of(), electorate.recordDate());
  }

  /**
   * Computes the voting roll on the electorate's record date, with the delegations in force on the
   * day of the vote. The electorate (who may vote, with how many votes) is fixed at the record date;
   * delegations, being revocable up to the vote, are judged on the day of the vote.
   *
   * <p>Costs O((n + d) log (n + d)) for n members and d delegations.
   *
   * @param electorate the members on the record date
   * @param delegations delegations given, revoked or not
   * @param voteDate the day of the vote, not before the record date
   * @return the roll, listing the delegations accepted and those refused with their reasons
   * @throws InvalidValueException if the vote date is before the record date, or a member gave two
   *     delegations on the same day that are both in force
   * @throws UndefinedClassException if these rules give a share of the vote, a cap or no vote to a class
   *     the electorate does not define
   */
  public VotingRoll roll(Electorate electorate, Collection<Delegation> delegations, LocalDate voteDate) {
    Checks.check(
        !voteDate.isBefore(electorate.recordDate()),
        "voteDate",
        voteDate,
        "vote date %s is before the record date %s",
        voteDate,
        electorate.recordDate());
    // A mistyped class would otherwise let its share lapse, or leave a real class uncapped or voting.
    classShares().ifPresent(cs -> cs.shares().forEach((c, share) ->
        electorate.requireDefined(c, "class shares: " + c + " " + share)));
    classCaps().forEach((c, cap) -> electorate.requireDefined(c, "class cap: " + c + " at most " + cap));
    nonVotingClasses().forEach(c -> electorate.requireDefined(c, "classes without a vote: " + c));
    return VotingRoll.compute(this, electorate, ImmutableList.copyOf(delegations), voteDate);
  }

  /**
   * Computes one member's base right: the class the member votes in and the votes from the basis and
   * caps, with the reasons.
   */
  VotingRight baseRight(Elector e) {
    List<String> reasons = new ArrayList<>();
    ImmutableVotingRight.Builder b = ImmutableVotingRight.builder().member(e.member());
    if (!e.inGoodStanding()) {
      reasons.add("not in good standing on the record date: no vote");
      return b.baseVotes(0).votes(Fraction.ZERO).reasons(reasons).build();
    }
    Optional<ClassId> votingClass = Optional.empty();
    for (ClassId c : e.classes()) {
      if (nonVotingClasses().contains(c)) {
        reasons.add("class " + c + " does not vote");
      } else if (classShares().isPresent() && !classShares().get().shares().containsKey(c)) {
        reasons.add("class " + c + " holds no share of the vote");
      } else {
        votingClass = Optional.of(c);
        break;
      }
    }
    if (votingClass.isEmpty() && (classShares().isPresent() || !e.classes().isEmpty())) {
      if (e.classes().isEmpty()) {
        reasons.add("in no class, and only classes hold shares of the vote");
      }
      reasons.add("no class with a vote: no vote");
      return b.baseVotes(0).votes(Fraction.ZERO).reasons(reasons).build();
    }
    votingClass.ifPresent(c -> {
      b.votingClass(c);
      if (e.classes().size() > 1) {
        reasons.add("votes in class " + c + (e.classes().get(0).equals(c) ? "" : " (the first of its classes with a vote)")
            + "; other classes add no vote");
      }
    });
    VoteBasis basis = e.organisation() ? organisationBasis().orElse(basis()) : basis();
    OptionalLong cap = e.organisation() && maxVotesPerOrganisation().isPresent()
        ? maxVotesPerOrganisation()
        : maxVotesPerMember();
    long votes;
    String who = e.organisation() ? "organisation" : "member";
    if (basis == VoteBasis.ONE_MEMBER_ONE_VOTE) {
      votes = 1;
      reasons.add("one " + who + ", one vote");
    } else {
      votes = e.sharesIn(nonVotingShareClasses(), true);
      long nonVoting = e.sharesIn(nonVotingShareClasses(), false);
      reasons.add(votes + " voting share" + (votes == 1 ? "" : "s") + ", one vote each"
          + (nonVoting > 0 ? "; " + nonVoting + " share" + (nonVoting == 1 ? "" : "s") + " of "
              + nonVotingShareClasses() + " carry no vote" : ""));
      if (votes == 0) {
        reasons.add("no voting shares: no vote");
      }
    }
    if (cap.isPresent() && votes > cap.getAsLong()) {
      reasons.add("capped at " + cap.getAsLong() + (cap.getAsLong() == 1 ? " vote per " : " votes per ") + who);
      votes = cap.getAsLong();
    }
    return b.baseVotes(votes).votes(Fraction.of(votes)).reasons(reasons).build();
  }

  @Value.Check
  void check() {
    maxVotesPerMember().ifPresent(cap -> Checks.atLeast("maxVotesPerMember", cap, 1));
    maxVotesPerOrganisation().ifPresent(cap -> Checks.atLeast("maxVotesPerOrganisation", cap, 1));
    Fraction capTotal = Fraction.ZERO;
    for (var e : classCaps().entrySet()) {
      ClassId c = e.getKey();
      Fraction cap = e.getValue();
      Checks.check(
          cap.signum() > 0 && cap.isLessThan(Fraction.ONE),
          "classCaps",
          cap,
          "cap %s on class %s must be above 0 and below 1",
          cap,
          c);
      Checks.check(!nonVotingClasses().contains(c), "classCaps", c, "class %s is capped but holds no vote", c);
      if (classShares().isPresent() && classShares().get().shareOf(c).isGreaterThan(cap)) {
        throw Checks.invalid(
            "classCaps", cap, "class %s holds a fixed share %s, above its cap %s", c, classShares().get().shareOf(c), cap);
      }
      capTotal = capTotal.plus(cap);
    }
    Checks.check(
        capTotal.isLessThan(Fraction.ONE),
        "classCaps",
        classCaps(),
        "class caps %s sum to %s: they must leave room for uncapped votes (below 1)",
        classCaps(),
        capTotal);
    if (classShares().isPresent()) {
      for (ClassId c : classShares().get().shares().keySet()) {
        Checks.check(
            !nonVotingClasses().contains(c),
            "nonVotingClasses",
            c,
            "class %s holds a share of the vote but is listed as not voting",
            c);
      }
    }
  }
}
