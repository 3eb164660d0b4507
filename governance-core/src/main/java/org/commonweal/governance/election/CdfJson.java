package org.commonweal.governance.election;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.MalformedInputException;
import org.jspecify.annotations.Nullable;

/**
 * Reads ranked ballots from cast vote records in the JSON form of NIST SP 1500-103, <i>Cast Vote
 * Records Common Data Format Specification</i>, version 1 (2019): the format in which US voting
 * systems and RCTab exchange the record of each paper scanned, one contest of which is counted here.
 *
 * <pre>{@code
 * BallotFile file = CdfJson.read(bytes, ReadOptions.defaults(), "Mayor");
 * ElectionResult r = ElectionMethods.instantRunoff().count(file.election());
 * }</pre>
 *
 * <table>
 *   <caption>How a report is read</caption>
 *   <tr><th>in the report</th><th>in the election</th></tr>
 *   <tr><td>the {@code Contest} (in any {@code Election}) whose {@code Name} is the one asked for (or,
 *       failing a name, whose {@code @id} is); with no name asked for, the one contest whose {@code
 *       VoteVariation} is {@code rcv}, or failing that the one {@code CVR.CandidateContest}</td>
 *       <td>the election: its title the contest's name, its seats {@code NumberElected} (1 where
 *       absent)</td></tr>
 *   <tr><td>each {@code ContestSelection} of the contest, in order</td><td>a candidate, named by the
 *       {@code Name}s of the {@code Candidate}s its {@code CandidateIds} refer to (joined by " and " for a
 *       ticket), or failing those by its {@code Selection} text or its {@code @id}</td></tr>
 *   <tr><td>a write-in: a {@code ContestSelection} with {@code IsWriteIn} true, a {@code SelectionPosition}
 *       holding a {@code CVRWriteIn}, or a {@code CVR.CVRWriteIn} selection</td><td>one candidate for
 *       them all, {@value #WRITE_IN} (with a number added should a declared candidate bear that name),
 *       placed last and given as {@link BallotFile#undeclaredWriteIn()} and as the election's {@link
 *       Election#undeclaredWriteIn()}, which the {@code rcv} counts treat as RCTab does</td></tr>
 *   <tr><td>each {@code CVR}, read in its current snapshot: the {@code CVRSnapshot} whose {@code @id}
 *       is its {@code CurrentSnapshotId} (the only snapshot, where it gives none)</td><td>a paper, where
 *       that snapshot holds a {@code CVRContest} for the contest; a record without one (another ballot
 *       style, another sheet of the ballot) is no paper of this contest</td></tr>
 *   <tr><td>each {@code SelectionPosition} of a {@code CVRContestSelection}</td><td>a mark at its
 *       {@code Rank}, or where the position gives none, at the {@code Rank} of its selection; a position
 *       whose {@code HasIndication} or {@code IsAllocable} is {@code "no"} marks nothing</td></tr>
 *   <tr><td>a rank that no position marks</td><td>a skipped rank</td></tr>
 *   <tr><td>several candidates at one rank</td><td>an overvote: the rank holds them all, in the
 *       contest's order, and the election's {@link BallotRules} say what it means</td></tr>
 * </table>
 *
 * <p>Identical papers are merged, in the order of the first of each, as {@link Blt#read(byte[])} merges
 * them. The ballots keep the standard {@link BallotRules}; read them under others through {@code
 * Election.builder().from(election).rules(...)}.
 *
 * <p>The reader lives in the core, beside the other readers, with no JSON library: the core depends on
 * Guava alone at run time, and a voting platform that counts its records must not need Jackson for it.
 * A small JSON reader of its own does the parsing, bounded: nesting deeper than {@value #MAX_DEPTH}
 * (a report nests about 12 deep), a string or number longer than {@link ReadOptions#maxLineLength()}
 * bytes and a file longer than {@link ReadOptions#maxFileSize()} are refused; JSON is UTF-8 (RFC 8259),
 * so {@link ReadOptions#encoding()} does not apply. Records are taken one at a time and only their marks
 * kept, never the whole document as a tree. A rank above {@value #MAX_RANK} is refused (no ballot has
 * that many columns), so that no record can make a paper of millions of blank ranks.
 *
 * <p>Anything the reader cannot read is refused with a {@link MalformedInputException} naming the line,
 * the JSON path (for example {@code $.CVR[3].CVRSnapshot[0].CVRContest[0].CVRContestSelection[1]}) and
 * the record (its {@code @id}, or its number from 1); nothing is half-read. The XML form of the
 * specification is not read.
 *
 * <p>Cost: O(n) time for n bytes, and memory for the marks of the records (not the text); building the
 * election is O(m) for m marks. Stateless, thread-safe.
 *
 * @since 0.1.0
 */
