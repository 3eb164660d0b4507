package org.commonweal.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InstitutionsPowerReportTest {

  static String printed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    InstitutionsPowerReport.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void print_developmentTrust_staffCannotControlTheBoard() {
    String text = printed();
    // 15 of 415 voters for 7 seats: 8 x 15 = 120 < 415, no seat sure; at most a third of 7 (2) anyway.
    assertTrue(text.contains("staff: 0 reserved seats, and sure of 0 of 7 general seats (15 of 415 voters"), text);
    // 400 of 415 residents: (8 x 400 - 1) / 415 = 7 seats, all of them.
    assertTrue(text.contains("residents: 0 reserved seats, and sure of 7 of 7 general seats"), text);
  }

  @Test
  void print_communityHub_familiesBlockASpecialResolution() {
    String text = printed();
    // 200 families of 430 members: the other 230 are 53.5%, short of three quarters.
    assertTrue(text.contains("warning: WARNING VETO_NOT_INTENDED [voting]: class families can block \"Amend the rules\""),
        text);
    // 120 older people are 27.9%: the other 310 are 72.1%, also short of three quarters.
    assertTrue(text.contains("class older-people can block \"Amend the rules\""), text);
    // 80 young people are 18.6%: the other 350 are 81.4%, enough.
    assertTrue(!text.contains("class young-people can block"), text);
  }
}
