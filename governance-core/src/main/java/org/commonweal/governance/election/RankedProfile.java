package org.commonweal.governance.election;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.commonweal.governance.base.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * The ranked ballots of an election as the rules read them: for each distinct reading, the candidates'
 * indices in preference order and the number of papers that read that way.
 *
 * <p>Reading applies {@link BallotRules} once: withdrawn candidates are passed over, blank ranks,
 * overvotes and repeated candidates are handled as the rules say, and papers that then read the same are
 * merged (first appearance keeps its place), so that a count over a million papers works on the distinct
 * readings with their weights. Rejected papers are counted by reason.
 *
 * <p>Package-private: methods share it, users never see it. Immutable once built; the arrays must not
 * be modified.
 */
final class RankedProfile {
  /** Reasons a paper is rejected, as they appear in {@link BallotAccount#rejected()}. */
  static final String BLANK = "no preference marked";

  static final String REPEATED = "a candidate ranked more than once";

  /** Number of candidates in the election (withdrawn included); indices run below it. */
  final int candidates;

  /** Number of distinct readings. */
  final int size;

  /** Candidate indices of reading i, in preference order (equal preferences adjacent). */
  final int[][] prefs;

  /**
   * For a reading with equal preferences, the end (exclusive) of each group of equal preferences in
   * {@code prefs[i]}; null where every group holds one candidate (always, unless the rules allow equal
   * preferences).
   */
  final int[] @Nullable [] groups;

  /**
   * The same readings, flat: reading i is {@code flat[offset[i]] .. flat[offset[i + 1] - 1]}. Counts that
   * walk every reading use it, for one sequential pass over memory.
   */
  final int[] flat;

  /** Start of each reading in {@link #flat}; {@code offset[size]} is the end of the last. */
  final int[] offset;

  /** Papers per reading. */
  final long[] weight;

  /** Papers read as valid (including those exhausted from the start). */
  final long valid;

  /** Papers rejected, by reason, in order of first occurrence. */
  final ImmutableMap<String, Long> rejected;

  private RankedProfile(
      int candidates,
      int[][] prefs,
      int[] @Nullable [] groups,
      long[] weight,
      long valid,
      ImmutableMap<String, Long> rejected) {
    this.candidates = candidates;
    this.size = prefs.length;
    this.prefs = prefs;
    this.groups = groups;
    int marks = 0;
    for (int[] p : prefs) {
      marks += p.length;
    }
    this.flat = new int[marks];
    this.offset = new int[size + 1];
    int at = 0;
    for (int i = 0; i < size; i++) {
      System.arraycopy(prefs[i], 0, flat, at, prefs[i].length);
      at += prefs[i].length;
      offset[i + 1] = at;
    }
    this.weight = weight;
    this.valid = valid;
    this.rejected = rejected;
  }

  /** Whether any reading has equal preferences. */
  boolean hasEqualPreferences() {
    for (int[] g : groups) {
      if (g != null) {
        return true;
      }
    }
    return false;
  }

  /** The account of papers: total, valid, rejected by reason. */
  BallotAccount account() {
    long total = valid;
    for (long r : rejected.values()) {
      total += r;
    }
    return BallotAccount.of(total, valid, rejected);
  }

  /**
   * Reads the ranked ballots of an election. O(m) for m marks: each paper is read once and merged with
   * the papers that read the same through one hash lookup of its whole reading.
   *
   * @throws InvalidValueException if the election holds a ballot that is not ranked
   */
  static RankedProfile read(Election election) {
    int n = election.candidates().size();
    boolean[] withdrawn = new boolean[n];
    for (Candidate c : election.withdrawn()) {
      withdrawn[election.indexOf(c)] = true;
    }
    Reader reader = new Reader(election.rules(), election.candidates(), withdrawn);
    // Papers that read the same are merged through a hash table of whole readings; a symbol is a
    // candidate starting a new preference (0 .. n-1) or one equal to the previous preference (n .. 2n-1).
    Readings seen = new Readings(election.ballots().size());
    int[] symbols = new int[Math.max(n, 1)];
    int[][] prefs = new int[16][];
    int[] @Nullable [] groups = new int[16][];
    long[] weight = new long[16];
    int size = 0;
    long valid = 0;
    Map<String, Long> rejected = new LinkedHashMap<>();
    int position = 0;
    for (Ballot b : election.ballots()) {
      position++;
      if (!(b instanceof RankedBallot ballot)) {
        throw new InvalidValueException(
            "ballots",
            b,
            "ballot " + position + " is not a ranked ballot; this method counts ranked ballots only");
      }
      String reason = reader.read(ballot, election);
      if (reason != null) {
        rejected.merge(reason, ballot.count(), Math::addExact);
        continue;
      }
      valid = Math.addExact(valid, ballot.count());
      int length = reader.encode(symbols);
      int at = seen.indexOf(symbols, length, size);
      if (at >= 0) {
        weight[at] = Math.addExact(weight[at], ballot.count());
        continue;
      }
      if (size == prefs.length) {
        prefs = Arrays.copyOf(prefs, size * 2);
        groups = Arrays.copyOf(groups, size * 2);
        weight = Arrays.copyOf(weight, size * 2);
      }
      prefs[size] = reader.prefs();
      groups[size] = reader.groups();
      weight[size] = ballot.count();
      size++;
    }
    return new RankedProfile(
        n,
        Arrays.copyOf(prefs, size),
        Arrays.copyOf(groups, size),
        Arrays.copyOf(weight, size),
        valid,
        ImmutableMap.copyOf(rejected));
  }

