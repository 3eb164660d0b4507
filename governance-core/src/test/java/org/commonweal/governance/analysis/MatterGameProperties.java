package org.commonweal.governance.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Matter;
import org.commonweal.governance.constitution.Procedure;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.resolution.Condition;
import org.commonweal.governance.resolution.RatioThreshold;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.Tally;
import org.commonweal.governance.resolution.Threshold;
import org.commonweal.governance.resolution.TieRule;
import org.commonweal.governance.resolution.Vote;
import org.commonweal.governance.resolution.VoteBase;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.ClassShares;
import org.commonweal.governance.voting.VoteBasis;
import org.commonweal.governance.voting.VotingRules;

/**
 * A compiled game against the resolution it was compiled from, on small constitutions: every coalition
 * the game says wins is one the resolution passes when its members vote for and the rest against, and no
 * other; the staying-away finding appears exactly when a vote that passes fails once some of those
 * against stay away instead.
 */
class MatterGameProperties {

  /** A small constitution with its membership and the resolution for {@link Matter#AMEND_RULES}. */
  record Case(Constitution constitution, ClassSizes sizes) {
    @Override
    public String toString() {
      return constitution.voting() + " " + constitution.procedure(Matter.AMEND_RULES).description() + " " + sizes;
    }
  }

  @Property(tries = 60)
  void compiledGame_passesExactlyTheCoalitionsTheResolutionPasses(@ForAll("cases") Case c) {
    MatterGame game = passesExactlyTheCoalitionsTheResolutionPasses(c);
    Statistics.label("kind").collect(game.kind());
    Statistics.label("kind").coverage(k -> k.check(MatterGame.Kind.GAME).percentage(pc -> pc > 50));
  }

  @Property(tries = 40)
  void compiledGame_everyQuorumAndTieRule_passesExactlyTheCoalitionsTheResolutionPasses(@ForAll("widerCases") Case c) {
    passesExactlyTheCoalitionsTheResolutionPasses(c);
  }

