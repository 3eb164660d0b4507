package org.commonweal.governance.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.meeting.MeetingDomain.Gathering;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.VotingDomain;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;

/**
 * Invariants of quorum rules: composition, monotonicity, exactness, order independence; agreement with a
 * slow oracle that counts by hand from a plain-data specification of the rule; and equality as data.
 */
@Domain(MeetingDomain.class)
@Domain(DomainContext.Global.class)
class QuorumRuleProperties {

  private static boolean quorate(QuorumRule r, Gathering g) {
    return r.decide("quorum", g.roll(), g.present()).quorate();
  }

  @Property(tries = 150)
  void greaterOf_isNeverEasierThanEitherPart(@ForAll QuorumRule a, @ForAll QuorumRule b, @ForAll Gathering g) {
    boolean both = quorate(QuorumRule.greaterOf(a, b), g);
    if (both) {
      assertTrue(quorate(a, g) && quorate(b, g));
    }
    assertEquals(quorate(a, g) && quorate(b, g), both);
  }

  @Property(tries = 150)
  void lesserOf_isNeverHarderThanEitherPart(@ForAll QuorumRule a, @ForAll QuorumRule b, @ForAll Gathering g) {
    boolean either = quorate(QuorumRule.lesserOf(a, b), g);
    if (quorate(a, g) || quorate(b, g)) {
      assertTrue(either);
    }
    assertEquals(quorate(a, g) || quorate(b, g), either);
  }

  @Property(tries = 150)
  void decide_neverLosesQuorumWhenAMemberArrives(@ForAll QuorumRule r, @ForAll Gathering g) {
    if (!quorate(r, g)) {
      return;
    }
    for (MemberId m : g.roll().rights().keySet()) {
      Set<MemberId> more = new TreeSet<>(g.present());
      more.add(m);
      assertTrue(quorate(r, new Gathering(g.roll(), more)), () -> r + " lost quorum when " + m + " arrived");
    }
  }

  @Property(tries = 100)
  void decide_doesNotDependOnTheOrderOfTheGroup(@ForAll QuorumRule r, @ForAll Gathering g) {
    List<MemberId> forward = new ArrayList<>(g.present());
    List<MemberId> backward = new ArrayList<>(forward);
    Collections.reverse(backward);
    assertEquals(r.decide("quorum", g.roll(), forward), r.decide("quorum", g.roll(), backward));
  }

  @Property(tries = 100)
  void decide_decidedByIsOneOfTheChecks(@ForAll QuorumRule r, @ForAll Gathering g) {
    QuorumDecision d = r.decide("quorum", g.roll(), g.present());
    assertTrue(d.checks().contains(d.decidedBy()));
    if (d.checks().size() == 1) {
      assertEquals(d.decidedBy().met(), d.quorate());
    }
  }

  @Property(tries = 300)
  void timesSquareRootOfMembers_agreesWithALinearSearch(
      @ForAll @IntRange(min = 0, max = 3000) int n, @ForAll @IntRange(min = 1, max = 9) int p, @ForAll @IntRange(min = 1, max = 4) int q) {
    Fraction k = Fraction.of(p, q);
    VotingRoll roll = VotingRules.oneMemberOneVote().roll(Electorate.ofMembers(MeetingDomain.START.toLocalDate(), ids(n)));
    QuorumDecision d = QuorumRule.timesSquareRootOfMembers(k).decide("quorum", roll, List.of());
    // Oracle: the smallest whole V with (qV)^2 >= p^2 N, by counting up.
    long v = 0;
    while (BigInteger.valueOf(q * v).pow(2).compareTo(BigInteger.valueOf(p).pow(2).multiply(BigInteger.valueOf(n))) < 0) {
      v++;
    }
    assertEquals(Fraction.of(v), d.decidedBy().needed(), "k = " + k + ", N = " + n);
  }

