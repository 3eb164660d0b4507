package org.commonweal.governance.election;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.Checks;

/**
 * What the counting methods of this package share: the checks every method makes on its election,
 * building stage totals, and choosing the highest candidates with ties broken and recorded.
 *
 * <p>Package-private and stateless.
 */
final class Counting {
  private Counting() {}

  /** A history with no earlier stages, for ties that only the lot can break. */
  static final TieResolver.History NO_HISTORY =
      new TieResolver.History() {
        @Override
        public int stages() {
          return 0;
        }

        @Override
        public int compare(int stage, int a, int b) {
          return 0;
        }
      };

  /**
   * Refuses an election with more than one seat, for a single-winner method.
   *
   * @throws InvalidValueException naming the method and the seats
   */
  static void requireOneSeat(String method, Election election) {
    Checks.check(
        election.seats() == 1,
        "seats",
        election.seats(),
        "%s elects one candidate; seats (%s) must be 1",
        method,
        election.seats());
  }

  /**
   * Refuses ranked papers with equal preferences, for a method that gives each paper to one candidate at
   * a time.
   *
   * @throws InvalidValueException saying how many papers have them
   */
  static void refuseEqualPreferences(String method, RankedProfile profile) {
    if (!profile.hasEqualPreferences()) {
      return;
    }
    long papers = 0;
    for (int i = 0; i < profile.size; i++) {
      if (profile.groups(i) != null) {
        papers += profile.weight[i];
      }
    }
    if (papers > 0) {
      throw Checks.invalid(
          "ballots",
          papers + " papers",
          "%s gives each paper to one candidate at a time, so it cannot count equal preferences (%s papers have"
              + " them); count with rules that read several candidates at one rank as an overvote",
          method,
          papers);
    }
  }

  /** The kinds of ballot an election holds. */
  enum Kind {
    RANKED,
    APPROVAL,
    SCORE,
    /** No ballots at all: any method may count it as ranked. */
    NONE
  }

