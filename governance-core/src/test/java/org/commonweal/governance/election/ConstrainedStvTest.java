package org.commonweal.governance.election;

import static org.commonweal.governance.election.StvBallots.c;
import static org.commonweal.governance.election.StvBallots.election;
import static org.commonweal.governance.election.StvBallots.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.LimitExceededException;
import org.commonweal.governance.base.TieBreaker;
import org.junit.jupiter.api.Test;

class ConstrainedStvTest {

  /** Candidates named {@code prefix1}..{@code prefixN}. */
  private static List<Candidate> named(String prefix, int n) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(Candidate.of(prefix + i));
    }
    return out;
  }

  private static List<Candidate> all(List<List<Candidate>> lists) {
    return lists.stream().flatMap(List::stream).toList();
  }

  private static boolean anyNote(Stage s, String start, String part) {
    return s.notes().stream().anyMatch(n -> n.startsWith(start) && n.contains(part));
  }

  // Hill's example as Otten re-works it (Voting matters 13, 2001, "A worked example"): 14 to elect,
  // exactly 7 English, 6 Scottish and 1 Welsh, and exactly 7 men and 7 women. With 4 English men, 7
  // English women, 6 Scottish men, 3 Scottish women and one Welsh man and woman standing, Otten's
  // table lists 8 conforming outcomes.
  private final List<Candidate> em = named("EM", 4);
  private final List<Candidate> ew = named("EW", 7);
  private final List<Candidate> sm = named("SM", 6);
  private final List<Candidate> sw = named("SW", 3);
  private final List<Candidate> wm = named("WM", 1);
  private final List<Candidate> ww = named("WW", 1);
  private final List<Candidate> hills = all(List.of(em, ew, sm, sw, wm, ww));
  private final List<SeatConstraint> hillsLimits =
      List.of(
          SeatConstraint.between("English", 7, 7, all(List.of(em, ew))),
          SeatConstraint.between("Scottish", 6, 6, all(List.of(sm, sw))),
          SeatConstraint.between("Welsh", 1, 1, all(List.of(wm, ww))),
          SeatConstraint.between("men", 7, 7, all(List.of(em, sm, wm))),
          SeatConstraint.between("women", 7, 7, all(List.of(ew, sw, ww))));

  private Election hillsElection() {
    return Election.builder()
        .candidates(hills)
        .seats(14)
        .ballots(List.of(RankedBallot.builder().rank(hills.get(0)).build()))
        .build();
  }

  private static List<Integer> indices(Election e, List<Candidate> who) {
    return who.stream().map(e::indexOf).toList();
  }

  @Test
  void judge_hillsExample_listsOttensEightOutcomes() {
    Election e = hillsElection();
    SeatLimits limits = SeatLimits.of(hillsLimits, e);
    SeatLimits.Verdict v = limits.judge(indices(e, hills), List.of(), 14);
    assertEquals(8, v.conforming);
    // Every category takes a seat in some outcome, and none must be elected whole at the start.
    for (Candidate c : hills) {
      assertFalse(limits.doomed(v, e.indexOf(c)), c + " doomed");
      assertFalse(limits.guarded(v, e.indexOf(c)), c + " guarded");
    }
  }

  @Test
  void judge_hillsReasoning_guardsScottishWomenAndDoomsOtherMen() {
    // Hill's crucial point: three men elected (here English), 6 Scottish still to elect from 6 men and
    // 2 women, and only 4 more men allowed: exactly 4 Scottish men, so the Scottish women are guarded
    // and every other man is doomed; with the Welsh man doomed, the Welsh woman is guarded too.
    Election e = hillsElection();
    SeatLimits limits = SeatLimits.of(hillsLimits, e);
    List<Candidate> elected = em.subList(0, 3);
    List<Candidate> hopeful = all(List.of(em.subList(3, 4), ew, sm, sw.subList(0, 2), wm, ww));
    SeatLimits.Verdict v = limits.judge(indices(e, hopeful), indices(e, elected), 11);
    List<String> doomed = new ArrayList<>();
    List<String> guarded = new ArrayList<>();
    for (Candidate c : hopeful) {
      if (limits.doomed(v, e.indexOf(c))) {
        doomed.add(c.name());
      }
      if (limits.guarded(v, e.indexOf(c))) {
        guarded.add(c.name());
      }
    }
    assertEquals(List.of("EM4", "WM1"), doomed);
    assertEquals(List.of("SW1", "SW2", "WW1"), guarded);
  }

  @Test
  void count_twoStaffAboveTheQuota_electsOneAndExcludesTheOtherAtOnce() {
    Election e = election(2, "A B C D", "40 A", "35 B C", "15 C", "10 D");
    assertEquals(List.of("A", "B"), names(StvMethods.scottish().count(e).elected()));
    ConstrainedStv m =
        ConstrainedStv.of(StvMethods.scottish(), List.of(SeatConstraint.atMost("staff", 1, List.of(c("A"), c("B")))));
    ElectionResult r = m.count(e);
    assertEquals(List.of("A", "C"), names(r.elected()));
    Stage first = r.report().stages().get(0);
    assertEquals(List.of("A"), names(first.elected()));
    assertTrue(anyNote(first, "B reaches the quota but is doomed", ""), first.notes().toString());
    assertTrue(anyNote(first, "B is doomed", "staff: at most 1"), first.notes().toString());
    Stage second = r.report().stages().get(1);
    assertEquals(Stage.Kind.EXCLUSION, second.kind());
    assertEquals(List.of("B"), names(second.excluded()));
    assertTrue(second.description().contains("doomed by the limits"), second.description());
    assertEquals("scottish-stv", r.method());
    assertEquals("scottish-stv-constrained", m.name());
  }

  @Test
  void count_theOnlyWoman_isGuardedAndElectedForTheLastSeat() {
    Election e = election(2, "A B C D", "40 A B", "30 B", "20 C", "10 D");
    for (StvMethod rule : List.of(StvMethods.scottish(), StvMethods.ers97(), StvMethods.wigm(), StvMethods.meek())) {
      ElectionResult r =
          ConstrainedStv.of(rule, List.of(SeatConstraint.atLeast("women", 1, List.of(c("D"))))).count(e);
      assertEquals(Set.of("A", "D"), Set.copyOf(names(r.elected())), rule.name());
      assertTrue(anyNote(r.report().stages().get(0), "D is guarded", "women: at least 1"), rule.name());
    }
  }

  @Test
  void count_guardedCandidate_isPassedOverForExclusion() {
    // D has the fewest votes but is the only woman, one of whom must be elected: the lowest candidates
    // who are not guarded (E, then C) go instead.
    Election e = election(3, "A B C D E", "30 A", "25 B", "20 C", "11 D", "14 E");
    assertEquals("D", StvMethods.scottish().count(e).report().stages().get(2).excluded().get(0).name());
    SeatConstraint women = SeatConstraint.atLeast("women", 1, List.of(c("D")));
    ElectionResult r = ConstrainedStv.of(StvMethods.scottish(), List.of(women)).count(e);
    assertEquals(Set.of("A", "B", "D"), Set.copyOf(names(r.elected())));
    for (Stage s : r.report().stages()) {
      assertFalse(names(s.excluded()).contains("D"), s.description());
    }
  }

  @Test
  void count_noConstraints_isThePlainCount() {
    Election e = election(2, "A B C D", "40 A", "35 B C", "15 C", "10 D");
    assertEquals(StvMethods.meek().count(e), ConstrainedStv.of(StvMethods.meek(), List.of()).count(e));
  }

  @Test
  void count_limitThatCannotBeMet_isRefusedNamingIt() {
    Election e = election(2, "A B C D", "40 A", "35 B C", "15 C", "10 D");
    ConstrainedStv m =
        ConstrainedStv.of(StvMethods.scottish(), List.of(SeatConstraint.atLeast("women", 2, List.of(c("D")))));
    InvalidValueException x = assertThrows(InvalidValueException.class, () -> m.count(e));
    assertEquals("constraints", x.field());
    assertTrue(x.getMessage().contains("women: at least 2"), x.getMessage());
    assertTrue(x.getMessage().contains("only 1 of its candidates are standing"), x.getMessage());
  }

  @Test
  void count_limitsThatCannotBeMetTogether_areRefused() {
    // Hill's example of 1998 (Voting matters 9): 3 seats, at least 2 women and at least 2 black
    // candidates, from 2 black men, 2 white women and 1 black woman; with the black woman barred as
    // well, no choice meets the limits, though each alone can be met.
    Election e = election(3, "BM1 BM2 WW1 WW2 BW", "1 BM1");
    List<SeatConstraint> limits =
        List.of(
            SeatConstraint.atLeast("women", 2, List.of(c("WW1"), c("WW2"), c("BW"))),
            SeatConstraint.atLeast("black", 2, List.of(c("BM1"), c("BM2"), c("BW"))),
            SeatConstraint.atMost("black women", 0, List.of(c("BW"))));
    InvalidValueException x =
        assertThrows(InvalidValueException.class, () -> ConstrainedStv.of(StvMethods.scottish(), limits).count(e));
    assertTrue(x.getMessage().contains("cannot be met together"), x.getMessage());
  }

  @Test
  void count_hillsInterferingLimits_neverExcludeTheBlackWoman() {
    // Hill's example of 1998 (Voting matters 9): 3 seats, at least 2 women and at least 2 black
    // candidates, from 2 black men, 2 white women and 1 black woman who has the fewest votes: judging
    // each limit alone would exclude her, which makes the limits impossible; she must be elected.
    Election e = election(3, "BM1 BM2 WW1 WW2 BW", "20 BM1", "19 BM2", "18 WW1", "17 WW2", "5 BW");
    List<SeatConstraint> limits =
        List.of(
            SeatConstraint.atLeast("women", 2, List.of(c("WW1"), c("WW2"), c("BW"))),
            SeatConstraint.atLeast("black", 2, List.of(c("BM1"), c("BM2"), c("BW"))));
    for (StvMethod rule : List.of(StvMethods.scottish(), StvMethods.ers97(), StvMethods.wigm(), StvMethods.meek())) {
      ElectionResult r = ConstrainedStv.of(rule, limits).count(e);
      assertTrue(names(r.elected()).contains("BW"), rule.name());
      assertEquals(3, r.elected().size(), rule.name());
    }
  }

  @Test
  void count_memberWhoIsNotACandidate_isRefused() {
    Election e = election(1, "A B", "1 A");
    ConstrainedStv m = ConstrainedStv.of(StvMethods.scottish(), List.of(SeatConstraint.atMost("staff", 1, List.of(c("Z")))));
    InvalidValueException x = assertThrows(InvalidValueException.class, () -> m.count(e));
    assertTrue(x.getMessage().contains("Z"), x.getMessage());
  }

  @Test
  void count_tooManyOutcomesToList_isRefusedBeforeCounting() {
    List<Candidate> cs = named("C", 40);
    List<SeatConstraint> limits = new ArrayList<>();
    for (Candidate c : cs) {
      limits.add(SeatConstraint.atMost("group of " + c, 1, List.of(c)));
    }
    Election e =
        Election.builder().candidates(cs).seats(20).ballots(List.of(RankedBallot.builder().rank(cs.get(0)).build())).build();
    LimitExceededException x =
        assertThrows(
            LimitExceededException.class,
            () -> ConstrainedStv.of(StvMethods.scottish(), limits).count(e, TieBreaker.givenOrder()));
    assertTrue(x.getMessage().contains("outcomes of the seat limits"), x.getMessage());
  }

  @Test
  void of_keepsTheRuleAndTheLimits_andTakesTheRulesLimitOfCandidates() {
    List<SeatConstraint> limits =
        List.of(SeatConstraint.atMost("staff", 1, List.of(c("A"))), SeatConstraint.atLeast("women", 1, List.of(c("B"))));
    ConstrainedStv m = ConstrainedStv.of(StvMethods.ers97(), limits);
    assertEquals(StvMethods.ers97(), m.rule());
    assertEquals(limits, m.constraints());
    assertEquals(500, m.maxCandidates());
    assertEquals("ers97-constrained", m.toString());
  }

  @Test
  void count_doomedCandidate_theNotesNameTheLimitThatDoomsThem() {
    // 100 papers, 2 seats, quota 34. Stage 1: A 40 and B 35 reach it, A first; with A elected, the staff
    // limit has no room for B, who is not elected and is doomed by that limit alone (the board limit of
    // 2 cannot bind with 2 seats). Stage 2: B is excluded at once, B's 35 papers go to C: 50, elected.
    Election e = election(2, "A B C D", "40 A", "35 B C", "15 C", "10 D");
    List<SeatConstraint> limits =
        List.of(
            SeatConstraint.atMost("board", 2, List.of(c("A"), c("B"), c("C"), c("D"))),
            SeatConstraint.atMost("staff", 1, List.of(c("A"), c("B"))));
    ElectionResult r = ConstrainedStv.of(StvMethods.scottish(), limits).count(e);
    List<Stage> s = r.report().stages();
    assertEquals(2, s.size());
    assertEquals(
        List.of(
            "B reaches the quota but is doomed: no conforming outcome elects B now; not elected.",
            "B is doomed (no conforming outcome still possible elects them) by [staff: at most 1]: excluded at once."),
        s.get(0).notes());
    assertEquals(List.of(c("A")), s.get(0).elected());
    assertEquals(
        "Exclusion of B (35.00000), doomed by the limits; papers transferred at their values; 0 papers non-transferable",
        s.get(1).description());
    assertEquals(List.of(c("B")), s.get(1).subjects());
    assertEquals(org.commonweal.governance.base.Fraction.of(50), s.get(1).totals().get(c("C")));
    assertEquals(List.of(c("C")), s.get(1).elected());
    assertEquals(List.of("A", "C"), names(r.elected()));
  }

  @Test
  void count_limitsThatOnlyDoomTogether_areAllNamed() {
    // Two limits that say the same: either alone dooms B, so neither is the one that does it, and the note
    // names both.
    Election e = election(2, "A B C D", "40 A", "35 B C", "15 C", "10 D");
    List<SeatConstraint> limits =
        List.of(
            SeatConstraint.atMost("staff", 1, List.of(c("A"), c("B"))),
            SeatConstraint.atMost("officers", 1, List.of(c("A"), c("B"))));
    Stage first = ConstrainedStv.of(StvMethods.scottish(), limits).count(e).report().stages().get(0);
    assertEquals(
        "B is doomed (no conforming outcome still possible elects them) by [staff: at most 1, officers: at most 1]:"
            + " excluded at once.",
        first.notes().get(1));
  }

  @Test
  void count_guardedAsManyAsTheSeatsLeft_areElectedAtOnce() {
    // 100 papers, 2 seats, quota 34. Stage 1: A 40 elected. One seat left, and one woman must take it: D
    // is guarded, B and C doomed, and D is elected without further transfer.
    Election e = election(2, "A B C D", "40 A B", "30 B", "20 C", "10 D");
    ElectionResult r =
        ConstrainedStv.of(StvMethods.scottish(), List.of(SeatConstraint.atLeast("women", 1, List.of(c("D"))))).count(e);
    List<Stage> s = r.report().stages();
    assertEquals(1, s.size());
    assertEquals(List.of(c("A"), c("D")), s.get(0).elected());
    assertEquals(
        List.of(
            "B is doomed (no conforming outcome still possible elects them) by [women: at least 1]: excluded at once.",
            "C is doomed (no conforming outcome still possible elects them) by [women: at least 1]: excluded at once.",
            "D is guarded (every conforming outcome still possible elects them) by [women: at least 1]: not to be"
                + " excluded.",
            "The guarded candidates are as many as the seats left: D elected without further transfer."),
        s.get(0).notes());
  }

  @Test
  void count_aGuardedCandidate_isNotedOnce_andPassedOverAtEveryExclusion() {
    // 100 papers, 3 seats, quota 26. Stage 1: A 30 elected; D, the only woman, is guarded. Stage 2: A's
    // surplus of 4 has nowhere to go. Stage 3: E (14), the lowest but D, is excluded; stage 4: C (20). B and
    // D are then as many as the seats left and are elected, B (25) first.
    Election e = election(3, "A B C D E", "30 A", "25 B", "20 C", "11 D", "14 E");
    ElectionResult r =
        ConstrainedStv.of(StvMethods.scottish(), List.of(SeatConstraint.atLeast("women", 1, List.of(c("D"))))).count(e);
    List<Stage> s = r.report().stages();
    assertEquals(4, s.size());
    assertEquals(Stage.Kind.SURPLUS, s.get(1).kind());
    assertEquals(List.of(c("E")), s.get(2).excluded());
    assertEquals(List.of(c("C")), s.get(3).excluded());
    assertEquals(List.of(c("B"), c("D")), s.get(3).elected());
    long guardedNotes = s.stream().flatMap(x -> x.notes().stream()).filter(n -> n.startsWith("D is guarded")).count();
    assertEquals(1, guardedNotes);
    assertTrue(anyNote(s.get(0), "D is guarded", "women: at least 1"), s.get(0).notes().toString());
  }

  @Test
  void count_moreCandidatesThanTheRuleCounts_isRefusedBeforeCounting() {
    // 501 candidates, one more than the rule's limit of 500.
    List<Candidate> all = new ArrayList<>();
    for (int i = 0; i <= 500; i++) {
      all.add(Candidate.of("C" + i));
    }
    Election e = Election.builder().candidates(all).seats(1).ballots(List.of(RankedBallot.of(1, all.get(0)))).build();
    ConstrainedStv m = ConstrainedStv.of(StvMethods.ers97(), List.of(SeatConstraint.atMost("x", 1, List.of(all.get(0)))));
    LimitExceededException x = assertThrows(LimitExceededException.class, () -> m.count(e));
    assertEquals(500, x.limit());
    assertEquals(501, x.actual());
    assertTrue(x.getMessage().startsWith("candidates for ers97-constrained: 501 is more than the limit of 500"), x.getMessage());
  }
}
