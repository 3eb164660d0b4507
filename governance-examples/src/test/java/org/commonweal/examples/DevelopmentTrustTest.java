package org.commonweal.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonweal.governance.board.BoardResult;
import org.commonweal.governance.board.BoardSeat;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Matter;
import org.commonweal.governance.constitution.Profiles;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.resolution.ResolutionOutcome;
import org.commonweal.governance.shares.ShareLedger;
import org.junit.jupiter.api.Test;

class DevelopmentTrustTest {
  private static final ShareLedger LEDGER = DevelopmentTrustData.ledger();
  private static final Constitution RULES = DevelopmentTrustData.constitution();

  private static String printed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DevelopmentTrust.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void constitution_isTheDevelopmentTrustProfile_andValidatesWithNoError() {
    assertTrue(RULES.validate().isValid(), RULES.validate()::explain);
    assertTrue(printed().contains("Validation: " + RULES.validate().explain().strip() + "\n"));
    assertEquals(DevelopmentTrustData.AREA, RULES.areaOfBenefit().orElseThrow());
  }

  @Test
  void register_admitsResidentsAndSupportersUnderTheProfilesEligibility() {
    String out = printed();
    // 17 residents admitted, one ceased on moving away; 3 supporters.
    assertTrue(out.contains("  Resident members      16 current members\n"), out);
    assertTrue(out.contains("  Supporters             3 current members\n"), out);
    assertTrue(out.contains("  All classes           19 current of 20 admitted\n"), out);
  }

  @Test
  void agm_printsTheQuorumAndEachDecisionAsTheConstitutionDecidesThem() {
    AgmSection.Inputs in = DevelopmentTrust.agm(RULES, LEDGER);
    String out = printed();
    assertTrue(out.contains(RULES.notice(in.meeting()).explain()), out);
    assertTrue(out.contains(RULES.quorum(in.meeting(), in.attendance()).explain()), out);
    assertTrue(RULES.quorum(in.meeting(), in.attendance()).quorate());
    ResolutionOutcome accounts = RULES.decide(Matter.ORDINARY_BUSINESS, in.ordinaryVotes());
    ResolutionOutcome online = RULES.decide(Matter.AMEND_RULES, in.specialVotes());
    assertTrue(out.contains(in.ordinary().decide(in.ordinaryVotes()).explain()), out);
    assertTrue(out.contains(in.special().decide(in.specialVotes()).explain()), out);
    assertEquals(accounts.verdict(), in.ordinary().decide(in.ordinaryVotes()).verdict());
    assertEquals(online.verdict(), in.special().decide(in.specialVotes()).verdict());
    // By hand: 11 residents present (the proxy refused, the supporter without a vote); 9 for and 2
    // against the amendment is 81.8%, over 75%.
    assertTrue(online.passed());
    assertEquals(11, in.attendance().present().size());
    assertFalse(in.roll().hasVote(MemberId.of("MDT-013")));
    assertTrue(out.contains("PROXIES_NOT_ALLOWED"), out);
  }

  @Test
  void boardElection_theResidentMembersElectTheWholeBoard() {
    BoardResult r = DevelopmentTrust.election(LEDGER);
    String out = printed();
    BoardResult.Contest residents = r.contests().get(0);
    assertEquals(1, r.contests().size());
    assertTrue(out.contains("    Elected: " + DevelopmentTrust.ElectionSection.names(residents.elected()) + "\n"), out);
    assertEquals(DevelopmentTrustData.BOARD_SEATS, residents.elected().size());
    // The supporter's ballot and the ballot of the member who moved away are set aside.
    assertEquals(List.of(MemberId.of("MDT-011"), MemberId.of("MDT-013")), residents.setAside());
    for (BoardSeat s : r.board()) {
      assertTrue(s.director().classes().contains(Profiles.RESIDENTS), s::toString);
    }
    assertEquals(List.of(), r.breaches());
  }
}
