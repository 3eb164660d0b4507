package org.commonweal.governance.resolution;

import static org.commonweal.governance.voting.RollFixtures.m;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.meeting.Attendance;
import org.commonweal.governance.meeting.Person;
import org.commonweal.governance.meeting.ProxyAppointment;
import org.commonweal.governance.meeting.ProxyRules;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.VotingRoll;

/** Splitting a holding among proxies (Companies Act 2006 s.324(2)) conserves its votes on a poll. */
class SplitHoldingProperties {
  static final LocalDateTime START = LocalDateTime.of(2026, 9, 15, 10, 0);

  @Property(tries = 200)
  void poll_splittingAHoldingAmongProxies_conservesItsVotes(
      @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 200) Integer> parts,
      @ForAll @Size(min = 6, max = 6) List<Choice> choices) {
    long held = parts.stream().mapToLong(Integer::longValue).sum();
    VotingRoll roll = CompaniesAct2006RulesTest.shareholders(held, 7);
    List<ProxyAppointment> proxies = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      proxies.add(ProxyAppointment.builder().member(m(1)).holder(Person.nonMember("P-" + i, "Proxy " + i))
          .lodgedAt(START.minusHours(30)).putShares("ordinary", (long) parts.get(i)).build());
    }
    Attendance a = Attendance.builder().roll(roll).startsAt(START).proxies(proxies)
        .proxyRules(ProxyRules.allowedWithoutLimit()).build();
    Tally.Builder b = Tally.builder(roll).attendance(a);
    for (int i = 0; i < parts.size(); i++) {
      b.add(Vote.byProxy(m(1), Person.nonMember("P-" + i, "Proxy " + i), choices.get(i)));
    }
    Totals t = b.build().totals();
    Fraction all = t.forVotes().plus(t.againstVotes()).plus(t.abstainVotes()).plus(t.spoiltVotes());
    assertEquals(roll.votesOf(m(1)), all);
    long forShares = 0;
    for (int i = 0; i < parts.size(); i++) {
      if (choices.get(i) == Choice.FOR) {
        forShares += parts.get(i);
      }
    }
    assertEquals(roll.votesOf(m(1)).times(Fraction.of(forShares, held)), t.forVotes());
  }
}
