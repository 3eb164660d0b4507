package org.commonweal.governance.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.DomainContextBase;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.meeting.MeetingDomain;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.VotingDomain;
import org.commonweal.governance.voting.VotingRoll;

/**
 * Arbitraries for the resolution package.
 *
 * <p>Guarantees of the generated values:
 *
 * <ul>
 *   <li>{@link Threshold}: "more than" a fraction in {0, 1/3, 1/2, 2/3} or "at least" one in {1/2, 51/100,
 *       2/3, 3/4, 1}, of any {@link VoteBase}, by votes or heads, counting abstentions and spoilt votes or not.
 *   <li>{@link RatioThreshold}: "at least" or "more than" a ratio in {1, 3/2, 2, 3}, by votes or heads.
 *   <li>{@link Condition}: a threshold, a ratio, a class condition (every class, or one of {@link
 *       VotingDomain#CLASSES}), or a turnout or in-favour condition over an elementary quorum rule of
 *       {@link MeetingDomain#leaves()}.
 *   <li>{@link TieRule}: every kind; the lot is seeded.
 *   <li>{@link Poll}: a voting roll from {@link VotingDomain#scenarios(int, int)} (delegations included)
 *       and a vote by each member of the electorate with probability about 3/4 (for, against, abstain and spoilt
 *       in the proportions 5:2:1:1, members
 *       without a vote included, so that some votes are rejected), in a shuffled order, with a casting
 *       vote about half the time.
 *   <li>{@link BrokenThreshold} ({@link #brokenThresholds()}): a threshold whose fraction is out of range,
 *       which the factories refuse naming the field.
 * </ul>
 *
 * <p>{@link Condition} and {@link TieRule} are sealed interfaces of records, which jqwik cannot generate
 * by type: the providers here are explicit, and build the rules through the factories.
 */
public class ResolutionDomain extends DomainContextBase {

  /** A roll, the votes recorded on it (each member at most once) and an optional casting vote. */
  public record Poll(VotingRoll roll, List<Vote> votes, Optional<Choice> castingVote) {
    /**
     * Returns the tally.
     *
     * @return the tally of the votes
     */
    public Tally tally() {
      Tally.Builder b = Tally.builder(roll).addAll(votes);
      castingVote.ifPresent(b::castingVote);
      return b.build();
    }

    /**
     * Returns this poll with one member voting for instead of as before (or of not voting).
     *
     * @param member the member
     * @return the new poll
     */
    public Poll withVoteFor(MemberId member) {
      List<Vote> next = new ArrayList<>();
      for (Vote v : votes) {
        if (!v.member().equals(member)) {
          next.add(v);
        }
      }
      next.add(Vote.of(member, Choice.FOR));
      return new Poll(roll, next, castingVote);
    }
  }

  @Provide
  Arbitrary<Threshold> thresholds() {
    return thresholdArbitrary();
  }

