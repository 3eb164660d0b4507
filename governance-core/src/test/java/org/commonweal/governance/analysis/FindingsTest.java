package org.commonweal.governance.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalInt;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.constitution.Matter;
import org.junit.jupiter.api.Test;

/**
 * The capture findings as values: their checks at each limit, the numbers derived from them, and their
 * words, written out in full so that every number and every choice of word is checked.
 */
class FindingsTest {

  // ClassCapture

  @Test
  void classCapture_explain_oneMemberWithPowerComputed() {
    ClassCapture c = new ClassCapture("staff", 1, Fraction.of(1, 8), Optional.of(Fraction.of(1, 4)),
        Optional.of(Fraction.of(1, 3)), true, false, OptionalInt.of(1));
    assertEquals("staff: 1 member, 12.5% of the vote; real power Banzhaf 25.0%, Shapley-Shubik 33.3%; passes it alone,"
        + " cannot block it alone; 1 of them carry it at a quorate meeting the others stay away from", c.explain());
  }

  @Test
  void classCapture_explain_severalMembersPowerNotComputed() {
    ClassCapture c = new ClassCapture("parents", 2, Fraction.ONE_HALF, Optional.empty(), Optional.empty(), false, true,
        OptionalInt.empty());
    assertEquals("parents: 2 members, 50.0% of the vote; real power Banzhaf not computed; cannot pass it alone, blocks it"
        + " alone; cannot carry it even at a meeting only its members attend", c.explain());
  }

  @Test
  void classCapture_powerless_onlyWhereABanzhafShareIsKnownAndZero() {
    assertTrue(capture(Optional.of(Fraction.ZERO)).powerless());
    assertFalse(capture(Optional.of(Fraction.of(1, 100))).powerless());
    assertFalse(capture(Optional.empty()).powerless());
  }

  @Test
  void classCapture_members_zeroAllowedNegativeRefused() {
    assertEquals(0, new ClassCapture("a", 0, Fraction.ZERO, Optional.empty(), Optional.empty(), false, false,
        OptionalInt.empty()).members());
    assertThrows(InvalidValueException.class, () -> new ClassCapture("a", -1, Fraction.ZERO, Optional.empty(),
        Optional.empty(), false, false, OptionalInt.empty()));
  }

  private static ClassCapture capture(Optional<Fraction> banzhaf) {
    return new ClassCapture("a", 3, Fraction.ONE_HALF, banzhaf, Optional.empty(), false, false, OptionalInt.empty());
  }

  // BoardCapture

  @Test
  void boardCapture_explain_noMajorityWithinTheLimits() {
    BoardCapture b = new BoardCapture("staff", 60, 1568, 2, 3, 0, 3, 9);
    assertEquals("staff: 2 reserved seats, and sure of 0 of 3 general seats (60 of 1568 voters, solid, by the Droop"
        + " quota): 2 of a board of 9, no majority", b.explain());
  }

  @Test
  void boardCapture_explain_oneSeatEachLimited() {
    BoardCapture b = new BoardCapture("parents", 1500, 1568, 1, 1, 1, 1, 3);
    assertEquals("parents: 1 reserved seat, and sure of 1 of 1 general seat (1500 of 1568 voters, solid, by the Droop"
        + " quota), limited to 1: 1 of a board of 3, no majority", b.explain());
  }

  @Test
  void boardCapture_explain_aMajorityOnlyIfOthersSplit() {
    BoardCapture b = new BoardCapture("a", 40, 100, 0, 5, 2, 5, 5);
    assertEquals("a: 0 reserved seats, and sure of 2 of 5 general seats (40 of 100 voters, solid, by the Droop quota):"
        + " 2 of a board of 5, no majority (a majority only with 5 seats, if others split their votes)", b.explain());
  }

  @Test
  void boardCapture_explain_halfTheBoardAtMostIsNoMajorityEvenIfOthersSplit() {
    // 2 general seats at most of a board of 4: half, never a majority, so no "only with".
    BoardCapture b = new BoardCapture("a", 1, 10, 0, 2, 0, 9, 4);
    assertEquals("a: 0 reserved seats, and sure of 0 of 2 general seats (1 of 10 voters, solid, by the Droop quota):"
        + " 0 of a board of 4, no majority", b.explain());
  }

