package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.commonweal.governance.base.GovernanceException;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.election.BltReaderProperties.FileGenerator;

/**
 * An election a reader holds as candidate indices ({@link ReadElection}) is the election its ballots
 * describe: equal, both ways, to the same election built ballot by ballot, with the same hash code,
 * text, papers and standing candidates; read under its rules as {@link RankedProfile#read} reads the
 * built one; and counted alike by every registered method.
 */
class ReadElectionProperties {

  private static Election read(String text) {
    return Blt.read(text.getBytes(StandardCharsets.UTF_8)).election();
  }

  /** The same election as an ordinary value, its ballots made one by one. */
  private static Election built(Election e) {
    Election copy = Election.builder().from(e).build();
    assertFalse(copy instanceof ReadElection);
    return copy;
  }

  @Property(tries = 300)
  void heldElection_isTheElectionItsBallotsDescribe(@ForAll long seed) {
    Election read = read(new FileGenerator(seed, true).text());
    Election built = built(read);
    assertEquals(built, read);
    assertEquals(read, built);
    assertEquals(built.hashCode(), read.hashCode());
    assertEquals(built.toString(), read.toString());
    assertEquals(built.papers(), read.papers());
    assertEquals(built.standing(), read.standing());
    assertEquals(built.index(), read.index());
    assertSame(read.ballots(), read.ballots(), "made once and kept");
  }

  @Property(tries = 300)
  void heldElection_isReadUnderItsRulesAsTheBuiltOneIs(@ForAll long seed) {
    Election read = read(new FileGenerator(seed, true).text());
    RankedProfile mine = read.rankedProfile();
    assertProfilesEqual(RankedProfile.read(built(read)), mine);
  }

  private static void assertProfilesEqual(RankedProfile theirs, RankedProfile mine) {
    assertEquals(theirs.candidates, mine.candidates);
    assertEquals(theirs.size, mine.size);
    assertEquals(theirs.valid, mine.valid);
    assertEquals(theirs.rejected, mine.rejected);
    for (int i = 0; i < theirs.size; i++) {
      assertArrayEquals(theirs.prefs(i), mine.prefs(i), "paper " + i);
      assertEquals(theirs.weight[i], mine.weight[i], "paper " + i);
    }
  }

  @Property(tries = 300)
  void heldElection_givesTheTreeOfPrefixesTheGeneralBuilderGives(@ForAll long seed) {
    Election read = read(new FileGenerator(seed, true).text());
    RankedProfile profile = read.rankedProfile();
    if (profile.size == 0 || profile.hasEqualPreferences()) {
      return;
    }
    long[] keys = profile.packedKeys == null ? null : profile.packedKeys.clone();
    StvTree mine = StvTree.of(profile, StvTree.EqualPreferences.SHARE);
    StvTree theirs = StvTree.byRadixSort(RankedProfile.read(built(read)), StvTree.EqualPreferences.SHARE);
    assertTreesEqual(theirs, mine);
    if (keys != null) {
      assertArrayEquals(keys, profile.packedKeys, "the tree sorts a copy of the profile's keys");
    }
    assertTreesEqual(mine, StvTree.of(profile, StvTree.EqualPreferences.SHARE));
  }

  private static void assertTreesEqual(StvTree theirs, StvTree mine) {
    assertEquals(theirs.size, mine.size);
    assertEquals(Arrays.toString(theirs.cand), Arrays.toString(mine.cand));
    assertEquals(Arrays.toString(theirs.child), Arrays.toString(mine.child));
    assertEquals(Arrays.toString(theirs.papers), Arrays.toString(mine.papers));
    assertEquals(Arrays.toString(theirs.ends), Arrays.toString(mine.ends));
    assertEquals(theirs.valid, mine.valid);
  }

  /**
   * Files larger than {@link FileGenerator} writes: up to 15 candidates (the widest the packed form
   * holds), rankings of up to 14 preferences (its longest), hundreds of distinct rankings (so that the
   * reader's table grows), now and then a candidate ranked twice or a withdrawn one; read whole and fed
   * in pieces. Each is the reference reader's election, read under its rules as the reference's is, with
   * the same tree of prefixes; and building the tree leaves the profile's keys as they were.
   */
  @Property(tries = 120)
  void largerFiles_wholeOrInPieces_areTheReferenceElection_withItsProfileAndTree(@ForAll long seed) {
    Random random = new Random(seed);
    int k = 1 + random.nextInt(15);
    StringBuilder text = new StringBuilder().append(k).append(' ').append(1 + random.nextInt(k)).append('\n');
    if (random.nextInt(5) == 0) {
      text.append('-').append(1 + random.nextInt(k)).append('\n');
    }
    boolean repeats = random.nextInt(5) == 0;
    List<String> pool = new ArrayList<>();
    for (int i = 0, shapes = 1 + random.nextInt(600); i < shapes; i++) {
      List<Integer> order = new ArrayList<>();
      for (int c = 1; c <= k; c++) {
        order.add(c);
      }
      Collections.shuffle(order, random);
      List<Integer> ranks = new ArrayList<>(order.subList(0, 1 + random.nextInt(Math.min(k, 14))));
      if (repeats && random.nextInt(10) == 0) {
        ranks.add(ranks.get(0));
      }
      StringBuilder line = new StringBuilder();
      for (int c : ranks) {
        line.append(' ').append(c);
      }
      pool.add(line.toString());
    }
    for (int i = 0, lines = random.nextInt(1500); i < lines; i++) {
      text.append(1 + random.nextInt(5)).append(pool.get(random.nextInt(pool.size()))).append(" 0\n");
    }
    text.append("0\n");
    for (int c = 1; c <= k; c++) {
      text.append("\"Candidate ").append(c).append("\"\n");
    }
    text.append("\"Larger ").append(seed).append("\"\n");
    Election reference = ReferenceBlt.parse(text.toString());
    Election expected = Election.builder().from(reference).ballots(BltReaderProperties.mergedInOrder(reference.ballots())).build();
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    BltReader reader = Blt.reader(ReadOptions.defaults());
    for (int at = 0; at < bytes.length; ) {
      int n = Math.min(bytes.length - at, 1 + random.nextInt(300));
      reader.feed(bytes, at, n);
      at += n;
    }
    RankedProfile theirs = RankedProfile.read(expected);
    for (Election read : List.of(Blt.read(bytes).election(), reader.finish().election())) {
      assertEquals(expected, read);
      assertEquals(read, expected);
      RankedProfile mine = read.rankedProfile();
      assertProfilesEqual(theirs, mine);
      if (mine.size == 0) {
        continue;
      }
      long[] keys = mine.packedKeys == null ? null : mine.packedKeys.clone();
      assertTreesEqual(StvTree.byRadixSort(theirs, StvTree.EqualPreferences.SHARE), StvTree.of(mine, StvTree.EqualPreferences.SHARE));
      if (keys != null) {
        assertArrayEquals(keys, mine.packedKeys, "the tree sorts a copy of the profile's keys");
      }
    }
  }

