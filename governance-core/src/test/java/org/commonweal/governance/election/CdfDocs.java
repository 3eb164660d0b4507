package org.commonweal.governance.election;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes small cast vote record reports in the JSON form of NIST SP 1500-103 for the tests, as the
 * specification lays them out: an {@code Election} whose {@code Contest}s list {@code
 * CandidateSelection}s referring to {@code Candidate}s, then one {@code CVR} per paper with its
 * snapshots. Candidate {@code i} (from 1) is {@code c-i}, its selection {@code cs-i}.
 */
final class CdfDocs {
  private CdfDocs() {}

  /** A whole report: the elections' contests and the records. */
  static String report(String election, List<String> records) {
    return "{\n"
        + "  \"@type\": \"CVR.CastVoteRecordReport\",\n"
        + "  \"Version\": \"1.0.0\",\n"
        + "  \"GeneratedDate\": \"2026-11-03T21:00:00Z\",\n"
        + "  \"ReportGeneratingDeviceIds\": [\"rd-1\"],\n"
        + "  \"CVR\": [\n"
        + String.join(",\n", records)
        + "\n  ],\n"
        + "  \"Election\": [" + election + "]\n"
        + "}\n";
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** An election with the given contests (see {@link #contest}) and candidates named in order. */
  static String election(List<String> names, String... contests) {
    List<String> cands = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      cands.add(
          "{\"@id\": \"c-" + (i + 1) + "\", \"@type\": \"CVR.Candidate\", \"Name\": " + quote(names.get(i)) + "}");
    }
    return "{\"@id\": \"election-1\", \"@type\": \"CVR.Election\", \"ElectionScopeId\": \"gp-1\",\n"
        + "   \"Candidate\": [" + String.join(", ", cands) + "],\n"
        + "   \"Contest\": [" + String.join(",\n", contests) + "]}";
  }

  /**
   * A ranked candidate contest with id {@code id}, offering candidates 1 to n, and a write-in selection
   * {@code cs-wi} where asked.
   */
  static String contest(String id, String name, int n, boolean writeIn, int seats) {
    List<String> sels = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      sels.add("{\"@id\": \"cs-" + i + "\", \"@type\": \"CVR.CandidateSelection\", \"CandidateIds\": [\"c-" + i + "\"]}");
    }
    if (writeIn) {
      sels.add("{\"@id\": \"cs-wi\", \"@type\": \"CVR.CandidateSelection\", \"IsWriteIn\": true}");
    }
    return "{\"@id\": " + quote(id) + ", \"@type\": \"CVR.CandidateContest\", \"Name\": " + quote(name)
        + ", \"VoteVariation\": \"rcv\", \"NumberElected\": " + seats + ", \"VotesAllowed\": 1,\n"
        + "    \"ContestSelection\": [" + String.join(", ", sels) + "]}";
  }

  /** A record with one snapshot, {@code snap-1}, holding the given contests' marks. */
  static String cvr(String id, String... cvrContests) {
    return "    {\"@type\": \"CVR.CVR\", \"@id\": " + quote(id) + ", \"ElectionId\": \"election-1\","
        + " \"CurrentSnapshotId\": \"snap-1\",\n"
        + "     \"CVRSnapshot\": [" + snapshot("snap-1", "original", cvrContests) + "]}";
  }

  /** A snapshot with the given contests' marks. */
  static String snapshot(String id, String type, String... cvrContests) {
    return "{\"@id\": " + quote(id) + ", \"@type\": \"CVR.CVRSnapshot\", \"Type\": \"" + type + "\","
        + " \"CVRContest\": [" + String.join(", ", cvrContests) + "]}";
  }

  /** A contest's marks on a record. */
  static String marks(String contestId, String... selections) {
    return "{\"@type\": \"CVR.CVRContest\", \"ContestId\": " + quote(contestId)
        + ", \"CVRContestSelection\": [" + String.join(", ", selections) + "]}";
  }

  /** A selection marked at the given ranks, each rank on its own position. */
  static String selection(String selectionId, int... ranks) {
    List<String> positions = new ArrayList<>();
    for (int r : ranks) {
      positions.add(position(r, "yes", "yes", ""));
    }
    return "{\"@type\": \"CVR.CVRContestSelection\", \"ContestSelectionId\": " + quote(selectionId)
        + ", \"SelectionPosition\": [" + String.join(", ", positions) + "]}";
  }

  /** A position: its rank (0 for none), indication, allocation, and any further members. */
  static String position(int rank, String hasIndication, String isAllocable, String more) {
    return "{\"@type\": \"CVR.SelectionPosition\", \"HasIndication\": \"" + hasIndication + "\", \"IsAllocable\": \""
        + isAllocable + "\", \"NumberVotes\": 1" + (rank > 0 ? ", \"Rank\": " + rank : "") + more + "}";
  }

  /**
   * The report of an election's ranked ballots: one record per paper (a ballot of count k gives k
   * records), a candidate's marks at several ranks as several positions of one selection. Candidates
   * are the election's, in order; the contest is {@code contest-1}, named by the election's title.
   */
  static String of(Election e) {
    List<Candidate> cands = e.candidates();
    List<String> records = new ArrayList<>();
    int n = 0;
    for (Ballot b : e.ballots()) {
      RankedBallot r = (RankedBallot) b;
      Map<Integer, List<Integer>> ranksOf = new LinkedHashMap<>();
      for (int rank = 0; rank < r.rankCount(); rank++) {
        for (Candidate c : r.rank(rank)) {
          ranksOf.computeIfAbsent(cands.indexOf(c) + 1, k -> new ArrayList<>()).add(rank + 1);
        }
      }
      List<String> sels = new ArrayList<>();
      ranksOf.forEach((i, ranks) -> sels.add(selection("cs-" + i, ranks.stream().mapToInt(Integer::intValue).toArray())));
      for (long k = 0; k < r.count(); k++) {
        records.add(cvr("cvr-" + (++n), marks("contest-1", sels.toArray(String[]::new))));
      }
    }
    List<String> names = cands.stream().map(Candidate::name).toList();
    return report(election(names, contest("contest-1", e.title(), names.size(), false, e.seats())), records);
  }

  static String quote(String s) {
    StringBuilder q = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      if (ch == '"' || ch == '\\') {
        q.append('\\').append(ch);
      } else if (ch < 0x20) {
        q.append(String.format("\\u%04x", (int) ch));
      } else {
        q.append(ch);
      }
    }
    return q.append('"').toString();
  }
}
