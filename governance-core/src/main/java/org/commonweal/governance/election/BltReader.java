package org.commonweal.governance.election;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkPositionIndexes;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonweal.governance.base.MalformedInputException;
import org.jspecify.annotations.Nullable;

/**
 * Reads one BLT file from its bytes, in pieces of any size, straight into the compact form the counts
 * use: no text object per line and no ballot object per line. Identical ballots are merged as they are
 * read (their weights added), so that memory grows with the number of distinct ballots, not with the
 * number of lines; candidates are found by number (or {@code [nick ...]} nickname) in constant time, so
 * that a ballot of k preferences costs O(k) whatever the number of candidates.
 *
 * <pre>{@code
 * BltReader reader = Blt.reader(ReadOptions.defaults());
 * byte[] buffer = new byte[1 << 16];
 * for (int n; (n = in.read(buffer)) > 0; ) {
 *   reader.feed(buffer, 0, n);
 * }
 * BallotFile file = reader.finish();
 * }</pre>
 *
 * <p>What the reader accepts is described in {@link Blt}. The result does not depend on how the bytes
 * are cut into pieces. The limits of {@link ReadOptions} are checked as bytes arrive: a line longer than
 * the limit is refused before more than the limit is buffered, and so is a file longer than its limit.
 *
 * <p>Cost: O(b) for b bytes, plus O(d) memory for the distinct ballots; a line is buffered only where it
 * straddles two pieces. Not thread-safe: one reader reads one file, once.
 *
 * @since 0.1.0
 */
public final class BltReader {
  private static final String FORMAT = "BLT";

  private static final int HEADER = 0;
  private static final int PREAMBLE = 1;
  private static final int BALLOTS = 2;
  private static final int NAMES = 3;
  private static final int TITLE = 4;
  private static final int NOTES = 5;

  /** Encoding of a rank in the ballot store: a skipped rank. Single candidates are their index (0 up). */
  private static final int SKIP = -1;

  private static final String HEADER_EXPECTED =
      "the number of candidates and the number of seats (two whole numbers, at least 1)";

  private final ReadOptions options;
  private final boolean merge;
  private int state = HEADER;
  private boolean finished;
  private int lineNo;
  private long fed;
  private byte[] carry = new byte[0];
  private int carryLen;

  /** The current line, for error messages. */
  private byte[] cur = carry;

  private int curFrom;
  private int curTo;

  /** Token boundaries of the current line: token t is cur[tokStart[t], tokEnd[t]). */
  private int[] tokStart = new int[32];

  private int[] tokEnd = new int[32];
  private int tokCount;

  private int candidates;
  private int seats;
  private String ballotExpected = "";

  /** Option lines, resolved once the first ballot line shows that the preamble is over. */
  private final List<OptionLine> optionLines = new ArrayList<>();

  private final List<int[]> withdrawnLines = new ArrayList<>();
  private boolean[] withdrawn = new boolean[0];
  private @Nullable Map<String, Integer> nicks;
  private int @Nullable [] tieOrder;
  private final List<String> droopOptions = new ArrayList<>();

  /** The ballot being read, encoded: candidates, {@link #SKIP}, or -(k+1) then k equal candidates. */
  private int[] enc = new int[64];

  private int encLen;
  private boolean equalPreferences;

  /** The distinct ballots, encoded one after another: ballot i is pool[starts[i], starts[i + 1]). */
  private int[] pool = new int[64];

  private int[] starts = new int[17];
  private long[] weights = new long[16];
  private int[] hashes = new int[16];
  private int count;

  /** The order of first appearance of each ballot in {@link #pool}, among all distinct ballots. */
  private int[] poolSeq = new int[16];

  /**
   * Where candidates are few, the common ballot (one candidate at each of at most {@value #PACK_RANKS}
   * ranks) is packed into one long, 4 bits a rank above 4 bits of length, and merged in an open-addressing
   * table of (key, weight) pairs with no pointer to follow: one memory access a ballot line. Ballots that
   * do not pack go to {@link #pool}.
   */
  private static final int PACK_RANKS = 14;

  private static final long OCCUPIED = 1L << 63;
  private boolean packable;
  // Made at the first piece, sized for the lines it may hold (see sizePacked).
  private long[] packed = new long[0];
  private int[] packedSeq = new int[0];
  private int packedCount;
  // Plain lines read but not yet merged into the packed table (see flushPacked).
  private static final int QUEUE = 32;
  private final long[] queuedKeys = new long[QUEUE];
  private final long[] queuedWeights = new long[QUEUE];
  private final int[] queuedSlots = new int[QUEUE];
  private int queued;

  /** Distinct ballots so far, packed or pooled: the next one's place in the order of first appearance. */
  private int distinct;

  /** Open addressing over the distinct ballots: ballot index + 1, 0 for an empty slot. */
  private int[] table = new int[32];

  private long total;

  /** Text lines (names, title, notes) as bytes, with their line numbers, decoded at the end. */
  private final List<byte[]> names = new ArrayList<>();

