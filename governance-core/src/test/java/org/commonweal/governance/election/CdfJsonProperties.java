package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.commonweal.governance.base.MalformedInputException;

/**
 * The CDF reader against the BLT reader, and against hostile input: a report and a BLT file describing
 * the same papers give the same election, and no input makes the reader fail other than as documented.
 */
class CdfJsonProperties {
  private static final String TITLE = "Ward 3 \"North\" - Zoë";

  /**
   * Elections of 1 to 6 candidates (among them names with quotes and letters beyond ASCII), 1 or 2
   * seats, and up to 12 ranked ballots of 1 to 3 papers, each with up to 6 ranks holding no candidate
   * (a skip), one, or two (an overvote, in the candidates' order); a candidate may be ranked twice.
   */
  @Provide
  Arbitrary<Election> elections() {
    return Arbitraries.integers()
        .between(1, 6)
        .flatMap(
            n -> {
              List<Candidate> cands = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                cands.add(Candidate.of(i % 3 == 2 ? "Cand \"" + i + "\" Ø" : "C" + i));
              }
              Arbitrary<List<Candidate>> rank =
                  Arbitraries.subsetOf(cands).ofMaxSize(2).map(s -> cands.stream().filter(s::contains).toList());
              Arbitrary<RankedBallot> ballot =
                  Combinators.combine(Arbitraries.longs().between(1, 3), rank.list().ofMaxSize(6))
                      .as(RankedBallot::ofRanks);
              return Combinators.combine(Arbitraries.integers().between(1, Math.min(2, n)), ballot.list().ofMaxSize(12))
                  .as(
                      (seats, ballots) ->
                          Election.builder().title(TITLE).candidates(cands).seats(seats).ballots(ballots).build());
            });
  }

  @Property(tries = 200)
  void cdfAndBlt_ofTheSamePapers_giveTheSameElection(@ForAll("elections") Election e) {
    Election fromBlt = Blt.read(Blt.format(e).getBytes(StandardCharsets.UTF_8)).election();
    BallotFile fromCdf = CdfJson.read(CdfDocs.bytes(CdfDocs.of(e)), ReadOptions.defaults(), TITLE);
    assertEquals(fromBlt.title(), fromCdf.election().title());
    assertEquals(fromBlt.candidates(), fromCdf.election().candidates());
    assertEquals(fromBlt.seats(), fromCdf.election().seats());
    assertEquals(fromBlt.ballots(), fromCdf.election().ballots());
    assertEquals(Optional.empty(), fromCdf.undeclaredWriteIn());
  }

  @Property(tries = 300)
  void mutatedReport_readsOrIsRefusedAsDocumented(
      @ForAll("elections") Election e,
      @ForAll @IntRange(min = 1, max = 8) int edits,
      @ForAll("seeds") long seed) {
    byte[] doc = CdfDocs.bytes(CdfDocs.of(e));
    java.util.Random random = new java.util.Random(seed);
    byte[] alphabet = "{}[],:\"\\0123456789-.eE truefalsnul@RankCVRé\n".getBytes(StandardCharsets.UTF_8);
    List<Byte> bytes = new ArrayList<>();
    for (byte b : doc) {
      bytes.add(b);
    }
    for (int k = 0; k < edits && !bytes.isEmpty(); k++) {
      int at = random.nextInt(bytes.size());
      switch (random.nextInt(3)) {
        case 0 -> bytes.remove(at);
        case 1 -> bytes.add(at, alphabet[random.nextInt(alphabet.length)]);
        default -> bytes.set(at, alphabet[random.nextInt(alphabet.length)]);
      }
    }
    byte[] mutated = new byte[bytes.size()];
    for (int i = 0; i < mutated.length; i++) {
      mutated[i] = bytes.get(i);
    }
    readsOrRefuses(mutated);
  }

  @Property(tries = 300)
  void anyBytes_readOrAreRefusedAsDocumented(@ForAll byte[] bytes) {
    readsOrRefuses(bytes);
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  /** The reader gives a file, or refuses the input with a MalformedInputException and a message. */
  private static void readsOrRefuses(byte[] bytes) {
    try {
      CdfJson.read(bytes, ReadOptions.defaults(), Optional.empty());
      CdfJson.read(bytes, ReadOptions.defaults(), TITLE);
    } catch (MalformedInputException refused) {
      assertFalse(refused.getMessage().isBlank());
    }
  }
}
