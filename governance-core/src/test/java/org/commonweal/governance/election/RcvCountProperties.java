package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonweal.governance.base.TieBreaker;

/** Properties of the RCTab count that hold for every election, whatever its papers. */
class RcvCountProperties {

  @Provide
  Arbitrary<Election> oneSeat() {
    return ElectionDomain.markedElections(6, 1, false);
  }

  @Property(tries = 300)
  void defaults_electAsInstantRunoff_withTheSameTotalsEachRound(@ForAll("oneSeat") Election e, @ForAll long seed) {
    ElectionResult irv;
    try {
      irv = ElectionMethods.instantRunoff().count(e, TieBreaker.seeded(seed));
    } catch (RuntimeException refused) {
      Assume.that(false);
      return;
    }
    ElectionResult rcv = ElectionMethods.rcv().count(e, TieBreaker.seeded(seed));
    assertEquals(irv.elected(), rcv.elected(), e.ballots().toString());
    List<Stage> a = irv.report().stages();
    List<Stage> b = rcv.report().stages();
    // The same rounds, save that RCTab elects the last two's winner in their round, not one later.
    assertTrue(b.size() == a.size() || b.size() == a.size() - 1, e.ballots().toString());
    for (int s = 0; s < b.size(); s++) {
      assertEquals(a.get(s).totals(), b.get(s).totals(), "stage " + (s + 1));
      assertEquals(a.get(s).exhausted(), b.get(s).exhausted(), "stage " + (s + 1));
    }
    assertEquals(List.of(), rcv.report().conservationErrors());
  }

  @Property(tries = 300)
  void undeclaredWriteIn_isNeverElected(@ForAll("oneSeat") Election e, @ForAll long seed, @ForAll boolean bottomsUp) {
    Assume.that(!e.standing().isEmpty());
    Candidate writeIn = e.standing().get(Math.floorMod(seed, e.standing().size()));
    Election withWriteIn = Election.builder().from(e).undeclaredWriteIn(writeIn).seats(bottomsUp ? 2 : 1).build();
    RcvSettings settings =
        RcvSettings.builder().winnerMode(bottomsUp ? RcvSettings.WinnerMode.BOTTOMS_UP : RcvSettings.WinnerMode.SINGLE_WINNER_MAJORITY).build();
    ElectionResult r = settings.method().count(withWriteIn, TieBreaker.seeded(seed));
    assertFalse(r.elected().contains(writeIn), withWriteIn.ballots().toString());
    // And nobody is elected in a round where it holds votes.
    for (Stage s : r.report().stages()) {
      if (!s.elected().isEmpty()) {
        assertEquals(0, s.totals().get(writeIn).signum(), "stage " + s.number());
      }
    }
  }

  @Property(tries = 300)
  void continueUntilTwoRemain_neverChangesTheWinner(@ForAll("oneSeat") Election e, @ForAll long seed) {
    ElectionResult once = ElectionMethods.rcv().count(e, TieBreaker.seeded(seed));
    ElectionResult on =
        RcvSettings.builder().continueUntilTwoRemain(true).build().method().count(e, TieBreaker.seeded(seed));
    assertEquals(once.elected(), on.elected(), e.ballots().toString());
    if (e.standing().size() >= 2 && on.report().stages().size() > 1 && once.report().ballots().valid() > 0) {
      // It ends with at most two candidates holding votes, the winner among them.
      Stage last = on.report().finalStage();
      assertTrue(last.totals().values().stream().filter(f -> f.signum() > 0).count() <= 2);
    }
  }

  @Property(tries = 300)
  void useCandidateOrder_neverLooksAtEarlierRounds(@ForAll("oneSeat") Election e, @ForAll long seed) {
    RcvSettings order = RcvSettings.builder().tieBreak(RcvSettings.TieBreak.USE_CANDIDATE_ORDER).build();
    ElectionResult r = order.method().count(e, TieBreaker.seeded(seed));
    Comparator<Candidate> byPlace = Comparator.comparingInt(e.candidates()::indexOf);
    for (Tie t : r.report().ties()) {
      assertEquals(Tie.DecidedBy.RULE, t.decidedBy());
      List<Candidate> sorted = new ArrayList<>(t.tied());
      sorted.sort(byPlace);
      // The order is the candidates' order, whatever the earlier rounds said.
      assertEquals(sorted, t.order());
    }
  }

  @Property(tries = 200)
  void rctabLot_sameSeed_sameDraws(@ForAll("oneSeat") Election e, @ForAll long seed) {
    RcvSettings random = RcvSettings.builder().tieBreak(RcvSettings.TieBreak.RANDOM).randomSeed(seed).build();
    ElectionResult first = random.method().count(e, TieBreaker.givenOrder());
    ElectionResult again = random.method().count(e, TieBreaker.seeded(~seed));
    assertEquals(first.elected(), again.elected());
    assertEquals(first.report().ties(), again.report().ties());
    // Each draw is the next double of one generator seeded once: replay them in order.
    Random replay = new Random(seed);
    for (Tie t : first.report().ties()) {
      List<Candidate> lot = t.draw().orElseThrow().tied();
      Candidate chosen = lot.get((int) Math.floor(replay.nextDouble() * lot.size()));
      Candidate singled = t.purpose().equals("winner") ? t.order().get(0) : t.order().get(t.order().size() - 1);
      assertEquals(chosen, singled);
    }
  }
}