  private int namesFirstLine;
  private byte @Nullable [] title;
  private int titleLine;
  private final List<byte[]> notes = new ArrayList<>();
  private final List<Integer> noteLines = new ArrayList<>();

  BltReader(ReadOptions options, boolean merge) {
    this.options = checkNotNull(options, "options");
    this.merge = merge;
  }

  /**
   * Reads the next piece of the file.
   *
   * @param bytes the buffer
   * @param offset where the piece starts in it
   * @param length the piece's length
   * @throws MalformedInputException if the text read so far cannot be the start of a BLT file, or is
   *     over a limit; the message names the line
   * @throws IllegalStateException after {@link #finish()}
   */
  public void feed(byte[] bytes, int offset, int length) {
    checkNotNull(bytes, "bytes");
    checkPositionIndexes(offset, offset + length, bytes.length);
    checkState(!finished, "the reader has finished");
    fed += length;
    if (fed > options.maxFileSize()) {
      throw TextBytes.fileTooLarge(FORMAT, options.maxFileSize());
    }
    if (packed.length == 0) {
      sizePacked(length);
    }
    int i = offset;
    int end = offset + length;
    while (i < end) {
      int nl = indexOfNewline(bytes, i, end);
      if (nl < 0) {
        append(bytes, i, end);
        return;
      }
      if (carryLen > 0) {
        append(bytes, i, nl);
        checkLength(carry, 0, carryLen);
        line(carry, 0, carryLen);
        carryLen = 0;
      } else {
        checkLength(bytes, i, nl);
        line(bytes, i, nl);
      }
      i = nl + 1;
    }
  }

  /**
   * Ends the file and returns what it holds.
   *
   * @return the file: its election, the encoding used, its notes and tie order
   * @throws MalformedInputException if the file is incomplete or malformed; the message names the line
   * @throws IllegalStateException if called twice
   */
  public BallotFile finish() {
    checkState(!finished, "the reader has finished");
    finished = true;
    if (carryLen > 0) {
      checkLength(carry, 0, carryLen);
      line(carry, 0, carryLen);
      carryLen = 0;
    }
    switch (state) {
      case HEADER:
        throw endOfText(HEADER_EXPECTED);
      case PREAMBLE:
      case BALLOTS:
        throw endOfText(ballotExpected);
      case NAMES:
        throw endOfText(nameExpected(names.size()));
      default:
        break;
    }
    return build();
  }

