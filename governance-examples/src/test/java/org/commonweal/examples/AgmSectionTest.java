package org.commonweal.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AgmSectionTest {

  @Test
  void print_showsQuorumAndBothResolutionsPassedWithReasons() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new AgmSection(AgmSection.schoolTrust(SchoolTrustData.ledger()))
        .print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("quorum: met under the greater of (10 members), (1/5 of the members) and (in each class: 1 member)"), text);
    assertTrue(text.contains("Ordinary resolution \"Receive the annual accounts 2024-25\": PASSED"), text);
    assertTrue(text.contains("Special resolution \"Adopt the revised articles\": PASSED"), text);
    assertTrue(text.contains("[met] in class students: more than 1/2 of the votes cast"), text);
    assertTrue(text.contains("PROXY_LODGED_LATE"), text);
  }

  @Test
  void schoolTrust_rollIsTheRegisterOnTheRecordDate() {
    AgmSection.Inputs in = AgmSection.schoolTrust(SchoolTrustData.ledger());
    // SchoolTrustData: 32 admitted; a student ceased on 2025-07-18, so 31 members on 2025-10-01; a
    // parent suspended on 2025-09-15 is on the roll without a vote.
    assertEquals(31, in.roll().rights().size());
    assertEquals(5, in.roll().classTotals().size());
    assertEquals(30, in.roll().voters().size());
  }
}