  /**
   * Returns the one kind of ballot in an election.
   *
   * @throws InvalidValueException if the election mixes kinds
   */
  static Kind kindOf(Election election) {
    if (election instanceof ReadElection r) {
      return r.hasBallots() ? Kind.RANKED : Kind.NONE; // a reader holds only rankings this way
    }
    Kind kind = Kind.NONE;
    int position = 0;
    for (Ballot b : election.ballots()) {
      position++;
      Kind k = b instanceof RankedBallot ? Kind.RANKED : b instanceof ApprovalBallot ? Kind.APPROVAL : Kind.SCORE;
      if (kind == Kind.NONE) {
        kind = k;
      } else if (k != kind) {
        throw Checks.invalid(
            "ballots",
            b,
            "ballot %s is %s but earlier ballots are %s; an election holds one kind of ballot",
            position,
            k.name().toLowerCase(java.util.Locale.ROOT),
            kind.name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return kind;
  }

  /**
   * Refuses ballots of a kind the method cannot count.
   *
   * @throws InvalidValueException naming the method and the kind
   */
  static void refuseKind(String method, Kind kind, String accepted) {
    throw Checks.invalid(
        "ballots", kind, "%s counts %s, not %s ballots", method, accepted, kind.name().toLowerCase(java.util.Locale.ROOT));
  }

  /** Marks the standing candidates (by index in {@link Election#candidates()}). */
  static boolean[] standingMask(Election election) {
    boolean[] standing = new boolean[election.candidates().size()];
    for (Candidate c : election.standing()) {
      standing[election.indexOf(c)] = true;
    }
    return standing;
  }

  /** Indices of the standing candidates, in ballot-paper order. */
  static int[] standingIndices(Election election) {
    int[] s = new int[election.standing().size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = election.indexOf(election.standing().get(i));
    }
    return s;
  }

  /** Stage totals of the standing candidates, in ballot-paper order, from whole numbers. */
  static ImmutableMap<Candidate, Fraction> totals(Election election, long[] totals) {
    ImmutableMap.Builder<Candidate, Fraction> b = ImmutableMap.builderWithExpectedSize(election.standing().size());
    for (Candidate c : election.standing()) {
      b.put(c, Fraction.of(totals[election.indexOf(c)]));
    }
    return b.buildOrThrow();
  }

  /** Stage totals of the standing candidates, in ballot-paper order. */
  static ImmutableMap<Candidate, Fraction> totals(Election election, Fraction[] totals) {
    ImmutableMap.Builder<Candidate, Fraction> b = ImmutableMap.builderWithExpectedSize(election.standing().size());
    for (Candidate c : election.standing()) {
      b.put(c, totals[election.indexOf(c)]);
    }
    return b.buildOrThrow();
  }

  /**
   * Formats a number of papers or votes with thousands separators, as result sheets do: {@code
   * 1,234,567}, as {@code String.format(Locale.ROOT, "%,d", n)} writes it, without the formatter, whose
   * first use loads the locale machinery (a noticeable part of a small count's time).
   */
  static String number(long n) {
    String digits = Long.toString(n);
    int sign = n < 0 ? 1 : 0;
    int len = digits.length() - sign;
    if (len <= 3) {
      return digits;
    }
    StringBuilder s = new StringBuilder(digits.length() + len / 3).append(digits, 0, sign);
    int first = len % 3 == 0 ? 3 : len % 3;
    s.append(digits, sign, sign + first);
    for (int i = sign + first; i < digits.length(); i += 3) {
      s.append(',').append(digits, i, i + 3);
    }
    return s.toString();
  }

  /** Lists candidates' names, "A, B and C". */
  static String names(List<Candidate> candidates) {
    if (candidates.size() <= 1) {
      return candidates.isEmpty() ? "nobody" : candidates.get(0).name();
    }
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < candidates.size(); i++) {
      if (i > 0) {
        s.append(i == candidates.size() - 1 ? " and " : ", ");
      }
      s.append(candidates.get(i).name());
    }
    return s.toString();
  }

  /** The result of {@link #highest}: the chosen candidates in order, and the ties broken on the way. */
  record Choice(ImmutableList<Integer> chosen, ImmutableList<Tie> ties) {}

  /**
   * Chooses the {@code wanted} candidates with the highest scores among {@code among}: highest first,
   * equal scores in ballot-paper order; where equal scores straddle the last place chosen, the tie is
   * broken by {@code resolver} (the history's look-back, then the lot) and recorded. O(n log n + t n) for
   * n candidates and t tied places.
   *
   * @param stage the stage at which the choice is made, for the tie records
   * @param purpose what the candidates are chosen for, for the tie records
   * @param scores score per candidate index (higher is better)
   * @param among candidate indices, in ballot-paper order
   */
  static Choice highest(
      TieResolver resolver,
      TieResolver.History history,
      TieResolver.Direction direction,
      int stage,
      String purpose,
      Fraction[] scores,
      int[] among,
      int wanted) {
    Integer[] order = Arrays.stream(among).boxed().toArray(Integer[]::new);
    // Stable sort: equal scores keep ballot-paper order.
    Arrays.sort(order, (a, b) -> scores[b].compareTo(scores[a]));
    List<Integer> chosen = new ArrayList<>();
    List<Tie> ties = new ArrayList<>();
    int take = Math.min(wanted, order.length);
    if (take == 0) {
      return new Choice(ImmutableList.of(), ImmutableList.of());
    }
    Fraction boundary = scores[order[take - 1]];
    for (int i = 0; i < take && scores[order[i]].isGreaterThan(boundary); i++) {
      chosen.add(order[i]);
    }
    List<Integer> tied = new ArrayList<>();
    for (Integer c : order) {
      if (scores[c].equals(boundary)) {
        tied.add(c);
      }
    }
    tied.sort(Integer::compare);
    while (chosen.size() < take) {
      if (tied.size() == take - chosen.size()) {
        chosen.addAll(tied);
        break;
      }
      int[] t = new int[tied.size()];
      for (int i = 0; i < t.length; i++) {
        t[i] = tied.get(i);
      }
      Tie tie = resolver.resolve(stage, purpose, t, history, direction, false);
      ties.add(tie);
      int picked = -1;
      Candidate first = TieResolver.singledOut(tie, false);
      for (int c : t) {
        if (resolver.candidate(c).equals(first)) {
          picked = c;
        }
      }
      chosen.add(picked);
      tied.remove(Integer.valueOf(picked));
    }
    return new Choice(ImmutableList.copyOf(chosen), ImmutableList.copyOf(ties));
  }

  /** The candidates at the given indices of a list. */
  static ImmutableList<Candidate> candidates(List<Candidate> all, List<Integer> indices) {
    ImmutableList.Builder<Candidate> b = ImmutableList.builderWithExpectedSize(indices.size());
    for (int i : indices) {
      b.add(all.get(i));
    }
    return b.build();
  }
}
