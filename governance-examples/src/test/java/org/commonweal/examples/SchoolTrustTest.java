package org.commonweal.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonweal.governance.membership.Member;
import org.commonweal.governance.membership.MemberStatus;
import org.commonweal.governance.shares.ShareLedger;
import org.junit.jupiter.api.Test;

class SchoolTrustTest {
  private static String printed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SchoolTrust.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_printsTheFiveClassesWithTheirCurrentMembers() {
    String out = printed();
    assertTrue(out.startsWith("Brookfield Co-operative Learning Trust\n"), out);
    // Counted by hand from SchoolTrustData: 8 students admitted, one ceased; 8 parents and carers, one
    // suspended; 7 staff, one promoted to the leadership team; 3 + 1 school leaders; 6 residents.
    assertTrue(out.contains("  Students               7 current members\n"), out);
    assertTrue(out.contains("  Parents and carers     8 current members (1 suspended)\n"), out);
    assertTrue(out.contains("  Staff                  6 current members\n"), out);
    assertTrue(out.contains("  School leaders         4 current members\n"), out);
    assertTrue(out.contains("  Local residents        6 current members\n"), out);
    assertTrue(out.contains("  All classes           31 current of 32 admitted\n"), out);
    assertTrue(out.contains("Issued share capital: 31.00 GBP"), out);
    assertTrue(out.contains("Holdings flagged: none"), out);
  }

  @Test
  void run_printsOneTableRowPerMember() {
    List<String> rows = printed().lines().filter(l -> l.startsWith("  BCL-")).toList();
    assertEquals(32, rows.size());
    assertTrue(rows.contains("  BCL-018  Ethan Price       Students            ceased     2025-07-18       0"), rows::toString);
    assertTrue(rows.contains("  BCL-003  Priya Natarajan   School leaders      admitted   2024-09-02       1"), rows::toString);
  }

  @Test
  void ledger_everyCurrentMemberHoldsOneShare() {
    ShareLedger ledger = SchoolTrustData.ledger();
    assertEquals(5, ledger.register().rules().classes().size());
    for (Member m : ledger.register().members()) {
      long shares = ledger.held(m.id(), SchoolTrustData.MEMBERSHIP_SHARE);
      assertEquals(m.status() == MemberStatus.CEASED ? 0 : 1, shares, m::toString);
    }
    assertTrue(ledger.flags().isEmpty());
    assertEquals(ledger, SchoolTrustData.ledger());
  }
}
