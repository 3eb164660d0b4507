package org.commonweal.governance.election;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One contest to be counted: the candidates in ballot-paper order, the number of seats, any withdrawn
 * candidates, the ballots as cast, and the {@link BallotRules} for reading them.
 *
 * <p>The candidates' order is the order of the ballot paper (or of the ballot file); reports list
 * candidates in it, and {@link org.commonweal.governance.base.TieBreaker#givenOrder()} presents tied
 * candidates in it. Every candidate marked on a ballot must be one of the candidates.
 *
 * <pre>{@code
 * Election board = Election.builder()
 *     .title("Board election 2026")
 *     .addCandidates(alice, bob, carol, dan)
 *     .seats(2)
 *     .addBallots(RankedBallot.of(40, alice, bob), RankedBallot.of(25, carol), RankedBallot.of(30, dan, carol))
 *     .build();
 * ElectionResult result = method.count(board, TieBreaker.seeded(2026));
 * }</pre>
 *
 * <p>Building an election checks every mark of every ballot against the candidates: O(m) for m marks.
 * The ballots' counts must add up to at most {@link Long#MAX_VALUE} papers; building refuses more with
 * an {@link InvalidValueException} naming the ballot that takes the total past it.
 * The first count reads the ranked ballots under the rules once, in O(m), and keeps the result, so later
 * counts of the same election do not read them again. An election read from a ballot file whose papers
 * are all simple rankings holds them as candidate indices, read under the rules as they were read, and
 * makes the ballot objects only when {@link #ballots()} is first called; it equals, and counts as, the
 * same election built ballot by ballot.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class Election {
  Election() {}

  /**
   * Returns the title of the contest, for reports (for example the ward's name); may be empty.
   *
   * @return the title
   */
  @Value.Default
  public String title() {
    return "";
  }

  /**
   * Returns the candidates in ballot-paper order, withdrawn ones included.
   *
   * @return the candidates, at least one, distinct
   */
  public abstract ImmutableList<Candidate> candidates();

  /**
   * Returns the number of seats to fill.
   *
   * @return the seats, at least 1; 1 by default
   */
  @Value.Default
  public int seats() {
    return 1;
  }

  /**
   * Returns the candidates who withdrew after the ballot papers were printed: marks for them are passed
   * over and they take no part in the count.
   *
   * @return the withdrawn candidates, each one of {@link #candidates()}
   */
  public abstract ImmutableSet<Candidate> withdrawn();

  /**
   * Returns the candidate that stands for every undeclared write-in, where the ballots have one (a
   * cast-vote record's write-in selections, or its write-in labels, all read as this one candidate).
   * The {@code rcv} counts ({@link RcvSettings}) treat it as RCTab does: it is excluded first, alone,
   * can never be elected, and nobody is elected while it holds votes. Other methods count it as any
   * other candidate.
   *
   * @return the undeclared write-in, one of {@link #candidates()} and not withdrawn; empty by default
   */
  public abstract Optional<Candidate> undeclaredWriteIn();

  /**
   * Returns the ballots as cast.
   *
   * @return the ballots
   */
  public abstract ImmutableList<Ballot> ballots();

  /**
   * Returns how ranked ballots are read.
   *
   * @return the rules; {@link BallotRules#standard()} by default
   */
  @Value.Default
  public BallotRules rules() {
    return BallotRules.standard();
  }

  /**
   * Returns the candidates standing: {@link #candidates()} less {@link #withdrawn()}, in ballot-paper
   * order.
   *
   * @return the continuing candidates at the start of the count
   */
  @Value.Lazy
  public ImmutableList<Candidate> standing() {
    if (withdrawn().isEmpty()) {
      return candidates();
    }
    ImmutableList.Builder<Candidate> standing = ImmutableList.builder();
    for (Candidate c : candidates()) {
      if (!withdrawn().contains(c)) {
        standing.add(c);
      }
    }
    return standing.build();
  }

  /**
   * Returns the total number of papers (the sum of the ballots' counts), valid or not.
   *
   * @return the number of papers
   */
  @Value.Lazy
  public long papers() {
    long n = 0;
    for (Ballot b : ballots()) {
      n = Math.addExact(n, b.count());
    }
    return n;
  }

  /**
   * Returns the position of each candidate in ballot-paper order. A hash map, not an immutable map:
   * it stores each key's hash beside it, so a lookup compares names only on a match, which keeps the
   * reading of a ballot that ranks a million candidates linear and quick. Never modified once built.
   *
   * @return candidate to index, from 0
   */
  @Value.Lazy
  Map<Candidate, Integer> index() {
    Map<Candidate, Integer> m = Maps.newHashMapWithExpectedSize(candidates().size());
    for (int i = 0; i < candidates().size(); i++) {
      m.put(candidates().get(i), i);
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * Returns the position of a candidate in ballot-paper order.
   *
   * @throws InvalidValueException if the candidate is not standing in this election
   */
  int indexOf(Candidate candidate) {
    Integer i = index().get(candidate);
    if (i == null) {
      throw Checks.invalid(
          "candidate", candidate, "\"%s\" is not a candidate in %s", candidate, title().isEmpty() ? "this election" : title());
    }
    return i;
  }

  /**
   * The ranked ballots as the reader of a file read them, candidate by index, when it could (see {@link
   * #readAs}); null otherwise. Not part of the value: it equals what {@link RankedProfile#read} gives.
   */
  private volatile @Nullable RankedProfile readAlready;

  /**
   * Gives the ranked ballots as already read from a file, so that the first count does not look every
   * mark up again; the profile must be the one {@link RankedProfile#read} gives for this election.
   */
  void readAs(RankedProfile profile) {
    this.readAlready = profile;
  }

  /**
   * The cap on ranks the rules set for this election ({@link BallotRules#maxRanks()}, or with {@link
   * BallotRules#maxRanksDeclared()} the declared candidates), or {@link Integer#MAX_VALUE} for none.
   */
  int maxRanks() {
    if (rules().maxRanksDeclared()) {
      return Math.max(1, candidates().size() - (undeclaredWriteIn().isPresent() ? 1 : 0));
    }
    return rules().maxRanks().orElse(Integer.MAX_VALUE);
  }

  /** The ranked ballots read under the rules; computed at the first count and kept. */
  @Value.Lazy
  RankedProfile rankedProfile() {
    Checks.check(
        rules().overvote() != BallotRules.Overvote.EXHAUST_IF_MULTIPLE_CONTINUING,
        "overvote",
        rules().overvote(),
        "overvote rule %s is decided at each transfer; only the rcv counts (RcvSettings) apply it",
        rules().overvote());
    RankedProfile read = readAlready;
    return read != null ? read : RankedProfile.read(this);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an election with the standard ballot rules and no title or withdrawals.
   *
   * @param candidates the candidates in ballot-paper order
   * @param seats the seats to fill
   * @param ballots the ballots as cast
   * @return the election
   */
  public static Election of(List<Candidate> candidates, int seats, List<? extends Ballot> ballots) {
    return builder().candidates(candidates).seats(seats).ballots(ballots).build();
  }

  /**
   * Compares the attributes: title, candidates in order, seats, withdrawn candidates, undeclared
   * write-in, ballots and rules. Written here, not generated, so that an election a reader holds
   * compactly ({@link ReadElection}) equals the same election built ballot by ballot.
   */
  @Override
  public final boolean equals(@Nullable Object another) {
    if (this == another) {
      return true;
    }
    return another instanceof Election e
        && seats() == e.seats()
        && title().equals(e.title())
        && candidates().equals(e.candidates())
        && withdrawn().equals(e.withdrawn())
        && undeclaredWriteIn().equals(e.undeclaredWriteIn())
        && rules().equals(e.rules())
        && ballots().equals(e.ballots());
  }

  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + title().hashCode();
    h += (h << 5) + candidates().hashCode();
    h += (h << 5) + seats();
    h += (h << 5) + withdrawn().hashCode();
    h += (h << 5) + undeclaredWriteIn().hashCode();
    h += (h << 5) + ballots().hashCode();
    h += (h << 5) + rules().hashCode();
    return h;
  }

  @Override
  public final String toString() {
    return MoreObjects.toStringHelper("Election")
        .omitNullValues()
        .add("title", title())
        .add("candidates", candidates())
        .add("seats", seats())
        .add("withdrawn", withdrawn())
        .add("undeclaredWriteIn", undeclaredWriteIn().orElse(null))
        .add("ballots", ballots())
        .add("rules", rules())
        .toString();
  }

  /** Builds an {@link Election}. */
  public static final class Builder extends ImmutableElection.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.check(!candidates().isEmpty(), "candidates", candidates(), "an election needs at least one candidate");
    Checks.atLeast("seats", seats(), 1);
    Set<Candidate> known = Sets.newHashSetWithExpectedSize(candidates().size());
    for (Candidate c : candidates()) {
      Checks.check(known.add(c), "candidates", c, "candidate \"%s\" is listed twice", c);
    }
    for (Candidate c : withdrawn()) {
      Checks.check(known.contains(c), "withdrawn", c, "withdrawn candidate \"%s\" is not one of the candidates", c);
    }
    undeclaredWriteIn()
        .ifPresent(
            w -> {
              Checks.check(known.contains(w), "undeclaredWriteIn", w, "undeclared write-in \"%s\" is not one of the candidates", w);
              Checks.check(!withdrawn().contains(w), "undeclaredWriteIn", w, "undeclared write-in \"%s\" is withdrawn", w);
            });
    // Ballots read from a file hold the election's own candidate objects: among a few candidates, a scan
    // by identity finds them sooner than the set, which is asked only when the scan fails.
    Candidate[] listed = candidates().size() <= SCAN ? candidates().toArray(new Candidate[0]) : new Candidate[0];
    checkBallots(ballots(), listed, known);
  }

  /**
   * Checks that the papers' total fits in a long and that every mark is a candidate's. A method of its
   * own, apart from the checks made once per election: it is the one hot loop here, and kept small it is
   * compiled once, not again each time a check made once per election takes a path not seen before.
   * Cost: O(marks).
   */
  private static void checkBallots(ImmutableList<Ballot> ballots, Candidate[] listed, Set<Candidate> known) {
    long papers = 0;
    // A reader's ballots draw their marks from one table of the election's candidates: checked once,
    // the table vouches for every mark of every paper drawn from it.
    Candidate @Nullable [] checkedTable = null;
    for (int i = 0; i < ballots.size(); i++) {
      Ballot b = ballots.get(i);
      papers += b.count();
      if (papers < 0) { // both addends are positive, so a negative sum is an overflow
        throw Checks.invalid(
            "ballots",
            b,
            "ballot %s takes the number of papers past %s, the most an election can hold",
            i + 1,
            Counting.number(Long.MAX_VALUE));
      }
      if (b instanceof RankedBallot r) {
        Candidate @Nullable [] table = r.drawnFrom();
        if (table != null && (table == checkedTable || allKnown(table, known))) {
          checkedTable = table;
          continue;
        }
        for (Candidate c : r.marks()) {
          if (!isListed(listed, c)) {
            checkKnown(known, c, i);
          }
        }
      } else if (b instanceof ApprovalBallot a) {
        for (Candidate c : a.approved()) {
          checkKnown(known, c, i);
        }
      } else if (b instanceof ScoreBallot s) {
        for (Candidate c : s.scores().keySet()) {
          checkKnown(known, c, i);
        }
      }
    }
  }

  /** Up to this many candidates, a mark is looked for by identity among them before the set is asked. */
  private static final int SCAN = 16;

  /** Whether every entry of a reader's table of candidates is one of the election's. */
  private static boolean allKnown(Candidate[] table, Set<Candidate> known) {
    for (Candidate c : table) {
      if (!known.contains(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isListed(Candidate[] listed, Candidate c) {
    for (Candidate l : listed) {
      if (l == c) {
        return true;
      }
    }
    return false;
  }

  private static void checkKnown(Set<Candidate> known, Candidate c, int ballot) {
    // The if, not Checks.check, so that a passing check boxes no ballot number: it runs once per mark.
    if (!known.contains(c)) {
      throw Checks.invalid("ballots", c, "ballot %s marks \"%s\", who is not one of the candidates", ballot + 1, c);
    }
  }
}
