package org.commonweal.governance.meeting;

import java.util.Optional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.DomainContextBase;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.VotingDomain;
import org.commonweal.governance.voting.VotingRoll;

/**
 * Arbitraries for the meeting package.
 *
 * <p>Guarantees of the generated values:
 *
 * <ul>
 *   <li>{@link QuorumRule}: any rule the factories make, nested up to three levels: counts of 1 to 10
 *       members or 1 to 5 persons, fractions of members or votes ("at least" above 0, "more than" below
 *       1), square-root rules with k in {1/2, 1, 3/2, 2}, "those present", class rules over {@link
 *       VotingDomain#CLASSES}, greater-of and lesser-of of two or three rules, and two-tier rules.
 *   <li>{@link Gathering}: a voting roll from {@link VotingDomain#scenarios(int, int)} and a subset of its
 *       electorate (members with and without votes) who are present.
 *   <li>{@link Attendance}: a gathering's roll with members present in person, up to twelve proxy
 *       appointments by members of the electorate (holders are members or outside names, lodged up to
 *       four days before the start, some revoked, some with instructions), judged under random but
 *       valid {@link ProxyRules}; meeting start 2026-07-09 18:30.
 *   <li>{@link BrokenQuorumRule} ({@link #brokenQuorumRules()}): a quorum rule with one defect each
 *       ({@link QuorumDefect}), which the factories refuse naming the field.
 * </ul>
 *
 * <p>{@link QuorumRule} is a sealed interface of records, which jqwik cannot generate by type: the
 * provider here is explicit, and builds the rules through the factories.
 */
public class MeetingDomain extends DomainContextBase {
  /** The start of generated meetings. */
  public static final LocalDateTime START = LocalDateTime.of(2026, 7, 9, 18, 30);
  /** The one matter on the agenda, which instructed appointments name. */
  public static final AgendaItem MOTION = AgendaItem.of("1", "Motion");

  /** A roll and the members present. */
  public record Gathering(VotingRoll roll, Set<MemberId> present) {}

  @Provide
  Arbitrary<QuorumRule> quorumRules() {
    return rules(3);
  }

  @Provide
  Arbitrary<Gathering> gatherings() {
    return gatherings(1, 30);
  }

  @Provide
  Arbitrary<Attendance> attendances() {
    return attendances(1, 25);
  }

  /**
   * Generates elementary quorum rules.
   *
   * @return the arbitrary
   */
  public static Arbitrary<QuorumRule> leaves() {
    Arbitrary<Fraction> atLeast = Arbitraries.of(Fraction.of(1, 10), Fraction.of(1, 4), Fraction.of(1, 3),
        Fraction.ONE_HALF, Fraction.of(2, 3), Fraction.of(3, 4), Fraction.ONE);
    Arbitrary<Fraction> moreThan = Arbitraries.of(Fraction.ZERO, Fraction.of(1, 4), Fraction.of(1, 3), Fraction.ONE_HALF);
    Arbitrary<ClassId> classes = Arbitraries.of(VotingDomain.CLASSES);
    return Arbitraries.oneOf(
        Arbitraries.longs().between(1, 10).map(QuorumRule::members),
        Arbitraries.longs().between(1, 5).map(QuorumRule::persons),
        atLeast.map(QuorumRule::fractionOfMembers),
        moreThan.map(QuorumRule::moreThanFractionOfMembers),
        atLeast.map(QuorumRule::fractionOfVotes),
        moreThan.map(QuorumRule::moreThanFractionOfVotes),
        Arbitraries.of(Fraction.ONE_HALF, Fraction.ONE, Fraction.of(3, 2), Fraction.of(2)).map(QuorumRule::timesSquareRootOfMembers),
        Arbitraries.just(QuorumRule.thosePresent()),
        Combinators.combine(classes, Arbitraries.longs().between(1, 3)).as((c, n) -> QuorumRule.inClass(c, QuorumRule.members(n))),
        atLeast.map(f -> QuorumRule.inEachClass(QuorumRule.fractionOfMembers(f))));
  }

