package org.commonweal.governance.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.resolution.ResolutionDomain.Poll;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.VotingRoll;

/**
 * Invariants of deciding resolutions: monotonicity for every kind of condition and tie rule, order
 * independence, and accounting for every vote; thresholds by heads against a count by hand; conditions and
 * tie rules as data.
 */
@Domain(ResolutionDomain.class)
@Domain(DomainContext.Global.class)
@StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
class ResolutionProperties {

  /** The members with a vote whose counted choice is not for: candidates for an added vote in favour. */
  private static List<MemberId> notFor(Poll p) {
    Tally t = p.tally();
    List<MemberId> out = new ArrayList<>();
    for (MemberId m : p.roll().voters()) {
      if (!t.choiceOf(m).equals(Optional.of(Choice.FOR))) {
        out.add(m);
      }
    }
    return out;
  }

  private static void assertMonotone(Resolution r, Poll p, int pick) {
    List<MemberId> candidates = notFor(p);
    ResolutionOutcome before = r.decide(p.tally());
    // The property says something only about passes: make sure enough of them are generated.
    Statistics.label("passed before").collect(before.passed() && !candidates.isEmpty());
    Statistics.label("passed before").coverage(c -> c.check(true).percentage(pc -> pc >= 8));
    if (candidates.isEmpty() || !before.passed()) {
      return;
    }
    MemberId m = candidates.get(Math.floorMod(pick, candidates.size()));
    ResolutionOutcome after = r.decide(p.withVoteFor(m).tally());
    assertTrue(after.passed(), () -> m + " voting for turned a pass into a fail:\n" + before.explain() + after.explain());
  }

  @Property(tries = 300)
  void threshold_aVoteInFavourNeverTurnsAPassIntoAFail(@ForAll Threshold t, @ForAll TieRule tie, @ForAll Poll p, @ForAll int pick) {
    assertMonotone(Resolution.builder().title("Motion").addConditions(t).tieRule(tie).build(), p, pick);
  }

  @Property(tries = 150)
  void ratioThreshold_aVoteInFavourNeverTurnsAPassIntoAFail(@ForAll RatioThreshold t, @ForAll TieRule tie, @ForAll Poll p,
      @ForAll int pick) {
    assertMonotone(Resolution.builder().title("Motion").addConditions(t).tieRule(tie).build(), p, pick);
  }

  @Property(tries = 200)
  void anyCondition_aVoteInFavourNeverTurnsAPassIntoAFail(@ForAll Condition c, @ForAll Poll p, @ForAll int pick) {
    assertMonotone(Resolution.builder().title("Motion").addConditions(c).build(), p, pick);
  }

  @Property(tries = 100)
  void standardKinds_aVoteInFavourNeverTurnsAPassIntoAFail(@ForAll Poll p, @ForAll int pick) {
    assertMonotone(Resolution.ordinary("Motion"), p, pick);
    assertMonotone(Resolution.special("Motion"), p, pick);
    assertMonotone(Resolution.unanimous("Motion"), p, pick);
    assertMonotone(Resolution.special("Motion").withCondition(Condition.inEachClass(Threshold.majorityOfVotesCast())), p, pick);
  }

  @Property(tries = 100)
  void writtenResolution_aFurtherSignatureNeverTurnsAPassIntoAFail(@ForAll Threshold t, @ForAll Poll p, @ForAll int pick) {
    LocalDate day = LocalDate.of(2026, 6, 15);
    Threshold all = t.strict() ? Threshold.moreThan(t.fraction(), VoteBase.ALL_ELIGIBLE) : Threshold.atLeast(t.fraction(), VoteBase.ALL_ELIGIBLE);
    WrittenResolution w = WrittenResolution.of("Motion", t.countedBy() == CountedBy.HEADS ? all.byHeads() : all, day, 28);
    List<Signature> signatures = new ArrayList<>();
    for (Vote v : p.votes()) {
      if (v.choice() == Choice.FOR) {
        signatures.add(Signature.of(v.member(), day));
      }
    }
    List<MemberId> unsigned = new ArrayList<>(p.roll().voters());
    signatures.forEach(s -> unsigned.remove(s.member()));
    if (unsigned.isEmpty() || !w.decide(p.roll(), signatures, day).passed()) {
      return;
    }
    signatures.add(Signature.of(unsigned.get(Math.floorMod(pick, unsigned.size())), day));
    assertTrue(w.decide(p.roll(), signatures, day).passed());
  }

