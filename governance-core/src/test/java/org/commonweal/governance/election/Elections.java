package org.commonweal.governance.election;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Test helpers that transform elections: the ballots expanded, compressed, shuffled, renamed. */
final class Elections {
  private Elections() {}

  /** Every ballot of count c replaced by c ballots of count 1. */
  static Election expanded(Election e) {
    List<Ballot> out = new ArrayList<>();
    for (Ballot b : e.ballots()) {
      for (long i = 0; i < b.count(); i++) {
        out.add(withCount(b, 1));
      }
    }
    return Election.builder().from(e).ballots(out).build();
  }

  /** Identical ballots merged into one with their counts summed, first appearance first. */
  static Election compressed(Election e) {
    Map<Ballot, Long> counts = new LinkedHashMap<>();
    for (Ballot b : e.ballots()) {
      counts.merge(withCount(b, 1), b.count(), Long::sum);
    }
    List<Ballot> out = new ArrayList<>();
    counts.forEach((b, c) -> out.add(withCount(b, c)));
    return Election.builder().from(e).ballots(out).build();
  }

  /** The ballots in a shuffled order. */
  static Election shuffled(Election e, long seed) {
    List<Ballot> out = new ArrayList<>(e.ballots());
    Collections.shuffle(out, new Random(seed));
    return Election.builder().from(e).ballots(out).build();
  }

  static Ballot withCount(Ballot b, long count) {
    if (b instanceof RankedBallot r) {
      return r.withCount(count);
    }
    if (b instanceof ApprovalBallot a) {
      return ApprovalBallot.of(count, a.approved());
    }
    ScoreBallot s = (ScoreBallot) b;
    return ScoreBallot.of(count, s.scores());
  }

  /**
   * The same election with the candidates renamed ({@code A} to {@code renamed-A} ...) and listed on the
   * paper in another order (a rotation by {@code shift}); returns the renaming too.
   */
  static Map<Candidate, Candidate> renaming(Election e) {
    Map<Candidate, Candidate> m = new HashMap<>();
    for (Candidate c : e.candidates()) {
      m.put(c, Candidate.of("renamed-" + c.name()));
    }
    return m;
  }

  static Election renamed(Election e, Map<Candidate, Candidate> names, int shift) {
    List<Candidate> cs = new ArrayList<>();
    for (Candidate c : e.candidates()) {
      cs.add(names.get(c));
    }
    Collections.rotate(cs, shift);
    List<Ballot> out = new ArrayList<>();
    for (Ballot b : e.ballots()) {
      if (b instanceof RankedBallot r) {
        RankedBallot.Builder rb = RankedBallot.builder().count(r.count());
        for (int i = 0; i < r.rankCount(); i++) {
          if (r.isUnidentifiedOvervote(i)) {
            rb.overvote();
          } else {
            rb.rank(r.rank(i).stream().map(names::get).toList());
          }
        }
        // Repeated marks within a rank are one mark; the rank's set keeps what counts.
        out.add(rb.build());
      } else if (b instanceof ApprovalBallot a) {
        out.add(ApprovalBallot.of(a.count(), a.approved().stream().map(names::get).toList()));
      } else {
        ScoreBallot s = (ScoreBallot) b;
        Map<Candidate, Integer> m = new LinkedHashMap<>();
        s.scores().forEach((c, v) -> m.put(names.get(c), v));
        out.add(ScoreBallot.of(s.count(), m));
      }
    }
    return Election.builder()
        .from(e)
        .candidates(cs)
        .withdrawn(e.withdrawn().stream().map(names::get).toList())
        .ballots(out)
        .build();
  }
}
