package org.commonweal.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.meeting.Attendance;
import org.commonweal.governance.meeting.Meeting;
import org.commonweal.governance.meeting.MeetingKind;
import org.commonweal.governance.meeting.MeetingRules;
import org.commonweal.governance.meeting.NoticeRule;
import org.commonweal.governance.meeting.ProxyAppointment;
import org.commonweal.governance.meeting.ProxyRules;
import org.commonweal.governance.meeting.QuorumDecision;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.resolution.Condition;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.ResolutionOutcome;
import org.commonweal.governance.resolution.Tally;
import org.commonweal.governance.resolution.Threshold;
import org.commonweal.governance.voting.ClassShares;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;

/**
 * The co-operative school trust's annual general meeting: notice, the voting roll, attendance and
 * proxies, quorum, then an ordinary resolution and a special resolution that also needs the consent
 * of every class, each decision printed with its reasons.
 *
 * <pre>{@code
 * AgmSection.print(AgmSection.schoolTrust(), System.out);
 * }</pre>
 */
public final class AgmSection {
  private AgmSection() {}

  /** The trust's five member classes. */
  public static final ClassId STUDENTS = ClassId.of("students");
  /** Parents and carers of pupils. */
  public static final ClassId PARENTS = ClassId.of("parents-and-carers");
  /** Staff of the school. */
  public static final ClassId STAFF = ClassId.of("staff");
  /** The head teacher and senior leaders. */
  public static final ClassId LEADERS = ClassId.of("school-leaders");
  /** People living in the school's area of benefit. */
  public static final ClassId RESIDENTS = ClassId.of("local-residents");

  /**
   * Everything the AGM section decides on.
   *
   * @param trust the trust's name
   * @param rules the general meeting rules (notice, quorum, proxies)
   * @param meeting the meeting as convened
   * @param roll the voting roll on the record date
   * @param attendance who is present, in person and by proxy
   * @param ordinary the ordinary resolution
   * @param ordinaryVotes the votes on it
   * @param special the special resolution with its class-consent condition
   * @param specialVotes the votes on it
   */
  public record Inputs(String trust, MeetingRules rules, Meeting meeting, VotingRoll roll, Attendance attendance,
      Resolution ordinary, Tally ordinaryVotes, Resolution special, Tally specialVotes) {}

  /**
   * Prints the annual general meeting: notice, the roll's totals, attendance, quorum and the two
   * resolutions, each with its reasons. The resolutions are taken only if the meeting is quorate.
   *
   * @param in the meeting's inputs
   * @param out where to print
   */
  public static void print(Inputs in, PrintStream out) {
    out.println("== " + in.meeting().title() + ", " + in.trust() + " ==");
    out.println();
    out.println("Notice: " + in.rules().notice(in.meeting()).explain());
    out.println();
    out.print(in.roll().summary());
    out.println();
    out.print("Attendance: " + in.attendance().explain());
    out.println();
    QuorumDecision quorum = in.rules().quorum(in.meeting(), in.attendance());
    out.print(quorum.explain());
    out.println();
    if (!quorum.quorate()) {
      out.println("The meeting is not quorate: no business can be done.");
      return;
    }
    for (ResolutionOutcome o : List.of(in.ordinary().decide(in.ordinaryVotes()), in.special().decide(in.specialVotes()))) {
      out.print(o.explain());
      out.println();
    }
  }

