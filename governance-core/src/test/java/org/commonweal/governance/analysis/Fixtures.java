package org.commonweal.governance.analysis;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Matter;
import org.commonweal.governance.constitution.OrganisationType;
import org.commonweal.governance.constitution.Procedure;
import org.commonweal.governance.meeting.MeetingRules;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.ClassPolicy;
import org.commonweal.governance.membership.Eligibility;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.StakeholderClass;
import org.commonweal.governance.voting.VotingRules;

/** Constitutions for the analysis tests: only what a game reads (classes, voting rules, matters, quorum). */
final class Fixtures {
  private Fixtures() {}

  static Constitution constitution(
      List<ClassId> classes, VotingRules voting, Map<Matter, Procedure> matters, QuorumRule quorum) {
    List<StakeholderClass> defined = new ArrayList<>();
    for (ClassId c : classes) {
      defined.add(StakeholderClass.of(c, c.toString(), Eligibility.always()));
    }
    return Constitution.builder()
        .name("Test society")
        .type(OrganisationType.COMMUNITY_BENEFIT_SOCIETY)
        .objects("to test the analysis of its rules")
        .inForceFrom(LocalDate.of(2026, 1, 1))
        .membership(MembershipRules.of(ClassPolicy.ONE_CLASS, defined))
        .voting(voting)
        .generalMeetings(MeetingRules.builder().quorum(quorum).build())
        .matters(ImmutableMap.copyOf(matters))
        .investorClasses(ImmutableSortedSet.<ClassId>of())
        .staffClasses(ImmutableSortedSet.<ClassId>of())
        .build();
  }
}