  /**
   * The distinct readings met so far, as an open-addressing hash table over whole readings: one probe
   * (and one comparison with the stored reading) per paper. Not thread-safe.
   */
  private static final class Readings {
    /** Per slot: the reading's hash in the high 32 bits, its index + 1 in the low; 0 when empty. */
    private long[] table;
    private int mask;
    private int count;
    private int[] symbols = new int[1 << 16];
    private int[] starts = new int[1 << 12];
    private int used;

    /** A table sized for {@code papers} distinct readings at most (it grows if there are more). */
    Readings(int papers) {
      int capacity = Integer.highestOneBit(Math.max(papers, 1 << 14) * 2 - 1) << 1;
      table = new long[Math.min(capacity, 1 << 24)];
      mask = table.length - 1;
    }

    /** The index of the reading, or -1 after recording it as reading {@code next}. */
    int indexOf(int[] reading, int length, int next) {
      long h = length;
      for (int i = 0; i < length; i++) {
        h = (h ^ (reading[i] + 1)) * 0x9E3779B97F4A7C15L;
      }
      h = mix(h);
      long tag = h & 0xFFFFFFFF00000000L;
      int slot = (int) h & mask;
      while (table[slot] != 0) {
        long e = table[slot];
        if ((e & 0xFFFFFFFF00000000L) == tag) {
          int r = (int) e - 1;
          if (same(r, reading, length)) {
            return r;
          }
        }
        slot = (slot + 1) & mask;
      }
      table[slot] = tag | (next + 1L);
      if (next + 2 > starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
      }
      if (used + length > symbols.length) {
        symbols = Arrays.copyOf(symbols, Math.max(symbols.length * 2, used + length));
      }
      System.arraycopy(reading, 0, symbols, used, length);
      starts[next] = used;
      used += length;
      starts[next + 1] = used;
      if (++count * 2 > table.length) {
        grow();
      }
      return -1;
    }

    /** The SplitMix64 finaliser, so that the low bits (the slot) depend on every symbol. */
    private static long mix(long z) {
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }

    private boolean same(int r, int[] reading, int length) {
      int from = starts[r];
      if (starts[r + 1] - from != length) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (symbols[from + i] != reading[i]) {
          return false;
        }
      }
      return true;
    }

