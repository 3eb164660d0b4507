package org.commonweal.governance.election;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An election as a reader of a ballot file holds it: its distinct ballots as candidate indices in a few
 * arrays, not as one object each. A count reads the papers from the profile the reader made as it read
 * them ({@link #rankedProfile()}), so a count that reads the profile builds no ballot object; {@link
 * #ballots()} builds the list the first time it is asked for, and keeps it.
 *
 * <p>It is the election {@link #ballots()} describes in every respect: equal to the same election built
 * ballot by ballot ({@link Election#equals}), with the same hash code and text. Only ballots a reader
 * holds as simple rankings (one candidate at each rank, no rank skipped) are held this way; a file with
 * any other paper is read into an ordinary election.
 *
 * <p>Why: the Scottish ward files hold about a million distinct rankings between them, and a count of
 * all of them in one process spent a tenth of its time making, checking and collecting ballot objects
 * that no count read. Holding them as indices costs 4 bytes a mark and 12 a ballot (the profile shares
 * these arrays where every paper is valid as it stands, and copies what it keeps otherwise), against
 * about 60 a ballot as objects. {@link #equals}, {@link #hashCode} and {@link #toString} compare, hash
 * and print the ballots, and so make them. Package-private; immutable and thread-safe (the arrays are
 * never modified).
 */
final class ReadElection extends Election {
  /** The same election with no ballots: its attributes, checks and lazily computed values serve this one. */
  private final Election shell;

  /** The candidates by index, as the marks number them; the ballots' marks are drawn from this table. */
  private final Candidate[] byIndex;

  /** Every ballot's candidate indices, ballot after ballot, in the order the ballots first appeared. */
  private final int[] marks;

  /** Where each ballot starts in {@link #marks}; {@code offset[size]} is the end of the last. */
  private final int[] offset;

  /** Papers per ballot. */
  private final long[] weight;

  private final int size;

  /** All papers, valid or not: the reader checked while reading that the sum fits a long. */
  private final long papers;

  private volatile @Nullable ImmutableList<Ballot> ballots;

  /** Guards the making of {@link #ballots}: a lock of its own, not the election, which callers can reach. */
  private final Object lock = new Object();

  /**
   * @param shell the election with the title, candidates, seats, withdrawals and rules, and no ballots
   * @param byIndex the candidates in the shell's order; the arrays are handed over, not copied
   * @param profile the ballots read under the shell's rules, as {@link RankedProfile#read} would read them
   */
  ReadElection(
      Election shell, Candidate[] byIndex, int[] marks, int[] offset, long[] weight, int size, long papers, RankedProfile profile) {
    this.shell = shell;
    this.byIndex = byIndex;
    this.marks = marks;
    this.offset = offset;
    this.weight = weight;
    this.size = size;
    this.papers = papers;
    readAs(profile);
  }

  @Override
  public String title() {
    return shell.title();
  }

  @Override
  public ImmutableList<Candidate> candidates() {
    return shell.candidates();
  }

  @Override
  public int seats() {
    return shell.seats();
  }

  @Override
  public ImmutableSet<Candidate> withdrawn() {
    return shell.withdrawn();
  }

  @Override
  public Optional<Candidate> undeclaredWriteIn() {
    return shell.undeclaredWriteIn();
  }

  @Override
  public BallotRules rules() {
    return shell.rules();
  }

  /** Built at the first call, in O(marks), and kept. */
  @Override
  public ImmutableList<Ballot> ballots() {
    ImmutableList<Ballot> b = ballots;
    if (b == null) {
      synchronized (lock) {
        b = ballots;
        if (b == null) {
          b = build();
          ballots = b;
        }
      }
    }
    return b;
  }

  private ImmutableList<Ballot> build() {
    Ballot[] out = new Ballot[size];
    for (int i = 0; i < size; i++) {
      Candidate[] m = new Candidate[offset[i + 1] - offset[i]];
      for (int k = 0; k < m.length; k++) {
        m[k] = byIndex[marks[offset[i] + k]];
      }
      out[i] = RankedBallot.owning(weight[i], m, byIndex);
    }
    return ImmutableList.copyOf(out);
  }

  /** Whether the election has any ballot, without building them. */
  boolean hasBallots() {
    return size > 0;
  }

  @Override
  public ImmutableList<Candidate> standing() {
    return shell.standing();
  }

  @Override
  public long papers() {
    return papers;
  }

  @Override
  Map<Candidate, Integer> index() {
    return shell.index();
  }
}
