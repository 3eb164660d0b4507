package org.commonweal.governance.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonweal.governance.election.Candidate;
import org.commonweal.governance.election.RankedBallot;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.ClassPolicy;
import org.commonweal.governance.membership.Eligibility;
import org.commonweal.governance.membership.Member;
import org.commonweal.governance.membership.MemberEvent;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.Register;
import org.commonweal.governance.membership.StakeholderClass;

/**
 * Registers and ballots for the board tests: members admitted on {@link #ADMITTED} to the classes
 * given, and ballots written as lists of candidates' names.
 */
final class Boards {
  private Boards() {}

  static final LocalDate ADMITTED = LocalDate.of(2024, 1, 10);
  static final LocalDate RECORD_DATE = LocalDate.of(2026, 9, 30);

  /** A register whose members (id, then class) are given in pairs: "P1", "parents", "S1", "staff". */
  static Register register(List<ClassId> classes, String... idAndClass) {
    List<StakeholderClass> defined = new ArrayList<>();
    for (ClassId c : classes) {
      defined.add(StakeholderClass.of(c, c.value(), Eligibility.always()));
    }
    MembershipRules rules = MembershipRules.of(ClassPolicy.SEVERAL_CLASSES, defined);
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < idAndClass.length; i += 2) {
      members.add(
          Member.builder()
              .id(MemberId.of(idAndClass[i]))
              .name(idAndClass[i])
              .addHistory(MemberEvent.of(ADMITTED, MemberEvent.Kind.ADMITTED, Set.of(ClassId.of(idAndClass[i + 1])), ""))
              .build());
    }
    return Register.of(rules, members);
  }

  /** The member as a candidate, with attributes. */
  static Director candidate(Register r, String id, String... attributes) {
    return Director.member(r.member(MemberId.of(id)).orElseThrow(), RECORD_DATE, List.of(attributes));
  }

  /** One ballot, by name. */
  static RankedBallot ballot(String... names) {
    RankedBallot.Builder b = RankedBallot.builder();
    for (String n : names) {
      b.rank(Candidate.of(n));
    }
    return b.build();
  }

  /** {@code n} voters (ids {@code prefix1}..), each casting the same ballot, added to {@code into}. */
  static Map<MemberId, RankedBallot> votes(Map<MemberId, RankedBallot> into, String prefix, int from, int n, String... names) {
    for (int i = from; i < from + n; i++) {
      into.put(MemberId.of(prefix + i), ballot(names));
    }
    return into;
  }

  static Map<MemberId, RankedBallot> votes() {
    return new LinkedHashMap<>();
  }
}