  @Provide
  Arbitrary<RatioThreshold> ratioThresholds() {
    return Combinators.combine(Arbitraries.of(Fraction.ONE, Fraction.of(3, 2), Fraction.of(2), Fraction.of(3)),
            Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((r, strict, heads) -> {
          RatioThreshold t = strict ? RatioThreshold.moreThan(r) : RatioThreshold.atLeast(r);
          return heads ? t.byHeads() : t;
        });
  }

  @Provide
  Arbitrary<Condition> conditions() {
    return Arbitraries.oneOf(
        thresholdArbitrary().map(t -> t),
        ratioThresholds().map(t -> t),
        thresholdArbitrary().map(Condition::inEachClass),
        Combinators.combine(Arbitraries.of(VotingDomain.CLASSES), thresholdArbitrary()).as(Condition::inClass),
        MeetingDomain.leaves().map(Condition::turnout),
        MeetingDomain.leaves().map(Condition::inFavour));
  }

  @Provide
  Arbitrary<TieRule> tieRules() {
    return Arbitraries.oneOf(
        Arbitraries.of(TieRule.byThreshold(), TieRule.lost(), TieRule.castingVote(),
            TieRule.statusQuo(Choice.FOR), TieRule.statusQuo(Choice.AGAINST)),
        Arbitraries.longs().map(seed -> TieRule.lot(TieBreaker.seeded(seed))));
  }

  @Provide
  Arbitrary<Poll> polls() {
    return polls(1, 25);
  }

  /**
   * Generates thresholds.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Threshold> thresholdArbitrary() {
    Arbitrary<Threshold> strict = Combinators.combine(
            Arbitraries.of(Fraction.ZERO, Fraction.of(1, 3), Fraction.ONE_HALF, Fraction.of(2, 3)), Arbitraries.of(VoteBase.class))
        .as(Threshold::moreThan);
    Arbitrary<Threshold> atLeast = Combinators.combine(
            Arbitraries.of(Fraction.ONE_HALF, Fraction.of(51, 100), Fraction.of(2, 3), Fraction.of(3, 4), Fraction.ONE),
            Arbitraries.of(VoteBase.class))
        .as(Threshold::atLeast);
    return Combinators.combine(Arbitraries.oneOf(strict, atLeast), Arbitraries.of(true, false), Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as((t, heads, abstentions, spoilt) -> {
          Threshold x = heads ? t.byHeads() : t;
          x = abstentions ? x.countingAbstentions() : x;
          return spoilt ? x.countingSpoilt() : x;
        });
  }

  /**
   * Generates polls over rolls of {@code min} to {@code max} members.
   *
   * @param min the fewest members
   * @param max the most members
   * @return the arbitrary
   */
  public static Arbitrary<Poll> polls(int min, int max) {
    return VotingDomain.scenarios(min, max).flatMap(s -> {
      VotingRoll roll = s.roll();
      List<MemberId> members = new ArrayList<>(roll.rights().keySet());
      // Weighted toward votes for, so that passes (which monotonicity is about) are common.
      Arbitrary<Optional<Choice>> choice = Arbitraries.frequency(
          Tuple.of(5, Choice.FOR), Tuple.of(2, Choice.AGAINST), Tuple.of(1, Choice.ABSTAIN), Tuple.of(1, Choice.SPOILT))
          .optional(0.75);
      return Combinators.combine(choice.list().ofSize(members.size()), Arbitraries.of(Choice.FOR, Choice.AGAINST).optional(0.5))
          .flatAs((choices, casting) -> {
            List<Vote> votes = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
              MemberId m = members.get(i);
              choices.get(i).ifPresent(c -> votes.add(Vote.of(m, c)));
            }
            return Arbitraries.shuffle(votes).map(vs -> new Poll(roll, vs, casting));
          });
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Deliberately broken thresholds

  /**
   * A threshold whose fraction is out of its range: for "more than", below 0 or 1 and above; for "at
   * least", 0 and below or above 1. {@link #build()} is refused with an {@link
   * org.commonweal.governance.base.InvalidValueException} naming the field {@code fraction}.
   *
   * @param strict whether the threshold is "more than"
   * @param fraction the fraction, out of range
   * @param base the base
   */
  public record BrokenThreshold(boolean strict, Fraction fraction, VoteBase base) {
    /**
     * Asks the factory for the threshold, which refuses it.
     *
     * @return never: the factory throws
     */
    public Threshold build() {
      return strict ? Threshold.moreThan(fraction, base) : Threshold.atLeast(fraction, base);
    }
  }

  /**
   * Generates thresholds with a fraction out of range; see {@link BrokenThreshold}.
   *
   * @return the arbitrary
   */
  @SuppressWarnings("exports") // jqwik is on the class path of the tests, as for every domain here
  public static Arbitrary<BrokenThreshold> brokenThresholds() {
    // Out of range for both kinds: below 0, or above 1; and the end each kind excludes (1 and 0).
    Arbitrary<Fraction> beyond = Combinators.combine(Arbitraries.longs().between(1, 1000), Arbitraries.longs().between(1, 1000))
        .as((a, b) -> Fraction.of(a + b, b));
    Arbitrary<Fraction> negative = beyond.map(Fraction::negate);
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.oneOf(beyond, negative, Arbitraries.just(Fraction.ZERO)),
            Arbitraries.of(VoteBase.class))
        .as((strict, f, base) -> new BrokenThreshold(strict, strict && f.isZero() ? Fraction.ONE : f, base));
  }
}
