package org.commonweal.examples.bench;

import com.google.common.collect.ImmutableSortedSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.board.BoardRules;
import org.commonweal.governance.board.CompositionLimit;
import org.commonweal.governance.board.ReservedSeats;
import org.commonweal.governance.board.RotationRule;
import org.commonweal.governance.constitution.AssetLock;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Matter;
import org.commonweal.governance.constitution.OrganisationType;
import org.commonweal.governance.constitution.Procedure;
import org.commonweal.governance.constitution.ValidationReport;
import org.commonweal.governance.meeting.AdjournmentRule;
import org.commonweal.governance.meeting.MeetingRules;
import org.commonweal.governance.meeting.NoticeRule;
import org.commonweal.governance.meeting.ProxyRules;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.ClassPolicy;
import org.commonweal.governance.membership.Eligibility;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.StakeholderClass;
import org.commonweal.governance.resolution.Condition;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.Threshold;
import org.commonweal.governance.resolution.TwoMeetingResolution;
import org.commonweal.governance.shares.Money;
import org.commonweal.governance.shares.ShareClass;
import org.commonweal.governance.shares.ShareClassId;
import org.commonweal.governance.shares.StatutoryCap;
import org.commonweal.governance.voting.ClassShares;
import org.commonweal.governance.voting.VotingRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validation of a large constitution: a community benefit society serving a whole neighbourhood through
 * 20 stakeholder classes (residents, tenants, pupils' families, library users, staff, investors and
 * more, each with its own eligibility rule of up to four conditions), each holding a fixed 1/20 of the
 * vote and a reserved seat on the board, a quorum that needs members of three classes with an
 * adjournment to those present, five share classes, and a table of 50 matters (the statute's rows for
 * amalgamation, conversion and dissolution, and 46 of the rules' own, decided by special, ordinary,
 * class-consent or two-meeting resolutions, or by the board). Every check of {@link
 * Constitution#validate()} runs on it. Target: under 10 ms.
 *
 * <p>Run (after {@code ./mvnw -B -q package -DskipTests}):
 *
 * <pre>
 * java -cp governance-examples/target/commonweal-cli.jar org.openjdk.jmh.Main ValidationBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class ValidationBenchmark {
  /** The number of stakeholder classes. */
  static final int CLASSES = 20;
  /** The number of rows in the table of matters. */
  static final int MATTERS = 50;

  private static final String AREA = "the Ashby estate";
  private static final Currency GBP = Currency.getInstance("GBP");

  /** The constitution validated. */
  static final Constitution HUB = hub();

  private static ClassId classId(int i) {
    return ClassId.of("class-" + (i + 1));
  }

  private static Eligibility eligibility(int i) {
    Eligibility adult = Eligibility.minimumAge(16 + i % 3);
    return switch (i % 5) {
      case 0 -> Eligibility.residentIn(AREA).and(adult);
      case 1 -> Eligibility.tenant().or(Eligibility.residentIn(AREA).and(Eligibility.not(Eligibility.enrolled())));
      case 2 -> adult.and(Eligibility.employedAtLeastHours(8 + i)).and(Eligibility.not(Eligibility.memberOrganisation()));
      case 3 -> Eligibility.attested("service user " + i).or(Eligibility.enrolled().and(adult));
      default -> Eligibility.memberOrganisation().or(Eligibility.attested("supporter " + i).and(adult));
    };
  }

  static Constitution hub() {
    List<StakeholderClass> classes = new ArrayList<>();
    Map<ClassId, Fraction> shares = new LinkedHashMap<>();
    BoardRules.Builder board = BoardRules.builder().minSize(CLASSES).maxSize(CLASSES + 4).generalSeats(2)
        .addLimits(CompositionLimit.atMost("paid staff", CompositionLimit.Group.attribute("staff"), Fraction.of(1, 3)));
    for (int i = 0; i < CLASSES; i++) {
      classes.add(StakeholderClass.of(classId(i), "Class " + (i + 1), eligibility(i)));
      shares.put(classId(i), Fraction.of(1, CLASSES));
      board.addReserved(new ReservedSeats(classId(i), 1));
    }
    Map<Matter, Procedure> matters = new LinkedHashMap<>();
    matters.put(Matter.AMEND_RULES, new Procedure.AtMeeting(Resolution.special("Amend the rules")));
    matters.put(Matter.AMALGAMATE, new Procedure.AtTwoMeetings(TwoMeetingResolution.ccbsAmalgamation("Amalgamate")));
    matters.put(Matter.CONVERT, new Procedure.Prohibited("the statutory asset lock forbids conversion"));
    matters.put(Matter.DISSOLVE, new Procedure.ByInstrument(Fraction.of(3, 4), "CCBS Act 2014 s.119"));
    for (int i = 0; matters.size() < MATTERS; i++) {
      String title = "Matter " + (i + 1);
      Procedure p = switch (i % 4) {
        case 0 -> new Procedure.AtMeeting(Resolution.special(title));
        case 1 -> new Procedure.AtMeeting(Resolution.ordinary(title)
            .withCondition(Condition.inEachClass(Threshold.majorityOfVotesCast())));
        case 2 -> new Procedure.AtTwoMeetings(TwoMeetingResolution.ccbsConversion(title));
        default -> new Procedure.ByBoard(Resolution.ordinary(title));
      };
      matters.put(Matter.of("matter-" + (i + 1), title), p);
    }
    List<ShareClass> shareClasses = new ArrayList<>();
    for (int s = 0; s < 5; s++) {
      shareClasses.add(ShareClass.builder().id(ShareClassId.of("shares-" + (s + 1))).name("Shares " + (s + 1))
          .parValue(Money.ofMajor(1 + s, GBP)).withdrawable(s % 2 == 0).transferable(s % 2 == 1).voting(true)
          .addHolders(classId(s), classId(s + 5), classId(s + 10)).build());
    }
    return Constitution.builder()
        .name("Ashby Community Hub")
        .type(OrganisationType.COMMUNITY_BENEFIT_SOCIETY)
        .objects("to run the school, library, homes, business space and one-stop shop of the Ashby estate")
        .inForceFrom(LocalDate.of(2027, 1, 1))
        .areaOfBenefit(AREA)
        .membership(MembershipRules.of(ClassPolicy.SEVERAL_CLASSES, classes))
        .investorClasses(ImmutableSortedSet.of(classId(4)))
        .staffClasses(ImmutableSortedSet.of(classId(2)))
        .voting(VotingRules.builder().classShares(ClassShares.of(shares, ClassShares.Absent.REDISTRIBUTE)).build())
        .generalMeetings(MeetingRules.builder()
            .notice(NoticeRule.clearDays(14))
            .quorum(QuorumRule.greaterOf(QuorumRule.members(20), QuorumRule.fractionOfMembers(Fraction.of(1, 20)),
                QuorumRule.inClass(classId(0), QuorumRule.members(2)), QuorumRule.inClass(classId(1), QuorumRule.members(2)),
                QuorumRule.inClass(classId(3), QuorumRule.members(1))))
            .adjournment(AdjournmentRule.builder().waitFor(Duration.ofMinutes(30)).adjournedQuorum(QuorumRule.thosePresent()).build())
            .proxies(ProxyRules.upToPerHolder(3))
            .build())
        .shareClasses(shareClasses)
        .statutoryCap(StatutoryCap.ukRegisteredSociety())
        .matters(matters)
        .assetLock(AssetLock.statutory())
        .board(board.build())
        .rotation(RotationRule.tableA())
        .build();
  }

  /** Validates the 20-class, 50-matter constitution. */
  @Benchmark
  public ValidationReport validate() {
    return HUB.validate();
  }
}
