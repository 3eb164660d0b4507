package org.commonweal.governance.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/** Invariants of judging proxy appointments. */
@Domain(MeetingDomain.class)
class AttendanceProperties {

  @Property(tries = 150)
  void proxies_everyAppointmentIsAcceptedOrRefused(@ForAll Attendance a) {
    Set<ProxyAppointment> accounted = new HashSet<>(a.acceptedProxies().values());
    for (ProxyAppointment p : a.refusedProxies().keySet()) {
      assertFalse(accounted.contains(p), "accepted and refused: " + p);
      accounted.add(p);
    }
    assertEquals(new HashSet<>(a.proxies()), accounted);
  }

  @Property(tries = 150)
  void proxies_acceptedOnesKeepTheRules(@ForAll Attendance a) {
    Map<Person, Integer> perHolder = new HashMap<>();
    a.acceptedProxies().forEach((m, p) -> {
      assertTrue(a.proxyRules().allowed());
      assertTrue(a.roll().hasVote(m));
      assertFalse(a.inPerson().contains(m), "a member present in person needs no proxy");
      assertFalse(p.lodgedAt().isAfter(a.startsAt().minus(a.proxyRules().lodgingDeadline().orElse(java.time.Duration.ZERO))));
      perHolder.merge(p.holder(), 1, Integer::sum);
    });
    a.proxyRules().maxPerHolder().ifPresent(max -> perHolder.values().forEach(n -> assertTrue(n <= max)));
  }

  @Property(tries = 150)
  void counted_isWithinPresentAndPersonsAtMostMembersPlusHolders(@ForAll Attendance a) {
    assertTrue(a.present().containsAll(a.countedForQuorum()));
    assertTrue(a.persons() <= a.countedForQuorum().size() + a.acceptedProxies().size());
    assertTrue(a.persons() >= a.presentInPerson().size());
  }

  @Property(tries = 100)
  void judgement_doesNotDependOnTheOrderOfAppointments(@ForAll Attendance a) {
    List<ProxyAppointment> reversed = new ArrayList<>(a.proxies());
    Collections.reverse(reversed);
    Attendance b = Attendance.builder().from(a).proxies(reversed).build();
    assertEquals(a.acceptedProxies(), b.acceptedProxies());
    assertEquals(a.refusedProxies(), b.refusedProxies());
    assertEquals(a.explain(), b.explain());
  }
}