  @Property(tries = 150)
  void decide_doesNotDependOnTheOrderOfVotes(@ForAll Condition c, @ForAll TieRule tie, @ForAll Poll p) {
    Resolution r = Resolution.builder().title("Motion").addConditions(c, Threshold.majorityOfVotesCast()).tieRule(tie).build();
    List<Vote> reversed = new ArrayList<>(p.votes());
    Collections.reverse(reversed);
    assertEquals(r.decide(p.tally()), r.decide(new Poll(p.roll(), reversed, p.castingVote()).tally()));
  }

  @Property(tries = 100)
  void decide_doesNotDependOnTheOrderOfMembers(@ForAll Condition c, @ForAll Poll p) {
    Resolution r = Resolution.builder().title("Motion").addConditions(c).build();
    List<Elector> reversed = new ArrayList<>(p.roll().electorate().electors());
    Collections.reverse(reversed);
    VotingRoll other = p.roll().rules().roll(Electorate.builder().from(p.roll().electorate()).electors(reversed).build(),
        new ArrayList<>(p.roll().delegations().values()), p.roll().voteDate());
    assertEquals(r.decide(p.tally()), r.decide(new Poll(other, p.votes(), p.castingVote()).tally()));
  }

  @Property(tries = 150)
  void tally_accountsForEveryVoteRecorded(@ForAll Poll p) {
    Tally t = p.tally();
    long counted = t.counted().values().stream().filter(v -> v.cast() != Vote.Cast.BY_DELEGATE).count();
    assertEquals(p.votes().size(), counted + t.rejected().size());
    t.counted().keySet().forEach(m -> assertTrue(t.roll().hasVote(m)));
    assertTrue(t.present().containsAll(t.counted().keySet()));
  }

  @Property(tries = 150)
  void ordinary_passesExactlyWhenMoreVotesForThanAgainst(@ForAll Poll p) {
    Tally t = p.tally();
    Totals cast = t.totals();
    ResolutionOutcome o = Resolution.ordinary("Motion").decide(t);
    // Oracle: with abstentions and spoilt votes left out, weighed among those voting for or against.
    Fraction forVotes = o.conditions().get(0).value();
    Fraction base = o.conditions().get(0).base();
    assertEquals(forVotes.isGreaterThan(base.minus(forVotes)), o.passed(), o.explain());
    assertTrue(!o.passed() || cast.forHeads() > 0, "a motion cannot pass without a vote for it");
  }

  @Property(tries = 300)
  void thresholdByHeads_agreesWithACountByHand(@ForAll Threshold generated, @ForAll Poll p) {
    Threshold t = generated.byHeads();
    Tally tally = p.tally();
    // Oracle: the members in the base, one head each, straight from the definitions of the bases.
    Set<MemberId> base = new TreeSet<>();
    for (MemberId m : p.roll().voters()) {
      Optional<Choice> c = tally.choiceOf(m);
      boolean inBase;
      switch (t.base()) {
        case VOTES_CAST:
          inBase = c.isPresent() && (c.get() == Choice.FOR || c.get() == Choice.AGAINST
              || (c.get() == Choice.ABSTAIN && t.abstentionsCounted()) || (c.get() == Choice.SPOILT && t.spoiltCounted()));
          break;
        case VOTES_OF_THOSE_PRESENT:
          inBase = tally.present().contains(m);
          break;
        default:
          inBase = true;
          break;
      }
      if (inBase) {
        base.add(m);
      }
    }
    long inFavour = base.stream().filter(m -> tally.choiceOf(m).equals(Optional.of(Choice.FOR))).count();
    Fraction needed = t.fraction().times(base.size());
    boolean expected = !base.isEmpty()
        && (t.strict() ? Fraction.of(inFavour).isGreaterThan(needed) : Fraction.of(inFavour).isAtLeast(needed));
    ConditionDecision d = t.decide(tally);
    assertEquals(expected, d.met(), d::explain);
    assertEquals(Fraction.of(inFavour), d.value());
    assertEquals(Fraction.of(base.size()), d.base());
  }