  private static int indexOfNewline(byte[] a, int from, int to) {
    for (int i = from; i < to; i++) {
      if (a[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void checkLength(byte[] a, int from, int to) {
    int end = to > from && a[to - 1] == '\r' ? to - 1 : to;
    if (end - from > options.maxLineLength()) {
      throw TextBytes.lineTooLong(FORMAT, lineNo + 1, options.maxLineLength(), a, from, to);
    }
  }

  /** Keeps a piece of a line that straddles pieces, refusing it once it passes the line limit. */
  private void append(byte[] a, int from, int to) {
    int n = to - from;
    // One byte of slack for the carriage return of a CRLF line end.
    if ((long) carryLen + n - 1 > options.maxLineLength()) {
      byte[] shown = Arrays.copyOf(carry, Math.min(carryLen, 200));
      throw TextBytes.lineTooLong(FORMAT, lineNo + 1, options.maxLineLength(), shown, 0, shown.length);
    }
    if (carryLen + n > carry.length) {
      carry = Arrays.copyOf(carry, Math.max(carryLen + n, Math.max(256, carry.length * 2)));
    }
    System.arraycopy(a, from, carry, carryLen, n);
    carryLen += n;
  }

  /** One line, without its line feed. */
  private void line(byte[] a, int from, int to) {
    lineNo++;
    if (to > from && a[to - 1] == '\r') {
      to--;
    }
    if (lineNo == 1 && to - from >= 3 && a[from] == (byte) 0xEF && a[from + 1] == (byte) 0xBB && a[from + 2] == (byte) 0xBF) {
      from += 3; // a byte-order mark
    }
    cur = a;
    curFrom = from;
    curTo = to;
    switch (state) {
      case HEADER:
        header();
        break;
      case PREAMBLE:
        preamble();
        break;
      case BALLOTS:
        if (packable && plainPackedBallot()) {
          break;
        }
        flushPacked(); // the lines before this one are merged first, so that ballots keep their order
        tokens();
        if (tokCount > 0) {
          ballot();
        }
        break;
      case NAMES:
        names.add(Arrays.copyOfRange(a, from, to));
        if (names.size() == candidates) {
          state = TITLE;
        }
        break;
      case TITLE:
        title = Arrays.copyOfRange(a, from, to);
        titleLine = lineNo;
        state = NOTES;
        break;
      default:
        if (!blank()) {
          notes.add(Arrays.copyOfRange(a, from, to));
          noteLines.add(lineNo);
        }
        break;
    }
  }

  private boolean blank() {
    for (int i = curFrom; i < curTo; i++) {
      if (cur[i] != ' ' && cur[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  /** Splits the current line into tokens at spaces and tabs, up to a token starting with #. */
  private void tokens() {
    tokCount = 0;
    byte[] a = cur;
    int i = curFrom;
    int to = curTo;
    while (i < to) {
      byte ch = a[i];
      if (ch == ' ' || ch == '\t') {
        i++;
        continue;
      }
      if (ch == '#') {
        return; // a comment, to the end of the line
      }
      int j = i + 1;
      while (j < to && a[j] != ' ' && a[j] != '\t') {
        j++;
      }
      if (tokCount == tokStart.length) {
        tokStart = Arrays.copyOf(tokStart, tokCount * 2);
        tokEnd = Arrays.copyOf(tokEnd, tokCount * 2);
      }
      tokStart[tokCount] = i;
      tokEnd[tokCount++] = j;
      i = j;
    }
  }

  private boolean tokenIs(int t, char only) {
    return tokEnd[t] - tokStart[t] == 1 && cur[tokStart[t]] == only;
  }

  /** A whole number of ASCII digits in cur[from, to), or -1 (not one, or more than 18 digits). */
  private long whole(int from, int to) {
    if (from >= to || to - from > 18) {
      return -1;
    }
    long v = 0;
    for (int i = from; i < to; i++) {
      int d = cur[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  private MalformedInputException error(String expected) {
    return new MalformedInputException(FORMAT, lineNo, expected, TextBytes.shown(cur, curFrom, curTo));
  }

  private MalformedInputException endOfText(String expected) {
    return new MalformedInputException(FORMAT, lineNo + 1, expected, "the end of the file");
  }

  private void header() {
    tokens();
    if (tokCount == 0) {
      return;
    }
    long nc = tokCount == 2 ? whole(tokStart[0], tokEnd[0]) : -1;
    long ns = tokCount == 2 ? whole(tokStart[1], tokEnd[1]) : -1;
    if (nc < 1 || ns < 1 || nc > 1_000_000 || ns > 1_000_000) {
      throw error(HEADER_EXPECTED);
    }
    candidates = (int) nc;
    seats = (int) ns;
    packable = merge && candidates <= 15;
    withdrawn = new boolean[candidates];
    ballotExpected =
        "a ballot (a whole-number weight, candidate numbers from 1 to "
            + candidates
            + ", then 0) or the 0 that ends the ballots";
    state = PREAMBLE;
  }

  /** Lines between the header and the first ballot: options in brackets and withdrawn candidates. */
  private void preamble() {
    tokens();
    if (tokCount == 0) {
      return;
    }
    if (cur[tokStart[0]] == '[') {
      optionLine();
      return;
    }
    if (tokEnd[0] - tokStart[0] > 1 && cur[tokStart[0]] == '-') {
      int[] out = new int[tokCount];
      for (int t = 0; t < tokCount; t++) {
        long k = cur[tokStart[t]] == '-' ? whole(tokStart[t] + 1, tokEnd[t]) : -1;
        if (k < 1 || k > candidates) {
          throw error("withdrawn candidates as negative candidate numbers from -1 to -" + candidates);
        }
        out[t] = (int) k - 1;
      }
      withdrawnLines.add(out);
      return;
    }
    endPreamble();
    state = BALLOTS;
    ballot();
  }

  /** An option line: {@code [name token ...]} on one line. */
  private void optionLine() {
    String expected = "an option in square brackets on one line: [nick ...], [tie ...], [withdrawn ...] or [droop ...]";
    int open = tokStart[0];
    int close = -1;
    for (int i = curTo - 1; i > open; i--) {
      if (cur[i] == ']') {
        close = i;
        break;
      }
    }
    if (close < 0) {
      throw error(expected);
    }
    for (int t = 0; t < tokCount; t++) {
      if (tokStart[t] > close) {
        throw error(expected + ", then nothing but a # comment");
      }
    }
    List<String> words = new ArrayList<>();
    int i = open + 1;
    while (i < close) {
      if (cur[i] == ' ' || cur[i] == '\t') {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < close && cur[j] != ' ' && cur[j] != '\t') {
        j++;
      }
      words.add(new String(cur, i, j - i, StandardCharsets.ISO_8859_1));
      i = j;
    }
    String name = words.isEmpty() ? "" : words.get(0);
    List<String> args = words.isEmpty() ? List.of() : words.subList(1, words.size());
    switch (name) {
      case "nick":
        if (nicks != null) {
          throw error("one [nick ...] option only");
        }
        nickOption(args);
        break;
      case "tie":
      case "withdrawn":
        optionLines.add(new OptionLine(lineNo, name, List.copyOf(args), TextBytes.shown(cur, curFrom, curTo)));
        break;
      case "droop":
        droopOptions.add(String.join(" ", args));
        break;
      default:
        throw error(expected);
    }
  }

  private void nickOption(List<String> args) {
    if (args.size() != candidates) {
      throw error("a [nick ...] option giving each of the " + candidates + " candidates one nickname");
    }
    Map<String, Integer> map = new HashMap<>();
    for (int k = 0; k < args.size(); k++) {
      String nick = args.get(k);
      boolean digits = nick.chars().allMatch(ch -> ch >= '0' && ch <= '9');
      if (digits || nick.equals("-") || nick.indexOf('=') >= 0 || nick.startsWith("(")) {
        throw error(
            "nicknames that are not numbers, not -, and hold no = or leading (, where \""
                + TextBytes.escape(nick)
                + "\" is not one");
      }
      if (map.put(nick, k) != null) {
        throw error("nicknames different from each other, where \"" + TextBytes.escape(nick) + "\" is given twice");
      }
    }
    nicks = map;
  }

  /** Applies the withdrawn lines and the options that name candidates, now that every nickname is known. */
  private void endPreamble() {
    for (int[] line : withdrawnLines) {
      for (int k : line) {
        withdrawn[k] = true;
      }
    }
    for (OptionLine o : optionLines) {
      int[] listed = new int[o.args.size()];
      boolean[] seen = new boolean[candidates];
      for (int t = 0; t < listed.length; t++) {
        int k = candidateOf(o.args.get(t));
        if (k < 0 || (o.name.equals("tie") && seen[k])) {
          throw new MalformedInputException(
              FORMAT,
              o.line,
              "a ["
                  + o.name
                  + " ...] option of candidate numbers from 1 to "
                  + candidates
                  + (nicks == null ? "" : " or nicknames")
                  + (o.name.equals("tie") ? ", each at most once" : "")
                  + ", where \""
                  + TextBytes.escape(o.args.get(t))
                  + "\" is not one",
              o.shown);
        }
        seen[k] = true;
        listed[t] = k;
      }
      if (o.name.equals("withdrawn")) {
        for (int k : listed) {
          withdrawn[k] = true;
        }
      } else {
        if (tieOrder != null) {
          throw new MalformedInputException(FORMAT, o.line, "one [tie ...] option only", o.shown);
        }
        // Candidates the option leaves out follow those it lists, in file order.
        int[] order = Arrays.copyOf(listed, candidates);
        int at = listed.length;
        for (int k = 0; k < candidates; k++) {
          if (!seen[k]) {
            order[at++] = k;
          }
        }
        tieOrder = order;
      }
    }
  }

  /** The candidate (from 0) a number or nickname names, or -1. */
  private int candidateOf(String token) {
    long k = -1;
    if (!token.isEmpty() && token.length() <= 18 && token.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      k = Long.parseLong(token);
    }
    if (k >= 1 && k <= candidates) {
      return (int) k - 1;
    }
    Integer nick = nicks == null ? null : nicks.get(token);
    return nick == null ? -1 : nick;
  }

  /**
   * A ballot line: an optional identifier in parentheses, the weight, the ranks, then 0; or the 0 that
   * ends the ballots.
   */
  private void ballot() {
    if (tokCount == 1 && tokenIs(0, '0')) {
      state = NAMES;
      namesFirstLine = lineNo + 1;
      return;
    }
    int at = 0;
    if (cur[tokStart[0]] == '(') {
      if (cur[tokEnd[0] - 1] != ')') {
        throw error("a ballot identifier in parentheses, without spaces");
      }
      at = 1;
    }
    long weight = at < tokCount ? whole(tokStart[at], tokEnd[at]) : -1;
    if (weight < 1) {
      throw error(ballotExpected);
    }
    if (tokCount - at < 2 || !tokenIs(tokCount - 1, '0')) {
      throw error("a ballot line ending with 0");
    }
    int ranks = tokCount - at - 2;
    if (enc.length < ranks) {
      enc = new int[Math.max(ranks, enc.length * 2)];
    }
    encLen = 0;
    int n = candidates;
    for (int r = 0; r < ranks; r++) {
      int t = at + 1 + r;
      long single = whole(tokStart[t], tokEnd[t]);
      if (single >= 1 && single <= n) {
        if (encLen == enc.length) {
          ensure(encLen + 1);
        }
        enc[encLen++] = (int) single - 1;
      } else {
        rank(t);
      }
    }
    while (encLen > 0 && enc[encLen - 1] == SKIP) {
      encLen--; // a blank after the last mark means nothing
    }
    try {
      total = Math.addExact(total, weight);
    } catch (ArithmeticException e) {
      throw error(
          "ballot weights whose total stays within "
              + Counting.number(Long.MAX_VALUE)
              + " papers; this line's weight takes the total past it");
    }
    add(weight);
  }

  /** A rank that is not a plain candidate number: -, numbers or nicknames joined by =, or a nickname. */
  private void rank(int t) {
    if (tokenIs(t, '-')) {
      ensure(encLen + 1);
      enc[encLen++] = SKIP;
      return;
    }
    int from = tokStart[t];
    int to = tokEnd[t];
    int parts = 1;
    for (int i = from; i < to; i++) {
      if (cur[i] == '=') {
        parts++;
      }
    }
    if (parts > 1) {
      ensure(encLen + parts + 1 + (to - from));
      enc[encLen++] = -(parts + 1);
      equalPreferences = true;
    }
    int start = from;
    for (int p = 0; p < parts; p++) {
      int end = start;
      while (end < to && cur[end] != '=') {
        end++;
      }
      long k = whole(start, end);
      int c = k >= 1 && k <= candidates ? (int) k - 1 : -1;
      if (c < 0 && nicks != null && end > start) {
        Integer nick = nicks.get(new String(cur, start, end - start, StandardCharsets.ISO_8859_1));
        c = nick == null ? -1 : nick;
      }
      if (c < 0) {
        throw error(
            "a ballot of candidate numbers from 1 to "
                + candidates
                + (nicks == null ? "" : " or nicknames")
                + " (- for a skipped rank, = between equal preferences), where \""
                + TextBytes.shown(cur, tokStart[t], tokEnd[t])
                + "\" is not one");
      }
      ensure(encLen + 1);
      enc[encLen++] = c;
      start = end + 1;
    }
  }

  private void ensure(int size) {
    if (size > enc.length) {
      enc = Arrays.copyOf(enc, Math.max(size, enc.length * 2));
    }
  }

  /** Adds the ballot in {@link #enc}: to an identical one where merging, or as a new one. */
  private void add(long weight) {
    if (packable && encLen <= PACK_RANKS && addPacked(weight)) {
      return;
    }
    int h = 0;
    for (int i = 0; i < encLen; i++) {
      h = 31 * h + enc[i];
    }
    h ^= h >>> 16;
    if (merge) {
      int mask = table.length - 1;
      int slot = spread(h) & mask;
      while (true) {
        int id = table[slot] - 1;
        if (id < 0) {
          break;
        }
        if (hashes[id] == h && sameAsStored(id)) {
          weights[id] += weight; // cannot overflow: the total did not
          return;
        }
        slot = (slot + 1) & mask;
      }
      table[slot] = count + 1;
    }
    if (count + 1 >= starts.length) {
      int size = starts.length * 2;
      starts = Arrays.copyOf(starts, size);
      weights = Arrays.copyOf(weights, size);
      hashes = Arrays.copyOf(hashes, size);
    }
    int start = starts[count];
    if (start + encLen > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(start + encLen, pool.length + (pool.length >> 1)));
    }
    System.arraycopy(enc, 0, pool, start, encLen);
    weights[count] = weight;
    hashes[count] = h;
    if (count == poolSeq.length) {
      poolSeq = Arrays.copyOf(poolSeq, count * 2);
    }
    poolSeq[count] = distinct++;
    count++;
    starts[count] = start + encLen;
    if (merge && count * 2 > table.length) {
      rehash();
    }
  }

  /**
   * The common ballot line read in one pass, with no tokens: a weight, at most {@value #PACK_RANKS}
   * candidate numbers, then 0, separated by spaces. Reads it into the packed table and returns true;
   * returns false, having changed nothing, for any other line (which the general path then reads, or
   * refuses with its message). Gives exactly what the general path gives for the lines it takes.
   */
  private boolean plainPackedBallot() {
    byte[] a = cur;
    int i = curFrom;
    int to = curTo;
    int start = i;
    long weight = 0;
    while (i < to && a[i] >= '0' && a[i] <= '9') {
      weight = weight * 10 + (a[i++] - '0');
    }
    if (i == start || i - start > 18 || weight < 1) {
      return false;
    }
    long key = 0;
    int ranks = 0;
    while (true) {
      if (i == to || a[i] != ' ') {
        return false;
      }
      while (i < to && a[i] == ' ') {
        i++;
      }
      start = i;
      long k = 0;
      while (i < to && a[i] >= '0' && a[i] <= '9') {
        k = k * 10 + (a[i++] - '0');
        if (k > candidates) {
          return false;
        }
      }
      if (i == start || i - start > 18 || (i < to && a[i] != ' ')) {
        return false;
      }
      if (k == 0) {
        if (i - start != 1) {
          return false; // only a lone 0 ends a ballot
        }
        while (i < to && a[i] == ' ') {
          i++;
        }
        if (i != to) {
          return false;
        }
        break;
      }
      if (ranks == PACK_RANKS) {
        return false;
      }
      ranks++;
      key |= (k - 1) << (4 * ranks);
    }
    long sum = total + weight;
    if (sum < 0) {
      return false; // the general path names the line
    }
    total = sum;
    queuedKeys[queued] = key | ranks | OCCUPIED;
    queuedWeights[queued] = weight;
    if (++queued == QUEUE) {
      flushPacked();
    }
    return true;
  }

  /**
   * Merges the queued lines into the packed table, in the order read. Each line's home slot is read
   * first, for all the lines at once: the reads do not depend on one another, so that the memory system
   * serves them together (a large table misses the cache about once a line), and a line whose ballot is
   * already in its home slot is merged there; the others are inserted, in cache by then.
   */
  private void flushPacked() {
    int mask = (packed.length >> 1) - 1;
    for (int j = 0; j < queued; j++) {
      int slot = slotOf(queuedKeys[j]) & mask;
      queuedSlots[j] = packed[2 * slot] == queuedKeys[j] ? slot : -1;
    }
    long[] before = packed;
    for (int j = 0; j < queued; j++) {
      int slot = queuedSlots[j];
      if (slot >= 0 && packed == before) {
        packed[2 * slot + 1] += queuedWeights[j]; // cannot overflow: the total did not
      } else {
        insertPacked(queuedKeys[j], queuedWeights[j]); // a new ballot, or the table has grown
      }
    }
    queued = 0;
  }

  private static int slotOf(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40);
  }

  /**
   * Makes the packed table at the first piece: one to two slots (a power of two) for each line the piece
   * may hold at eight bytes a line (a ward's ballot line is about fifteen), from 64 to 4,096 slots. A file
   * given whole, as most are, then seldom makes the table grow; a larger or a piecemeal one grows it as
   * before.
   */
  private void sizePacked(int firstPiece) {
    int slots = Integer.highestOneBit(Math.max(32, Math.min(2048, firstPiece / 8))) * 2;
    packed = new long[2 * slots];
    packedSeq = new int[slots];
  }

  /** Merges a ballot of single candidates into the packed table; false if it does not pack. */
  private boolean addPacked(long weight) {
    long key = encLen;
    for (int i = 0; i < encLen; i++) {
      int c = enc[i];
      if (c < 0) {
        return false;
      }
      key |= (long) c << (4 * (i + 1));
    }
    insertPacked(key | OCCUPIED, weight);
    return true;
  }

  /** Adds papers of a packed ballot: to the same ballot where it is in the table, or as a new one. */
  private void insertPacked(long key, long weight) {
    int slots = packed.length >> 1;
    int slot = slotOf(key) & (slots - 1);
    while (true) {
      long k = packed[2 * slot];
      if (k == key) {
        packed[2 * slot + 1] += weight; // cannot overflow: the total did not
        return;
      }
      if (k == 0) {
        break;
      }
      slot = (slot + 1) & (slots - 1);
    }
    packed[2 * slot] = key;
    packed[2 * slot + 1] = weight;
    packedSeq[slot] = distinct++;
    if (++packedCount * 2 > slots) {
      long[] old = packed;
      int[] oldSeq = packedSeq;
      packed = new long[old.length * 2];
      packedSeq = new int[oldSeq.length * 2];
      int mask = (packed.length >> 1) - 1;
      for (int s = 0; s < old.length >> 1; s++) {
        long k = old[2 * s];
        if (k != 0) {
          int t = slotOf(k) & mask;
          while (packed[2 * t] != 0) {
            t = (t + 1) & mask;
          }
          packed[2 * t] = k;
          packed[2 * t + 1] = old[2 * s + 1];
          packedSeq[t] = oldSeq[s];
        }
      }
    }
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  private boolean sameAsStored(int id) {
    int start = starts[id];
    if (starts[id + 1] - start != encLen) {
      return false;
    }
    for (int i = 0; i < encLen; i++) {
      if (pool[start + i] != enc[i]) {
        return false;
      }
    }
    return true;
  }

  private void rehash() {
    int[] t = new int[table.length * 2];
    int mask = t.length - 1;
    for (int id = 0; id < count; id++) {
      int slot = spread(hashes[id]) & mask;
      while (t[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      t[slot] = id + 1;
    }
    table = t;
  }

  private String nameExpected(int i) {
    return "the name of candidate " + (i + 1) + " of " + candidates;
  }

  /** Decodes the text lines, checks the names, and builds the election. */
  private BallotFile build() {
    flushPacked();
    // The encoding: only text lines (names, title, notes) may hold bytes beyond ASCII.
    List<byte[]> text = new ArrayList<>(names);
    List<Integer> textLines = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      textLines.add(namesFirstLine + i);
    }
    if (title != null) {
      text.add(title);
      textLines.add(titleLine);
    }
    text.addAll(notes);
    textLines.addAll(noteLines);
    TextBytes.Choice choice = null;
    for (int i = 0; i < text.size() && choice == null; i++) {
      byte[] line = text.get(i);
      int bad = TextBytes.invalidUtf8(line, 0, line.length);
      if (bad >= 0) {
        choice = TextBytes.choose(FORMAT, line, 0, line.length, options, new int[] {textLines.get(i)});
      }
    }
    if (choice == null) {
      choice =
          options.encoding().isPresent()
              ? new TextBytes.Choice(options.encoding().get(), "given")
              : new TextBytes.Choice(StandardCharsets.UTF_8, "valid UTF-8");
    }
    Charset cs = choice.charset();
    List<Candidate> cands = new ArrayList<>(candidates);
    Set<String> seen = Sets.newHashSetWithExpectedSize(candidates);
    for (int i = 0; i < candidates; i++) {
      byte[] raw = names.get(i);
      String name = unquote(new String(raw, cs));
      int line = namesFirstLine + i;
      if (name.isEmpty()) {
        throw new MalformedInputException(FORMAT, line, nameExpected(i) + " (not empty)", TextBytes.shown(raw, 0, raw.length));
      }
      if (!seen.add(name)) {
        throw new MalformedInputException(
            FORMAT, line, nameExpected(i) + ", different from the names before it", TextBytes.shown(raw, 0, raw.length));
      }
      if (name.length() > Candidate.MAX_NAME_LENGTH) {
        throw new MalformedInputException(
            FORMAT,
            line,
            nameExpected(i) + ", of at most " + Counting.number(Candidate.MAX_NAME_LENGTH) + " characters",
            TextBytes.shown(raw, 0, raw.length));
      }
      cands.add(Candidate.verbatim(name));
    }
    ImmutableList<Candidate> list = ImmutableList.copyOf(cands);
    Candidate[] byIndex = list.toArray(new Candidate[0]);
    // Papers that rank one candidate at each rank are held as indices (ReadElection), and no ballot
    // object is made unless asked for; any other file's ballots are made here.
    boolean simple = !equalPreferences && allSimple();
    Election.Builder e =
        Election.builder()
            .title(title == null ? "" : unquote(new String(title, cs)))
            .candidates(list)
            .seats(seats)
            .rules(equalPreferences ? BallotRules.builder().equalPreferences(true).build() : BallotRules.standard());
    if (!simple) {
      // Each loop over the ballots is a method of its own: a long method with several hot loops is
      // compiled whole for each loop it is caught in, which is most of a short run's compiling.
      Ballot[] inOrder = new Ballot[distinct];
      pooledBallots(inOrder, byIndex);
      packedBallots(inOrder, byIndex);
      // Handed over as an immutable list, which the election's builder copies whole, not element by element.
      e.ballots(ImmutableList.copyOf(inOrder));
    }
    for (int k = 0; k < candidates; k++) {
      if (withdrawn[k]) {
        e.addWithdrawn(byIndex[k]);
      }
    }
    ImmutableList.Builder<String> noteTexts = ImmutableList.builder();
    for (byte[] note : notes) {
      noteTexts.add(unquote(new String(note, cs)));
    }
    for (String d : droopOptions) {
      noteTexts.add("[droop " + d + "] (options for another counter, not applied)");
    }
    ImmutableList.Builder<Candidate> tie = ImmutableList.builder();
    if (tieOrder != null) {
      for (int k : tieOrder) {
        tie.add(byIndex[k]);
      }
    }
    Election election = e.build();
    if (simple) {
      election = held(election, byIndex);
    }
    return new BallotFile(election, cs.name(), choice.reason(), noteTexts.build(), tie.build());
  }

  /** The ballots of the general store, each at its place in the order of first appearance. */
  private void pooledBallots(Ballot[] inOrder, Candidate[] byIndex) {
    for (int b = 0; b < count; b++) {
      inOrder[poolSeq[b]] = ballot(b, byIndex);
    }
  }

  /** The ballots of the packed table, each at its place in the order of first appearance. */
  private void packedBallots(Ballot[] inOrder, Candidate[] byIndex) {
    for (int slot = 0; slot < packed.length >> 1; slot++) {
      long key = packed[2 * slot];
      if (key != 0) {
        inOrder[packedSeq[slot]] = RankedBallot.owning(packed[2 * slot + 1], unpack(key, byIndex), byIndex);
      }
    }
  }

  private static Candidate[] unpack(long key, Candidate[] byIndex) {
    int length = (int) (key & 0xF);
    Candidate[] marks = new Candidate[length];
    for (int i = 0; i < length; i++) {
      marks[i] = byIndex[(int) (key >>> (4 * (i + 1))) & 0xF];
    }
    return marks;
  }

  /** Whether every ballot marks one candidate at each rank: no skipped ranks, no equal preferences. */
  private boolean allSimple() {
    for (int i = 0; i < starts[count]; i++) {
      if (pool[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The election with the ballots held here as candidate indices, each distinct ballot where it first
   * appeared, and read under the rules as {@link RankedProfile#read} would read them from the ballots.
   */
  private Election held(Election shell, Candidate[] byIndex) {
    int[] offset = new int[distinct + 1];
    long[] weight = new long[distinct];
    pooledLengths(offset, weight);
    packedLengths(offset, weight);
    int[] marks = new int[runningSum(offset)];
    RankedProfile profile = null;
    if (count == 0 && shell.withdrawn().isEmpty() && shell.rules().equals(BallotRules.standard())) {
      // Every ballot is in the packed table: its marks, and the keys the tree of prefixes sorts, in one
      // pass; where every paper is valid as it stands, the profile is those arrays themselves.
      long[] keys = new long[distinct];
      if (packedMarksAndKeys(marks, offset, keys)) {
        profile = RankedProfile.ofCheckedReadings(candidates, distinct, marks, offset, weight, total, keys);
      }
    } else {
      pooledMarks(marks, offset);
      packedMarks(marks, offset);
    }
    if (profile == null) {
      profile = RankedProfile.ofIndices(withdrawn, shell.rules(), marks, offset, weight, distinct);
    }
    return new ReadElection(shell, byIndex, marks, offset, weight, distinct, total, profile);
  }

  /**
   * Turns lengths into offsets, each the sum of the lengths before it; the last, the sum of all. Every
   * loop at the end of a file is a method of its own: a method that runs once a file with a loop in it is
   * compiled whole, callees and all, once its loop is hot, and twice if it is hot within one call.
   */
  private static int runningSum(int[] offset) {
    for (int i = 1; i < offset.length; i++) {
      offset[i] += offset[i - 1];
    }
    return offset[offset.length - 1];
  }

  /**
   * {@link #packedMarks}, and each ballot's key for the tree of prefixes (four bits a preference, most
   * significant first, candidate index plus one); whether every ballot is valid as it stands: at least
   * one preference and no candidate twice.
   */
  private boolean packedMarksAndKeys(int[] marks, int[] offset, long[] keys) {
    boolean valid = true;
    for (int slot = 0; slot < packed.length >> 1; slot++) {
      long key = packed[2 * slot];
      if (key != 0) {
        int seq = packedSeq[slot];
        int at = offset[seq];
        int length = (int) (key & 0xF);
        long treeKey = 0;
        int seen = 0;
        for (int i = 0; i < length; i++) {
          int c = (int) (key >>> (4 * (i + 1))) & 0xF;
          marks[at + i] = c;
          treeKey |= (long) (c + 1) << (60 - 4 * i);
          valid &= (seen & (1 << c)) == 0;
          seen |= 1 << c;
        }
        keys[seq] = treeKey;
        valid &= length > 0;
      }
    }
    return valid;
  }

  private void pooledLengths(int[] offset, long[] weight) {
    for (int b = 0; b < count; b++) {
      offset[poolSeq[b] + 1] = starts[b + 1] - starts[b];
      weight[poolSeq[b]] = weights[b];
    }
  }

  private void packedLengths(int[] offset, long[] weight) {
    for (int slot = 0; slot < packed.length >> 1; slot++) {
      long key = packed[2 * slot];
      if (key != 0) {
        offset[packedSeq[slot] + 1] = (int) (key & 0xF);
        weight[packedSeq[slot]] = packed[2 * slot + 1];
      }
    }
  }

  private void pooledMarks(int[] marks, int[] offset) {
    for (int b = 0; b < count; b++) {
      System.arraycopy(pool, starts[b], marks, offset[poolSeq[b]], starts[b + 1] - starts[b]);
    }
  }

  private void packedMarks(int[] marks, int[] offset) {
    for (int slot = 0; slot < packed.length >> 1; slot++) {
      long key = packed[2 * slot];
      if (key != 0) {
        int at = offset[packedSeq[slot]];
        int length = (int) (key & 0xF);
        for (int i = 0; i < length; i++) {
          marks[at + i] = (int) (key >>> (4 * (i + 1))) & 0xF;
        }
      }
    }
  }

  private RankedBallot ballot(int b, Candidate[] byIndex) {
    int start = starts[b];
    int end = starts[b + 1];
    boolean simple = true;
    for (int i = start; i < end && simple; i++) {
      simple = pool[i] >= 0;
    }
    if (simple) {
      Candidate[] marks = new Candidate[end - start];
      for (int i = start; i < end; i++) {
        marks[i - start] = byIndex[pool[i]];
      }
      return RankedBallot.owning(weights[b], marks, byIndex);
    }
    RankedBallot.Builder rb = RankedBallot.builder().count(weights[b]);
    int i = start;
    while (i < end) {
      int v = pool[i++];
      if (v >= 0) {
        rb.rank(byIndex[v]);
      } else if (v == SKIP) {
        rb.skip();
      } else {
        int k = -v - 1;
        List<Candidate> atRank = new ArrayList<>(k);
        for (int q = 0; q < k; q++) {
          atRank.add(byIndex[pool[i++]]);
        }
        rb.rank(atRank);
      }
    }
    return rb.build();
  }

  /** A line that is exactly one quoted string with no quote inside is the classic form: its content. */
  static String unquote(String line) {
    return Blt.isClassicQuoted(line) ? line.substring(1, line.length() - 1) : line;
  }

  /** A [tie ...] or [withdrawn ...] option, kept until every nickname is known. */
  private record OptionLine(int line, String name, List<String> args, String shown) {}
}
