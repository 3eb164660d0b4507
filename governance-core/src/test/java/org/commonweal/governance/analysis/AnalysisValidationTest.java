package org.commonweal.governance.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Matter;
import org.commonweal.governance.constitution.Procedure;
import org.commonweal.governance.constitution.Severity;
import org.commonweal.governance.constitution.ValidationOptions;
import org.commonweal.governance.constitution.ValidationReport;
import org.commonweal.governance.constitution.Violation;
import org.commonweal.governance.constitution.ViolationCode;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.resolution.Condition;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.Threshold;
import org.commonweal.governance.resolution.TwoMeetingResolution;
import org.commonweal.governance.voting.VotingRules;
import org.junit.jupiter.api.Test;

/** Power warnings added to a constitution's validation. */
class AnalysisValidationTest {
  static final ClassId FOUNDER = ClassId.of("founder");
  static final ClassId USERS = ClassId.of("users");

  private static List<Violation> power(ValidationReport r) {
    return r.violations().stream()
        .filter(x -> x.code() == ViolationCode.VETO_NOT_INTENDED || x.code() == ViolationCode.NO_POWER).toList();
  }

  @Test
  void validate_classSharesWithConsent_warnsOnlyOfTheOrdinaryVeto() {
    ValidationReport r = Analysis.of(AnalysisTest.school(), AnalysisTest.schoolSizes()).validate();
    // The special resolution asks each class to consent, so its vetoes are meant. On ordinary business the
    // parents' 1500 of 3000 votes stop the other 1500 from being more than half.
    List<Violation> v = r.violations().stream().filter(x -> x.code() == ViolationCode.VETO_NOT_INTENDED).toList();
    assertEquals(1, v.size(), r.explain());
    assertTrue(v.get(0).message().startsWith("class parents can block \"Ordinary business\" alone"), v.get(0).message());
    assertEquals(Severity.WARNING, v.get(0).severity());
    assertTrue(r.violations().stream().noneMatch(x -> x.code() == ViolationCode.NO_POWER), r.explain());
  }

  @Test
  void validate_oneLargeHolder_vetoAndNoPower() {
    Constitution c = Fixtures.constitution(List.of(FOUNDER, USERS), VotingRules.oneVotePerShare(), Map.of(),
        QuorumRule.members(2));
    ClassSizes sizes = ClassSizes.of(Map.of(USERS, 3)).and(FOUNDER, 1, 4);
    Analysis a = Analysis.of(c, sizes);
    // 4 votes of 7: the founder carries and blocks alone; the users' 3 votes never decide anything.
    ValidationReport r = a.validate();
    // The fixture is a society voting by shares, which the constitution's own checks report too; the
    // power warnings come after them.
    List<Violation> power = power(r);
    assertEquals(List.of(ViolationCode.VETO_NOT_INTENDED, ViolationCode.NO_POWER), power.stream().map(Violation::code).toList(), r.explain());
    assertTrue(power.get(1).message().contains("class users has no power on \"Ordinary business\""));
    assertTrue(r.violations().containsAll(a.constitution().validate().violations()), "the constitution's own findings are kept");
    ValidationReport quiet = a.validate(new ValidationOptions(ImmutableSet.of(ViolationCode.NO_POWER)));
    assertEquals(List.of(ViolationCode.VETO_NOT_INTENDED), power(quiet).stream().map(Violation::code).toList());
  }

  @Test
  void validate_consentAskedAtTheFirstOfTwoMeetings_isAVetoMeant() {
    // The founder's 4 votes of 7 block anything; on amending the rules its consent is asked at the first of two
    // meetings, so only the ordinary business's veto is unintended.
    Resolution first = Resolution.builder().title("Amend").addConditions(Threshold.majorityOfVotesCast(),
        Condition.inClass(FOUNDER, Threshold.majorityOfVotesCast())).build();
    Resolution second = Resolution.builder().title("Confirm").addConditions(Threshold.majorityOfVotesCast()).build();
    Constitution c = Fixtures.constitution(List.of(FOUNDER, USERS), VotingRules.oneVotePerShare(),
        Map.of(Matter.AMEND_RULES, new Procedure.AtTwoMeetings(
            TwoMeetingResolution.of("Amend", first, second, Optional.empty(), Optional.empty()))),
        QuorumRule.members(2));
    ValidationReport r = Analysis.of(c, ClassSizes.of(Map.of(USERS, 3)).and(FOUNDER, 1, 4)).validate();
    List<Violation> vetoes = r.violations().stream().filter(x -> x.code() == ViolationCode.VETO_NOT_INTENDED).toList();
    assertEquals(1, vetoes.size(), r.explain());
    assertTrue(vetoes.get(0).message().startsWith("class founder can block \"Ordinary business\" alone"),
        vetoes.get(0).message());
  }
}
