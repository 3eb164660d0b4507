package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.commonweal.governance.base.MalformedInputException;

/**
 * The streaming BLT reader against the simple one it replaced ({@link ReferenceBlt}, kept as the
 * oracle): on generated files with duplicate ballots, equal preferences, skipped ranks, withdrawn
 * candidates, ballot identifiers, odd whitespace, CRLF line ends and byte-order marks, both give the
 * same election; and what the streaming reader gives does not depend on how the bytes are cut into
 * pieces, nor on the order of the ballot lines.
 */
class BltReaderProperties {

  @Property(tries = 300)
  void parse_isTheReferenceElection(@ForAll long seed) {
    String text = new FileGenerator(seed, false).text();
    assertEquals(ReferenceBlt.parse(text), Blt.parse(text), text);
  }

  @Property(tries = 300)
  void read_isTheReferenceElectionWithIdenticalBallotsMerged(@ForAll long seed) {
    String text = new FileGenerator(seed, false).text();
    Election reference = ReferenceBlt.parse(text);
    Election merged = Election.builder().from(reference).ballots(mergedInOrder(reference.ballots())).build();
    BallotFile read = Blt.read(text.getBytes(StandardCharsets.UTF_8));
    assertEquals(merged, read.election(), text);
    assertEquals("UTF-8", read.encoding());
  }

  @Property(tries = 300)
  void read_doesNotDependOnHowTheBytesAreCut(@ForAll long seed) {
    FileGenerator g = new FileGenerator(seed, true);
    byte[] bytes = g.text().getBytes(StandardCharsets.UTF_8);
    BallotFile whole = Blt.read(bytes);
    BltReader reader = Blt.reader(ReadOptions.defaults());
    Random cuts = new Random(seed ^ 0x5DEECE66DL);
    int at = 0;
    while (at < bytes.length) {
      // Pieces of 0 to 7 bytes cut lines, CRLF pairs and multi-byte characters anywhere.
      int n = Math.min(bytes.length - at, cuts.nextInt(8));
      reader.feed(bytes, at, n);
      at += n;
    }
    assertEquals(whole, reader.finish(), g.text());
  }

  @Property(tries = 200)
  void read_doesNotDependOnTheOrderOfTheBallotLines(@ForAll long seed) {
    FileGenerator g = new FileGenerator(seed, false);
    FileGenerator shuffled = new FileGenerator(seed, false);
    Collections.shuffle(shuffled.ballotLines, new Random(~seed));
    Election a = Blt.read(g.text().getBytes(StandardCharsets.UTF_8)).election();
    Election b = Blt.read(shuffled.text().getBytes(StandardCharsets.UTF_8)).election();
    assertEquals(papers(a.ballots()), papers(b.ballots()));
    assertEquals(Election.builder().from(a).ballots(List.of()).build(), Election.builder().from(b).ballots(List.of()).build());
  }

  @Property(tries = 500)
  void read_agreesWithTheReferenceOnMangledBallotLines(@ForAll long seed) {
    FileGenerator g = new FileGenerator(seed, false);
    Random random = new Random(~seed);
    String[] pieces = {"0", "00", "01", "1", "2", "9", "15", "-", "=", "\t", " ", "  ", "(", ")", "x", "000000000000000000001"};
    for (int m = 0; m < 3 && !g.ballotLines.isEmpty(); m++) {
      int at = random.nextInt(g.ballotLines.size());
      String line = g.ballotLines.get(at);
      int cut = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
      g.ballotLines.set(at, line.substring(0, cut) + pieces[random.nextInt(pieces.length)] + line.substring(cut));
    }
    String text = g.text();
    Election reference;
    try {
      reference = ReferenceBlt.parse(text);
    } catch (MalformedInputException e) {
      if (e.expected().equals("the end of the file after the title")) {
        return; // text after the title is a note now: the one change from the old reader
      }
      MalformedInputException mine =
          assertThrows(MalformedInputException.class, () -> Blt.read(text.getBytes(StandardCharsets.UTF_8)), text);
      assertEquals(e.line(), mine.line(), text);
      return;
    }
    Election merged = Election.builder().from(reference).ballots(mergedInOrder(reference.ballots())).build();
    assertEquals(merged, Blt.read(text.getBytes(StandardCharsets.UTF_8)).election(), text);
  }