  /**
   * Generates quorum rules nested up to {@code depth} levels.
   *
   * @param depth the nesting depth, at least 1
   * @return the arbitrary
   */
  public static Arbitrary<QuorumRule> rules(int depth) {
    if (depth <= 1) {
      return leaves();
    }
    Arbitrary<QuorumRule> inner = rules(depth - 1);
    return Arbitraries.frequencyOf(
        Tuple.of(3, leaves()),
        Tuple.of(1, inner.list().ofMinSize(2).ofMaxSize(3).map(l -> QuorumRule.greaterOf(l.toArray(QuorumRule[]::new)))),
        Tuple.of(1, inner.list().ofMinSize(2).ofMaxSize(3).map(l -> QuorumRule.lesserOf(l.toArray(QuorumRule[]::new)))),
        Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, 20), inner, inner)
            .as((bound, small, large) -> QuorumRule.tiered().upTo(bound, small).otherwise(large))));
  }

  /**
   * Generates gatherings of {@code min} to {@code max} members on the roll.
   *
   * @param min the fewest members
   * @param max the most members
   * @return the arbitrary
   */
  public static Arbitrary<Gathering> gatherings(int min, int max) {
    return VotingDomain.scenarios(min, max).flatMap(s -> {
      VotingRoll roll = s.roll();
      List<MemberId> all = new ArrayList<>(roll.rights().keySet());
      return Arbitraries.of(true, false).list().ofSize(all.size()).map(picks -> {
        Set<MemberId> present = new TreeSet<>();
        for (int i = 0; i < all.size(); i++) {
          if (picks.get(i)) {
            present.add(all.get(i));
          }
        }
        return new Gathering(roll, present);
      });
    });
  }

  /**
   * Generates valid proxy rules.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ProxyRules> proxyRules() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 5).map(x -> x > 0),
            Arbitraries.integers().between(1, 5).optional(0.6),
            Arbitraries.of(0L, 24L, 48L).optional(0.5),
            Arbitraries.of(0L, 1L, 24L).optional(0.5),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as((allowed, max, lodge, revoke, discretion, quorum, mustBeMember) -> {
          ProxyRules.Builder b = ProxyRules.builder().allowed(allowed).discretionaryAllowed(discretion)
              .countForQuorum(quorum).holderMustBeMember(mustBeMember);
          max.ifPresent(b::maxPerHolder);
          lodge.ifPresent(h -> b.lodgingDeadline(Duration.ofHours(h)));
          revoke.ifPresent(h -> b.revocationDeadline(Duration.ofHours(h)));
          return b.build();
        });
  }

  /**
   * Generates attendances with proxies over rolls of {@code min} to {@code max} members.
   *
   * @param min the fewest members
   * @param max the most members
   * @return the arbitrary
   */
  public static Arbitrary<Attendance> attendances(int min, int max) {
    return Combinators.combine(gatherings(min, max), proxyRules()).flatAs((g, rules) -> {
      List<MemberId> members = new ArrayList<>(g.roll().rights().keySet());
      Arbitrary<ProxyAppointment> one = Combinators.combine(
              Arbitraries.of(members),
              Arbitraries.oneOf(Arbitraries.of(members).map(Person::member),
                  Arbitraries.of(Person.nonMember("A. Holder", "A. Holder"), Person.nonMember("B. Holder", "B. Holder"))),
              Arbitraries.integers().between(0, 96 * 60),
              Arbitraries.integers().between(0, 96 * 60).optional(0.2),
              Arbitraries.of(true, false),
              Arbitraries.of(Choice.FOR, Choice.AGAINST).optional(0.5))
          .as((member, holder, minutesBefore, revokedAfter, discretionary, instruction) -> {
            Person h = holder.memberId().equals(Optional.of(member)) ? Person.nonMember("C. Holder", "C. Holder") : holder;
            LocalDateTime lodged = START.minusMinutes(minutesBefore);
            ProxyAppointment.Builder b = ProxyAppointment.builder().member(member).holder(h).lodgedAt(lodged)
                .discretionary(discretionary);
            revokedAfter.ifPresent(r -> b.revokedAt(lodged.plusMinutes(r)));
            instruction.ifPresent(c -> b.putInstructions(MOTION.id(), c));
            return b.build();
          });
      return one.list().ofMaxSize(12).uniqueElements(p -> p.member().value() + "@" + p.lodgedAt())
          .map(ps -> Attendance.builder().roll(g.roll()).startsAt(START).addAgenda(MOTION).inPerson(g.present()).proxies(ps)
              .proxyRules(rules).build());
    });
  }

  /**
   * Returns an elector in one class, for hand-made tests.
   *
   * @param id the member id
   * @param c the class
   * @return the elector
   */
  public static Elector elector(String id, ClassId c) {
    return Elector.of(MemberId.of(id), c);
  }

  // ---------------------------------------------------------------------------------------------
  // Deliberately broken quorum rules

  /** The rules of the {@link QuorumRule} factories that {@link #brokenQuorumRules()} breaks, one each. */
  public enum QuorumDefect {
    /** A count of members below 1. */
    MEMBERS_BELOW_ONE("members"),
    /** A count of persons below 1. */
    PERSONS_BELOW_ONE("persons"),
    /** An "at least" fraction of the members above 1. */
    FRACTION_ABOVE_ONE("fraction"),
    /** A "more than" fraction of the votes of 1 or more. */
    MORE_THAN_THE_WHOLE("fraction"),
    /** A square-root multiplier of 0 or less. */
    SQUARE_ROOT_MULTIPLIER_NOT_POSITIVE("k"),
    /** A greater-of rule of one part. */
    ONE_PART("parts"),
    /** A tier bound not above the one before it. */
    TIER_BOUNDS_NOT_RISING("maxMembers"),
    /** A rule nested deeper than {@link QuorumRule#MAX_DEPTH} levels. */
    TOO_DEEP("depth");

    private final String field;

    QuorumDefect(String field) {
      this.field = field;
    }

    /**
     * Returns the field the refusal names.
     *
     * @return the field of the {@link org.commonweal.governance.base.InvalidValueException}
     */
    public String field() {
      return field;
    }
  }

  /**
   * A quorum rule with one defect, made of a generated count {@code n} (0 to 50); {@link #build()} asks
   * the factories for it and is refused with an {@link org.commonweal.governance.base.InvalidValueException}
   * naming {@link QuorumDefect#field()}.
   *
   * @param defect the defect
   * @param n a count from 0 to 50, from which the faulty values are made
   */
  public record BrokenQuorumRule(QuorumDefect defect, int n) {
    /**
     * Asks the factories for the rule, which they refuse.
     *
     * @return never: the factories throw
     */
    public QuorumRule build() {
      QuorumRule one = QuorumRule.members(1);
      switch (defect) {
        case MEMBERS_BELOW_ONE:
          return QuorumRule.members(-n);
        case PERSONS_BELOW_ONE:
          return QuorumRule.persons(-n);
        case FRACTION_ABOVE_ONE:
          return QuorumRule.fractionOfMembers(Fraction.of(n + 2L, n + 1L));
        case MORE_THAN_THE_WHOLE:
          return QuorumRule.moreThanFractionOfVotes(Fraction.of(n + 1L, 1));
        case SQUARE_ROOT_MULTIPLIER_NOT_POSITIVE:
          return QuorumRule.timesSquareRootOfMembers(Fraction.of(-n, 1));
        case ONE_PART:
          return QuorumRule.greaterOf(one);
        case TIER_BOUNDS_NOT_RISING:
          return QuorumRule.tiered().upTo(n, one).upTo(n, one).otherwise(one);
        default: { // TOO_DEEP
          QuorumRule r = one;
          for (int i = 0; i < QuorumRule.MAX_DEPTH; i++) {
            r = QuorumRule.greaterOf(r, one);
          }
          return r;
        }
      }
    }
  }

  /**
   * Generates quorum rules with one defect each; see {@link QuorumDefect}.
   *
   * @return the arbitrary
   */
  @SuppressWarnings("exports") // jqwik is on the class path of the tests, as for every domain here
  public static Arbitrary<BrokenQuorumRule> brokenQuorumRules() {
    return Combinators.combine(Arbitraries.of(QuorumDefect.class), Arbitraries.integers().between(0, 50)).as(BrokenQuorumRule::new);
  }
}
