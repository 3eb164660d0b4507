package org.commonweal.governance.voting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;

/**
 * Arbitraries for the voting package.
 *
 * <p>Guarantees of the generated values:
 *
 * <ul>
 *   <li>{@link Electorate}: 1 to 30 members {@code M-001}, {@code M-002}, ... in a shuffled order, each
 *       in 0 to 2 of the classes {@link #CLASSES} (in a random priority order), all four defined whether or
 *       not a member belongs to them, holding 0 to 500
 *       {@code "ordinary"} and 0 to 100 {@code "equity"} shares, about one in eight an organisation and
 *       about one in ten not in good standing; record date 2026-06-01.
 *   <li>{@link VotingRules}: always valid (the builder's checks pass): any basis, an optional cap per
 *       member and per organisation, non-voting classes and the {@code "equity"} share class at random,
 *       optional fixed class shares (positive, summing to exactly 1, never on a non-voting class) with
 *       either absent-class rule, optional caps on up to two classes (never below the class's fixed share,
 *       summing to less than 1), optional delegation with or without a limit.
 *   <li>{@link Scenario}: rules and an electorate together with delegations among its members (some
 *       revoked, some given after the vote date), the vote date 2026-06-15.
 *   <li>{@link BrokenRules} ({@link #brokenRules()}): rules with one defect each ({@link RulesDefect}),
 *       which the builder refuses naming the field.
 * </ul>
 *
 * <p>Every arbitrary generates its values directly; none filters.
 */
public class VotingDomain extends DomainContextBase {
  /** The classes that generated members belong to. */
  public static final List<ClassId> CLASSES = List.of(
      ClassId.of("workers"), ClassId.of("users"), ClassId.of("investors"), ClassId.of("supporters"));

  /** The record date of generated electorates. */
  public static final LocalDate RECORD_DATE = LocalDate.of(2026, 6, 1);

  /** The vote date of generated scenarios. */
  public static final LocalDate VOTE_DATE = LocalDate.of(2026, 6, 15);

  /** Rules, an electorate and delegations, generated together. */
  public record Scenario(VotingRules rules, Electorate electorate, List<Delegation> delegations) {
    /**
     * Returns the roll of the scenario.
     *
     * @return the roll on the vote date
     */
    public VotingRoll roll() {
      return rules.roll(electorate, delegations, VOTE_DATE);
    }
  }

  /**
   * Returns the id of the i-th generated member, from 1.
   *
   * @param i the index
   * @return {@code M-001} for 1
   */
  public static MemberId member(int i) {
    return MemberId.of(String.format("M-%03d", i));
  }

  @Provide
  Arbitrary<Electorate> electorates() {
    return electorates(1, 30);
  }

  @Provide
  Arbitrary<VotingRules> votingRules() {
    return rules();
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return scenarios(1, 30);
  }

  /**
   * Generates one elector.
   *
   * @param i the member's index
   * @return the arbitrary
   */
  public static Arbitrary<Elector> elector(int i) {
    Arbitrary<List<ClassId>> classes = Arbitraries.shuffle(CLASSES).flatMap(
        shuffled -> Arbitraries.integers().between(0, 2).map(k -> List.copyOf(shuffled.subList(0, k))));
    return Combinators.combine(
            classes,
            Arbitraries.longs().between(0, 500),
            Arbitraries.longs().between(0, 100),
            Arbitraries.integers().between(0, 7).map(x -> x == 0),
            Arbitraries.integers().between(0, 9).map(x -> x != 0))
        .as((cs, ordinary, equity, organisation, good) -> Elector.builder()
            .member(member(i))
            .classes(cs)
            .putHoldings("ordinary", ordinary)
            .putHoldings("equity", equity)
            .organisation(organisation)
            .inGoodStanding(good)
            .build());
  }