  @Property(tries = 1000)
  void read_ofMangledBytes_givesAFileOrAMalformedInputErrorOnly(@ForAll long seed) {
    byte[] bytes = new FileGenerator(seed, true).text().getBytes(StandardCharsets.UTF_8);
    Random random = new Random(seed * 31 + 7);
    byte[] hostile = {0, '\n', '\r', ' ', '\t', '0', '1', '9', '-', '=', '#', '[', ']', '(', ')', '"', (byte) 0xC3, (byte) 0xFF, 0x1B};
    for (int m = 1 + random.nextInt(4); m > 0 && bytes.length > 0; m--) {
      int at = random.nextInt(bytes.length);
      byte b = random.nextBoolean() ? hostile[random.nextInt(hostile.length)] : (byte) random.nextInt(256);
      bytes = switch (random.nextInt(3)) {
        case 0 -> replaced(bytes, at, b);
        case 1 -> inserted(bytes, at, b);
        default -> removed(bytes, at);
      };
    }
    byte[] file = bytes;
    BallotFile whole;
    try {
      whole = Blt.read(file, ReadOptions.builder().maxLineLength(4096).build());
    } catch (MalformedInputException e) {
      // The message quotes the file with its control characters escaped.
      assertTrue(e.getMessage().chars().noneMatch(ch -> ch < 0x20 || (ch >= 0x7F && ch <= 0x9F)), e.getMessage());
      return;
    }
    BltReader reader = Blt.reader(ReadOptions.builder().maxLineLength(4096).build());
    for (int at = 0; at < file.length; at += 3) {
      reader.feed(file, at, Math.min(3, file.length - at));
    }
    assertEquals(whole, reader.finish());
  }

  private static byte[] replaced(byte[] a, int at, byte b) {
    byte[] out = a.clone();
    out[at] = b;
    return out;
  }

  private static byte[] inserted(byte[] a, int at, byte b) {
    byte[] out = new byte[a.length + 1];
    System.arraycopy(a, 0, out, 0, at);
    out[at] = b;
    System.arraycopy(a, at, out, at + 1, a.length - at);
    return out;
  }

  private static byte[] removed(byte[] a, int at) {
    byte[] out = new byte[a.length - 1];
    System.arraycopy(a, 0, out, 0, at);
    System.arraycopy(a, at + 1, out, at, a.length - at - 1);
    return out;
  }

  /** Identical ballots merged, in the order of their first appearance: what the streaming reader keeps. */
  static List<Ballot> mergedInOrder(List<Ballot> ballots) {
    List<Ballot> out = new ArrayList<>();
    for (Map.Entry<RankedBallot, Long> e : papers(ballots).entrySet()) {
      out.add(e.getKey().withCount(e.getValue()));
    }
    return out;
  }

  /** The number of papers of each distinct ranking, in order of first appearance. */
  private static Map<RankedBallot, Long> papers(List<Ballot> ballots) {
    Map<RankedBallot, Long> papers = new LinkedHashMap<>();
    for (Ballot b : ballots) {
      RankedBallot r = (RankedBallot) b;
      papers.merge(r.withCount(1), r.count(), Long::sum);
    }
    return papers;
  }

  /**
   * A BLT file drawn from a seed: few candidates and a small pool of rankings, so that ballot lines
   * repeat. With {@code extended}, also the forms only the streaming reader takes: options, nicknames,
   * comments and notes.
   */
  static final class FileGenerator {
    final Random random;
    final boolean extended;
    final int candidates;
    final int seats;
    final String eol;
    final List<String> preamble = new ArrayList<>();
    final List<String> ballotLines = new ArrayList<>();
    final List<String> tail = new ArrayList<>();
    final boolean bom;
    final boolean finalEol;
    private final String[] nicks;