  @Property(tries = 200)
  void fractionOfMembers_needsTheSmallestWholeNumberReachingTheFraction(
      @ForAll @IntRange(min = 0, max = 200) int n, @ForAll @IntRange(min = 1, max = 12) int p, @ForAll @IntRange(min = 1, max = 12) int q) {
    if (p > q) {
      return;
    }
    VotingRoll roll = VotingRules.oneMemberOneVote().roll(Electorate.ofMembers(MeetingDomain.START.toLocalDate(), ids(n)));
    Fraction f = Fraction.of(p, q);
    long atLeast = 0;
    while (Fraction.of(atLeast).isLessThan(f.times(n))) {
      atLeast++;
    }
    assertEquals(Fraction.of(atLeast), QuorumRule.fractionOfMembers(f).decide("q", roll, List.of()).decidedBy().needed());
    if (p < q) {
      long moreThan = 0;
      while (!Fraction.of(moreThan).isGreaterThan(f.times(n))) {
        moreThan++;
      }
      assertEquals(Fraction.of(moreThan), QuorumRule.moreThanFractionOfMembers(f).decide("q", roll, List.of()).decidedBy().needed());
    }
  }

  static List<MemberId> ids(int n) {
    List<MemberId> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(MemberId.of("D-" + i));
    }
    return out;
  }

  /**
   * A quorum rule as plain data, with the shapes {@link MeetingDomain#rules(int)} generates, decided by
   * hand: heads, votes and sizes counted afresh from the roll, every comparison made on exact fractions
   * rather than on a number needed.
   */
  sealed interface Spec {
    QuorumRule build();

    /** Whether the members present meet the rule, within a class if {@code scope} names one. */
    boolean holds(VotingRoll roll, Set<MemberId> present, Optional<ClassId> scope);
  }

  static boolean inScope(VotingRoll roll, MemberId m, Optional<ClassId> scope) {
    return roll.hasVote(m) && (scope.isEmpty() || roll.votingClassOf(m).equals(scope));
  }

  static long heads(VotingRoll roll, Set<MemberId> present, Optional<ClassId> scope) {
    return present.stream().filter(m -> inScope(roll, m, scope)).count();
  }

  static long size(VotingRoll roll, Optional<ClassId> scope) {
    return roll.voters().stream().filter(m -> inScope(roll, m, scope)).count();
  }

  static Fraction votes(VotingRoll roll, Set<MemberId> members, Optional<ClassId> scope) {
    Fraction sum = Fraction.ZERO;
    for (MemberId m : members) {
      if (inScope(roll, m, scope)) {
        sum = sum.plus(roll.votesOf(m));
      }
    }
    return sum;
  }

  static boolean compare(Fraction value, Fraction needed, boolean strict) {
    return strict ? value.isGreaterThan(needed) : value.isAtLeast(needed);
  }

  record Heads(long n, boolean persons) implements Spec {
    public QuorumRule build() {
      return persons ? QuorumRule.persons(n) : QuorumRule.members(n);
    }

    /** Outside a meeting every member counted is one person, so persons are heads. */
    public boolean holds(VotingRoll roll, Set<MemberId> present, Optional<ClassId> scope) {
      return heads(roll, present, scope) >= n;
    }
  }

  record ShareOfMembers(Fraction f, boolean strict) implements Spec {
    public QuorumRule build() {
      return strict ? QuorumRule.moreThanFractionOfMembers(f) : QuorumRule.fractionOfMembers(f);
    }

    public boolean holds(VotingRoll roll, Set<MemberId> present, Optional<ClassId> scope) {
      return compare(Fraction.of(heads(roll, present, scope)), f.times(size(roll, scope)), strict);
    }
  }

  record ShareOfVotes(Fraction f, boolean strict) implements Spec {
    public QuorumRule build() {
      return strict ? QuorumRule.moreThanFractionOfVotes(f) : QuorumRule.fractionOfVotes(f);
    }

    public boolean holds(VotingRoll roll, Set<MemberId> present, Optional<ClassId> scope) {
      return compare(votes(roll, present, scope), f.times(votes(roll, roll.voters(), scope)), strict);
    }
  }

  record Root(Fraction k) implements Spec {
    public QuorumRule build() {
      return QuorumRule.timesSquareRootOfMembers(k);
    }

    /** V heads meet k times the square root of N when V^2 is at least k^2 N. */
    public boolean holds(VotingRoll roll, Set<MemberId> present, Optional<ClassId> scope) {
      long v = heads(roll, present, scope);
      return Fraction.of(v * v).isAtLeast(k.times(k).times(size(roll, scope)));
    }
  }

  record Present() implements Spec {
    public QuorumRule build() {
      return QuorumRule.thosePresent();
    }

    public boolean holds(VotingRoll roll, Set<MemberId> present, Optional<ClassId> scope) {
      return heads(roll, present, scope) >= 1;
    }
  }

  record OneClass(ClassId c, long n) implements Spec {
    public QuorumRule build() {
      return QuorumRule.inClass(c, QuorumRule.members(n));
    }

    public boolean holds(VotingRoll roll, Set<MemberId> present, Optional<ClassId> scope) {
      return heads(roll, present, Optional.of(c)) >= n;
    }
  }

  record EachClass(Fraction f) implements Spec {
    public QuorumRule build() {
      return QuorumRule.inEachClass(QuorumRule.fractionOfMembers(f));
    }

    /** Every class of a member with a vote, and at least one such class. */
    public boolean holds(VotingRoll roll, Set<MemberId> present, Optional<ClassId> scope) {
      Set<ClassId> classes = new TreeSet<>();
      roll.voters().forEach(m -> roll.votingClassOf(m).ifPresent(classes::add));
      ShareOfMembers each = new ShareOfMembers(f, false);
      return !classes.isEmpty() && classes.stream().allMatch(c -> each.holds(roll, present, Optional.of(c)));
    }
  }

  record Greater(List<Spec> parts) implements Spec {
    public QuorumRule build() {
      return QuorumRule.greaterOf(parts.stream().map(Spec::build).toArray(QuorumRule[]::new));
    }

    public boolean holds(VotingRoll roll, Set<MemberId> present, Optional<ClassId> scope) {
      return parts.stream().allMatch(p -> p.holds(roll, present, scope));
    }
  }

  record Lesser(List<Spec> parts) implements Spec {
    public QuorumRule build() {
      return QuorumRule.lesserOf(parts.stream().map(Spec::build).toArray(QuorumRule[]::new));
    }

    public boolean holds(VotingRoll roll, Set<MemberId> present, Optional<ClassId> scope) {
      return parts.stream().anyMatch(p -> p.holds(roll, present, scope));
    }
  }

  record TwoTiers(int bound, Spec small, Spec large) implements Spec {
    public QuorumRule build() {
      return QuorumRule.tiered().upTo(bound, small.build()).otherwise(large.build());
    }

    public boolean holds(VotingRoll roll, Set<MemberId> present, Optional<ClassId> scope) {
      return (size(roll, scope) <= bound ? small : large).holds(roll, present, scope);
    }
  }

  @Provide
  Arbitrary<Spec> specs() {
    Arbitrary<Fraction> atLeast = Arbitraries.of(Fraction.of(1, 10), Fraction.of(1, 4), Fraction.of(1, 3),
        Fraction.ONE_HALF, Fraction.of(2, 3), Fraction.of(3, 4), Fraction.ONE);
    Arbitrary<Fraction> moreThan = Arbitraries.of(Fraction.ZERO, Fraction.of(1, 4), Fraction.of(1, 3), Fraction.ONE_HALF);
    Arbitrary<Spec> leaves = Arbitraries.oneOf(
        Combinators.combine(Arbitraries.longs().between(1, 10), Arbitraries.of(true, false)).as(Heads::new),
        atLeast.map(f -> new ShareOfMembers(f, false)),
        moreThan.map(f -> new ShareOfMembers(f, true)),
        atLeast.map(f -> new ShareOfVotes(f, false)),
        moreThan.map(f -> new ShareOfVotes(f, true)),
        Arbitraries.of(Fraction.ONE_HALF, Fraction.ONE, Fraction.of(3, 2), Fraction.of(2)).map(Root::new),
        Arbitraries.just(new Present()),
        Combinators.combine(Arbitraries.of(VotingDomain.CLASSES), Arbitraries.longs().between(1, 3)).as(OneClass::new),
        atLeast.map(EachClass::new));
    return Arbitraries.recursive(
        () -> leaves,
        parts -> Arbitraries.frequencyOf(
            Tuple.of(1, parts.list().ofMinSize(2).ofMaxSize(3).map(Greater::new)),
            Tuple.of(1, parts.list().ofMinSize(2).ofMaxSize(3).map(Lesser::new)),
            Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, 20), parts, parts).as(TwoTiers::new))),
        0,
        2);
  }

  @Property(tries = 400)
  void decide_agreesWithACountByHand(@ForAll("specs") Spec spec, @ForAll Gathering g) {
    QuorumDecision d = spec.build().decide("quorum", g.roll(), g.present());
    assertEquals(spec.holds(g.roll(), g.present(), Optional.empty()), d.quorate(), () -> spec + "\n" + d.explain());
    assertEquals(d.quorate(), d.met());
  }

  @Property(tries = 300)
  void rules_areEqualExactlyWhenBuiltFromEqualSpecs(@ForAll("specs") Spec a, @ForAll("specs") Spec b) {
    // Specs have one way of saying each rule, so equal rules must come from equal specs and no others.
    assertEquals(a.equals(b), a.build().equals(b.build()), () -> a + " and " + b);
  }

  /**
   * Rebuilds a rule from its records' components alone, case by case, as a storage written type by type
   * would read it back: no factory, no reflection.
   */
  static QuorumRule copy(QuorumRule rule) {
    if (rule instanceof QuorumRule.Members r) {
      return new QuorumRule.Members(r.n());
    } else if (rule instanceof QuorumRule.Persons r) {
      return new QuorumRule.Persons(r.n());
    } else if (rule instanceof QuorumRule.FractionOfMembers r) {
      return new QuorumRule.FractionOfMembers(r.fraction(), r.strict());
    } else if (rule instanceof QuorumRule.FractionOfVotes r) {
      return new QuorumRule.FractionOfVotes(r.fraction(), r.strict());
    } else if (rule instanceof QuorumRule.SquareRootOfMembers r) {
      return new QuorumRule.SquareRootOfMembers(r.k());
    } else if (rule instanceof QuorumRule.GreaterOf r) {
      return new QuorumRule.GreaterOf(copyAll(r.parts()));
    } else if (rule instanceof QuorumRule.LesserOf r) {
      return new QuorumRule.LesserOf(copyAll(r.parts()));
    } else if (rule instanceof QuorumRule.Tiered r) {
      ImmutableList<QuorumRule.Tiered.Tier> tiers = r.tiers().stream()
          .map(t -> new QuorumRule.Tiered.Tier(t.maxMembers(), copy(t.rule()))).collect(ImmutableList.toImmutableList());
      return new QuorumRule.Tiered(tiers, copy(r.otherwise()));
    } else if (rule instanceof QuorumRule.InClass r) {
      return new QuorumRule.InClass(ClassId.of(r.classId().value()), copy(r.rule()));
    } else if (rule instanceof QuorumRule.InEachClass r) {
      return new QuorumRule.InEachClass(copy(r.rule()));
    } else if (rule instanceof QuorumRule.ThosePresent) {
      return new QuorumRule.ThosePresent();
    }
    throw new AssertionError("a rule of no known kind: " + rule);
  }

  private static ImmutableList<QuorumRule> copyAll(List<QuorumRule> parts) {
    return parts.stream().map(QuorumRuleProperties::copy).collect(ImmutableList.toImmutableList());
  }

  @Property(tries = 200)
  void copy_throughTheRecordsComponents_isEqualAndDecidesAlike(@ForAll QuorumRule rule, @ForAll Gathering g) {
    QuorumRule copy = copy(rule);
    assertEquals(rule, copy);
    assertEquals(rule.hashCode(), copy.hashCode());
    assertEquals(rule.description(), copy.description());
    assertEquals(rule.decide("quorum", g.roll(), g.present()), copy.decide("quorum", g.roll(), g.present()));
  }
}
