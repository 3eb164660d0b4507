package org.commonweal.governance.election;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A ranked ballot paper (or {@linkplain #count() several identical ones}), exactly as marked: at each
 * rank, the candidates the voter marked there.
 *
 * <p>Most ranks hold one candidate. A rank may also hold none (a skipped rank) or several (an overvote,
 * or an equal preference where the rules allow one), and a candidate may appear at more than one rank.
 * The ballot keeps all of this; the election's {@link BallotRules} decide what it means when the ballot
 * is counted, so that one set of papers can be counted under the rules of different jurisdictions.
 *
 * <pre>{@code
 * RankedBallot simple = RankedBallot.of(370, alice, bob);          // 370 papers: 1 Alice, 2 Bob
 * RankedBallot marked = RankedBallot.builder()
 *     .rank(alice).skip().rank(bob, carol)                          // 1 Alice, 2 blank, 3 Bob and Carol
 *     .build();
 * }</pre>
 *
 * <p>Some published records say only that a rank was overvoted, not which candidates were marked there
 * (US cast-vote records write {@code $OVERVOTE}); {@link Builder#overvote()} records such a rank, and
 * the rules read it as an overvote.
 *
 * <p>Stored compactly (one array of candidates, and rank boundaries only where a rank does not hold
 * exactly one candidate), because real elections hold millions of papers.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RankedBallot extends Ballot {
  private static final Candidate[] NONE = new Candidate[0];

  private final long count;
  private final Candidate[] marks;
  /** End (exclusive) of each rank in {@link #marks}; null when every rank holds exactly one candidate. */
  private final int @Nullable [] ends;
  /** Ranks (ascending) recorded as overvotes whose candidates are not known; null when there are none. */
  private final int @Nullable [] overvotes;
  /**
   * The candidates a reader drew every mark from, or null: an election then checks that table once,
   * not each mark of each paper. Not part of the value.
   */
  private final Candidate @Nullable [] drawnFrom;

  private RankedBallot(long count, Candidate[] marks, int @Nullable [] ends) {
    this(count, marks, ends, null, null);
  }

  private RankedBallot(
      long count,
      Candidate[] marks,
      int @Nullable [] ends,
      int @Nullable [] overvotes,
      Candidate @Nullable [] drawnFrom) {
    // The if, not Checks.check, so that a passing check boxes no count: it runs once per ballot.
    if (count < 1) {
      throw Checks.invalid("count", count, "ballot count (%s) must be at least 1", count);
    }
    this.count = count;
    this.marks = marks;
    this.ends = ends;
    this.overvotes = overvotes;
    this.drawnFrom = drawnFrom;
  }

  /**
   * Returns one paper ranking the candidates in order, one per rank.
   *
   * @param preferences the candidates, first preference first
   * @return the ballot
   */
  public static RankedBallot of(Candidate... preferences) {
    return of(1, preferences);
  }

  /**
   * Returns {@code count} identical papers ranking the candidates in order, one per rank.
   *
   * @param count the number of papers, at least 1
   * @param preferences the candidates, first preference first
   * @return the ballot
   */
  public static RankedBallot of(long count, Candidate... preferences) {
    Candidate[] marks = preferences.clone();
    for (int i = 0; i < marks.length; i++) {
      checkNotNull(marks[i], "preferences[%s]", i);
    }
    return new RankedBallot(count, marks, null);
  }

  /**
   * A simple ranking that takes the array as it is, for readers that built it: no copy, no checks
   * beyond the count's. The caller gives up the array, and vouches that every mark is an entry of
   * {@code table}, which it must not change either.
   */
  static RankedBallot owning(long count, Candidate[] marks, Candidate[] table) {
    return new RankedBallot(count, marks, null, null, table);
  }

  /** The table every mark was drawn from, for readers' ballots; null for any other. */
  Candidate @Nullable [] drawnFrom() {
    return drawnFrom;
  }

  /**
   * Returns {@code count} identical papers ranking the candidates in order, one per rank.
   *
   * @param count the number of papers, at least 1
   * @param preferences the candidates, first preference first
   * @return the ballot
   */
  public static RankedBallot of(long count, List<Candidate> preferences) {
    return of(count, preferences.toArray(NONE));
  }

  /**
   * Returns {@code count} identical papers with the given marks at each rank (an empty collection for a
   * skipped rank, several candidates for an overvote or an equal preference).
   *
   * @param count the number of papers, at least 1
   * @param ranks the candidates marked at each rank, first rank first
   * @return the ballot
   */
  public static RankedBallot ofRanks(long count, List<? extends Collection<Candidate>> ranks) {
    Builder b = builder().count(count);
    for (Collection<Candidate> rank : ranks) {
      b.rank(rank);
    }
    return b.build();
  }

  /**
   * Returns a builder, for ballots with skipped ranks, overvotes or equal preferences.
   *
   * @return a new builder with a count of 1 and no ranks
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public long count() {
    return count;
  }

  /**
   * Returns the same marks with another multiplicity.
   *
   * @param newCount the number of papers, at least 1
   * @return the ballot
   */
  public RankedBallot withCount(long newCount) {
    return newCount == count ? this : new RankedBallot(newCount, marks, ends, overvotes, drawnFrom);
  }

  /**
   * Returns the number of ranks marked or skipped, up to the last marked one.
   *
   * @return the number of ranks
   */
  public int rankCount() {
    return ends == null ? marks.length : ends.length;
  }

  /**
   * Returns the candidates marked at one rank.
   *
   * @param rank the rank, from 0 for the first preference
   * @return the candidates marked there: none for a skipped rank (or an {@linkplain
   *     #isUnidentifiedOvervote(int) unidentified overvote}), several for an overvote or equal preference
   */
  public ImmutableSet<Candidate> rank(int rank) {
    return ImmutableSet.copyOf(Arrays.asList(marks).subList(start(rank), end(rank)));
  }

  /**
   * Returns the candidates marked at every rank, first rank first.
   *
   * @return the ranks
   */
  public ImmutableList<ImmutableSet<Candidate>> ranks() {
    ImmutableList.Builder<ImmutableSet<Candidate>> b = ImmutableList.builderWithExpectedSize(rankCount());
    for (int r = 0; r < rankCount(); r++) {
      b.add(rank(r));
    }
    return b.build();
  }

  /**
   * Returns whether every rank holds exactly one candidate (no skips, overvotes or equal preferences;
   * a candidate may still be repeated).
   *
   * @return true for a simple ranking
   */
  public boolean isSimple() {
    return ends == null;
  }

  /**
   * Returns whether a rank is recorded as an overvote without the candidates marked there (as US
   * cast-vote records write {@code $OVERVOTE}); such a rank holds no candidates and the rules read it as
   * an overvote.
   *
   * @param rank the rank, from 0 for the first preference
   * @return true for an unidentified overvote
   */
  public boolean isUnidentifiedOvervote(int rank) {
    return overvotes != null && Arrays.binarySearch(overvotes, rank) >= 0;
  }

  int start(int rank) {
    return ends == null ? rank : (rank == 0 ? 0 : ends[rank - 1]);
  }

  int end(int rank) {
    return ends == null ? rank + 1 : ends[rank];
  }

  /** The marks in rank order, shared: callers in this package must not modify it. */
  Candidate[] marks() {
    return marks;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof RankedBallot other)) {
      return false;
    }
    return count == other.count
        && Arrays.equals(marks, other.marks)
        && Arrays.equals(boundaries(), other.boundaries())
        && Arrays.equals(overvotes, other.overvotes);
  }

  private int[] boundaries() {
    if (ends != null) {
      return ends;
    }
    int[] b = new int[marks.length];
    for (int i = 0; i < b.length; i++) {
      b[i] = i + 1;
    }
    return b;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * Long.hashCode(count) + Arrays.hashCode(marks)) + Arrays.hashCode(boundaries()))
        + Arrays.hashCode(overvotes);
  }

  /**
   * Returns, for example, {@code 370 x [Alice, -, {Bob, Carol}, ?]} ({@code -} is a skipped rank,
   * {@code ?} an unidentified overvote).
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder().append(count).append(" x [");
    for (int r = 0; r < rankCount(); r++) {
      if (r > 0) {
        s.append(", ");
      }
      int n = end(r) - start(r);
      if (n == 0) {
        s.append(isUnidentifiedOvervote(r) ? '?' : '-');
      } else if (n == 1) {
        s.append(marks[start(r)]);
      } else {
        s.append('{');
        for (int i = start(r); i < end(r); i++) {
          s.append(i > start(r) ? ", " : "").append(marks[i]);
        }
        s.append('}');
      }
    }
    return s.append(']').toString();
  }

  /**
   * Builds a {@link RankedBallot} rank by rank.
   *
   * <p>Not thread-safe; the ballots it builds are.
   */
  public static final class Builder {
    private long count = 1;
    private final List<Candidate> marks = new ArrayList<>();
    private final List<Integer> ends = new ArrayList<>();
    private final List<Integer> overvotes = new ArrayList<>();
    private boolean simple = true;

    private Builder() {}

    /**
     * Sets the number of identical papers.
     *
     * @param count at least 1
     * @return this builder
     */
    public Builder count(long count) {
      this.count = count;
      return this;
    }

    /**
     * Adds the next rank, with the candidates marked there (none for a skipped rank).
     *
     * @param candidates the candidates marked at this rank
     * @return this builder
     */
    public Builder rank(Candidate... candidates) {
      return rank(Arrays.asList(candidates));
    }

    /**
     * Adds the next rank, with the candidates marked there (none for a skipped rank).
     *
     * @param candidates the candidates marked at this rank
     * @return this builder
     */
    public Builder rank(Collection<Candidate> candidates) {
      for (Candidate c : candidates) {
        marks.add(checkNotNull(c, "candidate at rank %s", ends.size() + 1));
      }
      simple &= candidates.size() == 1;
      ends.add(marks.size());
      return this;
    }

    /**
     * Adds a skipped (blank) rank.
     *
     * @return this builder
     */
    public Builder skip() {
      return rank(List.of());
    }

    /**
     * Adds a rank recorded as an overvote whose candidates are not known (a cast-vote record's {@code
     * $OVERVOTE}). The election's {@link BallotRules#overvote()} says what it means, as for any
     * overvote; it is never an equal preference.
     *
     * @return this builder
     */
    public Builder overvote() {
      overvotes.add(ends.size());
      return skip();
    }

    /**
     * Builds the ballot. Trailing skipped ranks are dropped: a blank after the last mark means nothing.
     *
     * @return the ballot
     * @throws InvalidValueException if the count is below 1
     */
    public RankedBallot build() {
      int rankCount = ends.size();
      while (rankCount > 0
          && ends.get(rankCount - 1).equals(rankCount == 1 ? 0 : ends.get(rankCount - 2))
          && !overvotes.contains(rankCount - 1)) {
        rankCount--;
      }
      boolean isSimple = simple || allSingle(rankCount);
      Candidate[] m = marks.toArray(NONE);
      if (isSimple) {
        return new RankedBallot(count, m, null);
      }
      int[] e = new int[rankCount];
      for (int i = 0; i < rankCount; i++) {
        e[i] = ends.get(i);
      }
      int[] o = overvotes.stream().mapToInt(Integer::intValue).toArray();
      return new RankedBallot(count, m, e, o.length == 0 ? null : o, null);
    }

    private boolean allSingle(int rankCount) {
      for (int r = 0; r < rankCount; r++) {
        int start = r == 0 ? 0 : ends.get(r - 1);
        if (ends.get(r) - start != 1) {
          return false;
        }
      }
      return true;
    }
  }
}
