package org.commonweal.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.board.BoardResult;
import org.commonweal.governance.board.BoardSeat;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Matter;
import org.commonweal.governance.constitution.Profiles;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.resolution.ResolutionOutcome;
import org.commonweal.governance.shares.ShareLedger;
import org.junit.jupiter.api.Test;

class CommunityHubTest {
  private static final ShareLedger LEDGER = CommunityHubData.ledger();
  private static final Constitution RULES = CommunityHubData.constitution();

  private static String printed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CommunityHub.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void constitution_isTheCommunityHubProfile_andValidatesWithNoError() {
    assertTrue(RULES.validate().isValid(), RULES.validate()::explain);
    assertTrue(printed().contains("Validation: " + RULES.validate().explain().strip() + "\n"));
    assertEquals(6, RULES.membership().classes().size());
  }

  @Test
  void register_admitsThirtyMembersInSixClasses() {
    String out = printed();
    assertTrue(out.contains("  Local residents        9 current members\n"), out);
    assertTrue(out.contains("  Business tenants       3 current members\n"), out);
    assertTrue(out.contains("  All classes           30 current of 30 admitted\n"), out);
  }

  @Test
  void agm_printsEachDecisionAsTheConstitutionDecidesIt() {
    AgmSection.Inputs in = CommunityHub.agm(RULES, LEDGER);
    String out = printed();
    assertTrue(out.contains(RULES.quorum(in.meeting(), in.attendance()).explain()), out);
    ResolutionOutcome accounts = RULES.decide(Matter.ORDINARY_BUSINESS, in.ordinaryVotes());
    ResolutionOutcome staffSeat = RULES.decide(Matter.AMEND_RULES, in.specialVotes());
    assertTrue(out.contains(in.ordinary().decide(in.ordinaryVotes()).explain()), out);
    assertTrue(out.contains(in.special().decide(in.specialVotes()).explain()), out);
    assertEquals(accounts.verdict(), in.ordinary().decide(in.ordinaryVotes()).verdict());
    assertEquals(staffSeat.verdict(), in.special().decide(in.specialVotes()).verdict());
    assertTrue(accounts.passed());
    // By hand, every class present: against are 2 of the 3 business tenants (2/3 of 3/20) and 1 of the
    // 4 tenants present (1/4 of 3/20): 11/80 of the vote; for 69/80, over three quarters, but the
    // business tenants' class withholds its consent.
    assertFalse(staffSeat.passed());
    assertEquals(Fraction.of(69, 80), staffSeat.conditions().get(0).value());
    assertEquals(1, staffSeat.failedConditions().size());
    assertTrue(staffSeat.failedConditions().get(0).rule().contains("business-tenants"), staffSeat::explain);
  }

  @Test
  void boardElection_everyClassElectsItsSeats_andStaffHoldOneOfTen() {
    BoardResult r = CommunityHub.election(LEDGER);
    String out = printed();
    assertEquals(6, r.contests().size());
    for (BoardResult.Contest c : r.contests()) {
      assertTrue(out.contains("    Elected: " + DevelopmentTrust.ElectionSection.names(c.elected()) + "\n"), c::constituency);
    }
    assertEquals(10, r.board().stream().filter(BoardSeat::votes).count());
    for (ClassId c : List.of(Profiles.RESIDENTS, Profiles.FAMILIES, Profiles.TENANTS, Profiles.LIBRARY_USERS,
        Profiles.BUSINESS_TENANTS, Profiles.STAFF)) {
      long seats = r.board().stream().filter(s -> s.director().classes().contains(c)).count();
      assertTrue(seats * 3 <= 10, c + " holds " + seats);
    }
    assertEquals(1, r.board().stream().filter(s -> s.director().classes().contains(Profiles.STAFF)).count());
    assertEquals(List.of(), r.breaches());
  }
}
