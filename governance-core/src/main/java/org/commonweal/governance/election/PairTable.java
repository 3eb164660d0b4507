package org.commonweal.governance.election;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonweal.governance.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A whole number for each ordered pair of candidates, as a stage of a Condorcet count shows it: the
 * papers preferring each candidate to each other (the first stage of every pairwise method), or the
 * strength of Schulze's strongest path from each candidate to each other.
 *
 * <pre>{@code
 * PairTable pairs = result.report().stages().get(0).pairs().orElseThrow();
 * pairs.name();                 // "papers preferring"
 * pairs.get(montroll, kiss);    // papers ranking Montroll above Kiss
 * }</pre>
 *
 * <p>A report holds such a table as the numbers themselves, one {@code long} a pair, with the candidates
 * listed once: its size is that of what it says, whatever the length of the names. (Writing each pair as
 * a named value, "Montroll over Kiss", repeated every name n times.)
 *
 * <p>Immutable and thread-safe. Built by the counts; a caller reads it, or rebuilds one it has stored with
 * {@link #of(String, List, long[][])}.
 *
 * @since 0.1.0
 */
public final class PairTable {
  private final String name;
  private final ImmutableList<Candidate> candidates;
  /** values[i * n + j]: the number for candidate i to candidate j; 0 on the diagonal. */
  private final long[] values;

  private PairTable(String name, ImmutableList<Candidate> candidates, long[] values) {
    this.name = name;
    this.candidates = candidates;
    this.values = values;
  }

  /**
   * Returns a table of the given numbers, as a stored report gives them back: {@code counts[i][j]} is the
   * number for {@code candidates.get(i)} to {@code candidates.get(j)}. A candidate is never counted against
   * itself, so the diagonal ({@code counts[i][i]}) must be 0, as {@link #get} gives it.
   *
   * <p>The numbers are copied; later changes to {@code counts} do not reach the table. Cost: O(n²) for n
   * candidates.
   *
   * @param name what the numbers are, for example {@code "papers preferring"}; not blank
   * @param candidates the candidates, in ballot-paper order, each once
   * @param counts n rows of n numbers, for n candidates
   * @return the table
   * @throws org.commonweal.governance.base.InvalidValueException naming {@code name} if it is blank,
   *     {@code candidates} if one is listed twice, {@code counts} if it is not n rows of n numbers or a
   *     number on its diagonal is not 0
   */
  public static PairTable of(String name, List<Candidate> candidates, long[][] counts) {
    Checks.notBlank("name", name);
    ImmutableList<Candidate> list = ImmutableList.copyOf(candidates);
    Set<Candidate> seen = new HashSet<>();
    for (Candidate c : list) {
      Checks.check(seen.add(c), "candidates", c, "\"%s\" is listed twice in the table's candidates", c);
    }
    int n = list.size();
    Checks.check(
        counts.length == n, "counts", counts.length, "a table of %s candidates needs %s rows, not %s", n, n, counts.length);
    long[] values = new long[n * n];
    for (int i = 0; i < n; i++) {
      long[] row = counts[i];
      Checks.check(
          row.length == n, "counts", row.length, "row %s of a table of %s candidates needs %s numbers, not %s", i, n, n, row.length);
      Checks.check(
          row[i] == 0, "counts", row[i], "the number for %s to itself (row %s) must be 0, not %s", list.get(i), i, row[i]);
      System.arraycopy(row, 0, values, i * n, n);
    }
    return new PairTable(name, list, values);
  }

  /**
   * A table of the given numbers, indexed as {@code values[i * n + j]} for the candidates' indices; the
   * array becomes the table's and must not be changed after.
   */
  static PairTable of(String name, ImmutableList<Candidate> candidates, long[] values) {
    assert values.length == candidates.size() * candidates.size();
    return new PairTable(name, candidates, values);
  }

  /**
   * Returns what the numbers are, for example {@code "papers preferring"} or {@code "strongest path"}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the candidates the table pairs, in ballot-paper order.
   *
   * @return the candidates
   */
  public ImmutableList<Candidate> candidates() {
    return candidates;
  }

  /**
   * Returns the number for the ordered pair ({@code from}, {@code to}).
   *
   * @param from a candidate of the table
   * @param to a candidate of the table
   * @return the number; 0 when {@code from} is {@code to}
   * @throws org.commonweal.governance.base.InvalidValueException if either is not in the table
   */
  public long get(Candidate from, Candidate to) {
    return at(indexOf(from), indexOf(to));
  }

  /** The number for candidates i and j, by index. */
  long at(int i, int j) {
    return values[i * candidates.size() + j];
  }

  private int indexOf(Candidate c) {
    int i = candidates.indexOf(c);
    Checks.check(i >= 0, "candidate", c, "\"%s\" is not a candidate of this table (%s)", c, name);
    return i;
  }

  /**
   * Returns whether {@code o} is a table of the same name, candidates and numbers.
   *
   * @param o the object compared with
   * @return true for an equal table
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PairTable t
        && name.equals(t.name)
        && candidates.equals(t.candidates)
        && Arrays.equals(values, t.values);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return (name.hashCode() * 31 + candidates.hashCode()) * 31 + Arrays.hashCode(values);
  }

  /**
   * Returns the name and size, for example {@code "PairTable[papers preferring, 3 candidates]"}: the
   * numbers themselves are read with {@link #get}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "PairTable[" + name + ", " + candidates.size() + " candidates]";
  }
}