    private void grow() {
      long[] old = table;
      table = new long[old.length * 2];
      mask = table.length - 1;
      for (long e : old) {
        if (e != 0) {
          int r = (int) e - 1;
          long h = rehash(r);
          int slot = (int) h & mask;
          while (table[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          table[slot] = e;
        }
      }
    }

    /** The full hash of a stored reading (the table keeps only its high half). */
    private long rehash(int r) {
      long h = starts[r + 1] - starts[r];
      for (int i = starts[r]; i < starts[r + 1]; i++) {
        h = (h ^ (symbols[i] + 1)) * 0x9E3779B97F4A7C15L;
      }
      return mix(h);
    }
  }

  /** Reads one paper at a time under the rules; reuses its buffers. Not thread-safe. */
  private static final class Reader {
    private final BallotRules rules;
    private final boolean[] withdrawn;
    private final int[] stamp;
    private int paper;
    private int[] out;
    private int outSize;
    private int[] ends;
    private int groupCount;
    private boolean equal;
    private final int[] rank;

    private final Candidate[] candidates;

    Reader(BallotRules rules, List<Candidate> candidates, boolean[] withdrawn) {
      int n = candidates.size();
      this.candidates = candidates.toArray(new Candidate[0]);
      this.rules = rules;
      this.withdrawn = withdrawn;
      this.stamp = new int[n];
      this.out = new int[Math.max(n, 1)];
      this.ends = new int[Math.max(n, 1)];
      this.rank = new int[Math.max(n, 1)];
    }

    /** Reads a paper; returns the rejection reason, or null with the reading in the buffers. */
    @Nullable String read(RankedBallot ballot, Election election) {
      paper++;
      outSize = 0;
      groupCount = 0;
      equal = false;
      int ranks = ballot.rankCount();
      if (ranks == 0) {
        return BLANK;
      }
      if (rules.maxRanks().isPresent()) {
        ranks = Math.min(ranks, rules.maxRanks().getAsInt());
      }
      int maxSkips = rules.maxConsecutiveSkips().orElse(Integer.MAX_VALUE);
      Candidate[] marks = ballot.marks();
      if (rules.duplicates() == BallotRules.Duplicates.REJECT && repeatsCandidate(ballot, ranks, election)) {
        // "The whole paper is rejected": wherever the repeat is, even after a mark that exhausts it.
        return REPEATED;
      }
      int skips = 0;
      for (int r = 0; r < ranks; r++) {
        int start = ballot.start(r);
        int end = ballot.end(r);
        if (start == end && ballot.isUnidentifiedOvervote(r)) {
          // An overvote whose candidates the record does not name: never an equal preference.
          if (rules.overvote() == BallotRules.Overvote.EXHAUST || ++skips > maxSkips) {
            return null;
          }
          continue;
        }
        boolean blank = start == end;
        int size = 0;
        boolean repeated = false;
        for (int i = start; i < end; i++) {
          int c = indexOf(marks[i], election);
          if (withdrawn[c]) {
            continue;
          }
          if (stamp[c] == paper) {
            repeated = true; // ranked at an earlier rank
            continue;
          }
          if (!contains(rank, size, c)) { // twice at one rank is one mark
            rank[size++] = c;
          }
        }
        if (repeated) {
          switch (rules.duplicates()) {
            case REJECT:
              return REPEATED;
            case EXHAUST:
              return null;
            case IGNORE_LATER:
              break;
          }
        }
        if (blank) {
          if (++skips > maxSkips) {
            return null;
          }
          continue;
        }
        if (size == 0) {
          // Only withdrawn or already-ranked candidates here: passed over, not a blank rank.
          continue;
        }
        if (size > 1 && !rules.equalPreferences()) {
          if (rules.overvote() == BallotRules.Overvote.EXHAUST) {
            return null;
          }
          if (++skips > maxSkips) {
            return null;
          }
          continue;
        }
        skips = 0;
        Arrays.sort(rank, 0, size);
        for (int i = 0; i < size; i++) {
          stamp[rank[i]] = paper;
          out[outSize++] = rank[i];
        }
        equal |= size > 1;
        ends[groupCount++] = outSize;
      }
      return null;
    }

    /**
     * Whether a candidate standing is marked at two different ranks among the first {@code ranks}
     * (twice at one rank is one mark). Uses its own stamp, so the reading that follows is unaffected.
     */
    private boolean repeatsCandidate(RankedBallot ballot, int ranks, Election election) {
      paper++;
      Candidate[] marks = ballot.marks();
      for (int r = 0; r < ranks; r++) {
        for (int i = ballot.start(r); i < ballot.end(r); i++) {
          int c = indexOf(marks[i], election);
          if (!withdrawn[c] && stamp[c] == paper) {
            return true;
          }
        }
        for (int i = ballot.start(r); i < ballot.end(r); i++) {
          stamp[indexOf(marks[i], election)] = paper;
        }
      }
      paper++;
      return false;
    }

    private static boolean contains(int[] a, int size, int c) {
      for (int i = 0; i < size; i++) {
        if (a[i] == c) {
          return true;
        }
      }
      return false;
    }

    /** Index of a candidate: ballots usually hold the election's own candidate objects. */
    private int indexOf(Candidate c, Election election) {
      for (int i = 0; i < candidates.length; i++) {
        if (candidates[i] == c) {
          return i;
        }
      }
      return election.indexOf(c);
    }

    /**
     * Writes the reading just read as symbols (a candidate, or n + a candidate equal to the one before)
     * into {@code buffer}, at least n long; returns the length.
     */
    int encode(int[] buffer) {
      if (!equal) {
        System.arraycopy(out, 0, buffer, 0, outSize);
        return outSize;
      }
      int n = candidates.length;
      int start = 0;
      for (int g = 0; g < groupCount; g++) {
        for (int i = start; i < ends[g]; i++) {
          buffer[i] = i == start ? out[i] : n + out[i];
        }
        start = ends[g];
      }
      return outSize;
    }

    int[] prefs() {
      return Arrays.copyOf(out, outSize);
    }

    int @Nullable [] groups() {
      return equal ? Arrays.copyOf(ends, groupCount) : null;
    }
  }
}
