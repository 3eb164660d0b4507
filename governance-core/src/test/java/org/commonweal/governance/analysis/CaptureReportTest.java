package org.commonweal.governance.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.OptionalInt;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.board.BoardRules;
import org.commonweal.governance.board.CompositionLimit;
import org.commonweal.governance.board.ReservedSeats;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Matter;
import org.commonweal.governance.election.Candidate;
import org.commonweal.governance.election.Election;
import org.commonweal.governance.election.ElectionResult;
import org.commonweal.governance.election.RankedBallot;
import org.commonweal.governance.election.StvMethods;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

/** Capture findings on the school trust of {@link AnalysisTest}, worked by hand. */
class CaptureReportTest {

  @Test
  void capture_specialWithClassConsent_everyClassBlocksNoneCarriesAlone() {
    CaptureReport r = Analysis.of(AnalysisTest.school(), AnalysisTest.schoolSizes()).capture(Matter.AMEND_RULES);
    List<ClassCapture> c = r.classes();
    assertEquals(List.of("learners", "parents", "staff"), c.stream().map(ClassCapture::className).toList());
    for (ClassCapture k : c) {
      assertFalse(k.passesAlone(), k.className());
      assertTrue(k.blocksAlone(), k.className());
      // At a meeting of one class only, the other classes' consent has an empty base: not met.
      assertEquals(OptionalInt.empty(), k.aloneAtMeeting(), k.className());
    }
    assertEquals(Fraction.of(1, 5), c.get(0).nominal());
    // 8 learners (600 of 3000) and 60 staff (900) leave 750 to parents, who need a majority, 751: 819.
    assertEquals(OptionalInt.of(819), r.fewestWinning());
    assertEquals(OptionalInt.of(20), r.smallestQuorate());
    // One learner, one member of staff and 18 parents at a meeting of 20 the rest stay away from.
    assertEquals(OptionalInt.of(20), r.fewestAtMeeting());
    Fraction banzhaf = Fraction.ZERO;
    for (ClassCapture k : c) {
      banzhaf = banzhaf.plus(k.banzhaf().orElseThrow());
    }
    assertEquals(Fraction.ONE, banzhaf);
    assertTrue(r.explain().contains("when every member votes, the fewest who carry it against the rest: 819"), r.explain());
  }

  @Test
  void capture_ordinary_parentsBlockAndAnyQuorateClassCarriesAtAnEmptyMeeting() {
    CaptureReport r = Analysis.of(AnalysisTest.school(), AnalysisTest.schoolSizes()).capture(Matter.ORDINARY_BUSINESS);
    ClassCapture learners = r.classes().get(0);
    ClassCapture parents = r.classes().get(1);
    ClassCapture staff = r.classes().get(2);
    // Parents hold exactly half (1500 of 3000): not more than half, but enough to stop the rest.
    assertFalse(parents.passesAlone());
    assertTrue(parents.blocksAlone());
    assertFalse(staff.blocksAlone());
    // The quorum is 20 members: 20 parents, or 20 staff, carry it alone; the 8 learners cannot make a quorum.
    assertEquals(OptionalInt.of(20), parents.aloneAtMeeting());
    assertEquals(OptionalInt.of(20), staff.aloneAtMeeting());
    assertEquals(OptionalInt.empty(), learners.aloneAtMeeting());
  }

  @Test
  void capture_board_droopQuotaAndLimits() {
    Constitution c = Constitution.builder().from(AnalysisTest.school())
        .board(BoardRules.builder().minSize(9).maxSize(9)
            .addReserved(new ReservedSeats(AnalysisTest.STAFF, 2), new ReservedSeats(AnalysisTest.PARENTS, 4))
            .generalSeats(3)
            .addLimits(CompositionLimit.atMost("staff", CompositionLimit.Group.ofClass(AnalysisTest.STAFF),
                Fraction.of(1, 3)))
            .build())
        .build();
    CaptureReport r = Analysis.of(c, AnalysisTest.schoolSizes()).capture(Matter.AMEND_RULES);
    BoardCapture staff = r.board().get(2);
    BoardCapture parents = r.board().get(1);
    // 60 of 1568 voters for 3 seats: 60 x 4 = 240 < 1568, so no general seat is sure.
    assertEquals(0, staff.sureOfGeneral());
    assertEquals(2, staff.sureSeats());
    assertFalse(staff.majority());
    // At most 1/3 of 9 staff: 3 at most even with every general seat.
    assertEquals(3, staff.mostSeats());
    // 1500 of 1568 for 3 seats: 3 x 1568 = 4704 < 4 x 1500 = 6000, so all 3; with 4 reserved, 7 of 9.
    assertEquals(3, parents.sureOfGeneral());
    assertEquals(7, parents.sureSeats());
    assertTrue(parents.majority());
  }

  @Test
  void capture_board_limitsByAttributeNameAClassOrTheStaff() {
    // "parents" names the class; "Paid staff" every staff class; neither touches the learners.
    Constitution c = Constitution.builder().from(AnalysisTest.school())
        .staffClasses(ImmutableSortedSet.of(AnalysisTest.STAFF))
        .board(BoardRules.builder().minSize(9).maxSize(9)
            .generalSeats(9)
            .addLimits(CompositionLimit.atMost("parents", CompositionLimit.Group.attribute("parents"), Fraction.of(1, 3)),
                CompositionLimit.atMost("paid staff", CompositionLimit.Group.attribute("Paid Staff"), Fraction.of(2, 9)))
            .build())
        .build();
    CaptureReport r = Analysis.of(c, AnalysisTest.schoolSizes()).capture(Matter.AMEND_RULES);
    assertEquals(List.of("learners", "parents", "staff"), r.board().stream().map(BoardCapture::className).toList());
    assertEquals(List.of(9, 3, 2), r.board().stream().map(BoardCapture::limit).toList());
  }