  static MatterGame passesExactlyTheCoalitionsTheResolutionPasses(Case c) {
    Analysis analysis = Analysis.of(c.constitution(), c.sizes());
    MatterGame game = analysis.game(Matter.AMEND_RULES);
    GameCompiler types = new GameCompiler(analysis.roll());
    List<MemberId> members = new ArrayList<>(analysis.roll().voters());
    int n = members.size();
    for (int mask = 0; mask < 1 << n; mask++) {
      Map<MemberId, Choice> votes = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        votes.put(members.get(i), (mask & 1 << i) != 0 ? Choice.FOR : Choice.AGAINST);
      }
      boolean passed = decide(c.constitution(), analysis, votes);
      assertEquals(passed, wins(game, counts(types, votes)), () -> "coalition " + votes + " in " + game);
    }
    return game;
  }

  @Property(tries = 40)
  void meetingTheRestStayAwayFrom_carriedExactlyWhenQuorateAndTheResolutionPasses(@ForAll("cases") Case c) {
    carriedExactlyWhenQuorateAndTheResolutionPasses(c);
  }

  @Property(tries = 40)
  void meetingTheRestStayAwayFrom_everyQuorumRule_carriedExactlyWhenQuorateAndTheResolutionPasses(
      @ForAll("widerCases") Case c) {
    carriedExactlyWhenQuorateAndTheResolutionPasses(c);
  }

  static void carriedExactlyWhenQuorateAndTheResolutionPasses(Case c) {
    Analysis analysis = Analysis.of(c.constitution(), c.sizes());
    GameCompiler compiler = new GameCompiler(analysis.roll());
    QuorumRule quorum = c.constitution().generalMeetings().quorum();
    Rules attend = compiler.procedure(c.constitution().procedure(Matter.AMEND_RULES), GameCompiler.Mode.ATTEND, quorum)
        .orElseThrow();
    List<MemberId> members = new ArrayList<>(analysis.roll().voters());
    int n = members.size();
    for (int mask = 1; mask < 1 << n; mask++) {
      Map<MemberId, Choice> votes = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        if ((mask & 1 << i) != 0) {
          votes.put(members.get(i), Choice.FOR);
        }
      }
      boolean carried = quorum.decide("quorum", analysis.roll(), votes.keySet()).quorate()
          && decide(c.constitution(), analysis, votes);
      assertEquals(carried, attend.wins(counts(compiler, votes)), () -> "attending " + votes.keySet());
    }
  }

  @Property(tries = 40)
  void stayingAway_foundExactlyWhenAbsenceTurnsAPassIntoAFailure(@ForAll("cases") Case c) {
    Analysis analysis = Analysis.of(c.constitution(), c.sizes());
    MatterGame game = analysis.game(Matter.AMEND_RULES);
    List<MemberId> members = new ArrayList<>(analysis.roll().voters());
    int n = members.size();
    int profiles = 1;
    for (int i = 0; i < n; i++) {
      profiles *= 3;
    }
    boolean found = false;
    for (int mask = 0; mask < 1 << n && !found; mask++) {
      Map<MemberId, Choice> full = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        full.put(members.get(i), (mask & 1 << i) != 0 ? Choice.FOR : Choice.AGAINST);
      }
      if (!decide(c.constitution(), analysis, full)) {
        continue;
      }
      // Every way of sending some of those against home.
      for (int p = 0; p < profiles && !found; p++) {
        Map<MemberId, Choice> some = new LinkedHashMap<>(full);
        int x = p;
        boolean valid = true;
        for (int i = 0; i < n; i++) {
          int digit = x % 3;
          x /= 3;
          if (digit == 1) {
            if (full.get(members.get(i)) != Choice.AGAINST) {
              valid = false;
              break;
            }
            some.remove(members.get(i));
          } else if (digit == 2) {
            valid = false;
            break;
          }
        }
        found = valid && some.size() < full.size() && !decide(c.constitution(), analysis, some);
      }
    }
    assertEquals(found, game.stayingAway().isPresent(), () -> game.toString());
    Statistics.label("finding").collect(found);
  }

  private static boolean decide(Constitution constitution, Analysis analysis, Map<MemberId, Choice> votes) {
    List<Vote> cast = new ArrayList<>();
    votes.forEach((m, ch) -> cast.add(Vote.of(m, ch)));
    return constitution.decide(Matter.AMEND_RULES, Tally.of(analysis.roll(), cast)).passed();
  }

  private static int[] counts(GameCompiler types, Map<MemberId, Choice> votes) {
    int[] k = new int[types.types.size()];
    for (int j = 0; j < k.length; j++) {
      for (MemberId m : types.members.get(j)) {
        if (votes.get(m) == Choice.FOR) {
          k[j]++;
        }
      }
    }
    return k;
  }

  private static boolean wins(MatterGame game, int[] counts) {
    return switch (game.kind()) {
      case GAME -> game.requireGame().rule().wins(counts);
      case ALWAYS_PASSES -> true;
      default -> false;
    };
  }

  @Provide
  Arbitrary<Case> cases() {
    return cases(n -> quorums(), MatterGameProperties::conditions, Arbitraries.just(TieRule.byThreshold()));
  }

  /**
   * As {@link #cases()}, with every kind of quorum rule a game of votes can weigh (at the meeting and in
   * turnout and in-favour conditions) and every tie rule whose outcome is known in advance (a lot's is not).
   */
  @Provide
  Arbitrary<Case> widerCases() {
    return cases(MatterGameProperties::widerQuorums, MatterGameProperties::widerConditions,
        Arbitraries.of(TieRule.byThreshold(), TieRule.lost(), TieRule.castingVote(), TieRule.statusQuo(Choice.FOR),
            TieRule.statusQuo(Choice.AGAINST)));
  }

  private static Arbitrary<Case> cases(IntFunction<Arbitrary<QuorumRule>> quorums,
      IntFunction<Arbitrary<Condition>> conditions, Arbitrary<TieRule> ties) {
    Arbitrary<List<Integer>> sizes = Arbitraries.integers().between(1, 3).list().ofMinSize(1).ofMaxSize(3);
    return sizes.flatMap(s -> Combinators.combine(
            Arbitraries.integers().between(1, 3).list().ofSize(s.size()),
            Arbitraries.of(VoteBasis.values()),
            Arbitraries.integers().between(1, 4).list().ofSize(s.size()),
            Arbitraries.integers().between(0, 2),
            conditions.apply(s.size()).list().ofMinSize(1).ofMaxSize(3),
            quorums.apply(s.size()),
            ties)
        .as((votes, basis, shareWeights, shareMode, conds, quorum, tie) -> {
          List<ClassId> classes = new ArrayList<>();
          Map<ClassId, Integer> plain = new LinkedHashMap<>();
          ClassSizes groups = null;
          for (int j = 0; j < s.size(); j++) {
            ClassId id = ClassId.of("c" + j);
            classes.add(id);
            ClassSizes.Group g = new ClassSizes.Group(id, s.get(j), votes.get(j));
            groups = groups == null ? new ClassSizes(com.google.common.collect.ImmutableList.of(g))
                : groups.and(id, g.members(), g.votes());
            plain.put(id, s.get(j));
          }
          VotingRules.Builder rules = VotingRules.builder().basis(basis);
          if (shareMode > 0) {
            int total = shareWeights.stream().mapToInt(Integer::intValue).sum();
            Map<ClassId, Fraction> shares = new LinkedHashMap<>();
            for (int j = 0; j < classes.size(); j++) {
              shares.put(classes.get(j), Fraction.of(shareWeights.get(j), total));
            }
            rules.classShares(ClassShares.of(shares, shareMode == 1 ? ClassShares.Absent.LAPSE
                : ClassShares.Absent.REDISTRIBUTE));
          }
          Resolution r = Resolution.builder().title("Amend the rules").addAllConditions(conds).tieRule(tie).build();
          Constitution constitution = Fixtures.constitution(classes, rules.build(),
              Map.of(Matter.AMEND_RULES, new Procedure.AtMeeting(r)), quorum);
          return new Case(constitution, java.util.Objects.requireNonNull(groups));
        }));
  }

  private static Arbitrary<QuorumRule> quorums() {
    return Arbitraries.of(QuorumRule.members(2), QuorumRule.fractionOfMembers(Fraction.ONE_HALF));
  }

  private static Arbitrary<QuorumRule> widerQuorums(int classes) {
    ClassId last = ClassId.of("c" + (classes - 1));
    return Arbitraries.of(
        QuorumRule.members(2),
        QuorumRule.persons(3),
        QuorumRule.fractionOfMembers(Fraction.of(2, 5)),
        QuorumRule.moreThanFractionOfMembers(Fraction.ONE_HALF),
        QuorumRule.fractionOfVotes(Fraction.ONE_HALF),
        QuorumRule.moreThanFractionOfVotes(Fraction.of(1, 3)),
        QuorumRule.timesSquareRootOfMembers(Fraction.ONE),
        QuorumRule.timesSquareRootOfMembers(Fraction.of(1, 2)),
        QuorumRule.greaterOf(QuorumRule.members(2), QuorumRule.fractionOfMembers(Fraction.ONE_HALF)),
        QuorumRule.lesserOf(QuorumRule.members(4), QuorumRule.fractionOfMembers(Fraction.ONE_HALF)),
        QuorumRule.tiered().upTo(3, QuorumRule.members(1)).upTo(5, QuorumRule.members(3))
            .otherwise(QuorumRule.majorityOfMembers()),
        QuorumRule.inClass(last, QuorumRule.members(1)),
        QuorumRule.inEachClass(QuorumRule.fractionOfMembers(Fraction.ONE_HALF)),
        QuorumRule.thosePresent());
  }

  private static Arbitrary<Condition> widerConditions(int classes) {
    return Arbitraries.oneOf(conditions(classes), widerQuorums(classes).map(Condition::turnout),
        widerQuorums(classes).map(Condition::inFavour));
  }

  private static Arbitrary<Condition> conditions(int classes) {
    ClassId last = ClassId.of("c" + (classes - 1));
    return Arbitraries.of(
        Threshold.majorityOfVotesCast(),
        Threshold.threeQuartersOfVotesCast(),
        Threshold.atLeast(Fraction.of(2, 3), VoteBase.VOTES_CAST).byHeads(),
        Threshold.moreThan(Fraction.ONE_HALF, VoteBase.ALL_ELIGIBLE),
        Threshold.atLeast(Fraction.ONE_HALF, VoteBase.VOTES_OF_THOSE_PRESENT),
        RatioThreshold.atLeast(Fraction.of(2)),
        RatioThreshold.moreThan(Fraction.ONE).byHeads(),
        Condition.inEachClass(Threshold.majorityOfVotesCast()),
        Condition.inClass(last, Threshold.atLeast(Fraction.ONE_HALF, VoteBase.VOTES_CAST).byHeads()),
        Condition.turnout(QuorumRule.fractionOfMembers(Fraction.of(2, 3))),
        Condition.turnout(QuorumRule.greaterOf(QuorumRule.members(3), QuorumRule.fractionOfVotes(Fraction.ONE_HALF))),
        Condition.inFavour(QuorumRule.members(2)),
        Condition.inFavour(QuorumRule.inEachClass(QuorumRule.members(1))));
  }
}
