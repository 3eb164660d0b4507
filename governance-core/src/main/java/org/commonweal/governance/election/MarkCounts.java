package org.commonweal.governance.election;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The votes of an "X" count (plurality, block voting, approval): for each candidate, the papers that give
 * it a vote, with the account of papers. Ranked papers are read under the election's rules; approval
 * papers are taken as marked.
 *
 * <p>Package-private; built once per count.
 */
final class MarkCounts {
  /** Votes per candidate index. */
  final long[] votes;

  /** Valid papers that give no vote to any candidate standing. */
  final long empty;

  /** The account of papers. */
  final BallotAccount account;

  private MarkCounts(long[] votes, long empty, BallotAccount account) {
    this.votes = votes;
    this.empty = empty;
    this.account = account;
  }

  /**
   * Counts the first {@code depth} preferences of each ranked paper (all of them for {@code
   * Integer.MAX_VALUE}). O(R + m) for R readings and m marks counted.
   */
  static MarkCounts ranked(RankedProfile p, int depth) {
    long[] votes = new long[p.candidates];
    long empty = 0;
    for (int i = 0; i < p.size; i++) {
      int start = p.offset[i];
      int end = (int) Math.min(p.offset[i + 1], (long) start + depth);
      if (start == end) {
        empty += p.weight[i];
      }
      for (int at = start; at < end; at++) {
        votes[p.flat[at]] += p.weight[i];
      }
    }
    return new MarkCounts(votes, empty, p.account());
  }

  /**
   * Counts approval papers, with marks for withdrawn candidates passed over. A blank paper is rejected;
   * so is a paper marking more than {@code most} candidates standing, with {@code tooMany} as the reason.
   * O(m) for m marks.
   */
  static MarkCounts approvals(Election election, int most, String tooMany) {
    long[] votes = new long[election.candidates().size()];
    boolean[] standing = Counting.standingMask(election);
    long empty = 0;
    long valid = 0;
    long total = 0;
    Map<String, Long> rejected = new LinkedHashMap<>();
    for (Ballot b : election.ballots()) {
      ApprovalBallot a = (ApprovalBallot) b;
      total += a.count();
      if (a.approved().isEmpty()) {
        rejected.merge(RankedProfile.BLANK, a.count(), Math::addExact);
        continue;
      }
      int marked = 0;
      for (Candidate c : a.approved()) {
        marked += standing[election.indexOf(c)] ? 1 : 0;
      }
      if (marked > most) {
        rejected.merge(tooMany, a.count(), Math::addExact);
        continue;
      }
      valid += a.count();
      if (marked == 0) {
        empty += a.count();
      }
      for (Candidate c : a.approved()) {
        int i = election.indexOf(c);
        if (standing[i]) {
          votes[i] += a.count();
        }
      }
    }
    return new MarkCounts(votes, empty, BallotAccount.of(total, valid, ImmutableMap.copyOf(rejected)));
  }
}
