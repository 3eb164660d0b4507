package org.commonweal.governance.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.junit.jupiter.api.Test;

/** The README's example of the analysis API, as it is printed there. */
class PowerReadmeExampleTest {

  @Test
  void readmeExample_runsAsPrinted() {
    List<String> lines = new ArrayList<>();
    // --- README snippet begins
    // 1,500 users, 60 workers and 8 founders; class shares of the vote 50%, 30% and 20%, so a user's vote
    // weighs 100, a worker's 1,500 and a founder's 7,500 (of 300,000). A special resolution needs 75% of
    // the weighted vote and the consent of a majority of each class.
    ClassGame special =
        ClassGame.of(
            List.of(MemberClass.of("users", 1_500), MemberClass.of("workers", 60), MemberClass.of("founders", 8)),
            GameRule.allOf(
                GameRule.weighted(225_000, 100, 1_500, 7_500),
                GameRule.weighted(751, 1, 0, 0),
                GameRule.weighted(31, 0, 1, 0),
                GameRule.weighted(5, 0, 0, 1)));
    PowerIndices power = PowerAlgorithm.automatic().compute(special);
    for (ClassPower c : power.classes()) {
      lines.add(
          c.memberClass().name()
              + ": Banzhaf "
              + c.classBanzhaf().toDecimalString(4, RoundingMode.HALF_EVEN)
              + ", Shapley-Shubik "
              + c.classShapleyShubik().toDecimalString(4, RoundingMode.HALF_EVEN));
    }
    GameProperties properties = GameProperties.of(special);
    lines.add("veto classes: " + properties.vetoClasses() + ", dummies: " + properties.dummyClasses());

    // The EEC Council of Ministers, 1958: Luxembourg's one vote never decides anything.
    WeightedGame eec = WeightedGame.of(12, 4, 4, 4, 2, 2, 1);
    ClassPower luxembourg = eec.power().get(5);
    lines.add("Luxembourg: " + luxembourg.swings() + " swings, dummy " + luxembourg.isDummy());
    // --- README snippet ends

    assertEquals("class-count", power.method());
    Fraction sum = Fraction.ZERO;
    for (ClassPower c : power.classes()) {
      sum = sum.plus(c.classShapleyShubik());
    }
    assertEquals(Fraction.ONE, sum);
    assertEquals("veto classes: [], dummies: []", lines.get(3));
    assertEquals("Luxembourg: 0 swings, dummy true", lines.get(4));
    assertTrue(lines.get(0).startsWith("users: Banzhaf 0."), lines.get(0));
  }
}
