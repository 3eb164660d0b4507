package org.commonweal.governance.election;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The ranked ballots of an election as the rules read them: for each ballot (one or many identical
 * papers) that reads as valid, the candidates' indices in preference order and the number of papers.
 *
 * <p>Reading applies {@link BallotRules} once: withdrawn candidates are passed over, blank ranks,
 * overvotes and repeated candidates are handled as the rules say, and rejected papers are counted by
 * reason. Readings are stored one after another in a single array, so that a count over a million papers
 * makes sequential passes over memory. Identical readings are not merged here: a caller who holds
 * compressed ballots passes their multiplicities, methods that gain from merging shared prefixes (STV)
 * build their own tree, and merging a million mostly distinct papers through a hash table costs more
 * than it saves.
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

  /** Number of readings: the valid ballots. */
  final int size;

  /**
   * For each reading, the ends of its groups of equal preferences (see {@link #groups(int)}); null when
   * no reading has equal preferences, as always unless the rules allow them.
   */
  private final int @Nullable [] @Nullable [] groups;

  /**
   * The readings, flat: reading i is {@code flat[offset[i]] .. flat[offset[i + 1] - 1]}, candidate
   * indices in preference order (equal preferences adjacent). The array may run on past {@code
   * offset[size]}; what lies there is not a reading.
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

  /**
   * Each reading packed into one long, four bits a preference, most significant first, each the
   * candidate's index plus one: the keys the tree of prefixes sorts ({@link StvTree}), where the reader
   * that made the profile already had them; null otherwise.
   */
  final long @Nullable [] packedKeys;

  private RankedProfile(
      int candidates,
      int size,
      int[] flat,
      int[] offset,
      int @Nullable [] @Nullable [] groups,
      long[] weight,
      long valid,
      ImmutableMap<String, Long> rejected,
      long @Nullable [] packedKeys) {
    this.candidates = candidates;
    this.size = size;
    this.flat = flat;
    this.offset = offset;
    this.groups = groups;
    this.weight = weight;
    this.valid = valid;
    this.rejected = rejected;
    this.packedKeys = packedKeys;
  }

  /**
   * For a reading with equal preferences, the end (exclusive) of each group of equal preferences within
   * the reading; null where every group holds one candidate.
   */
  int @Nullable [] groups(int i) {
    return groups == null ? null : groups[i];
  }

  /** Reading i as a new array of candidate indices, in preference order. */
  int[] prefs(int i) {
    return Arrays.copyOfRange(flat, offset[i], offset[i + 1]);
  }

  /** The length of reading i. */
  int length(int i) {
    return offset[i + 1] - offset[i];
  }

  /** Whether any reading has equal preferences. */
  boolean hasEqualPreferences() {
    return groups != null;
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
   * Reads the ranked ballots of an election. O(m) for m marks, one sequential pass.
   *
   * @throws InvalidValueException if the election holds a ballot that is not ranked
   */
  static RankedProfile read(Election election) {
    int n = election.candidates().size();
    boolean[] withdrawn = new boolean[n];
    for (Candidate c : election.withdrawn()) {
      withdrawn[election.indexOf(c)] = true;
    }
    Reader reader = new Reader(election.rules(), election.candidates(), withdrawn, election.maxRanks());
    int expected = election.ballots().size();
    // Room for five marks a paper; grown by half as needed, never trimmed (a million papers' readings
    // are copied as few times as possible).
    int[] flat = new int[Math.max(16, expected * 5)];
    int[] offset = new int[expected + 1];
    int @Nullable [] @Nullable [] groups = null; // allocated at the first equal preference
    long[] weight = new long[expected];
    int size = 0;
    int used = 0;
    long valid = 0;
    Map<String, Long> rejected = new LinkedHashMap<>();
    int position = 0;
    for (Ballot b : election.ballots()) {
      position++;
      if (!(b instanceof RankedBallot ballot)) {
        throw Checks.invalid(
            "ballots", b, "ballot %s is not a ranked ballot; this method counts ranked ballots only", position);
      }
      if (ballot.rankCount() > reader.maxRanks && election.rules().refuseBeyondMaxRanks()) {
        throw beyondCap(position, ballot.rankCount(), reader.maxRanks);
      }
      String reason = reader.read(ballot, election);
      if (reason != null) {
        rejected.merge(reason, ballot.count(), Math::addExact);
        continue;
      }
      valid = Math.addExact(valid, ballot.count());
      if (used + reader.outSize > flat.length) {
        flat = Arrays.copyOf(flat, Math.max(flat.length + flat.length / 2, used + reader.outSize));
      }
      System.arraycopy(reader.out, 0, flat, used, reader.outSize);
      used += reader.outSize;
      int[] g = reader.groups();
      if (g != null) {
        if (groups == null) {
          groups = new int[expected][];
        }
        groups[size] = g;
      }
      weight[size] = ballot.count();
      offset[++size] = used;
    }
    return new RankedProfile(
        n,
        size,
        flat,
        size == expected ? offset : Arrays.copyOf(offset, size + 1),
        groups == null || size == expected ? groups : Arrays.copyOf(groups, size),
        size == expected ? weight : Arrays.copyOf(weight, size),
        valid,
        ImmutableMap.copyOf(rejected),
        null);
  }

  /**
   * Reads papers given as candidate indices, one candidate at every rank (no blank ranks, overvotes or
   * equal preferences), exactly as {@link #read} reads the same papers as ballots: for a file's reader,
   * which holds the indices already. O(m) for m marks, one sequential pass.
   *
   * @param withdrawn for each candidate index, whether the candidate has withdrawn
   * @param marks the papers' candidate indices, paper after paper
   * @param offset where each paper starts in {@code marks}; {@code offset[size]} is the end of the last
   * @param weight papers per ballot
   * @param size the number of ballots
   */
  static RankedProfile ofIndices(
      boolean[] withdrawn, BallotRules rules, int[] marks, int[] offset, long[] weight, int size) {
    int candidates = withdrawn.length;
    int maxRanks = rules.maxRanksDeclared() ? Math.max(1, candidates) : rules.maxRanks().orElse(Integer.MAX_VALUE);
    BallotRules.Duplicates duplicates = rules.duplicates();
    int[] flat = new int[Math.max(16, offset[size])];
    int[] ends = new int[size + 1];
    long[] papers = new long[size];
    int[] stamp = new int[candidates];
    int kept = 0;
    int used = 0;
    long valid = 0;
    Map<String, Long> rejected = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      int from = offset[i];
      int to = offset[i + 1];
      if (from == to) {
        rejected.merge(BLANK, weight[i], Math::addExact);
        continue;
      }
      if (to - from > maxRanks) {
        if (rules.refuseBeyondMaxRanks()) {
          throw beyondCap(i + 1, to - from, maxRanks);
        }
        to = from + maxRanks;
      }
      int end = keep(marks, from, to, withdrawn, stamp, i + 1, duplicates, flat, used);
      if (end < 0) {
        rejected.merge(REPEATED, weight[i], Math::addExact);
        continue;
      }
      used = end;
      valid = Math.addExact(valid, weight[i]);
      papers[kept] = weight[i];
      ends[++kept] = used;
    }
    return new RankedProfile(
        candidates,
        kept,
        flat,
        kept == size ? ends : Arrays.copyOf(ends, kept + 1),
        null,
        kept == size ? papers : Arrays.copyOf(papers, kept),
        valid,
        ImmutableMap.copyOf(rejected),
        null);
  }

  /**
   * The profile of readings a reader has checked itself: every paper valid under the standard rules
   * (at least one preference, no candidate twice, none withdrawn), so that {@link #ofIndices} would keep
   * them all as they are. The arrays are taken as they are, shared with the caller, which must not
   * change them either.
   *
   * @param packedKeys each reading as the tree of prefixes packs it (see {@link #packedKeys})
   */
  static RankedProfile ofCheckedReadings(
      int candidates, int size, int[] marks, int[] offset, long[] weight, long valid, long[] packedKeys) {
    return new RankedProfile(candidates, size, marks, offset, null, weight, valid, ImmutableMap.of(), packedKeys);
  }

  /**
   * Copies one paper's marks into {@code flat} from {@code used} on, passing over withdrawn candidates
   * and repeated ones as the rule says; the new end, or -1 where the rule rejects the paper. A method of
   * its own, so that the loop over the papers is small to compile.
   */
  private static int keep(
      int[] marks,
      int from,
      int to,
      boolean[] withdrawn,
      int[] stamp,
      int paper,
      BallotRules.Duplicates duplicates,
      int[] flat,
      int used) {
    // stamp[c] is the number (from 1) of the last paper that ranked c.
    for (int r = from; r < to; r++) {
      int c = marks[r];
      if (withdrawn[c]) {
        continue;
      }
      if (stamp[c] == paper) {
        if (duplicates == BallotRules.Duplicates.IGNORE_LATER) {
          continue;
        }
        // REJECT rejects the whole paper; EXHAUST ends it here.
        return duplicates == BallotRules.Duplicates.REJECT ? -1 : used;
      }
      stamp[c] = paper;
      flat[used++] = c;
    }
    return used;
  }

  /** The refusal of a paper marked beyond the cap on ranks, naming the ballot. */
  static InvalidValueException beyondCap(int ballot, int ranks, int cap) {
    return Checks.invalid(
        "ballots", ballot, "ballot %s is marked at %s ranks, beyond the cap of %s ranks", ballot, ranks, cap);
  }

  /** Reads one paper at a time under the rules; reuses its buffers. Not thread-safe. */
  private static final class Reader {
    /** Up to this many candidates, a scan finds a candidate's index faster than a hash lookup. */
    private static final int SCAN = 16;

    private final BallotRules rules;
    /** The cap on ranks, {@link Integer#MAX_VALUE} for none. */
    final int maxRanks;
    private final boolean[] withdrawn;
    private final int[] stamp;
    private int paper;
    private int[] out;
    private int outSize;
    private int[] ends;
    private int groupCount;
    private boolean equal;
    private final int[] rank;
    private final int[] all;

    private final Candidate[] candidates;

    Reader(BallotRules rules, List<Candidate> candidates, boolean[] withdrawn, int maxRanks) {
      this.maxRanks = maxRanks;
      int n = candidates.size();
      this.candidates = candidates.toArray(new Candidate[0]);
      this.rules = rules;
      this.withdrawn = withdrawn;
      this.stamp = new int[n];
      this.out = new int[Math.max(n, 1)];
      this.ends = new int[Math.max(n, 1)];
      this.rank = new int[Math.max(n, 1)];
      this.all = new int[Math.max(n, 1)];
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
      ranks = Math.min(ranks, maxRanks);
      if (ballot.isSimple()) {
        return readSimple(ballot, ranks, election);
      }
      int maxSkips = rules.maxConsecutiveSkips().orElse(Integer.MAX_VALUE);
      Candidate[] marks = ballot.marks();
      if (rules.duplicates() == BallotRules.Duplicates.REJECT && repeatsCandidate(ballot, ranks, election)) {
        // "The whole paper is rejected": wherever the repeat is, even after a mark that exhausts it.
        return REPEATED;
      }
      int skips = 0;
      boolean everyMark = rules.overvoteCountsEveryMark();
      for (int r = 0; r < ranks; r++) {
        int start = ballot.start(r);
        int end = ballot.end(r);
        if (start == end && ballot.isUnidentifiedOvervote(r)) {
          // An overvote whose candidates the record does not name: never an equal preference.
          if (rules.overvote() == BallotRules.Overvote.EXHAUST) {
            return null;
          }
          if (rules.overvoteIsMark()) {
            skips = 0;
          } else if (++skips > maxSkips) {
            return null;
          }
          continue;
        }
        boolean blank = start == end;
        int size = 0;
        int marked = 0; // distinct candidates marked here, withdrawn and repeated ones included
        boolean repeated = false;
        for (int i = start; i < end; i++) {
          int c = indexOf(marks[i], election);
          if (everyMark && !contains(all, marked, c)) {
            all[marked++] = c;
          }
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
        if (everyMark && marked > 1 && !rules.equalPreferences()) {
          // Every mark at the rank counts toward an overvote, even one for a withdrawn candidate.
          size = marked;
        }
        if (size == 0) {
          // Only withdrawn or already-ranked candidates here: passed over, but marked, so not a blank
          // rank, and a marked rank ends a run of blanks (the blanks either side are not one run).
          skips = 0;
          continue;
        }
        if (size > 1 && !rules.equalPreferences()) {
          if (rules.overvote() == BallotRules.Overvote.EXHAUST) {
            return null;
          }
          if (rules.overvoteIsMark()) {
            skips = 0;
          } else if (++skips > maxSkips) {
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
     * The common case, one candidate at every rank: no blanks, overvotes or equal preferences to weigh,
     * so only withdrawn and repeated candidates need the rules.
     */
    private @Nullable String readSimple(RankedBallot ballot, int ranks, Election election) {
      Candidate[] marks = ballot.marks();
      for (int r = 0; r < ranks; r++) {
        int c = indexOf(marks[r], election);
        if (withdrawn[c]) {
          continue;
        }
        if (stamp[c] == paper) {
          switch (rules.duplicates()) {
            case REJECT:
              return REPEATED; // the whole paper, wherever the repeat is (no mark before it exhausts)
            case EXHAUST:
              return null;
            case IGNORE_LATER:
              continue;
          }
        }
        stamp[c] = paper;
        out[outSize++] = c;
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

    /**
     * Index of a candidate. Ballots usually hold the election's own candidate objects, which a short
     * scan by identity finds fastest among a few candidates; among more, the election's map finds any
     * candidate in constant time, so that a paper of k marks costs O(k), not O(k x candidates).
     */
    private int indexOf(Candidate c, Election election) {
      if (candidates.length <= SCAN) {
        for (int i = 0; i < candidates.length; i++) {
          if (candidates[i] == c) {
            return i;
          }
        }
      }
      return election.indexOf(c);
    }

    int @Nullable [] groups() {
      return equal ? Arrays.copyOf(ends, groupCount) : null;
    }
  }
}
