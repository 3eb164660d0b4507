package org.commonweal.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Profiles;
import org.commonweal.governance.constitution.ValidationReport;
import org.commonweal.governance.constitution.Violation;
import org.commonweal.governance.constitution.ViolationCode;
import org.commonweal.governance.json.CommonwealModule;
import org.commonweal.governance.meeting.QuorumRule;
import org.junit.jupiter.api.Test;

/** The README's constitution example: a profile adjusted, validated, its report printed, stored and read back. */
class ReadmeConstitutionExampleTest {

  @Test
  void constitutionExample_validatesStoresAndReadsBack() throws Exception {
    QuorumRule quorum = QuorumRule.greaterOf(QuorumRule.members(10), QuorumRule.fractionOfMembers(Fraction.of(1, 10)));
    Constitution trust = Profiles.schoolTrust("Brookfield Co-operative Learning Trust", LocalDate.of(2026, 4, 1),
        "Brookfield", quorum, 6, 3);
    Constitution ours = Constitution.builder().from(trust).writtenResolutionDays(28).build();

    ValidationReport report = ours.validate();
    assertEquals("No violations.", report.explain().strip());
    assertTrue(report.isValid());

    Constitution careless = Constitution.builder().from(ours).minimumMembers(2).build();
    List<Violation> found = careless.validate().violations();
    assertEquals(List.of(ViolationCode.BELOW_STATUTORY_MINIMUM_MEMBERS), found.stream().map(Violation::code).toList());
    assertFalse(careless.validate().isValid());
    assertTrue(careless.validate().explain().startsWith("ERROR BELOW_STATUTORY_MINIMUM_MEMBERS [membership]: "),
        careless.validate()::explain);
    System.out.print(careless.validate().explain());

    ObjectMapper mapper = new ObjectMapper().registerModule(new CommonwealModule());
    String json = mapper.writeValueAsString(ours);
    Constitution again = mapper.readValue(json, Constitution.class);
    assertEquals(ours, again);
  }
}
