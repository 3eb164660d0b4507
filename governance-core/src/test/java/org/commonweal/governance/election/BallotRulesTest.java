package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.InvalidValueException;
import org.junit.jupiter.api.Test;

/** How papers read under each rule, through the reading every count uses ({@code RankedProfile}). */
class BallotRulesTest {
  private static final Candidate A = Candidate.of("A");
  private static final Candidate B = Candidate.of("B");
  private static final Candidate C = Candidate.of("C");
  private static final Candidate D = Candidate.of("D");

  private static RankedProfile read(BallotRules rules, RankedBallot... ballots) {
    return Election.builder().addCandidates(A, B, C, D).rules(rules).addBallots(ballots).build().rankedProfile();
  }

  /** The reading of a single paper, as candidate indices (A = 0). */
  private static int[] reading(BallotRules rules, RankedBallot ballot) {
    RankedProfile p = read(rules, ballot);
    assertEquals(1, p.size, "the paper is valid");
    return p.prefs(0);
  }

  private static final RankedBallot OVERVOTED = RankedBallot.builder().rank(A).rank(B, C).rank(D).build();

  @Test
  void overvote_exhaustsByDefault_orIsSkipped() {
    assertArrayEquals(new int[] {0}, reading(BallotRules.standard(), OVERVOTED));
    assertArrayEquals(new int[] {0, 3}, reading(BallotRules.builder().overvote(BallotRules.Overvote.SKIP_RANK).build(), OVERVOTED));
  }

  @Test
  void unidentifiedOvervote_readsAsAnOvervote_evenWhereEqualPreferencesAreAllowed() {
    RankedBallot b = RankedBallot.builder().rank(A).overvote().rank(D).build();
    assertArrayEquals(new int[] {0}, reading(BallotRules.standard(), b));
    assertArrayEquals(new int[] {0}, reading(BallotRules.builder().equalPreferences(true).build(), b));
    assertArrayEquals(new int[] {0, 3}, reading(BallotRules.builder().overvote(BallotRules.Overvote.SKIP_RANK).build(), b));
  }

  @Test
  void overvoteAtTheFirstRank_isValidButExhaustedFromTheStart() {
    RankedProfile p = read(BallotRules.standard(), RankedBallot.builder().overvote().rank(A).build());
    assertEquals(1, p.valid);
    assertEquals(0, p.prefs(0).length);
  }

  @Test
  void equalPreferences_groupTheRank() {
    RankedProfile p = read(BallotRules.builder().equalPreferences(true).build(), OVERVOTED);
    assertArrayEquals(new int[] {0, 1, 2, 3}, p.prefs(0));
    assertArrayEquals(new int[] {1, 3, 4}, p.groups(0));
  }

  @Test
  void maxConsecutiveSkips_exhaustsAPaperWithMoreBlanksInARow() {
    RankedBallot b = RankedBallot.builder().rank(A).skip().skip().rank(B).build();
    assertArrayEquals(new int[] {0, 1}, reading(BallotRules.standard(), b));
    assertArrayEquals(new int[] {0, 1}, reading(BallotRules.builder().maxConsecutiveSkips(2).build(), b));
    assertArrayEquals(new int[] {0}, reading(BallotRules.builder().maxConsecutiveSkips(1).build(), b));
    assertArrayEquals(new int[] {0}, reading(BallotRules.builder().maxConsecutiveSkips(0).build(), b));
  }

  @Test
  void maxConsecutiveSkips_countsSkippedOvervotes() {
    // With overvotes skipped, an overvoted rank is a skip like a blank (BallotRules.Overvote.SKIP_RANK):
    // one in a row is within a limit of 1, an overvote then a blank is two, and exhausts the paper there.
    // The paper stays valid either way.
    BallotRules oneSkip =
        BallotRules.builder().overvote(BallotRules.Overvote.SKIP_RANK).maxConsecutiveSkips(1).build();
    assertArrayEquals(new int[] {0, 3}, reading(oneSkip, OVERVOTED));
    RankedBallot twoInARow = RankedBallot.builder().rank(A).rank(B, C).skip().rank(D).build();
    assertArrayEquals(new int[] {0}, reading(oneSkip, twoInARow));
    // The same for overvotes the record does not name.
    assertArrayEquals(new int[] {0, 3}, reading(oneSkip, RankedBallot.builder().rank(A).overvote().rank(D).build()));
    assertArrayEquals(
        new int[] {0}, reading(oneSkip, RankedBallot.builder().rank(A).overvote().overvote().rank(D).build()));
  }

  @Test
  void maxConsecutiveSkips_aWithdrawnCandidatesRankEndsTheRunOfBlanks() {
    // [blank, X (withdrawn), blank, B] under a limit of 1: two runs of one blank each, so it counts for B.
    BallotRules oneSkip = BallotRules.builder().maxConsecutiveSkips(1).build();
    RankedProfile p =
        Election.builder()
            .addCandidates(A, B, C, D)
            .addWithdrawn(D)
            .rules(oneSkip)
            .addBallots(RankedBallot.builder().skip().rank(D).skip().rank(B).build())
            .build()
            .rankedProfile();
    assertArrayEquals(new int[] {1}, p.prefs(0));
  }

