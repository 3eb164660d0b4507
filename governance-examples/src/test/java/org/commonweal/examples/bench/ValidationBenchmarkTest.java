package org.commonweal.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.commonweal.governance.constitution.ValidationReport;
import org.junit.jupiter.api.Test;

/** The benchmark's constitution is the size it says, and validates clean, so every check runs to its end. */
class ValidationBenchmarkTest {

  @Test
  void hub_hasTwentyClassesAndFiftyMatters() {
    assertEquals(20, ValidationBenchmark.HUB.membership().classes().size());
    assertEquals(50, ValidationBenchmark.HUB.matters().size());
    assertEquals(20, ValidationBenchmark.HUB.board().orElseThrow().reserved().size());
  }

  @Test
  void validate_hub_isClean() {
    ValidationReport report = new ValidationBenchmark().validate();
    assertEquals(List.of(), report.violations(), report::explain);
  }
}