  @Example
  void aFileOfValidRankingsGivesTheTreeItsKeys_andOneWithARepeatedCandidateIsReadUnderTheRules() {
    Election clean = read("3 1\n2 1 2 0\n1 3 0\n0\n\"Ann\"\n\"Ben\"\n\"Cat\"\n\"T\"\n");
    assertTrue(clean.rankedProfile().packedKeys != null);
    Election repeated = read("3 1\n2 1 2 1 0\n1 3 0\n0\n\"Ann\"\n\"Ben\"\n\"Cat\"\n\"T\"\n");
    assertTrue(repeated.rankedProfile().packedKeys == null);
    assertEquals(RankedProfile.read(built(repeated)).valid, repeated.rankedProfile().valid);
    Election withdrawn = read("3 1\n-2\n2 1 2 0\n1 3 0\n0\n\"Ann\"\n\"Ben\"\n\"Cat\"\n\"T\"\n");
    assertTrue(withdrawn.rankedProfile().packedKeys == null);
    assertEquals(List.of(0), Arrays.stream(withdrawn.rankedProfile().prefs(0)).boxed().toList(), "Ben passed over");
  }

  @Property(tries = 60)
  void heldElection_isCountedAsTheBuiltOneByEveryMethod(@ForAll long seed) {
    Election read = read(new FileGenerator(seed, true).text());
    Election built = built(read);
    for (RegisteredMethod m : MethodRegistry.all()) {
      String mine = outcome(m, read, seed);
      String theirs = outcome(m, built, seed);
      assertEquals(theirs, mine, m.name());
    }
  }

  /** The result, or the refusal's type and message. */
  private static String outcome(RegisteredMethod m, Election e, long seed) {
    try {
      return m.method().count(e, TieBreaker.seeded(seed)).toString();
    } catch (GovernanceException refused) {
      return refused.getClass().getSimpleName() + ": " + refused.getMessage();
    }
  }

  @Example
  void aFileOfRankingsIsHeldAsIndices_andItsBallotsAreMadeWhenAskedFor() {
    Election read = read("3 1\n2 1 2 0\n1 3 0\n2 1 2 0\n0\n\"Ann\"\n\"Ben\"\n\"Cat\"\n\"Seats\"\n");
    assertInstanceOf(ReadElection.class, read);
    Candidate ann = read.candidates().get(0);
    Candidate ben = read.candidates().get(1);
    Candidate cat = read.candidates().get(2);
    // Identical papers merged, in the order they first appeared.
    assertEquals(List.of(RankedBallot.of(4, ann, ben), RankedBallot.of(1, cat)), read.ballots());
    assertEquals(5, read.papers());
    Election other = read("3 1\n2 1 2 0\n1 3 0\n1 1 2 0\n0\n\"Ann\"\n\"Ben\"\n\"Cat\"\n\"Seats\"\n");
    assertNotEquals(read, other, "one paper fewer");
    assertNotEquals(other, read);
  }

  @Example
  void aFileWithoutBallotsIsHeld_andCountedAsAnElectionWithNone() {
    Election read = read("2 1\n0\n\"Ann\"\n\"Ben\"\n\"Empty\"\n");
    assertInstanceOf(ReadElection.class, read);
    assertTrue(read.ballots().isEmpty());
    assertEquals(Counting.Kind.NONE, Counting.kindOf(read));
    assertEquals(Counting.Kind.NONE, Counting.kindOf(built(read)));
    RegisteredMethod plurality = MethodRegistry.get("plurality");
    assertEquals(outcome(plurality, built(read), 1), outcome(plurality, read, 1));
  }

  @Example
  void aFileWithEqualPreferencesOrSkippedRanksIsReadIntoAnOrdinaryElection() {
    assertFalse(read("3 1\n1 1=2 3 0\n0\n\"Ann\"\n\"Ben\"\n\"Cat\"\n\"T\"\n") instanceof ReadElection);
    assertFalse(read("3 1\n1 1 - 3 0\n0\n\"Ann\"\n\"Ben\"\n\"Cat\"\n\"T\"\n") instanceof ReadElection);
  }
}
