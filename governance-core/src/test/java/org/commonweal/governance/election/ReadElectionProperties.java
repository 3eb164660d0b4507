package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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
    RankedProfile theirs = RankedProfile.read(built(read));
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
    StvTree mine = StvTree.of(profile, StvTree.EqualPreferences.SHARE);
    StvTree theirs = StvTree.byRadixSort(RankedProfile.read(built(read)), StvTree.EqualPreferences.SHARE);
    assertEquals(theirs.size, mine.size);
    assertEquals(Arrays.toString(theirs.cand), Arrays.toString(mine.cand));
    assertEquals(Arrays.toString(theirs.child), Arrays.toString(mine.child));
    assertEquals(Arrays.toString(theirs.papers), Arrays.toString(mine.papers));
    assertEquals(Arrays.toString(theirs.ends), Arrays.toString(mine.ends));
    assertEquals(theirs.valid, mine.valid);
    // Built twice from the same profile: the first build must leave the profile's keys as they were.
    assertEquals(Arrays.toString(mine.cand), Arrays.toString(StvTree.of(profile, StvTree.EqualPreferences.SHARE).cand));
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