  /**
   * Generates electorates of {@code min} to {@code max} members, in a shuffled order.
   *
   * @param min the fewest members, at least 1
   * @param max the most members
   * @return the arbitrary
   */
  public static Arbitrary<Electorate> electorates(int min, int max) {
    return Arbitraries.integers().between(min, max).flatMap(n -> {
      List<Arbitrary<Elector>> each = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        each.add(elector(i));
      }
      return Combinators.combine(each).as(List::copyOf)
          .flatMap(list -> Arbitraries.shuffle(list))
          .map(list -> Electorate.builder().recordDate(RECORD_DATE).addAllClasses(CLASSES).electors(list).build());
    });
  }

  /**
   * Generates fixed class shares over a random non-empty subset of {@link #CLASSES}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ClassShares> classShares() {
    return Arbitraries.subsetOf(CLASSES).ofMinSize(1).flatMap(subset -> {
      List<ClassId> cs = subset.stream().sorted().toList();
      return Combinators.combine(
              Arbitraries.integers().between(1, 10).list().ofSize(cs.size()),
              Arbitraries.of(ClassShares.Absent.class))
          .as((weights, absent) -> {
            int sum = weights.stream().mapToInt(Integer::intValue).sum();
            Map<ClassId, Fraction> shares = new LinkedHashMap<>();
            for (int i = 0; i < cs.size(); i++) {
              shares.put(cs.get(i), Fraction.of(weights.get(i), sum));
            }
            return ClassShares.of(shares, absent);
          });
    });
  }

  /**
   * Generates valid voting rules.
   *
   * @return the arbitrary
   */
  public static Arbitrary<VotingRules> rules() {
    Arbitrary<Optional<ClassShares>> shares = classShares().optional(0.4);
    return shares.flatMap(cs -> Combinators.combine(
            Arbitraries.of(VoteBasis.class),
            Arbitraries.longs().between(1, 20).optional(0.5),
            Arbitraries.of(VoteBasis.class).optional(0.3),
            Arbitraries.longs().between(1, 5).optional(0.3),
            Arbitraries.subsetOf(CLASSES).ofMaxSize(1),
            Arbitraries.of(true, false),
            Arbitraries.subsetOf(CLASSES).ofMaxSize(2).flatMap(capped ->
                Arbitraries.of(Fraction.of(1, 10), Fraction.of(1, 4), Fraction.of(1, 3)).list().ofSize(capped.size())
                    .map(fs -> pairs(capped.stream().sorted().toList(), fs))),
            Arbitraries.integers().between(0, 3).map(x -> x == 0 ? Optional.<DelegationRules>empty()
                : Optional.of(x == 1 ? DelegationRules.unlimited() : x == 2 ? DelegationRules.upTo(2)
                    : DelegationRules.upTo(1).withinClass())))
        .as((basis, cap, orgBasis, orgCap, nonVoting, equityVotes, caps, delegation) -> {
          VotingRules.Builder b = VotingRules.builder().basis(basis);
          cap.ifPresent(b::maxVotesPerMember);
          orgBasis.ifPresent(b::organisationBasis);
          orgCap.ifPresent(b::maxVotesPerOrganisation);
          if (!equityVotes) {
            b.addNonVotingShareClasses("equity");
          }
          cs.ifPresent(b::classShares);
          for (ClassId c : nonVoting) {
            if (cs.isEmpty() || !cs.get().shares().containsKey(c)) {
              b.addNonVotingClasses(c);
            }
          }
          for (Map.Entry<ClassId, Fraction> e : caps.entrySet()) {
            ClassId c = e.getKey();
            if (nonVoting.contains(c) && (cs.isEmpty() || !cs.get().shares().containsKey(c))) {
              continue;
            }
            Fraction share = cs.map(s -> s.shareOf(c)).orElse(Fraction.ZERO);
            Fraction capValue = e.getValue().max(share);
            if (capValue.isLessThan(Fraction.of(1, 2))) {
              b.putClassCaps(c, capValue);
            }
          }
          delegation.ifPresent(b::delegation);
          return b.build();
        }));
  }

  private static Map<ClassId, Fraction> pairs(List<ClassId> keys, List<Fraction> values) {
    Map<ClassId, Fraction> m = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      m.put(keys.get(i), values.get(i));
    }
    return m;
  }

  /**
   * Generates delegations among members 1 to n.
   *
   * @param n the number of members, at least 1
   * @return the arbitrary, empty for n below 2
   */
  public static Arbitrary<List<Delegation>> delegations(int n) {
    if (n < 2) {
      return Arbitraries.just(List.of());
    }
    Arbitrary<Delegation> one = Combinators.combine(
            Arbitraries.integers().between(1, n),
            Arbitraries.integers().between(1, n - 1),
            Arbitraries.integers().between(-20, 20),
            Arbitraries.integers().between(0, 30).optional(0.2))
        .as((from, offset, given, revokedAfter) -> {
          int to = (from - 1 + offset) % n + 1;
          Delegation d = Delegation.of(member(from), member(to), VOTE_DATE.plusDays(given));
          return revokedAfter.map(r -> d.revokedOn(d.givenOn().plusDays(r))).orElse(d);
        });
    return one.list().ofMaxSize(n).uniqueElements(d -> d.delegator().value() + "@" + d.givenOn());
  }

  /**
   * Generates scenarios of {@code min} to {@code max} members.
   *
   * @param min the fewest members
   * @param max the most members
   * @return the arbitrary
   */
  public static Arbitrary<Scenario> scenarios(int min, int max) {
    return Combinators.combine(rules(), electorates(min, max))
        .flatAs((r, e) -> delegations(e.electors().size()).map(ds -> new Scenario(r, e, ds)));
  }

  // ---------------------------------------------------------------------------------------------
  // Deliberately broken voting rules

  /** The rules of {@link VotingRules} and {@link ClassShares} that {@link #brokenRules()} breaks, one each. */
  public enum RulesDefect {
    /** A cap of votes per member below 1. */
    MEMBER_CAP_BELOW_ONE("maxVotesPerMember"),
    /** A cap of votes per organisation below 1. */
    ORGANISATION_CAP_BELOW_ONE("maxVotesPerOrganisation"),
    /** A class cap of the whole vote (a cap must be above 0 and below 1). */
    CLASS_CAP_NOT_BELOW_1("classCaps"),
    /** A cap on a class that holds no vote. */
    CAP_ON_A_NON_VOTING_CLASS("classCaps"),
    /** Class caps that leave no room for uncapped votes. */
    CAPS_SUM_TO_ONE("classCaps"),
    /** A class's fixed share of the vote above its cap. */
    SHARE_ABOVE_ITS_CAP("classCaps"),
    /** A fixed share of the vote for a class listed as not voting. */
    SHARE_FOR_A_NON_VOTING_CLASS("nonVotingClasses"),
    /** Fixed class shares that do not sum to exactly 1. */
    SHARES_NOT_SUMMING_TO_ONE("shares");

    private final String field;

    RulesDefect(String field) {
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
   * Voting rules with one defect: a basis, two different classes of {@link #CLASSES} and a defect; {@link
   * #build()} makes them and is refused with an {@link org.commonweal.governance.base.InvalidValueException}
   * naming {@link RulesDefect#field()}.
   *
   * @param basis the basis of the votes
   * @param first a class
   * @param second another class
   * @param defect the defect
   */
  public record BrokenRules(VoteBasis basis, ClassId first, ClassId second, RulesDefect defect) {
    /**
     * Builds the rules, which the check refuses.
     *
     * @return never: the build throws
     */
    public VotingRules build() {
      VotingRules.Builder b = VotingRules.builder().basis(basis);
      switch (defect) {
        case MEMBER_CAP_BELOW_ONE:
          b.maxVotesPerMember(0);
          break;
        case ORGANISATION_CAP_BELOW_ONE:
          b.maxVotesPerOrganisation(0);
          break;
        case CLASS_CAP_NOT_BELOW_1:
          b.putClassCaps(first, Fraction.ONE);
          break;
        case CAP_ON_A_NON_VOTING_CLASS:
          b.addNonVotingClasses(first).putClassCaps(first, Fraction.of(1, 4));
          break;
        case CAPS_SUM_TO_ONE:
          b.putClassCaps(first, Fraction.ONE_HALF).putClassCaps(second, Fraction.ONE_HALF);
          break;
        case SHARE_ABOVE_ITS_CAP:
          b.classShares(halves()).putClassCaps(first, Fraction.of(1, 4));
          break;
        case SHARE_FOR_A_NON_VOTING_CLASS:
          b.classShares(halves()).addNonVotingClasses(second);
          break;
        default: // SHARES_NOT_SUMMING_TO_ONE
          b.classShares(ClassShares.of(Map.of(first, Fraction.of(1, 3), second, Fraction.of(1, 3)), ClassShares.Absent.LAPSE));
          break;
      }
      return b.build();
    }

    private ClassShares halves() {
      return ClassShares.of(Map.of(first, Fraction.ONE_HALF, second, Fraction.ONE_HALF), ClassShares.Absent.REDISTRIBUTE);
    }
  }

  /**
   * Generates voting rules with one defect each; see {@link RulesDefect}.
   *
   * @return the arbitrary
   */
  @SuppressWarnings("exports") // jqwik is on the class path of the tests, as for every domain here
  public static Arbitrary<BrokenRules> brokenRules() {
    return Combinators.combine(Arbitraries.of(VoteBasis.class), Arbitraries.shuffle(CLASSES), Arbitraries.of(RulesDefect.class))
        .as((basis, classes, defect) -> new BrokenRules(basis, classes.get(0), classes.get(1), defect));
  }
}