  @Test
  void boardCapture_explain_aMajorityAtExactlyTheLimit() {
    // The limit equals the seats it is sure of: not "limited".
    BoardCapture b = new BoardCapture("p", 60, 100, 1, 3, 2, 3, 5);
    assertEquals("p: 1 reserved seat, and sure of 2 of 3 general seats (60 of 100 voters, solid, by the Droop quota):"
        + " 3 of a board of 5, a majority", b.explain());
  }

  @Test
  void boardCapture_seats_reservedAndGeneralWithinTheLimit() {
    BoardCapture b = new BoardCapture("p", 60, 100, 2, 4, 3, 4, 9);
    assertEquals(4, b.sureSeats());    // 2 + 3 = 5, limited to 4
    assertEquals(4, b.mostSeats());    // 2 + 4 = 6, limited to 4
    BoardCapture free = new BoardCapture("p", 60, 100, 2, 4, 3, 9, 9);
    assertEquals(5, free.sureSeats());
    assertEquals(6, free.mostSeats());
  }

  @Test
  void boardCapture_majority_moreThanHalfNotHalf() {
    // 2 of 4 is half, not a majority; 3 of 5 and 3 of 4 are.
    assertFalse(new BoardCapture("p", 1, 1, 2, 0, 0, 9, 4).majority());
    assertTrue(new BoardCapture("p", 1, 1, 3, 0, 0, 9, 4).majority());
    assertTrue(new BoardCapture("p", 1, 1, 3, 0, 0, 9, 5).majority());
    assertFalse(new BoardCapture("p", 1, 1, 2, 0, 0, 9, 5).majority());
  }

  @Test
  void boardCapture_checks_eachNumberAtItsLimit() {
    // members at most voters: equal is allowed, one more is not.
    assertEquals(5, new BoardCapture("p", 5, 5, 0, 1, 1, 1, 1).members());
    assertThrows(InvalidValueException.class, () -> new BoardCapture("p", 6, 5, 0, 1, 0, 1, 1));
    assertThrows(InvalidValueException.class, () -> new BoardCapture("p", -1, 5, 0, 1, 0, 1, 1));
    assertThrows(InvalidValueException.class, () -> new BoardCapture("p", 1, 5, -1, 1, 0, 1, 1));
    assertThrows(InvalidValueException.class, () -> new BoardCapture("p", 1, 5, 0, -1, 0, 1, 1));
    // sure of at most the general seats.
    assertThrows(InvalidValueException.class, () -> new BoardCapture("p", 1, 5, 0, 1, 2, 1, 1));
    assertThrows(InvalidValueException.class, () -> new BoardCapture("p", 1, 5, 0, 1, -1, 1, 1));
    assertEquals(0, new BoardCapture("p", 1, 5, 0, 1, 0, 0, 1).limit());
    assertThrows(InvalidValueException.class, () -> new BoardCapture("p", 1, 5, 0, 1, 0, -1, 1));
    // a board of one seat at least.
    assertEquals(1, new BoardCapture("p", 1, 5, 0, 0, 0, 0, 1).boardSize());
    assertThrows(InvalidValueException.class, () -> new BoardCapture("p", 1, 5, 0, 0, 0, 0, 0));
  }

  @Test
  void droopSeats_noVotersNoSeatsOrNoGroup_giveNothing() {
    assertEquals(0, BoardCapture.droopSeats(0, 100, 3));
    assertEquals(0, BoardCapture.droopSeats(100, 100, 0));
    // A lone voter for one seat among one voter: 1 x 1 < 2 x 1, so the seat.
    assertEquals(1, BoardCapture.droopSeats(1, 1, 1));
  }

  @Test
  void droopSeats_refusesAGroupLargerThanTheVotersOrNoVoters() {
    assertEquals(5, BoardCapture.droopSeats(4, 4, 5));   // 4 of 4 for 5 seats: all 5
    assertThrows(InvalidValueException.class, () -> BoardCapture.droopSeats(5, 4, 3));
    assertThrows(InvalidValueException.class, () -> BoardCapture.droopSeats(0, 0, 3));
    assertThrows(InvalidValueException.class, () -> BoardCapture.droopSeats(-1, 4, 3));
    assertThrows(InvalidValueException.class, () -> BoardCapture.droopSeats(1, 4, -1));
  }

  // StayingAway

