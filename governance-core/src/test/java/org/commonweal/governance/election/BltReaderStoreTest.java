package org.commonweal.governance.election;

import static org.commonweal.governance.election.StvBallots.c;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.commonweal.governance.base.MalformedInputException;
import org.junit.jupiter.api.Test;

/**
 * The BLT reader's stores where they fill up: more distinct ballots than either store first holds (so
 * that each grows while identical ballots are still being merged), ballots whose marks fill the store
 * to its last place, long runs of plain lines, rankings long enough to grow the reader's buffer for one
 * ballot, and a line that fills the buffer kept for a line cut between two pieces. Each expected result
 * is worked out here from the lines written, not by the reader.
 */
class BltReaderStoreTest {

  private static String names(int candidates) {
    StringBuilder s = new StringBuilder();
    for (int k = 1; k <= candidates; k++) {
      s.append('c').append(k).append('\n');
    }
    return s.toString();
  }

  /**
   * Distinct rankings drawn from a seed: each of 1 to {@code maxRanks} different candidates among {@code
   * candidates}, so that their keys spread as a real file's do.
   */
  private static List<int[]> distinctRankings(int count, int candidates, int maxRanks, long seed) {
    Random random = new Random(seed);
    Set<List<Integer>> seen = new HashSet<>();
    List<int[]> out = new ArrayList<>();
    List<Integer> all = new ArrayList<>();
    for (int k = 1; k <= candidates; k++) {
      all.add(k);
    }
    while (out.size() < count) {
      Collections.shuffle(all, random);
      List<Integer> ranking = List.copyOf(all.subList(0, 1 + random.nextInt(maxRanks)));
      if (seen.add(ranking)) {
        out.add(ranking.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    return out;
  }

  /**
   * Writes the lines, reads them, and checks the ballots against the rankings merged by hand: each
   * distinct ranking once, with its papers added, in the order of first appearance.
   */
  private static void readsMerged(int candidates, List<int[]> lines) {
    StringBuilder s = new StringBuilder().append(candidates).append(" 1\n");
    Map<List<Integer>, Long> papers = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      int[] ranks = lines.get(i);
      long weight = 1 + i % 3;
      s.append(weight);
      List<Integer> key = new ArrayList<>();
      for (int r : ranks) {
        s.append(' ').append(r);
        key.add(r);
      }
      s.append(" 0\n");
      papers.merge(key, weight, Long::sum);
    }
    s.append("0\n").append(names(candidates));
    List<Ballot> expected = new ArrayList<>();
    for (Map.Entry<List<Integer>, Long> e : papers.entrySet()) {
      List<Candidate> marks = new ArrayList<>();
      for (int r : e.getKey()) {
        marks.add(c("c" + r));
      }
      expected.add(RankedBallot.of(e.getValue(), marks));
    }
    List<Ballot> read = Blt.read(s.toString().getBytes(StandardCharsets.US_ASCII)).election().ballots();
    // Ballot by ballot, so that a failure names the first that differs rather than printing them all.
    for (int b = 0; b < Math.min(expected.size(), read.size()); b++) {
      assertEquals(expected.get(b), read.get(b), "ballot " + (b + 1));
    }
    assertEquals(expected.size(), read.size(), "distinct ballots");
  }

  /**
   * Each distinct ranking in turn, each after the first followed by a repeat of one drawn from those
   * before it; then every ranking once more, after the stores have grown.
   */
  private static List<int[]> newAndRepeated(List<int[]> distinct, long seed) {
    Random random = new Random(seed);
    List<int[]> lines = new ArrayList<>();
    for (int i = 0; i < distinct.size(); i++) {
      lines.add(distinct.get(i));
      if (i > 0) {
        lines.add(distinct.get(random.nextInt(i)));
      }
    }
    lines.addAll(distinct);
    return lines;
  }

  @Test
  void read_manyDistinctBallotsOfFewCandidates_growsThePackedStoreAndKeepsMerging() {
    // 1,100 distinct rankings of 15 candidates pass both sizes the packed table grows at (512, 1,024).
    readsMerged(15, newAndRepeated(distinctRankings(1100, 15, 14, 15), 1));
  }

  @Test
  void read_manyDistinctBallotsOfManyCandidates_growsTheGeneralStoreAndKeepsMerging() {
    // 20 candidates do not pack: 1,500 distinct rankings grow the general store past 256, 512 and 1,024.
    readsMerged(20, newAndRepeated(distinctRankings(1500, 20, 6, 20), 2));
  }

  @Test
  void read_ballotsWhoseMarksFillTheGeneralStoreExactly_areRead() {
    // 256 distinct rankings of four of 20 candidates: 1,024 marks, the store's first size.
    List<int[]> lines = new ArrayList<>();
    for (int[] r : distinctRankings(2000, 20, 6, 4)) {
      if (r.length == 4 && lines.size() < 256) {
        lines.add(r);
      }
    }
    assertEquals(256, lines.size());
    readsMerged(20, lines);
  }

  @Test
  void read_longRunOfPlainLines_keepsEveryLine() {
    List<int[]> distinct = distinctRankings(40, 5, 5, 5);
    List<int[]> lines = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      lines.add(distinct.get(i % 40));
    }
    readsMerged(5, lines);
  }

  /** A file of 70 candidates with nicknames n1 to n70, and one ballot line. */
  private static Election readOne(String ballot) {
    StringBuilder s = new StringBuilder("70 1\n[nick");
    for (int k = 1; k <= 70; k++) {
      s.append(" n").append(k);
    }
    s.append("]\n").append(ballot).append(" 0\n0\n").append(names(70));
    return Blt.read(s.toString().getBytes(StandardCharsets.US_ASCII)).election();
  }

  /**
   * The ballot "1 1=2" then candidates 3 up, one a rank, then {@code last}: the equal preference makes
   * the ballot hold two more entries than its ranks, so that the last ranks overflow the first buffer.
   */
  private static String longBallot(int singles, String last) {
    StringBuilder s = new StringBuilder("1 1=2");
    for (int k = 3; k < 3 + singles; k++) {
      s.append(' ').append(k);
    }
    return s.append(' ').append(last).toString();
  }

  private static RankedBallot.Builder longExpected(int singles) {
    RankedBallot.Builder b = RankedBallot.builder().count(1).rank(c("c1"), c("c2"));
    for (int k = 3; k < 3 + singles; k++) {
      b.rank(c("c" + k));
    }
    return b;
  }

  @Test
  void read_longBallotWithEqualPreferences_growsItsBufferForEachKindOfRank() {
    // 1 + 61 ranks fill 64 places; the 63rd rank is a number, a skip, equal preferences or a nickname.
    assertEquals(longExpected(61).rank(c("c64")).build(), readOne(longBallot(61, "64")).ballots().get(0));
    assertEquals(longExpected(61).skip().rank(c("c65")).build(), readOne(longBallot(61, "- 65")).ballots().get(0));
    assertEquals(
        longExpected(61).rank(c("c64"), c("c65")).build(), readOne(longBallot(61, "64=65")).ballots().get(0));
    assertEquals(longExpected(61).rank(c("c66")).build(), readOne(longBallot(61, "n66")).ballots().get(0));
  }

  /**
   * Reads a file whose third line is cut after its first 100 bytes, so that it is kept whole in a buffer;
   * the second line, a ballot of 1 for A, ends the preamble.
   */
  private static BallotFile readCut(String line) {
    BltReader reader = Blt.reader(ReadOptions.defaults());
    byte[] head = ("2 1\n1 1 0\n" + line.substring(0, 100)).getBytes(StandardCharsets.US_ASCII);
    byte[] tail = (line.substring(100) + "\n0\nA\nB\n").getBytes(StandardCharsets.US_ASCII);
    reader.feed(head, 0, head.length);
    reader.feed(tail, 0, tail.length);
    return reader.finish();
  }

  @Test
  void reader_lineThatFillsTheBufferForACutLine_isReadToItsLastByte() {
    // 256 bytes: the buffer's first size, so that the line's last byte is the buffer's last.
    String ballot = "3" + " ".repeat(252) + "2 0";
    assertEquals(256, ballot.length());
    assertEquals(List.of(RankedBallot.of(1, c("A")), RankedBallot.of(3, c("B"))), readCut(ballot).election().ballots());
    MalformedInputException noEnd = assertThrows(MalformedInputException.class, () -> readCut("3" + " ".repeat(255)));
    assertEquals(3, noEnd.line());
    assertEquals("a ballot line ending with 0", noEnd.expected());
    MalformedInputException lastMark = assertThrows(MalformedInputException.class, () -> readCut("3" + " ".repeat(254) + "1"));
    assertEquals(3, lastMark.line());
    assertEquals("a ballot line ending with 0", lastMark.expected());
    MalformedInputException digits = assertThrows(MalformedInputException.class, () -> readCut("1".repeat(256)));
    assertEquals(3, digits.line());
  }
}