public final class CdfJson {
  /** The format's name, as {@link MalformedInputException#format()} gives it. */
  public static final String FORMAT = "NIST CDF JSON";

  /** The name of the candidate that stands for every undeclared write-in. */
  public static final String WRITE_IN = "Undeclared write-ins";

  /** The deepest nesting read: a report nests about 12 deep, so this leaves room for extensions. */
  public static final int MAX_DEPTH = 64;

  /** The highest rank read. */
  public static final int MAX_RANK = 1_000;

  private CdfJson() {}

  /**
   * Reads the one ranked contest of a report: the one whose {@code VoteVariation} is {@code rcv}, or
   * failing that, the one candidate contest.
   *
   * @param bytes the whole report
   * @param options the limits
   * @return the file: the contest's election, and the undeclared write-in candidate where there is one
   * @throws MalformedInputException if the bytes are over a limit, are not a report, or do not hold
   *     exactly one such contest (the message lists the contests)
   */
  public static BallotFile read(byte[] bytes, ReadOptions options) {
    return read(bytes, options, Optional.empty());
  }

  /**
   * Reads one contest of a report, chosen by its name (or failing that, its {@code @id}).
   *
   * @param bytes the whole report
   * @param options the limits
   * @param contest the contest's name
   * @return the file: the contest's election, and the undeclared write-in candidate where there is one
   * @throws MalformedInputException if the bytes are over a limit, are not a report, or hold no such
   *     contest (the message lists the contests)
   */
  public static BallotFile read(byte[] bytes, ReadOptions options, String contest) {
    return read(bytes, options, Optional.of(checkNotNull(contest, "contest")));
  }

  /**
   * Reads one contest of a report: the one named, or where no name is given, the one ranked contest.
   *
   * @param bytes the whole report
   * @param options the limits
   * @param contest the contest's name, or empty
   * @return the file
   * @throws MalformedInputException as {@link #read(byte[], ReadOptions, String)} says
   */
  public static BallotFile read(byte[] bytes, ReadOptions options, Optional<String> contest) {
    checkNotNull(bytes, "bytes");
    checkNotNull(options, "options");
    checkNotNull(contest, "contest");
    if (bytes.length > options.maxFileSize()) {
      throw TextBytes.fileTooLarge(FORMAT, options.maxFileSize());
    }
    Report report = parse(new CdfJsonParser(FORMAT, bytes, MAX_DEPTH, options.maxLineLength()));
    return election(report, contest);
  }

  /** A mark as a record gives it: the selection it names, and where it sits. */
  private record Mark(
      String contestId,
      @Nullable String selectionId,
      boolean writeIn,
      int rank,
      int snapshot,
      int contest,
      int selection,
      int position) {}

  /** What is kept of a record: its name, line, the contests its current snapshot holds, its marks. */
  private record Rec(int index, @Nullable String id, int line, List<String> contests, List<Mark> marks) {
    String name() {
      return label(index, id);
    }
  }

  /** A record as messages name it: its number from 1, and its @id where it has one. */
  private static String label(int index, @Nullable String id) {
    return id == null ? "record " + (index + 1) : "record " + (index + 1) + " (@id \"" + TextBytes.escape(id) + "\")";
  }

  /** The records and the election definitions of a report. */
  private record Report(List<Rec> records, List<Object> elections, int electionsLine) {}