  @Test
  void maxConsecutiveSkips_aRepeatedCandidatesRankEndsTheRunOfBlanks() {
    // [C, blank, C, blank, B] under a limit of 1 reads C then B: the repeat is a mark between the blanks.
    BallotRules oneSkip = BallotRules.builder().maxConsecutiveSkips(1).build();
    assertArrayEquals(new int[] {2, 1}, reading(oneSkip, RankedBallot.builder().rank(C).skip().rank(C).skip().rank(B).build()));
    // Two blanks in a row still exhaust it, after the mark.
    assertArrayEquals(new int[] {2}, reading(oneSkip, RankedBallot.builder().rank(C).rank(C).skip().skip().rank(B).build()));
  }

  @Test
  void overvoteIsMark_endsTheRunOfBlanks_andIsNoSkip() {
    BallotRules rctab =
        BallotRules.builder().overvote(BallotRules.Overvote.SKIP_RANK).overvoteIsMark(true).maxConsecutiveSkips(1).build();
    // An overvote then a blank: one skip, within the limit (two without the option, see above).
    RankedBallot overvoteThenBlank = RankedBallot.builder().rank(A).rank(B, C).skip().rank(D).build();
    assertArrayEquals(new int[] {0, 3}, reading(rctab, overvoteThenBlank));
    assertArrayEquals(new int[] {0, 3}, reading(rctab, RankedBallot.builder().rank(A).overvote().overvote().rank(D).build()));
    // A blank, an overvote, a blank: two runs of one.
    assertArrayEquals(new int[] {0, 3}, reading(rctab, RankedBallot.builder().rank(A).skip().rank(B, C).skip().rank(D).build()));
    // Limit 0: the overvote is not a skip, the blank is.
    BallotRules none = BallotRules.builder().from(rctab).maxConsecutiveSkips(0).build();
    assertArrayEquals(new int[] {0, 3}, reading(none, OVERVOTED));
    assertArrayEquals(new int[] {0}, reading(none, overvoteThenBlank));
  }

  @Test
  void overvoteCountsEveryMark_aWithdrawnCandidateMakesTheOvervote() {
    RankedBallot ax = RankedBallot.builder().rank(A, D).rank(B).build();
    Election.Builder e = Election.builder().addCandidates(A, B, C, D).addWithdrawn(D).addBallots(ax);
    // By default the withdrawn D is passed over first and the rank counts for A.
    assertArrayEquals(new int[] {0, 1}, e.build().rankedProfile().prefs(0));
    BallotRules every = BallotRules.builder().overvoteCountsEveryMark(true).build();
    assertEquals(0, e.rules(every).build().rankedProfile().prefs(0).length, "exhausted at once");
    BallotRules skip = BallotRules.builder().from(every).overvote(BallotRules.Overvote.SKIP_RANK).build();
    assertArrayEquals(new int[] {1}, e.rules(skip).build().rankedProfile().prefs(0));
  }

  @Test
  void maxRanksDeclared_capsAtTheDeclaredCandidates_andRefusesBeyond() {
    BallotRules max = BallotRules.builder().maxRanksDeclared(true).build();
    RankedBallot five = RankedBallot.builder().rank(A).rank(B).rank(C).skip().rank(D).build();
    // Four candidates: the fifth rank is past the cap and ignored.
    assertArrayEquals(new int[] {0, 1, 2}, reading(max, five));
    BallotRules refuse = BallotRules.builder().from(max).refuseBeyondMaxRanks(true).build();
    assertArrayEquals(new int[] {0, 1, 2}, reading(refuse, RankedBallot.builder().rank(A).rank(B).rank(C).skip().build()));
    assertEquals(
        "ballot 1 is marked at 5 ranks, beyond the cap of 4 ranks",
        assertThrows(InvalidValueException.class, () -> read(refuse, five)).getMessage());
    // The undeclared write-in is not a declared candidate: the cap is then 3.
    Election withWriteIn =
        Election.builder().addCandidates(A, B, C, D).undeclaredWriteIn(D).rules(refuse).addBallots(RankedBallot.of(A, B, C, D)).build();
    assertThrows(InvalidValueException.class, withWriteIn::rankedProfile);
    assertThrows(InvalidValueException.class, () -> BallotRules.builder().maxRanks(3).maxRanksDeclared(true).build());
  }

