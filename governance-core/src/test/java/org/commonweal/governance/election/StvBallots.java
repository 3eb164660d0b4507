package org.commonweal.governance.election;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small elections for the STV tests, written the way a count sheet lists them: {@code "A B C"} names
 * the candidates in ballot-paper order, then each line is a number of papers and their preferences,
 * {@code "40 A B C"}; {@code A=B} marks an equal preference and {@code -} a skipped rank.
 */
final class StvBallots {
  private StvBallots() {}

  static Election election(int seats, String candidates, String... lines) {
    return builder(seats, candidates, lines).build();
  }

  static Election.Builder builder(int seats, String candidates, String... lines) {
    Map<String, Candidate> byName = new LinkedHashMap<>();
    for (String name : candidates.trim().split("\\s+")) {
      byName.put(name, Candidate.of(name));
    }
    List<Ballot> ballots = new ArrayList<>();
    boolean equal = false;
    for (String line : lines) {
      String[] t = line.trim().split("\\s+");
      RankedBallot.Builder b = RankedBallot.builder().count(Long.parseLong(t[0]));
      for (int i = 1; i < t.length; i++) {
        if (t[i].equals("-")) {
          b.skip();
          continue;
        }
        List<Candidate> rank = new ArrayList<>();
        for (String name : t[i].split("=")) {
          Candidate c = byName.get(name);
          if (c == null) {
            throw new IllegalArgumentException("unknown candidate " + name + " in " + line);
          }
          rank.add(c);
        }
        equal |= rank.size() > 1;
        b.rank(rank);
      }
      ballots.add(b.build());
    }
    Election.Builder e =
        Election.builder().candidates(new ArrayList<>(byName.values())).seats(seats).ballots(ballots);
    if (equal) {
      e.rules(BallotRules.builder().equalPreferences(true).build());
    }
    return e;
  }

  static Candidate c(String name) {
    return Candidate.of(name);
  }

  /** The names of candidates, for comparing lists. */
  static List<String> names(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::name).toList();
  }
}