  // ---- Reading the document ----

  private static Report parse(CdfJsonParser p) {
    p.beginObject("a cast vote record report: a JSON object");
    List<Rec> records = new ArrayList<>();
    List<Object> elections = new ArrayList<>();
    int electionsLine = 0;
    Map<String, String> interned = new HashMap<>();
    Set<String> keys = new HashSet<>();
    for (String key; (key = p.nextKey()) != null; ) {
      if (!keys.add(key)) {
        throw p.error("each key once in an object, not \"" + TextBytes.escape(key) + "\" again");
      }
      p.push(key);
      switch (key) {
        case "CVR" -> {
          p.beginArray("an array of cast vote records");
          for (int i = 0; p.nextElement(); i++) {
            p.push(i);
            p.peek(); // past white space, so that the line is the record's own
            int line = p.line();
            Object record = p.value(2);
            records.add(record(p, record, i, line, interned));
            p.pop();
          }
        }
        case "Election" -> {
          p.peek();
          electionsLine = p.line();
          Object v = p.value(1);
          if (!(v instanceof List<?> list)) {
            throw p.error("an array of elections");
          }
          elections.addAll(list);
        }
        case "@type" -> {
          Object v = p.value(1);
          if (!"CVR.CastVoteRecordReport".equals(v)) {
            throw new MalformedInputException(
                FORMAT, p.line(), "\"CVR.CastVoteRecordReport\" at " + p.path(), kind(v));
          }
        }
        default -> p.skip(1);
      }
      p.pop();
    }
    p.finish();
    return new Report(records, elections, electionsLine);
  }

  /** Reduces one record to its current snapshot's marks, checking what is read. */
  private static Rec record(CdfJsonParser p, Object value, int index, int line, Map<String, String> interned) {
    List<Object> at = new ArrayList<>(List.of("CVR", index));
    Map<String, Object> cvr = object(value, at, line, index, null);
    String id = optionalString(cvr, "@id", at, line, index, null);
    String label = label(index, id);
    List<Object> snapshots = array(cvr, "CVRSnapshot", true, at, line, label);
    String current = optionalString(cvr, "CurrentSnapshotId", at, line, index, id);
    if (snapshots.isEmpty()) {
      throw bad(line, label, at, "at least one CVRSnapshot", "none");
    }
    int chosen = -1;
    for (int s = 0; s < snapshots.size(); s++) {
      at.add("CVRSnapshot");
      at.add(s);
      Map<String, Object> snap = object(snapshots.get(s), at, line, index, id);
      String snapId = optionalString(snap, "@id", at, line, index, id);
      at.remove(at.size() - 1);
      at.remove(at.size() - 1);
      if (current == null ? snapshots.size() == 1 : current.equals(snapId)) {
        if (chosen >= 0) {
          throw bad(line, label, at, "one CVRSnapshot whose @id is \"" + TextBytes.escape(String.valueOf(current)) + "\"", "two");
        }
        chosen = s;
      }
    }
    if (chosen < 0) {
      throw current == null
          ? bad(line, label, at, "a CurrentSnapshotId saying which of its " + snapshots.size() + " snapshots counts", "none")
          : bad(line, label, at, "a CVRSnapshot whose @id is the CurrentSnapshotId \"" + TextBytes.escape(current) + "\"", "none");
    }
    at.add("CVRSnapshot");
    at.add(chosen);
    @SuppressWarnings("unchecked")
    Map<String, Object> snap = (Map<String, Object>) snapshots.get(chosen);
    List<String> contests = new ArrayList<>();
    List<Mark> marks = new ArrayList<>();
    List<Object> cvrContests = array(snap, "CVRContest", false, at, line, label);
    for (int c = 0; c < cvrContests.size(); c++) {
      at.add("CVRContest");
      at.add(c);
      Map<String, Object> contest = object(cvrContests.get(c), at, line, index, id);
      String contestId = requiredString(contest, "ContestId", at, line, label, interned);
      contests.add(contestId);
      List<Object> selections = array(contest, "CVRContestSelection", false, at, line, label);
      for (int k = 0; k < selections.size(); k++) {
        at.add("CVRContestSelection");
        at.add(k);
        selection(selections.get(k), contestId, chosen, c, k, at, line, label, interned, marks);
        at.remove(at.size() - 1);
        at.remove(at.size() - 1);
      }
      at.remove(at.size() - 1);
      at.remove(at.size() - 1);
    }
    return new Rec(index, id, line, contests, marks);
  }