    FileGenerator(long seed, boolean extended) {
      this.random = new Random(seed);
      this.extended = extended;
      candidates = 1 + random.nextInt(6);
      seats = 1 + random.nextInt(candidates);
      eol = random.nextInt(3) == 0 ? "\r\n" : "\n";
      bom = random.nextInt(5) == 0;
      nicks = new String[candidates];
      for (int k = 0; k < candidates; k++) {
        nicks[k] = "n" + (char) ('a' + k);
      }
      boolean useNicks = extended && random.nextBoolean();
      if (useNicks) {
        preamble.add("[nick " + String.join(" ", nicks) + "]");
      }
      if (extended && random.nextBoolean()) {
        preamble.add("[tie " + (1 + random.nextInt(candidates)) + "]  # the favoured one");
      }
      if (random.nextInt(3) == 0) {
        int w = 1 + random.nextInt(candidates);
        preamble.add(extended && random.nextBoolean() ? "[withdrawn " + w + "]" : space() + "-" + w + space());
      }
      List<String> pool = new ArrayList<>();
      int shapes = 1 + random.nextInt(5);
      for (int s = 0; s < shapes; s++) {
        pool.add(ranks(useNicks));
      }
      int lines = random.nextInt(25);
      for (int i = 0; i < lines; i++) {
        StringBuilder line = new StringBuilder(space());
        if (random.nextInt(6) == 0) {
          line.append("(b").append(i).append(')').append(sep());
        }
        line.append(1 + random.nextInt(3)).append(sep()).append(pool.get(random.nextInt(pool.size())));
        line.append(sep()).append('0').append(space());
        if (extended && random.nextInt(5) == 0) {
          line.append(" # a comment");
        }
        ballotLines.add(line.toString());
        if (random.nextInt(8) == 0) {
          ballotLines.add(space());
        }
      }
      for (int k = 0; k < candidates; k++) {
        tail.add(random.nextBoolean() ? "\"Candidate " + (k + 1) + "\"" : "Name " + (k + 1) + " (Ind) é");
      }
      if (random.nextInt(4) != 0) {
        tail.add("\"An election " + seed + "\"");
        if (extended && random.nextBoolean()) {
          tail.add("Source: a returning officer");
          tail.add("");
          tail.add("\"A second note\"");
        }
      }
      finalEol = random.nextBoolean();
    }

    private String ranks(boolean useNicks) {
      int n = random.nextInt(candidates + 2);
      List<String> ranks = new ArrayList<>();
      for (int r = 0; r < n; r++) {
        int kind = random.nextInt(8);
        if (kind == 0 && r < n - 1) {
          ranks.add("-");
        } else if (kind == 1 && candidates > 1) {
          int a = random.nextInt(candidates);
          int b = (a + 1 + random.nextInt(candidates - 1)) % candidates;
          ranks.add(name(a, useNicks) + "=" + name(b, useNicks));
        } else {
          ranks.add(name(random.nextInt(candidates), useNicks));
        }
      }
      return String.join(sep(), ranks);
    }

    private String name(int k, boolean useNicks) {
      return useNicks && random.nextBoolean() ? nicks[k] : Integer.toString(k + 1);
    }

    private String sep() {
      String[] seps = {" ", " ", " ", "  ", "\t", " \t "};
      return seps[random.nextInt(seps.length)];
    }

    private String space() {
      return random.nextInt(4) == 0 ? sep() : "";
    }

    String text() {
      StringBuilder s = new StringBuilder(bom ? "\uFEFF" : "");
      s.append(space()).append(candidates).append(sep()).append(seats).append(space()).append(eol);
      for (String l : preamble) {
        s.append(l).append(eol);
      }
      for (String l : ballotLines) {
        s.append(l).append(eol);
      }
      s.append('0').append(eol);
      for (int i = 0; i < tail.size(); i++) {
        s.append(tail.get(i));
        if (i < tail.size() - 1 || finalEol) {
          s.append(eol);
        }
      }
      return s.toString();
    }
  }
}