  @Test
  void stayingAway_explain_givesTheNumbers() {
    StayingAway a = new StayingAway("turnout: 1/2 of the members", 240, 121, ImmutableList.of(119, 0));
    String expected = "with turnout: 1/2 of the members required, 121 of 240 members staying away block it, though the"
        + " other 119 voting for would pass it against their votes: voting against instead, they would not block it";
    assertEquals(expected, a.explain());
    assertEquals(expected, a.toString());
  }

  @Test
  void stayingAway_away_fromOneToEveryMember() {
    assertEquals(1, new StayingAway("t", 3, 1, ImmutableList.of()).away());
    assertEquals(3, new StayingAway("t", 3, 3, ImmutableList.of()).away());
    assertThrows(InvalidValueException.class, () -> new StayingAway("t", 3, 0, ImmutableList.of()));
    assertThrows(InvalidValueException.class, () -> new StayingAway("t", 3, 4, ImmutableList.of()));
  }

  // CaptureReport

  private static MatterGame settled(MatterGame.Kind kind) {
    return new MatterGame(Matter.CONVERT, "a procedure", kind, Optional.empty(), ImmutableList.of(),
        ImmutableList.of("an assumption"), Optional.empty());
  }

  @Test
  void captureReport_explain_eachWayAMatterIsSettledOtherwise() {
    assertEquals("Convert into a company: a procedure\n  decided by the board: the members' votes do not decide it\n"
        + "  assumed: an assumption\n", report(settled(MatterGame.Kind.BY_BOARD)).explain());
    assertEquals("Convert into a company: a procedure\n  not allowed at all\n  assumed: an assumption\n",
        report(settled(MatterGame.Kind.PROHIBITED)).explain());
    assertEquals("Convert into a company: a procedure\n  no coalition of members, not even all of them, can carry it\n"
        + "  assumed: an assumption\n", report(settled(MatterGame.Kind.NEVER_PASSES)).explain());
    assertEquals("Convert into a company: a procedure\n  it passes whatever the members vote\n  assumed: an assumption\n",
        report(settled(MatterGame.Kind.ALWAYS_PASSES)).explain());
  }

  private static CaptureReport report(MatterGame game) {
    return new CaptureReport(game, ImmutableList.of(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
        ImmutableList.of(), ImmutableList.of());
  }

  @Test
  void captureReport_explain_everyFindingInOrder() {
    StayingAway away = new StayingAway("turnout", 10, 6, ImmutableList.of(4));
    MatterGame game = new MatterGame(Matter.CONVERT, "a procedure", MatterGame.Kind.ALWAYS_PASSES, Optional.empty(),
        ImmutableList.of(), ImmutableList.of("one", "two"), Optional.of(away));
    ClassCapture c = new ClassCapture("a", 10, Fraction.ONE, Optional.empty(), Optional.empty(), true, true,
        OptionalInt.of(1));
    BoardCapture b = new BoardCapture("a", 10, 10, 0, 3, 3, 3, 3);
    CaptureReport r = new CaptureReport(game, ImmutableList.of(c), OptionalInt.of(6), OptionalInt.of(1),
        OptionalInt.of(2), ImmutableList.of(b), ImmutableList.of("a note"));
    assertEquals("Convert into a company: a procedure\n"
        + "  it passes whatever the members vote\n"
        + "  " + c.explain() + "\n"
        + "  when every member votes, the fewest who carry it against the rest: 6\n"
        + "  the smallest quorate meeting: 1 member; the fewest who carry it at a meeting the rest stay away from: 2\n"
        + "  staying away: " + away.explain() + "\n"
        + "  board: " + b.explain() + "\n"
        + "  note: a note\n"
        + "  assumed: one\n"
        + "  assumed: two\n", r.explain());
    assertEquals(Optional.of(away), r.stayingAway());
  }

  @Test
  void captureReport_explain_aQuorateMeetingThatCannotCarryIt() {
    CaptureReport r = new CaptureReport(settled(MatterGame.Kind.NEVER_PASSES), ImmutableList.of(), OptionalInt.empty(),
        OptionalInt.of(20), OptionalInt.empty(), ImmutableList.of(), ImmutableList.of());
    assertEquals("Convert into a company: a procedure\n"
        + "  no coalition of members, not even all of them, can carry it\n"
        + "  the smallest quorate meeting: 20 members; no meeting the rest stay away from carries it\n"
        + "  assumed: an assumption\n", r.explain());
    assertEquals(Optional.empty(), r.stayingAway());
  }
}
