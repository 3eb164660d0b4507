package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Debian Project Leader elections of 2006, 2007 and 2020, from the project secretary's tally sheets.
 * Official winners as published by Debian (and listed in the data folder's README): Anthony Towns
 * (2006), Sam Hocevar (2007), Jonathan Carter (2020). Debian counts by Schulze (cloneproof Schwartz
 * sequential dropping) with winning votes, unranked options ranking equally below all ranked ones.
 */
@Tag("real-data")
class DebianLeaderTest {
  private static final ElectionMethod SCHULZE = ElectionMethods.schulze(PairwiseStrength.WINNING_VOTES);

  private static Election read(String year, java.nio.charset.Charset charset) {
    return DebianTally.read(
        RealData.read("condorcet/debian/leader" + year + "_tally.txt", charset), "Debian Project Leader " + year);
  }

  @Test
  void leader2006_electsAnthonyTowns() {
    Election e = read("2006", StandardCharsets.US_ASCII);
    assertEquals(421, e.papers());
    assertEquals(8, e.candidates().size());
    assertEquals(List.of(Candidate.of("Anthony Towns")), SCHULZE.count(e).elected());
  }

  @Test
  void leader2006_unrankedLeftOutOfComparisons_electsSteveMcIntyre_asTheReadmeSays() {
    Election e = read("2006", StandardCharsets.US_ASCII);
    ElectionMethod leftOut = ElectionMethods.schulze(PairwiseStrength.WINNING_VOTES, PairwiseMatrix.Unranked.NOT_COMPARED);
    assertEquals(List.of(Candidate.of("Steve McIntyre")), leftOut.count(e).elected());
  }

  @Test
  void leader2007_isLatin1_andElectsSamHocevar() {
    Election e = read("2007", StandardCharsets.ISO_8859_1);
    assertEquals(482, e.papers());
    assertEquals(Candidate.of("Rapha\u00EBl Hertzog"), e.candidates().get(5));
    assertEquals(List.of(Candidate.of("Sam Hocevar")), SCHULZE.count(e).elected());
  }

  @Test
  void leader2020_electsJonathanCarter() {
    Election e = read("2020", StandardCharsets.US_ASCII);
    assertEquals(339, e.papers());
    assertEquals(List.of(Candidate.of("Jonathan Carter")), SCHULZE.count(e).elected());
  }
}
