package org.commonweal.examples;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.analysis.Analysis;
import org.commonweal.governance.analysis.ClassSizes;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.board.BoardRules;
import org.commonweal.governance.board.CompositionLimit;
import org.commonweal.governance.board.ReservedSeats;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Matter;
import org.commonweal.governance.constitution.OrganisationType;
import org.commonweal.governance.constitution.Procedure;
import org.commonweal.governance.constitution.ViolationCode;
import org.commonweal.governance.meeting.MeetingRules;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.ClassPolicy;
import org.commonweal.governance.membership.Eligibility;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.StakeholderClass;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.voting.VotingRules;

/**
 * The power report of the two other institutions beside the school trust: a resident-controlled
 * development trust and a multi-service community hub. Can paid staff, or any one group the hub serves,
 * control them or block them? Both are built here by hand, small enough to read in one screen, with
 * illustrative numbers of members far larger than the profile-based examples' registers ({@link
 * DevelopmentTrust}, {@link CommunityHub}, whose rules come from {@code Profiles}).
 */
public final class InstitutionsPowerReport {
  static final ClassId RESIDENTS = ClassId.of("residents");
  static final ClassId STAFF = ClassId.of("staff");
  static final ClassId OLDER = ClassId.of("older-people");
  static final ClassId FAMILIES = ClassId.of("families");
  static final ClassId YOUNG = ClassId.of("young-people");

  private InstitutionsPowerReport() {}

  /**
   * Returns the development trust: residents and staff one member one vote; a board of 7 elected by all
   * members, paid staff at most a third; a quorum of 10% of the members; amending the rules by a special
   * resolution.
   *
   * @return the constitution
   */
  public static Constitution developmentTrust() {
    return constitution("Riverside Development Trust", List.of(RESIDENTS, STAFF),
        BoardRules.builder().minSize(7).maxSize(7).generalSeats(7)
            .addLimits(CompositionLimit.atMost("paid staff", CompositionLimit.Group.attribute("paid staff"),
                Fraction.of(1, 3)))
            .build(),
        QuorumRule.fractionOfMembers(Fraction.of(1, 10)));
  }

  /**
   * Returns the community hub: older people, families, young people and staff one member one vote; one
   * board seat reserved for each class and three elected by all; a quorum of 20 members; amending the rules
   * by a special resolution.
   *
   * @return the constitution
   */
  public static Constitution communityHub() {
    BoardRules.Builder board = BoardRules.builder().minSize(7).maxSize(7).generalSeats(3);
    for (ClassId c : List.of(OLDER, FAMILIES, YOUNG, STAFF)) {
      board.addReserved(new ReservedSeats(c, 1));
    }
    return constitution("Eastgate Community Hub", List.of(OLDER, FAMILIES, YOUNG, STAFF), board.build(),
        QuorumRule.members(20));
  }

  /**
   * Returns the development trust's illustrative membership: 400 residents and 15 staff.
   *
   * @return the sizes
   */
  public static ClassSizes developmentTrustMembers() {
    Map<ClassId, Integer> sizes = new LinkedHashMap<>();
    sizes.put(RESIDENTS, 400);
    sizes.put(STAFF, 15);
    return ClassSizes.of(sizes);
  }

  /**
   * Returns the hub's illustrative membership: 120 older people, 200 families, 80 young people, 30 staff.
   *
   * @return the sizes
   */
  public static ClassSizes communityHubMembers() {
    Map<ClassId, Integer> sizes = new LinkedHashMap<>();
    sizes.put(OLDER, 120);
    sizes.put(FAMILIES, 200);
    sizes.put(YOUNG, 80);
    sizes.put(STAFF, 30);
    return ClassSizes.of(sizes);
  }

  private static Constitution constitution(String name, List<ClassId> classes, BoardRules board, QuorumRule quorum) {
    List<StakeholderClass> defined = new ArrayList<>();
    for (ClassId c : classes) {
      defined.add(StakeholderClass.of(c, c.toString(), Eligibility.always()));
    }
    return Constitution.builder()
        .name(name)
        .type(OrganisationType.COMMUNITY_BENEFIT_SOCIETY)
        .objects("for the benefit of the community it serves")
        .inForceFrom(LocalDate.of(2026, 4, 1))
        .membership(MembershipRules.of(ClassPolicy.ONE_CLASS, defined))
        .voting(VotingRules.oneMemberOneVote())
        .generalMeetings(MeetingRules.builder().quorum(quorum).build())
        .matters(ImmutableMap.of(Matter.AMEND_RULES, new Procedure.AtMeeting(Resolution.special("Amend the rules"))))
        .board(board)
        .investorClasses(ImmutableSortedSet.<ClassId>of())
        .staffClasses(ImmutableSortedSet.of(STAFF))
        .build();
  }

  /**
   * Prints each institution's capture findings for ordinary and special resolutions, and its warnings.
   *
   * @param out where to print
   */
  public static void print(PrintStream out) {
    print(out, Analysis.of(developmentTrust(), developmentTrustMembers()));
    print(out, Analysis.of(communityHub(), communityHubMembers()));
  }

  private static void print(PrintStream out, Analysis a) {
    out.println(a.constitution().name());
    for (Matter m : List.of(Matter.ORDINARY_BUSINESS, Matter.AMEND_RULES)) {
      out.print(a.capture(m).explain());
    }
    a.validate().violations().stream()
        .filter(v -> v.code() == ViolationCode.VETO_NOT_INTENDED || v.code() == ViolationCode.NO_POWER)
        .forEach(v -> out.println("  warning: " + v));
    out.println();
  }

  /**
   * Prints the report.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(System.out);
  }
}