  @Test
  void exhaustIfMultipleContinuing_isRefusedWhereTheCountReadsPapersOnce() {
    BallotRules rule = BallotRules.builder().overvote(BallotRules.Overvote.EXHAUST_IF_MULTIPLE_CONTINUING).build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> read(rule, OVERVOTED));
    assertEquals(
        "overvote rule EXHAUST_IF_MULTIPLE_CONTINUING is decided at each transfer; only the rcv counts (RcvSettings) apply it",
        e.getMessage());
  }

  @Test
  void ballotsMayHoldEqualCandidateObjects_notTheElectionsOwn() {
    // Candidates are values: a paper built with its own Candidate objects reads the same.
    RankedProfile p =
        Election.builder()
            .addCandidates(Candidate.of("P"), Candidate.of("Q"), Candidate.of("R"))
            .addBallots(RankedBallot.of(new Candidate[] {Candidate.of("R"), Candidate.of("P")}))
            .build()
            .rankedProfile();
    assertArrayEquals(new int[] {2, 0}, p.prefs(0));
  }

  private static final RankedBallot REPEATED = RankedBallot.of(A, B, A, C);

  @Test
  void duplicates_ignoreLater_exhaust_orReject() {
    assertArrayEquals(new int[] {0, 1, 2}, reading(BallotRules.standard(), REPEATED));
    assertArrayEquals(new int[] {0, 1}, reading(BallotRules.builder().duplicates(BallotRules.Duplicates.EXHAUST).build(), REPEATED));
    RankedProfile p = read(BallotRules.builder().duplicates(BallotRules.Duplicates.REJECT).build(), REPEATED);
    assertEquals(0, p.valid);
    assertEquals(Map.of(RankedProfile.REPEATED, 1L), p.rejected);
  }

  @Test
  void duplicatesRejected_rejectTheWholePaper_evenAfterAnOvervoteThatExhaustsIt() {
    RankedBallot b = RankedBallot.builder().rank(A).rank(B, C).rank(A).build();
    RankedProfile p = read(BallotRules.builder().duplicates(BallotRules.Duplicates.REJECT).build(), b);
    assertEquals(Map.of(RankedProfile.REPEATED, 1L), p.rejected);
  }

  @Test
  void maxRanks_ignoresLaterRanks_includingRepeatsThere() {
    BallotRules two = BallotRules.builder().maxRanks(2).duplicates(BallotRules.Duplicates.REJECT).build();
    assertArrayEquals(new int[] {0, 1}, reading(two, RankedBallot.of(A, B, A)));
  }

  @Test
  void withdrawnCandidates_arePassedOver() {
    RankedProfile p =
        Election.builder().addCandidates(A, B, C).addWithdrawn(B).addBallots(RankedBallot.of(B, C), RankedBallot.of(B)).build().rankedProfile();
    assertArrayEquals(new int[] {2}, p.prefs(0));
    assertEquals(0, p.prefs(1).length);
    assertEquals(2, p.valid);
  }

  @Test
  void blankPaper_isRejected_andEachValidBallotIsOneReading() {
    RankedProfile p =
        read(BallotRules.standard(), RankedBallot.builder().skip().build(), RankedBallot.of(2, A, B), RankedBallot.of(3, A, B), RankedBallot.of(B));
    assertEquals(Map.of(RankedProfile.BLANK, 1L), p.rejected);
    // Readings keep the ballots' own multiplicities, in order; identical ones are not merged.
    assertEquals(3, p.size);
    assertArrayEquals(new long[] {2, 3, 1}, p.weight);
    assertArrayEquals(new int[] {0, 1, 0, 1, 1}, java.util.Arrays.copyOf(p.flat, p.offset[p.size]));
    assertArrayEquals(new int[] {0, 2, 4, 5}, p.offset);
    assertEquals(BallotAccount.of(7, 6, Map.of(RankedProfile.BLANK, 1L)), p.account());
    assertNull(p.groups(0));
    assertFalse(p.hasEqualPreferences());
  }

  @Test
  void check_refusesNegativeSkipsAndRanksBelowOne() {
    assertEquals(
        "maxConsecutiveSkips (-1) must not be negative",
        assertThrows(InvalidValueException.class, () -> BallotRules.builder().maxConsecutiveSkips(-1).build()).getMessage());
    assertEquals("maxRanks (0) must be at least 1", assertThrows(InvalidValueException.class, () -> BallotRules.builder().maxRanks(0).build()).getMessage());
  }

  @Test
  void equals_byEverySetting() {
    new EqualsTester()
        .addEqualityGroup(BallotRules.standard(), BallotRules.builder().build())
        .addEqualityGroup(BallotRules.builder().overvote(BallotRules.Overvote.SKIP_RANK).build())
        .addEqualityGroup(BallotRules.builder().equalPreferences(true).build())
        .addEqualityGroup(BallotRules.builder().maxRanks(3).build())
        .testEquals();
    assertEquals(List.of(), List.of());
  }

  @Test
  void exhaustIfMultipleContinuing_withEqualPreferences_isRefused() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                BallotRules.builder()
                    .overvote(BallotRules.Overvote.EXHAUST_IF_MULTIPLE_CONTINUING)
                    .equalPreferences(true)
                    .build());
    assertEquals(
        "overvote rule EXHAUST_IF_MULTIPLE_CONTINUING reads several candidates at a rank as an overvote, not an"
            + " equal preference",
        e.getMessage());
    assertEquals("overvote", e.field());
  }
}
