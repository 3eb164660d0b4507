package org.commonweal.examples.bench;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.commonweal.governance.analysis.Analysis;
import org.commonweal.governance.analysis.ClassGame;
import org.commonweal.governance.analysis.ClassSizes;
import org.commonweal.governance.analysis.GameRule;
import org.commonweal.governance.analysis.MemberClass;
import org.commonweal.governance.analysis.PowerAlgorithm;
import org.commonweal.governance.analysis.PowerIndices;
import org.commonweal.governance.analysis.WeightedGame;
import org.commonweal.governance.base.Fraction;
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
import org.commonweal.governance.resolution.Condition;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.Threshold;
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
 * Exact Banzhaf and Shapley-Shubik indices (both, in one computation) of two games.
 *
 * <ul>
 *   <li>{@code threeClasses}: a multi-stakeholder co-operative of 1,500 users, 60 workers and 8 founders
 *       whose class shares of the vote are 50%, 30% and 20%, deciding a special resolution (75%) with the
 *       consent of each class. Class shares are modelled as the model rules apply them on a poll: each
 *       member's vote is weighted so that the class's whole vote is its share (a user 50/1500, a worker
 *       30/60, a founder 20/8 of the vote; in whole numbers over 3,000: 100, 1,500 and 7,500 of 300,000),
 *       and the resolution needs 225,000 of them in favour. Class consent is a majority (more than half) of
 *       each class's members in favour. 1,501 x 61 x 9 = 824,109 class-count vectors; the class-count
 *       method. Target: under 100 ms.
 *   <li>{@code constitution}: the same co-operative as a {@link Constitution} (class shares of the vote
 *       50/30/20; amending the rules by a special resolution, three quarters of the votes cast, with a
 *       majority of the votes cast in each class) over a membership of 1,500 / 60 / 8: the rule compiled
 *       into a game by {@link Analysis} and both indices computed. Target: under 100 ms.
 *   <li>{@code electoralCollege}: the United States Electoral College under the 2010 apportionment (used
 *       in 2012 to 2020): 50 states and the District of Columbia, 538 votes, quota 270. The dynamic
 *       programme. Target: under 50 ms.
 * </ul>
 *
 * <p>Run (after {@code ./mvnw -B -q package -DskipTests}):
 *
 * <pre>
 * java -cp governance-examples/target/commonweal-cli.jar org.openjdk.jmh.Main PowerBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class PowerBenchmark {

  /** The special resolution with class consent of the three-class co-operative. */
  static final ClassGame THREE_CLASSES =
      ClassGame.of(
          List.of(MemberClass.of("users", 1_500), MemberClass.of("workers", 60), MemberClass.of("founders", 8)),
          GameRule.allOf(
              GameRule.weighted(225_000, 100, 1_500, 7_500),
              GameRule.weighted(751, 1, 0, 0),
              GameRule.weighted(31, 0, 1, 0),
              GameRule.weighted(5, 0, 0, 1)));

  /**
   * The Electoral College votes of the 2010 apportionment, states in alphabetical order of their postal
   * codes' names (Alabama to Wyoming) with the District of Columbia after Delaware.
   */
  static final WeightedGame ELECTORAL_COLLEGE =
      WeightedGame.of(
          270, 9, 3, 11, 6, 55, 9, 7, 3, 3, 29, 16, 4, 4, 20, 11, 6, 6, 8, 8, 4, 10, 11, 16, 10, 6, 10, 3, 5, 6, 4,
          14, 5, 29, 15, 3, 18, 7, 7, 20, 4, 9, 3, 11, 38, 6, 3, 13, 12, 5, 10, 3);

  private final ClassGame electoralCollege = ELECTORAL_COLLEGE.classGame();

  static final ClassId USERS = ClassId.of("users");
  static final ClassId WORKERS = ClassId.of("workers");
  static final ClassId FOUNDERS = ClassId.of("founders");

  /** The three-class co-operative as a constitution: its class shares and its special resolution with consent. */
  static final Constitution CO_OPERATIVE = coOperative();

  private final Analysis analysis = Analysis.of(CO_OPERATIVE, sizes());

  static ClassSizes sizes() {
    Map<ClassId, Integer> sizes = new LinkedHashMap<>();
    sizes.put(USERS, 1_500);
    sizes.put(WORKERS, 60);
    sizes.put(FOUNDERS, 8);
    return ClassSizes.of(sizes);
  }

  private static Constitution coOperative() {
    Map<ClassId, Fraction> shares = new LinkedHashMap<>();
    shares.put(USERS, Fraction.of(1, 2));
    shares.put(WORKERS, Fraction.of(3, 10));
    shares.put(FOUNDERS, Fraction.of(1, 5));
    Resolution special = Resolution.builder().title("Amend the rules").kind(Resolution.Kind.SPECIAL)
        .addConditions(Threshold.threeQuartersOfVotesCast(), Condition.inEachClass(Threshold.majorityOfVotesCast()))
        .build();
    return Constitution.builder()
        .name("Three-class co-operative")
        .type(OrganisationType.CO_OPERATIVE_SOCIETY)
        .objects("to serve its users, workers and founders")
        .inForceFrom(LocalDate.of(2026, 1, 1))
        .membership(MembershipRules.of(ClassPolicy.ONE_CLASS, List.of(
            StakeholderClass.of(USERS, "users", Eligibility.always()),
            StakeholderClass.of(WORKERS, "workers", Eligibility.always()),
            StakeholderClass.of(FOUNDERS, "founders", Eligibility.always()))))
        .voting(VotingRules.builder().classShares(ClassShares.of(shares, ClassShares.Absent.REDISTRIBUTE)).build())
        .generalMeetings(MeetingRules.builder().quorum(QuorumRule.members(20)).build())
        .matters(ImmutableMap.of(Matter.AMEND_RULES, new Procedure.AtMeeting(special)))
        .investorClasses(ImmutableSortedSet.<ClassId>of())
        .staffClasses(ImmutableSortedSet.<ClassId>of())
        .build();
  }

  /** The co-operative as a constitution: its special resolution compiled into a game, then both indices. */
  @Benchmark
  public PowerIndices constitution() {
    return analysis.power(Matter.AMEND_RULES);
  }

  /** The three-class co-operative's special resolution with class consent. */
  @Benchmark
  public PowerIndices threeClasses() {
    return PowerAlgorithm.automatic().compute(THREE_CLASSES);
  }

  /** The Electoral College, 51 players of 538 votes, quota 270. */
  @Benchmark
  public PowerIndices electoralCollege() {
    return PowerAlgorithm.automatic().compute(electoralCollege);
  }
}