  @Property(tries = 200)
  void tieRule_decide_givesTheSideTheRuleNames(@ForAll TieRule rule, @ForAll Poll p) {
    Tally tally = p.tally();
    ConditionDecision tied = Threshold.majorityOfVotesCast().decide(tally);
    Choice expected;
    if (rule instanceof TieRule.ByThreshold) {
      expected = tied.met() ? Choice.FOR : Choice.AGAINST;
    } else if (rule instanceof TieRule.Lost) {
      expected = Choice.AGAINST;
    } else if (rule instanceof TieRule.CastingVote) {
      expected = tally.castingVote().orElse(Choice.AGAINST);
    } else if (rule instanceof TieRule.StatusQuo r) {
      expected = r.side();
    } else {
      TieBreaker lot = ((TieRule.Lot) rule).tieBreaker();
      expected = lot.draw(1, List.of(Choice.FOR, Choice.AGAINST)).first();
    }
    TieDecision d = rule.decide(tied, tally);
    assertEquals(expected, d.result(), d::explain);
    assertEquals(expected == Choice.FOR, d.met());
    assertEquals(tied.value(), d.votesEach());
    assertEquals(rule.description(), d.rule());
  }

  /**
   * Rebuilds a condition from its records' components alone, case by case, as a storage written type by
   * type would read it back: no factory, no reflection. (Quorum rules inside are values already.)
   */
  static Condition copy(Condition c) {
    if (c instanceof Threshold t) {
      return copy(t);
    } else if (c instanceof RatioThreshold r) {
      return new RatioThreshold(r.ratio(), r.strict(), r.countedBy());
    } else if (c instanceof Condition.InEachClass r) {
      return new Condition.InEachClass(copy(r.threshold()));
    } else if (c instanceof Condition.InClass r) {
      return new Condition.InClass(ClassId.of(r.classId().value()), copy(r.threshold()));
    } else if (c instanceof Condition.Participation r) {
      return new Condition.Participation(ImmutableSet.copyOf(r.counted().asList()), r.rule());
    }
    throw new AssertionError("a condition of no known kind: " + c);
  }

  static Threshold copy(Threshold t) {
    return new Threshold(t.fraction(), t.strict(), t.base(), t.countedBy(), t.abstentionsCounted(), t.spoiltCounted());
  }

  /** Rebuilds a tie rule from its records' components alone. */
  static TieRule copy(TieRule rule) {
    if (rule instanceof TieRule.ByThreshold) {
      return new TieRule.ByThreshold();
    } else if (rule instanceof TieRule.Lost) {
      return new TieRule.Lost();
    } else if (rule instanceof TieRule.CastingVote) {
      return new TieRule.CastingVote();
    } else if (rule instanceof TieRule.StatusQuo r) {
      return new TieRule.StatusQuo(r.side());
    } else if (rule instanceof TieRule.Lot r) {
      return new TieRule.Lot(r.tieBreaker());
    }
    throw new AssertionError("a tie rule of no known kind: " + rule);
  }

  @Property(tries = 200)
  void copy_throughTheRecordsComponents_isEqualAndDecidesAlike(@ForAll Condition c, @ForAll TieRule tie, @ForAll Poll p) {
    Condition condition = copy(c);
    TieRule tieRule = copy(tie);
    assertEquals(c, condition);
    assertEquals(c.hashCode(), condition.hashCode());
    assertEquals(c.description(), condition.description());
    assertEquals(tie, tieRule);
    assertEquals(tie.hashCode(), tieRule.hashCode());
    Resolution original = Resolution.builder().title("Motion").addConditions(c, Threshold.majorityOfVotesCast()).tieRule(tie).build();
    Resolution copied = Resolution.builder().title("Motion").addConditions(condition, Threshold.majorityOfVotesCast())
        .tieRule(tieRule).build();
    assertEquals(original, copied);
    assertEquals(original.decide(p.tally()), copied.decide(p.tally()));
  }
}
