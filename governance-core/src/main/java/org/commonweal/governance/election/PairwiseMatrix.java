package org.commonweal.governance.election;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Optional;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.LimitExceededException;
import org.commonweal.governance.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The pairwise comparison of every two candidates standing in an election: for each ordered pair (A, B),
 * the number of papers that prefer A to B; and what follows from it alone: the Condorcet winner and
 * loser, the Smith set and the Schwartz set. The Condorcet methods ({@link ElectionMethods#schulze},
 * {@link ElectionMethods#rankedPairs()}, {@link ElectionMethods#copeland()}, {@link
 * ElectionMethods#minimax}, {@link ElectionMethods#kemenyYoung()}) all start from it.
 *
 * <pre>{@code
 * PairwiseMatrix m = PairwiseMatrix.of(election);
 * m.preferring(montroll, kiss);          // papers ranking Montroll above Kiss
 * m.condorcetWinner();                   // Optional[Andy Montroll]
 * m.smithSet();                          // the smallest set beating everyone outside it
 * }</pre>
 *
 * <p>A paper that ranks some candidates and leaves others unranked either prefers every candidate it
 * ranks to every one it leaves unranked, the unranked ones being equal ({@link Unranked#BELOW_RANKED},
 * the usual reading and Debian's, constitution Appendix A, vote counting), or says nothing about the pairs involving an
 * unranked candidate ({@link Unranked#NOT_COMPARED}). Equal preferences prefer neither.
 *
 * <p>Definitions: Condorcet winner and loser (Condorcet, 1785); Smith set (J. H. Smith, "Aggregation of
 * Preferences with Variable Electorate", Econometrica 41(6), 1973); Schwartz set (T. Schwartz, "Rationality
 * and the Myth of the Maximum", Noûs 6(2), 1972; the "GOCHA" set).
 *
 * <p>Cost: O(R k^2 + n^2) time and O(n^2) memory to build, for R distinct readings of at most k
 * preferences and n candidates (the papers are read once per election): each paper adds one to the
 * k(k-1)/2 pairs it ranks, and a per-candidate count of the papers ranking it stands for all its wins over
 * unranked candidates. The Smith and Schwartz sets cost O(n^3 / 64) (a transitive closure over bit sets).
 * At most {@value ElectionMethods#MAX_CANDIDATES} candidates may stand; more are refused with a {@link
 * LimitExceededException} before any work.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PairwiseMatrix {

  /** What a paper says about a candidate it leaves unranked. */
  public enum Unranked {
    /**
     * Unranked candidates rank equally, below every ranked one: the paper prefers each ranked candidate
     * to each unranked one (the Debian constitution's vote counting, Appendix A; the usual reading).
     */
    BELOW_RANKED,
    /** The paper expresses no preference in any pair involving a candidate it leaves unranked. */
    NOT_COMPARED
  }

  private final ImmutableList<Candidate> candidates;
  private final Unranked unranked;
  private final BallotAccount ballots;
  private final int size;
  /** d[i * size + j]: papers preferring candidate i to candidate j (indices among those standing). */
  private final long[] d;

  private PairwiseMatrix(ImmutableList<Candidate> candidates, Unranked unranked, BallotAccount ballots, long[] d) {
    this.candidates = candidates;
    this.unranked = unranked;
    this.ballots = ballots;
    this.size = candidates.size();
    this.d = d;
  }

  /**
   * Returns the pairwise matrix of an election's ranked papers, unranked candidates ranking equally below
   * all ranked ones.
   *
   * @param election the election, with ranked ballots
   * @return the matrix
   * @throws InvalidValueException if the election holds ballots that are not ranked
   * @throws LimitExceededException if more than {@value ElectionMethods#MAX_CANDIDATES} candidates stand
   */
  public static PairwiseMatrix of(Election election) {
    return of(election, Unranked.BELOW_RANKED);
  }

  /**
   * Returns the pairwise matrix of an election's ranked papers.
   *
   * @param election the election, with ranked ballots
   * @param unranked what a paper says about the candidates it leaves unranked
   * @return the matrix
   * @throws InvalidValueException if the election holds ballots that are not ranked
   * @throws LimitExceededException if more than {@value ElectionMethods#MAX_CANDIDATES} candidates stand
   */
  public static PairwiseMatrix of(Election election, Unranked unranked) {
    ImmutableList<Candidate> standing = election.standing();
    int m = standing.size();
    if (m > ElectionMethods.MAX_CANDIDATES) {
      throw new LimitExceededException(
          "candidates standing in a pairwise comparison",
          ElectionMethods.MAX_CANDIDATES,
          m,
          "the comparison holds a number for every pair of candidates, a table growing as the square of the"
              + " candidates");
    }
    RankedProfile p = election.rankedProfile();
    int[] at = new int[p.candidates];
    Arrays.fill(at, -1);
    for (int i = 0; i < m; i++) {
      at[election.indexOf(standing.get(i))] = i;
    }
    // The table's size in long, so that no count of candidates can wrap it to a negative int.
    int cells = Math.toIntExact((long) m * m);
    long[] ahead = new long[cells];
    long[] equal = new long[cells];
    long[] ranked = new long[m];
    int[] flat = p.flat;
    int[] offset = p.offset;
    int[] row = new int[m];
    for (int r = 0; r < p.size; r++) {
      int start = offset[r];
      int k = offset[r + 1] - start;
      long w = p.weight[r];
      for (int q = 0; q < k; q++) {
        row[q] = at[flat[start + q]];
      }
      int[] groups = p.groups(r);
      if (groups == null) {
        for (int q = 0; q < k; q++) {
          int a = row[q];
          ranked[a] += w;
          int base = a * m;
          for (int s = q + 1; s < k; s++) {
            ahead[base + row[s]] += w;
          }
        }
        continue;
      }
      int from = 0;
      for (int end : groups) {
        for (int q = from; q < end; q++) {
          int a = row[q];
          ranked[a] += w;
          for (int s = q + 1; s < end; s++) {
            equal[a * m + row[s]] += w;
            equal[row[s] * m + a] += w;
          }
          for (int s = end; s < k; s++) {
            ahead[a * m + row[s]] += w;
          }
        }
        from = end;
      }
    }
    long[] d = ahead;
    if (unranked == Unranked.BELOW_RANKED) {
      d = new long[cells];
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < m; b++) {
          if (a != b) {
            long both = ahead[a * m + b] + ahead[b * m + a] + equal[a * m + b];
            d[a * m + b] = ahead[a * m + b] + ranked[a] - both;
          }
        }
      }
    }
    return new PairwiseMatrix(standing, unranked, p.account(), d);
  }

  /**
   * Returns the candidates compared: those standing, in ballot-paper order.
   *
   * @return the candidates
   */
  public ImmutableList<Candidate> candidates() {
    return candidates;
  }

  /**
   * Returns what papers were taken to say about unranked candidates.
   *
   * @return the reading of unranked candidates
   */
  public Unranked unranked() {
    return unranked;
  }

  /**
   * Returns what became of every paper.
   *
   * @return the account of papers
   */
  public BallotAccount ballots() {
    return ballots;
  }

  /**
   * Returns the number of papers preferring {@code a} to {@code b}: d(a, b).
   *
   * @param a a candidate standing
   * @param b another candidate standing
   * @return the papers, 0 when {@code a} is {@code b}
   * @throws InvalidValueException if either is not standing
   */
  public long preferring(Candidate a, Candidate b) {
    return at(indexOf(a), indexOf(b));
  }

  /**
   * Returns d(a, b) - d(b, a): positive when {@code a} beats {@code b}.
   *
   * @param a a candidate standing
   * @param b another candidate standing
   * @return the margin
   */
  public long margin(Candidate a, Candidate b) {
    return preferring(a, b) - preferring(b, a);
  }

  /**
   * Returns whether more papers prefer {@code a} to {@code b} than {@code b} to {@code a}.
   *
   * @param a a candidate standing
   * @param b another candidate standing
   * @return true when {@code a} beats {@code b} head to head
   */
  public boolean beats(Candidate a, Candidate b) {
    return margin(a, b) > 0;
  }

  /**
   * Returns the Condorcet winner: the candidate who beats every other head to head, if there is one.
   *
   * @return the winner, or empty (a cycle or a pairwise tie at the top); the only candidate, if one stands
   */
  public Optional<Candidate> condorcetWinner() {
    for (int a = 0; a < size; a++) {
      boolean all = true;
      for (int b = 0; b < size && all; b++) {
        all = a == b || beats(a, b);
      }
      if (all) {
        return Optional.of(candidates.get(a));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the Condorcet loser: the candidate every other beats head to head, if there is one.
   *
   * @return the loser, or empty; always empty with fewer than two candidates standing
   */
  public Optional<Candidate> condorcetLoser() {
    for (int a = 0; a < size && size > 1; a++) {
      boolean all = true;
      for (int b = 0; b < size && all; b++) {
        all = a == b || beats(b, a);
      }
      if (all) {
        return Optional.of(candidates.get(a));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the Smith set: the smallest non-empty set of candidates each of whom beats every candidate
   * outside it. It holds just the Condorcet winner when there is one.
   *
   * @return the Smith set, in ballot-paper order
   */
  public ImmutableSet<Candidate> smithSet() {
    Reach reach = closure(false);
    ImmutableSet.Builder<Candidate> s = ImmutableSet.builder();
    for (int a = 0; a < size; a++) {
      boolean all = true;
      for (int b = 0; b < size && all; b++) {
        all = a == b || reach.at(a, b);
      }
      if (all) {
        s.add(candidates.get(a));
      }
    }
    return s.build();
  }

  /**
   * Returns the Schwartz set: the union of the smallest sets that no outside candidate beats. A candidate
   * is in it when it has a beat-path back to every candidate with a beat-path to it. A subset of the
   * Smith set; they differ only where there are pairwise ties.
   *
   * @return the Schwartz set, in ballot-paper order
   */
  public ImmutableSet<Candidate> schwartzSet() {
    Reach reach = closure(true);
    ImmutableSet.Builder<Candidate> s = ImmutableSet.builder();
    for (int a = 0; a < size; a++) {
      boolean in = true;
      for (int b = 0; b < size && in; b++) {
        in = a == b || !reach.at(b, a) || reach.at(a, b);
      }
      if (in) {
        s.add(candidates.get(a));
      }
    }
    return s.build();
  }

  /**
   * Transitive closure of "beats" (strict) or "beats or ties" (not strict), Warshall's scheme over rows
   * of bits: row a reaches b when bit b of {@code r[a]} is set. O(n^3 / 64).
   */
  private Reach closure(boolean strict) {
    int words = (size + 63) >>> 6;
    long[][] r = new long[size][words];
    for (int a = 0; a < size; a++) {
      for (int b = 0; b < size; b++) {
        if (a != b && (strict ? at(a, b) > at(b, a) : at(a, b) >= at(b, a))) {
          r[a][b >>> 6] |= 1L << b;
        }
      }
    }
    for (int k = 0; k < size; k++) {
      long[] viaK = r[k];
      for (int a = 0; a < size; a++) {
        long[] row = r[a];
        if ((row[k >>> 6] & (1L << k)) != 0) {
          for (int w = 0; w < words; w++) {
            row[w] |= viaK[w];
          }
        }
      }
    }
    return new Reach(r);
  }

  /** Who reaches whom, as rows of bits. */
  private static final class Reach {
    private final long[][] rows;

    Reach(long[][] rows) {
      this.rows = rows;
    }

    boolean at(int a, int b) {
      return (rows[a][b >>> 6] & (1L << b)) != 0;
    }
  }

  /** The comparison as a table for a report: the papers preferring each candidate to each other. */
  PairTable table() {
    return PairTable.of("papers preferring", candidates, d);
  }

  /** Number of candidates compared. */
  int size() {
    return size;
  }

  /** Papers preferring candidate i to candidate j (indices into {@link #candidates()}). */
  long at(int i, int j) {
    return d[i * size + j];
  }

  boolean beats(int i, int j) {
    return at(i, j) > at(j, i);
  }

  int indexOf(Candidate c) {
    int i = candidates.indexOf(c);
    Checks.check(i >= 0, "candidate", c, "\"%s\" is not a candidate standing in this comparison", c);
    return i;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PairwiseMatrix other
        && candidates.equals(other.candidates)
        && unranked == other.unranked
        && ballots.equals(other.ballots)
        && Arrays.equals(d, other.d);
  }

  @Override
  public int hashCode() {
    return (candidates.hashCode() * 31 + unranked.hashCode()) * 31 + Arrays.hashCode(d);
  }

  /** Returns the matrix as text: one line per candidate, "A: over B 12, over C 7". */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("PairwiseMatrix[");
    for (int a = 0; a < size; a++) {
      s.append(a == 0 ? "" : "; ").append(candidates.get(a)).append(':');
      for (int b = 0; b < size; b++) {
        if (a != b) {
          s.append(" over ").append(candidates.get(b)).append(' ').append(at(a, b)).append(b == size - 1 || (b == size - 2 && a == size - 1) ? "" : ",");
        }
      }
    }
    return s.append(']').toString();
  }
}