  /**
   * Builds plausible inputs for a co-operative school trust: five classes with fixed shares of the vote
   * (parents and carers and staff 3/10 each, students 1/5, school leaders and local residents 1/10 each),
   * 40 members, an AGM on 9 July 2026 with three proxies lodged, an ordinary resolution to receive the
   * accounts and a special resolution to adopt revised articles that also needs a majority in every
   * class.
   *
   * @return the inputs
   */
  public static Inputs schoolTrust() {
    List<Elector> electors = new ArrayList<>();
    addClass(electors, 1, 8, STUDENTS);
    addClass(electors, 9, 20, PARENTS);
    addClass(electors, 21, 30, STAFF);
    addClass(electors, 31, 33, LEADERS);
    addClass(electors, 34, 40, RESIDENTS);
    // A member of staff who is also a parent votes once, as staff.
    electors.set(24, Elector.of(id(25), STAFF, PARENTS));
    // A local resident whose membership subscription had lapsed on the record date.
    electors.set(39, Elector.builder().member(id(40)).addClasses(RESIDENTS).inGoodStanding(false).build());
    LocalDate recordDate = LocalDate.of(2026, 6, 18);
    VotingRules votingRules = VotingRules.builder()
        .classShares(ClassShares.of(Map.of(
                STUDENTS, Fraction.of(1, 5), PARENTS, Fraction.of(3, 10), STAFF, Fraction.of(3, 10),
                LEADERS, Fraction.of(1, 10), RESIDENTS, Fraction.of(1, 10)),
            ClassShares.Absent.REDISTRIBUTE))
        .build();
    VotingRoll roll = votingRules.roll(Electorate.of(recordDate, electors));

    MeetingRules rules = MeetingRules.builder()
        .notice(NoticeRule.clearDays(14))
        .quorum(QuorumRule.greaterOf(QuorumRule.members(10), QuorumRule.fractionOfMembers(Fraction.of(1, 5)),
            QuorumRule.inEachClass(QuorumRule.members(1))))
        .proxies(ProxyRules.builder().allowed(true).maxPerHolder(3).lodgingDeadline(Duration.ofHours(48)).build())
        .build();
    LocalDateTime start = LocalDateTime.of(2026, 7, 9, 18, 30);
    Meeting agm = Meeting.builder().kind(MeetingKind.ANNUAL_GENERAL).title("Annual general meeting 2026")
        .startsAt(start).noticeGivenOn(recordDate).build();

    List<MemberId> inPerson = new ArrayList<>();
    for (int i : new int[] {1, 2, 3, 5, 9, 10, 11, 12, 14, 15, 17, 21, 22, 23, 25, 26, 28, 31, 32, 34, 35, 37}) {
      inPerson.add(id(i));
    }
    String adopt = "Adopt the revised articles";
    List<ProxyAppointment> proxies = List.of(
        ProxyAppointment.of(id(13), "M-009", start.minusDays(4)),
        ProxyAppointment.builder().member(id(29)).holder("M-021").lodgedAt(start.minusDays(3))
            .putInstructions(adopt, Choice.FOR).discretionary(false).build(),
        ProxyAppointment.of(id(36), "M-034", start.minusHours(20)));
    Attendance attendance = rules.attendance(agm, roll, inPerson, proxies);

    Resolution ordinary = Resolution.ordinary("Receive the annual accounts 2025-26");
    Tally.Builder accounts = Tally.builder(roll).attendance(attendance).matter(ordinary.title());
    for (MemberId m : attendance.present()) {
      boolean against = m.equals(id(12)) || m.equals(id(26));
      boolean abstains = m.equals(id(3)) || m.equals(id(35));
      Choice c = against ? Choice.AGAINST : abstains ? Choice.ABSTAIN : Choice.FOR;
      if (attendance.acceptedProxies().containsKey(m)) {
        accounts.proxyVote(m, c);
      } else {
        accounts.vote(m, c);
      }
    }

    Resolution special = Resolution.special(adopt).withCondition(Condition.inEachClass(Threshold.majorityOfVotesCast()));
    Tally.Builder articles = Tally.builder(roll).attendance(attendance).matter(adopt);
    for (MemberId m : attendance.present()) {
      boolean against = m.equals(id(2)) || m.equals(id(14)) || m.equals(id(22)) || m.equals(id(37));
      Choice c = against ? Choice.AGAINST : Choice.FOR;
      if (attendance.acceptedProxies().containsKey(m)) {
        articles.proxyVote(m, m.equals(id(29)) ? Choice.AGAINST : c);
      } else {
        articles.vote(m, c);
      }
    }
    return new Inputs("Riverside Co-operative School Trust", rules, agm, roll, attendance, ordinary, accounts.build(),
        special, articles.build());
  }

  private static MemberId id(int i) {
    return MemberId.of(String.format("M-%03d", i));
  }

  private static void addClass(List<Elector> electors, int from, int to, ClassId c) {
    for (int i = from; i <= to; i++) {
      electors.add(Elector.of(id(i), c));
    }
  }

  /**
   * Prints the sample AGM.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(schoolTrust(), System.out);
  }
}
