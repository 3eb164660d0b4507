package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The papers read from candidate indices, as a file's reader gives them, against the papers read from
 * the ballots ({@link RankedProfile#read}, the oracle): the same readings, papers and rejections, under
 * any rules, with withdrawn and repeated candidates; and an election read from a BLT file counts from
 * exactly the profile its ballots give.
 */
class RankedProfileProperties {

  @Provide
  Arbitrary<BallotRules> rules() {
    return ElectionDomain.rules(false);
  }

  @Property(tries = 500)
  void ofIndices_readsAsTheBallotsRead(@ForAll long seed, @ForAll("rules") BallotRules rules) {
    Random random = new Random(seed);
    int n = 1 + random.nextInt(15);
    List<Candidate> cs = ElectionDomain.candidates(n);
    boolean[] withdrawn = new boolean[n];
    List<Candidate> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      withdrawn[k] = random.nextInt(5) == 0;
      if (withdrawn[k]) {
        out.add(cs.get(k));
      }
    }
    int size = random.nextInt(30);
    List<Ballot> ballots = new ArrayList<>();
    int[] offset = new int[size + 1];
    long[] weight = new long[size];
    int[] marks = new int[size * 20];
    for (int i = 0; i < size; i++) {
      // 0 to 19 marks, any candidate, repeats likely where there are few candidates.
      int length = random.nextInt(20);
      Candidate[] marked = new Candidate[length];
      for (int r = 0; r < length; r++) {
        int c = random.nextInt(n);
        marks[offset[i] + r] = c;
        marked[r] = cs.get(c);
      }
      offset[i + 1] = offset[i] + length;
      weight[i] = 1 + random.nextInt(4);
      ballots.add(RankedBallot.of(weight[i], marked));
    }
    Election e = Election.builder().candidates(cs).withdrawn(out).ballots(ballots).rules(rules).build();
    assertSame(RankedProfile.read(e), RankedProfile.ofIndices(withdrawn, rules, marks, offset, weight, size));
  }

  @Property(tries = 300)
  void read_bltFile_countsFromTheProfileItsBallotsGive(@ForAll long seed, @ForAll boolean extended) {
    String text = new BltReaderProperties.FileGenerator(seed, extended).text();
    Election e = Blt.read(text.getBytes(StandardCharsets.UTF_8)).election();
    assertSame(RankedProfile.read(e), e.rankedProfile());
  }

  @Property(tries = 200)
  void read_simpleBltFile_countsFromTheProfileItsBallotsGive(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 20) int n) {
    // Ballots of one candidate a rank only, short and long, with repeats and withdrawn candidates: the
    // files whose profile the reader gives from its indices.
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder().append(n).append(' ').append(1 + random.nextInt(n)).append('\n');
    if (random.nextBoolean()) {
      text.append('-').append(1 + random.nextInt(n)).append('\n');
    }
    int lines = random.nextInt(40);
    for (int i = 0; i < lines; i++) {
      text.append(1 + random.nextInt(3));
      int length = random.nextInt(3) == 0 ? random.nextInt(20) : random.nextInt(4);
      for (int r = 0; r < length; r++) {
        text.append(' ').append(1 + random.nextInt(n));
      }
      text.append(" 0\n");
    }
    text.append("0\n");
    for (int k = 0; k < n; k++) {
      text.append("\"Candidate ").append(k + 1).append("\"\n");
    }
    Election e = Blt.read(text.toString().getBytes(StandardCharsets.UTF_8)).election();
    assertSame(RankedProfile.read(e), e.rankedProfile());
  }

  private static void assertSame(RankedProfile expected, RankedProfile actual) {
    assertEquals(expected.candidates, actual.candidates);
    assertEquals(expected.size, actual.size);
    assertEquals(expected.hasEqualPreferences(), actual.hasEqualPreferences());
    for (int i = 0; i < expected.size; i++) {
      assertEquals(Arrays.toString(expected.prefs(i)), Arrays.toString(actual.prefs(i)), "reading " + i);
      assertEquals(Arrays.toString(expected.groups(i)), Arrays.toString(actual.groups(i)), "groups " + i);
      assertEquals(expected.weight[i], actual.weight[i], "papers " + i);
    }
    assertEquals(expected.valid, actual.valid);
    assertEquals(expected.rejected, actual.rejected);
    assertEquals(expected.account(), actual.account());
  }
}
