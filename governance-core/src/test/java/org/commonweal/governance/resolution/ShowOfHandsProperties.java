package org.commonweal.governance.resolution;

import static org.commonweal.governance.voting.RollFixtures.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.meeting.AgendaItem;
import org.commonweal.governance.meeting.Attendance;
import org.commonweal.governance.meeting.Person;
import org.commonweal.governance.meeting.ProxyAppointment;
import org.commonweal.governance.meeting.ProxyRules;
import org.commonweal.governance.meeting.VotingMethod;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.VotingRoll;

/**
 * On a show of hands each person casts at most one vote in person and, as a proxy, one vote, or one for
 * and one against under Companies Act 2006 s.285(2); one individual in several capacities is one
 * qualifying person.
 */
class ShowOfHandsProperties {
  static final LocalDateTime START = LocalDateTime.of(2026, 9, 15, 10, 0);
  static final AgendaItem MOTION = AgendaItem.of("1", "Motion");

  /**
   * A meeting of 2 to 12 members of 1 to 50 shares: each is absent, present voting for or against, or
   * appoints one of three holders (member M-001, or two non-members) with or without an instruction.
   */
  record Meeting(long[] shares, int[] role, Choice[] choice, boolean[] instructedRole, Choice[] holderChoice) {}

  @Provide
  Arbitrary<Meeting> meetings() {
    return Arbitraries.integers().between(2, 12).flatMap(n -> Combinators.combine(
            Arbitraries.longs().between(1, 50).array(long[].class).ofSize(n),
            Arbitraries.integers().between(0, 4).array(int[].class).ofSize(n),
            Arbitraries.of(Choice.FOR, Choice.AGAINST).array(Choice[].class).ofSize(n),
            Arbitraries.of(true, false).array(boolean[].class).ofSize(n),
            Arbitraries.of(Choice.FOR, Choice.AGAINST).array(Choice[].class).ofSize(3))
        .as(Meeting::new));
  }

  /** Holder 0 is member M-001 (present in person), holders 1 and 2 are not members. */
  static Person holder(int h) {
    return h == 0 ? Person.member(m(1)) : Person.nonMember("P-" + h, "Holder " + h);
  }

  static Attendance attendance(VotingRoll roll, Meeting g) {
    List<MemberId> inPerson = new ArrayList<>();
    inPerson.add(m(1));
    List<ProxyAppointment> proxies = new ArrayList<>();
    for (int i = 1; i < g.shares().length; i++) {
      int r = g.role()[i];
      if (r == 1) {
        inPerson.add(m(i + 1));
      } else if (r >= 2) {
        ProxyAppointment.Builder p = ProxyAppointment.builder().member(m(i + 1)).holder(holder(r - 2))
            .lodgedAt(START.minusDays(2));
        if (g.instructedRole()[i]) {
          p.putInstructions(MOTION.id(), g.choice()[i]).discretionary(false);
        }
        proxies.add(p.build());
      }
    }
    return Attendance.builder().roll(roll).startsAt(START).addAgenda(MOTION).inPerson(inPerson).proxies(proxies)
        .proxyRules(ProxyRules.allowedWithoutLimit()).build();
  }

  @Property(tries = 300)
  void showOfHands_eachPersonCastsAtMostOneVoteInPersonAndOneAsProxy_orOneEachWay(@ForAll("meetings") Meeting g) {
    VotingRoll roll = CompaniesAct2006RulesTest.shareholders(g.shares());
    Attendance a = attendance(roll, g);
    Tally.Builder b = Tally.builder(roll).attendance(a).matter(MOTION.id()).method(VotingMethod.SHOW_OF_HANDS);
    a.presentInPerson().forEach(x -> b.vote(x, g.choice()[Integer.parseInt(x.value().substring(2)) - 1]));
    Map<Person, Set<Choice>> instructedBy = new HashMap<>();
    a.acceptedProxies().forEach((x, p) -> {
      int h = p.holder().memberId().isPresent() ? 0 : Integer.parseInt(p.holder().reference().substring(2));
      b.proxyVote(x, g.holderChoice()[h]);
      p.instructionFor(MOTION.id()).ifPresent(c -> instructedBy.computeIfAbsent(p.holder(), k -> EnumSet.noneOf(Choice.class)).add(c));
    });
    Totals t = b.build().totals();
    Set<Person> holders = new HashSet<>();
    a.acceptedProxies().values().forEach(p -> holders.add(p.holder()));
    long bothWays = instructedBy.values().stream().filter(s -> s.size() == 2).count();
    Fraction hands = t.forVotes().plus(t.againstVotes());
    assertTrue(hands.compareTo(Fraction.of(a.presentInPerson().size() + holders.size() + bothWays)) <= 0,
        () -> "hands " + hands + " for " + a.presentInPerson().size() + " in person and " + holders.size() + " holders");
    // Every member present in person and every holder shows at least one hand: no one is lost.
    assertTrue(hands.compareTo(Fraction.of(a.presentInPerson().size() + holders.size())) >= 0);
  }

  @Property(tries = 300)
  void persons_anIndividualInSeveralCapacitiesCountsOnce(@ForAll("meetings") Meeting g) {
    VotingRoll roll = CompaniesAct2006RulesTest.shareholders(g.shares());
    Attendance a = attendance(roll, g);
    Set<Person> individuals = new HashSet<>();
    a.presentInPerson().forEach(x -> individuals.add(Person.member(x)));
    a.acceptedProxies().values().forEach(p -> individuals.add(p.holder()));
    assertEquals(individuals.size(), a.persons());
    // M-001 is present and holds proxies as holder 0: however many, still one person.
    assertTrue(a.persons() <= a.presentInPerson().size() + 2);
  }
}
