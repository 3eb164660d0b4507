package org.commonweal.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.meeting.AgendaItem;
import org.commonweal.governance.meeting.Attendance;
import org.commonweal.governance.meeting.MatterId;
import org.commonweal.governance.meeting.Meeting;
import org.commonweal.governance.meeting.MeetingKind;
import org.commonweal.governance.meeting.MeetingRules;
import org.commonweal.governance.meeting.NoticeRule;
import org.commonweal.governance.meeting.Person;
import org.commonweal.governance.meeting.ProxyAppointment;
import org.commonweal.governance.meeting.ProxyRules;
import org.commonweal.governance.meeting.QuorumDecision;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.meeting.VotingMethod;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.resolution.Condition;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.ResolutionOutcome;
import org.commonweal.governance.resolution.Tally;
import org.commonweal.governance.resolution.Threshold;
import org.commonweal.governance.shares.ShareLedger;
import org.commonweal.governance.voting.ClassShares;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.Electorate;
import org.commonweal.governance.voting.VotingRoll;
import org.commonweal.governance.voting.VotingRules;

/**
 * The co-operative school trust's annual general meeting: notice, the voting roll on the record date
 * (read from the trust's register and share ledger), attendance and proxies, quorum, then an ordinary
 * resolution and a special resolution that also needs the consent of every class, each decision
 * printed with its reasons.
 *
 * <pre>{@code
 * new AgmSection(AgmSection.schoolTrust(SchoolTrustData.ledger())).print(System.out);
 * }</pre>
 */
public final class AgmSection implements Section {
  private final Inputs in;

  /**
   * Creates the section.
   *
   * @param in the meeting's inputs
   */
  public AgmSection(Inputs in) {
    this.in = in;
  }

  /**
   * Everything the AGM section decides on.
   *
   * @param rules the general meeting rules (notice, quorum, proxies)
   * @param meeting the meeting as convened
   * @param roll the voting roll on the record date
   * @param attendance who is present, in person and by proxy
   * @param ordinary the ordinary resolution
   * @param ordinaryVotes the votes on it
   * @param special the special resolution with its class-consent condition
   * @param specialVotes the votes on it
   */
  public record Inputs(MeetingRules rules, Meeting meeting, VotingRoll roll, Attendance attendance,
      Resolution ordinary, Tally ordinaryVotes, Resolution special, Tally specialVotes) {}

  @Override
  public String title() {
    return in.meeting().title();
  }

  /**
   * Prints the meeting: notice, the roll's totals, attendance, quorum and the two resolutions, each
   * with its reasons. The resolutions are taken only if the meeting is quorate.
   */
  @Override
  public void print(PrintStream out) {
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
   * Builds the trust's 2025 AGM from its share ledger: the roll on the record date (the day notice is
   * given) under fixed class shares of the vote (parents and carers and staff 3/10 each, students 1/5,
   * school leaders and local residents 1/10 each; a class with nobody voting has its share shared among
   * the others); notice of 14 clear days; a quorum of the greater of 10 members and a fifth of the
   * members, with at least one member of every class; up to three proxies a holder, lodged 48 hours
   * before (one is lodged late and refused); an ordinary resolution to receive the accounts, and a special resolution to adopt revised
   * articles that also needs a majority in every class.
   *
   * @param ledger the trust's share ledger, with its register of members
   * @return the inputs
   */
  public static Inputs schoolTrust(ShareLedger ledger) {
    LocalDate recordDate = SchoolTrustData.AS_AT;
    VotingRules votingRules = VotingRules.builder()
        .classShares(ClassShares.of(Map.of(
                SchoolTrustData.STUDENTS, Fraction.of(1, 5),
                SchoolTrustData.PARENTS, Fraction.of(3, 10),
                SchoolTrustData.STAFF, Fraction.of(3, 10),
                SchoolTrustData.LEADERS, Fraction.of(1, 10),
                SchoolTrustData.RESIDENTS, Fraction.of(1, 10)),
            ClassShares.Absent.REDISTRIBUTE))
        .build();
    VotingRoll roll = votingRules.roll(Electorate.from(ledger, recordDate));

    MeetingRules rules = MeetingRules.builder()
        .notice(NoticeRule.clearDays(14))
        .quorum(QuorumRule.greaterOf(QuorumRule.members(10), QuorumRule.fractionOfMembers(Fraction.of(1, 5)),
            QuorumRule.inEachClass(QuorumRule.members(1))))
        .proxies(ProxyRules.builder().allowed(true).maxPerHolder(3).lodgingDeadline(Duration.ofHours(48)).build())
        .build();
    // Notice goes out on the record date; 14 clear days later the meeting can be held.
    LocalDateTime start = LocalDateTime.of(2025, 10, 16, 18, 30);
    AgendaItem receive = AgendaItem.of("1", "Receive the annual accounts 2024-25");
    AgendaItem adopt = AgendaItem.of("2", "Adopt the revised articles");
    Meeting agm = Meeting.builder().kind(MeetingKind.ANNUAL_GENERAL).title("Annual general meeting 2025")
        .startsAt(start).noticeGivenOn(recordDate).addAgenda(receive, adopt).build();

    List<MemberId> inPerson = ids(1, 2, 4, 5, 6, 8, 9, 10, 14, 15, 16, 20, 21, 24, 26);
    List<ProxyAppointment> proxies = List.of(
        ProxyAppointment.of(id(11), Person.member(id(8)), start.minusDays(4)),
        ProxyAppointment.builder().member(id(22)).holder(Person.member(id(20))).lodgedAt(start.minusDays(3))
            .putInstructions(adopt.id(), Choice.FOR).discretionary(false).build(),
        ProxyAppointment.of(id(29), Person.member(id(14)), start.minusHours(20)));
    Attendance attendance = rules.attendance(agm, roll, inPerson, proxies);

    Resolution ordinary = Resolution.ordinary(receive.title());
    Tally accounts = tally(roll, attendance, receive.id(), Set.copyOf(ids(4, 26)), Set.copyOf(ids(15, 21)));
    Resolution special =
        Resolution.special(adopt.title()).withCondition(Condition.inEachClass(Threshold.majorityOfVotesCast()));
    Tally articles = tally(roll, attendance, adopt.id(), Set.copyOf(ids(9, 16, 24)), Set.of());
    return new Inputs(rules, agm, roll, attendance, ordinary, accounts, special, articles);
  }

  /** Everyone present votes for, except those named against or abstaining; proxies vote the same way. */
  private static Tally tally(
      VotingRoll roll, Attendance attendance, MatterId matter, Set<MemberId> against, Set<MemberId> abstaining) {
    // Votes on the resolutions are taken on a poll, so that the class shares of the vote apply.
    Tally.Builder t = Tally.builder(roll).attendance(attendance).matter(matter).method(VotingMethod.POLL);
    for (MemberId m : attendance.present()) {
      Choice c = against.contains(m) ? Choice.AGAINST : abstaining.contains(m) ? Choice.ABSTAIN : Choice.FOR;
      if (attendance.acceptedProxies().containsKey(m)) {
        t.proxyVote(m, c);
      } else {
        t.vote(m, c);
      }
    }
    return t.build();
  }

  private static MemberId id(int i) {
    return MemberId.of(String.format("BCL-%03d", i));
  }

  private static List<MemberId> ids(int... numbers) {
    List<MemberId> out = new ArrayList<>();
    for (int n : numbers) {
      out.add(id(n));
    }
    return out;
  }

  /**
   * Prints the trust's AGM alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    new AgmSection(schoolTrust(SchoolTrustData.ledger())).print(System.out);
  }
}