  @Test
  void capture_searchesExactlyTenMillionVectors() {
    // One class of 9,999 members of one vote and 999 of two: 10,000 x 1,000 vectors, in the class and merged.
    ClassId c = ClassId.of("c");
    Constitution one = Fixtures.constitution(List.of(c), VotingRules.oneVotePerShare(), Map.of(), QuorumRule.members(1));
    CaptureReport r = Analysis.of(one, ClassSizes.of(Map.of(c, 9_999)).and(c, 999, 2)).capture(Matter.ORDINARY_BUSINESS);
    assertEquals(List.of(), r.notes());
    // More than half of 11,997 votes is 5,999: the 999 of two votes (1,998) and 4,001 of one, 5,000 members.
    assertEquals(OptionalInt.of(5_000), r.fewestWinning());
    assertEquals(OptionalInt.of(1), r.fewestAtMeeting());
    assertEquals(OptionalInt.of(1), r.classes().get(0).aloneAtMeeting());
    CaptureReport beyond = Analysis.of(one, ClassSizes.of(Map.of(c, 9_999)).and(c, 1_000, 2))
        .capture(Matter.ORDINARY_BUSINESS);
    assertEquals(List.of("the smallest coalitions were not searched: 10010000 class-count vectors, above 10000000"),
        beyond.notes().stream().filter(n -> n.startsWith("the smallest")).toList());
    assertEquals(OptionalInt.empty(), beyond.fewestWinning());
    assertEquals(OptionalInt.empty(), beyond.classes().get(0).aloneAtMeeting());
  }

  @Test
  void capture_oneMemberOneVote_classesNoRuleTellsApartAreCountedTogether() {
    ClassId a = ClassId.of("a");
    ClassId b = ClassId.of("b");
    ClassId c = ClassId.of("c");
    ClassId d = ClassId.of("d");
    Constitution hub = Fixtures.constitution(List.of(a, b, c, d), VotingRules.oneMemberOneVote(), Map.of(),
        QuorumRule.members(20));
    Map<ClassId, Integer> sizes = new LinkedHashMap<>();
    sizes.put(a, 120);
    sizes.put(b, 200);
    sizes.put(c, 80);
    sizes.put(d, 30);
    // 121 x 201 x 81 x 31 = 61 million class-count vectors, but one member one vote makes all 430 alike.
    CaptureReport r = Analysis.of(hub, ClassSizes.of(sizes)).capture(Matter.ORDINARY_BUSINESS);
    assertEquals(Fraction.of(200, 430), r.classes().get(1).nominal());
    assertEquals(Optional.of(Fraction.of(200, 430)), r.classes().get(1).banzhaf());
    assertEquals(Optional.of(Fraction.of(30, 430)), r.classes().get(3).shapleyShubik());
    assertEquals(OptionalInt.of(216), r.fewestWinning());   // more than half of 430
    assertEquals(OptionalInt.of(20), r.fewestAtMeeting());
    assertTrue(r.notes().isEmpty(), r.notes().toString());
  }

  /** The seats group A wins in a Scottish STV count for 3 seats, its voters all ranking A's candidates first. */
  private static Set<Integer> seatsOfA(int a, int b) {
    Candidate[] ac = {Candidate.of("A1"), Candidate.of("A2"), Candidate.of("A3")};
    Candidate[] bc = {Candidate.of("B1"), Candidate.of("B2"), Candidate.of("B3")};
    Election e = Election.builder().addCandidates(ac).addCandidates(bc).seats(3)
        .addBallots(RankedBallot.of(a, ac), RankedBallot.of(b, bc)).build();
    Set<Integer> seats = new TreeSet<>();
    for (long seed = 1; seed <= 8; seed++) {
      ElectionResult r = StvMethods.scottish().count(e, TieBreaker.seeded(seed));
      seats.add((int) r.elected().stream().filter(c -> c.name().startsWith("A")).count());
    }
    return seats;
  }

  @Test
  void droopSeats_agreeWithTheLibrarysStvCount() {
    // 50 of 100: quota 26; A1 and B1 elected with surpluses of 24 each; A2 and B2 tie for the last seat.
    assertEquals(Set.of(1, 2), seatsOfA(50, 50));
    assertEquals(1, BoardCapture.droopSeats(50, 100, 3));
    // 51 of 100: A2 holds 25 against B2's 23 at the end, and takes the last seat whatever the lot.
    assertEquals(Set.of(2), seatsOfA(51, 49));
    assertEquals(2, BoardCapture.droopSeats(51, 100, 3));
  }

  @Test
  void droopSeats_wholeNumberOfQuotas_isOneFewer() {
    // 50 of 100 voters for 3 seats: exactly 2 Droop quotas (25 each) can tie for the second seat.
    assertEquals(1, BoardCapture.droopSeats(50, 100, 3));
    assertEquals(2, BoardCapture.droopSeats(51, 100, 3));
    assertEquals(3, BoardCapture.droopSeats(100, 100, 3));
    assertEquals(0, BoardCapture.droopSeats(25, 100, 3));
    assertEquals(1, BoardCapture.droopSeats(26, 100, 3));
  }
}
