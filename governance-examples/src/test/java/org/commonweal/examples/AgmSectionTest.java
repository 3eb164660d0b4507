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
    AgmSection.print(AgmSection.schoolTrust(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("quorum: met under the greater of (10 members), (1/5 of the members) and (in each class: 1 member)"), text);
    assertTrue(text.contains("Ordinary resolution \"Receive the annual accounts 2025-26\": PASSED"), text);
    assertTrue(text.contains("Special resolution \"Adopt the revised articles\": PASSED"), text);
    assertTrue(text.contains("[met] in class students: more than 1/2 of the votes cast"), text);
    assertTrue(text.contains("PROXY_LODGED_LATE"), text);
  }

  @Test
  void schoolTrust_hasFiveClassesAndFortyMembers() {
    AgmSection.Inputs in = AgmSection.schoolTrust();
    assertEquals(40, in.roll().rights().size());
    assertEquals(5, in.roll().classTotals().size());
    assertEquals(39, in.roll().voters().size());
  }
}
