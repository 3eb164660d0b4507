package org.commonweal.governance.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.resolution.ResolutionDomain.Poll;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.VotingRoll;

/**
 * Invariants of deciding resolutions: monotonicity for every kind of condition and tie rule, order
 * independence, and accounting for every vote.
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
    VotingRoll other = p.roll().rules().roll(Electorate.of(p.roll().recordDate(), reversed),
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
}