  private static void selection(
      Object value,
      String contestId,
      int snapshot,
      int contest,
      int k,
      List<Object> at,
      int line,
      String label,
      Map<String, String> interned,
      List<Mark> marks) {
    Map<String, Object> sel = objectOf(value, at, line, label);
    boolean writeInSelection = "CVR.CVRWriteIn".equals(sel.get("@type"));
    String selectionId = sel.containsKey("ContestSelectionId")
        ? requiredString(sel, "ContestSelectionId", at, line, label, interned)
        : null;
    Integer selectionRank = rank(sel, at, line, label);
    if (!sel.containsKey("SelectionPosition")) {
      throw bad(line, label, at, "a SelectionPosition array (the marks of the selection)", "none");
    }
    List<Object> positions = array(sel, "SelectionPosition", true, at, line, label);
    for (int q = 0; q < positions.size(); q++) {
      at.add("SelectionPosition");
      at.add(q);
      Map<String, Object> pos = objectOf(positions.get(q), at, line, label);
      boolean indicated = !"no".equals(status(pos, "HasIndication", at, line, label));
      boolean allocable = !"no".equals(status(pos, "IsAllocable", at, line, label));
      Integer positionRank = rank(pos, at, line, label);
      boolean writeIn = writeInSelection || pos.containsKey("CVRWriteIn");
      if (indicated && allocable) {
        Object votes = pos.get("NumberVotes");
        if (votes != null) {
          Long n = votes instanceof CdfJsonParser.Num num ? num.whole() : null;
          if (n == null || n != 1) {
            at.add("NumberVotes");
            throw bad(line, label, at, "NumberVotes 1 (a ranked mark is one vote)", kind(votes));
          }
        }
        Integer r = positionRank != null ? positionRank : selectionRank;
        if (r == null) {
          throw bad(line, label, at, "a Rank on the SelectionPosition or on its CVRContestSelection", "none");
        }
        if (selectionId == null && !writeIn) {
          at.remove(at.size() - 1);
          at.remove(at.size() - 1);
          throw bad(line, label, at, "a ContestSelectionId naming the selection marked", "none");
        }
        marks.add(new Mark(contestId, selectionId, writeIn, r, snapshot, contest, k, q));
      }
      at.remove(at.size() - 1);
      at.remove(at.size() - 1);
    }
  }

  private static @Nullable Integer rank(Map<String, Object> o, List<Object> at, int line, String label) {
    Object v = o.get("Rank");
    if (v == null) {
      return null;
    }
    Long n = v instanceof CdfJsonParser.Num num ? num.whole() : null;
    if (n == null || n < 1 || n > MAX_RANK) {
      at.add("Rank");
      throw bad(line, label, at, "a whole number from 1 to " + MAX_RANK, kind(v));
    }
    return n.intValue();
  }

  private static @Nullable String status(Map<String, Object> o, String key, List<Object> at, int line, String label) {
    Object v = o.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String s)) {
      at.add(key);
      throw bad(line, label, at, "\"yes\", \"no\" or \"unknown\"", kind(v));
    }
    return s;
  }

  // ---- Building the election ----

  private static BallotFile election(Report report, Optional<String> wanted) {
    if (report.electionsLine() == 0) {
      throw new MalformedInputException(FORMAT, 0, "an Election array defining the contests", "none");
    }
    int line = report.electionsLine();
    Map<String, String> candidateNames = new HashMap<>();
    List<Map<String, Object>> contests = new ArrayList<>();
    List<List<Object>> contestPaths = new ArrayList<>();
    List<Object> elections = report.elections();
    for (int e = 0; e < elections.size(); e++) {
      List<Object> at = new ArrayList<>(List.of("Election", e));
      Map<String, Object> election = objectOf(elections.get(e), at, line, "the election definitions");
      List<Object> cands = array(election, "Candidate", false, at, line, "the election definitions");
      for (int c = 0; c < cands.size(); c++) {
        at.add("Candidate");
        at.add(c);
        Map<String, Object> cand = objectOf(cands.get(c), at, line, "the election definitions");
        String id = requiredString(cand, "@id", at, line, "the election definitions", new HashMap<>());
        Object name = cand.get("Name");
        candidateNames.put(id, name instanceof String s && !s.isEmpty() ? s : id);
        at.remove(at.size() - 1);
        at.remove(at.size() - 1);
      }
      List<Object> cs = array(election, "Contest", false, at, line, "the election definitions");
      for (int c = 0; c < cs.size(); c++) {
        List<Object> path = new ArrayList<>(at);
        path.add("Contest");
        path.add(c);
        contests.add(objectOf(cs.get(c), path, line, "the election definitions"));
        contestPaths.add(path);
      }
    }
    int chosen = choose(contests, wanted);
    Map<String, Object> contest = contests.get(chosen);
    List<Object> at = contestPaths.get(chosen);
    String where = "the contest";
    String contestId = requiredString(contest, "@id", at, line, where, new HashMap<>());
    String title = nameOf(contest);

    // The candidates: each declared selection, then the one write-in.
    Map<String, Candidate> bySelection = new HashMap<>();
    Set<String> writeInSelections = new HashSet<>();
    Map<String, Candidate> byName = new LinkedHashMap<>();
    List<Object> selections = array(contest, "ContestSelection", false, at, line, where);
    for (int s = 0; s < selections.size(); s++) {
      at.add("ContestSelection");
      at.add(s);
      Map<String, Object> sel = objectOf(selections.get(s), at, line, where);
      String id = requiredString(sel, "@id", at, line, where, new HashMap<>());
      if (Boolean.TRUE.equals(sel.get("IsWriteIn"))) {
        writeInSelections.add(id);
      } else {
        String name = selectionName(sel, id, candidateNames, at, line);
        if (byName.containsKey(name)) {
          throw bad(line, where, at, "a candidate name of its own, not \"" + TextBytes.escape(name) + "\" again", name);
        }
        Candidate c = candidate(name, at, line);
        byName.put(name, c);
        bySelection.put(id, c);
      }
      at.remove(at.size() - 1);
      at.remove(at.size() - 1);
    }
    boolean anyWriteIn = !writeInSelections.isEmpty();
    if (!anyWriteIn) {
      for (Rec r : report.records()) {
        for (Mark m : r.marks()) {
          anyWriteIn |= m.contestId().equals(contestId) && m.writeIn();
        }
      }
    }
    Candidate writeIn = null;
    if (anyWriteIn) {
      String name = WRITE_IN;
      for (int n = 2; byName.containsKey(name); n++) {
        name = WRITE_IN + " (" + n + ")";
      }
      writeIn = Candidate.verbatim(name);
      byName.put(name, writeIn);
    }

    // The papers, merged. Candidates marked at one rank are held in the contest's order, whatever the
    // order of the record's selections, so that one paper reads the same however it was written.
    Map<Candidate, Integer> order = new HashMap<>();
    for (Candidate c : byName.values()) {
      order.put(c, order.size());
    }
    Comparator<Candidate> inContestOrder = Comparator.comparing(c -> order.getOrDefault(c, 0));
    Map<RankedBallot, long[]> papers = new LinkedHashMap<>();
    for (Rec r : report.records()) {
      if (!r.contests().contains(contestId)) {
        continue;
      }
      TreeMap<Integer, Set<Candidate>> ranks = new TreeMap<>();
      for (Mark m : r.marks()) {
        if (!m.contestId().equals(contestId)) {
          continue;
        }
        Candidate c;
        if (m.writeIn() || (m.selectionId() != null && writeInSelections.contains(m.selectionId()))) {
          c = java.util.Objects.requireNonNull(writeIn, "a write-in mark makes the write-in candidate");
        } else {
          c = bySelection.get(m.selectionId());
          if (c == null) {
            List<Object> path =
                new ArrayList<>(
                    List.of(
                        "CVR", r.index(), "CVRSnapshot", m.snapshot(), "CVRContest", m.contest(),
                        "CVRContestSelection", m.selection(), "ContestSelectionId"));
            throw bad(
                r.line(),
                r.name(),
                path,
                "the @id of one of the ContestSelections of contest \"" + TextBytes.escape(title) + "\"",
                String.valueOf(m.selectionId()));
          }
        }
        ranks.computeIfAbsent(m.rank(), k -> new TreeSet<>(inContestOrder)).add(c);
      }
      RankedBallot.Builder b = RankedBallot.builder();
      int last = ranks.isEmpty() ? 0 : ranks.lastKey();
      for (int rank = 1; rank <= last; rank++) {
        Set<Candidate> marked = ranks.get(rank);
        if (marked == null) {
          b.skip();
        } else {
          b.rank(marked);
        }
      }
      papers.computeIfAbsent(b.build(), k -> new long[1])[0]++;
    }
    List<Ballot> ballots = new ArrayList<>(papers.size());
    papers.forEach((ballot, n) -> ballots.add(ballot.withCount(n[0])));
    int seats = seats(contest, at, line);
    Election election;
    try {
      election =
          Election.builder()
              .title(title)
              .candidates(byName.values())
              .seats(seats)
              .ballots(ballots)
              .undeclaredWriteIn(Optional.ofNullable(writeIn))
              .build();
    } catch (InvalidValueException e) {
      throw new MalformedInputException(FORMAT, line, "a contest that makes an election at " + CdfJsonParser.render(at), String.valueOf(e.getMessage()));
    }
    return new BallotFile(election, "UTF-8", "valid UTF-8", ImmutableList.of(), ImmutableList.of(), Optional.ofNullable(writeIn));
  }

  /** The index of the contest asked for, or of the one ranked contest. */
  private static int choose(List<Map<String, Object>> contests, Optional<String> wanted) {
    List<Integer> found = new ArrayList<>();
    if (wanted.isPresent()) {
      for (int i = 0; i < contests.size(); i++) {
        if (wanted.get().equals(contests.get(i).get("Name"))) {
          found.add(i);
        }
      }
      if (found.isEmpty()) {
        for (int i = 0; i < contests.size(); i++) {
          if (wanted.get().equals(contests.get(i).get("@id"))) {
            found.add(i);
          }
        }
      }
      if (found.size() == 1) {
        return found.get(0);
      }
      String what = found.isEmpty() ? "a contest named \"" : "one contest named \"";
      throw new MalformedInputException(
          FORMAT, 0, what + TextBytes.escape(wanted.get()) + "\" among " + list(contests), found.isEmpty() ? "none" : found.size() + " contests");
    }
    for (int i = 0; i < contests.size(); i++) {
      if ("rcv".equals(contests.get(i).get("VoteVariation"))) {
        found.add(i);
      }
    }
    if (found.isEmpty()) {
      for (int i = 0; i < contests.size(); i++) {
        if ("CVR.CandidateContest".equals(contests.get(i).get("@type"))) {
          found.add(i);
        }
      }
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    throw new MalformedInputException(
        FORMAT,
        0,
        "one ranked contest, or a contest named (--contest NAME) among " + list(contests),
        found.size() + " ranked contests");
  }

  private static String list(List<Map<String, Object>> contests) {
    if (contests.isEmpty()) {
      return "no contests";
    }
    List<String> names = new ArrayList<>();
    for (Map<String, Object> c : contests) {
      names.add("\"" + TextBytes.escape(nameOf(c)) + "\"");
    }
    return "the contests " + String.join(", ", names);
  }

  /** A contest's name, or its @id where it has none. */
  private static String nameOf(Map<String, Object> contest) {
    Object name = contest.get("Name");
    if (name instanceof String s && !s.isEmpty()) {
      return s;
    }
    Object id = contest.get("@id");
    return id instanceof String s ? s : "";
  }

  private static String selectionName(
      Map<String, Object> sel, String id, Map<String, String> candidateNames, List<Object> at, int line) {
    Object ids = sel.get("CandidateIds");
    if (ids != null) {
      if (!(ids instanceof List<?> list)) {
        at.add("CandidateIds");
        throw bad(line, "the contest", at, "an array of Candidate @ids", String.valueOf(ids));
      }
      List<String> names = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        String name = list.get(i) instanceof String s ? candidateNames.get(s) : null;
        if (name == null) {
          at.add("CandidateIds");
          at.add(i);
          throw bad(line, "the contest", at, "the @id of one of the election's Candidates", String.valueOf(list.get(i)));
        }
        names.add(name);
      }
      if (!names.isEmpty()) {
        return String.join(" and ", names);
      }
    }
    Object text = sel.get("Selection");
    return text instanceof String s && !s.isEmpty() ? s : id;
  }

  private static Candidate candidate(String name, List<Object> at, int line) {
    try {
      return Candidate.verbatim(name);
    } catch (InvalidValueException e) {
      throw bad(line, "the contest", at, "a candidate name", String.valueOf(e.getMessage()));
    }
  }

  private static int seats(Map<String, Object> contest, List<Object> at, int line) {
    Object v = contest.get("NumberElected");
    if (v == null) {
      return 1;
    }
    Long n = v instanceof CdfJsonParser.Num num ? num.whole() : null;
    if (n == null || n < 1 || n > Integer.MAX_VALUE) {
      at.add("NumberElected");
      throw bad(line, "the contest", at, "a whole number of seats, at least 1", kind(v));
    }
    return n.intValue();
  }

  // ---- Helpers over the tree ----

  private static MalformedInputException bad(int line, String label, List<Object> at, String expected, String found) {
    return new MalformedInputException(FORMAT, line, expected + " at " + CdfJsonParser.render(at) + " in " + label, found);
  }

  private static Map<String, Object> object(Object v, List<Object> at, int line, int index, @Nullable String id) {
    return objectOf(v, at, line, label(index, id));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> objectOf(Object v, List<Object> at, int line, String label) {
    if (!(v instanceof Map<?, ?>)) {
      throw bad(line, label, at, "a JSON object", kind(v));
    }
    return (Map<String, Object>) v;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> array(
      Map<String, Object> o, String key, boolean required, List<Object> at, int line, String label) {
    Object v = o.get(key);
    if (v == null) {
      if (required) {
        throw bad(line, label, at, "a " + key + " array", "none");
      }
      return List.of();
    }
    if (!(v instanceof List<?>)) {
      at.add(key);
      throw bad(line, label, at, "an array", kind(v));
    }
    return (List<Object>) v;
  }

  private static @Nullable String optionalString(
      Map<String, Object> o, String key, List<Object> at, int line, int index, @Nullable String id) {
    Object v = o.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String s)) {
      at.add(key);
      throw bad(line, label(index, id), at, "a string", kind(v));
    }
    return s;
  }

  private static String requiredString(
      Map<String, Object> o, String key, List<Object> at, int line, String label, Map<String, String> interned) {
    Object v = o.get(key);
    if (!(v instanceof String s)) {
      at.add(key);
      throw bad(line, label, at, "a string", v == null ? "none" : kind(v));
    }
    // Thousands of records repeat the same few ids: keep one copy of each.
    return interned.computeIfAbsent(s, x -> x);
  }

  /** A value as an error message shows it: a short text or number, otherwise its kind. */
  private static String kind(Object v) {
    if (v instanceof Map<?, ?>) {
      return "an object";
    }
    if (v instanceof List<?>) {
      return "an array";
    }
    if (v instanceof CdfJsonParser.Num n) {
      return n.text();
    }
    if (v instanceof String s) {
      return TextBytes.escape(s);
    }
    return String.valueOf(v);
  }
}
