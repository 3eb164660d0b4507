package org.commonweal.governance.meeting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.commonweal.governance.base.Rejection;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.voting.Elector;
import org.commonweal.governance.voting.VotingRoll;
import org.immutables.value.Value;

/**
 * Who is present at a meeting: the members present in person, and the proxy appointments lodged,
 * judged under the {@link ProxyRules}. It is what a {@link QuorumRule} counts and what a tally takes
 * presence and proxy instructions from.
 *
 * <p>Each appointment is accepted or refused with a {@link Rejection}, judged in this order: the member
 * must hold a vote; proxies must be allowed; the appointment must be lodged by the deadline; a
 * revocation received in time cancels it (a late one does not); a member present in person does not
 * need it; the holder must be a member where the rules say so; a discretionary appointment needs rules
 * allowing discretion; every instruction must name a matter on the {@linkplain #agenda() agenda}. Of a
 * member's remaining appointments the one lodged last stands (the others are superseded), except that
 * appointments each for stated shares of the holding (Companies Act 2006 s.324(2)) stand together while
 * their shares together fit the holding (one that would take them past it is refused). A later
 * appointment for the whole holding replaces earlier ones for parts, and a later one for part replaces an
 * earlier one for the whole: reading taken, since the Act says nothing of what an earlier instrument
 * keeps, the member's latest instrument governs, and the shares it does not cover have no proxy. Then
 * each holder acts for at most the allowed number of members, those lodged first being accepted.
 *
 * <pre>{@code
 * Attendance a = Attendance.builder().roll(roll).startsAt(meeting.startsAt())
 *     .addInPerson(MemberId.of("M-001"), MemberId.of("M-004"))
 *     .addAgenda(AgendaItem.of("1", "Adopt the accounts"))
 *     .addProxies(ProxyAppointment.of(MemberId.of("M-009"), Person.member(MemberId.of("M-001")), lodged))
 *     .proxyRules(ProxyRules.upToPerHolder(5))
 *     .build();
 * QuorumDecision q = rules.quorum().decide(a);
 * }</pre>
 *
 * <p>Judging the proxies costs O(p log p) for p appointments. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class Attendance {
  Attendance() {}

  /**
   * Returns the voting roll of the meeting.
   *
   * @return the roll
   */
  public abstract VotingRoll roll();

  /**
   * Returns when the meeting starts, against which proxy deadlines run.
   *
   * @return the start
   */
  public abstract LocalDateTime startsAt();

  /**
   * Returns the members present in person (or, for an organisation, by its authorised
   * representative).
   *
   * @return the members, each on the roll
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<MemberId> inPerson();

  /**
   * Returns the persons present as representatives of corporations that are members (Companies Act 2006
   * s.323): each corporation represented is present in person through them, whether or not it is also
   * listed {@linkplain #inPerson() in person}.
   *
   * @return the representatives, each corporation a member on the roll that is an organisation
   */
  public abstract ImmutableList<Representative> representatives();

  /**
   * Returns the proxy appointments lodged, in the order received.
   *
   * @return the appointments
   */
  public abstract ImmutableList<ProxyAppointment> proxies();

  /**
   * Returns the matters on the meeting's agenda, as the notice lists them: the matters proxy
   * instructions may name.
   *
   * @return the agenda, in notice order, each identifier once
   */
  public abstract ImmutableList<AgendaItem> agenda();

  /**
   * Returns the proxy rules the appointments are judged by.
   *
   * @return the rules; {@link ProxyRules#notAllowed()} by default
   */
  @Value.Default
  public ProxyRules proxyRules() {
    return ProxyRules.notAllowed();
  }

  /**
   * Returns the attendance of members in person only.
   *
   * @param roll the voting roll
   * @param startsAt the meeting's start
   * @param inPerson the members present in person
   * @return the attendance
   */
  public static Attendance of(VotingRoll roll, LocalDateTime startsAt, Collection<MemberId> inPerson) {
    return builder().roll(roll).startsAt(startsAt).inPerson(inPerson).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Attendance}. */
  public static final class Builder extends ImmutableAttendance.Builder {
    Builder() {}
  }

  /**
   * Returns the appointments accepted, by member represented.
   *
   * @return member to appointment
   */
  public ImmutableListMultimap<MemberId, ProxyAppointment> acceptedProxies() {
    return judged().accepted;
  }

  /**
   * Returns the appointments refused, each with its reason.
   *
   * @return appointment to rejection, by member
   */
  public ImmutableMap<ProxyAppointment, Rejection> refusedProxies() {
    return judged().refused;
  }

  /**
   * Returns the members with a vote present in person.
   *
   * @return the members
   */
  @Value.Lazy
  public ImmutableSortedSet<MemberId> presentInPerson() {
    return attendingInPerson().stream().filter(roll()::hasVote)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  /** The members listed in person and the corporations present by a representative, with a vote or not. */
  @Value.Lazy
  ImmutableSortedSet<MemberId> attendingInPerson() {
    ImmutableSortedSet.Builder<MemberId> b = ImmutableSortedSet.<MemberId>naturalOrder().addAll(inPerson());
    representatives().forEach(r -> b.add(r.corporation()));
    return b.build();
  }

  /**
   * Returns every member with a vote present, in person or by an accepted proxy.
   *
   * @return the members present
   */
  @Value.Lazy
  public ImmutableSortedSet<MemberId> present() {
    return ImmutableSortedSet.<MemberId>naturalOrder().addAll(presentInPerson()).addAll(acceptedProxies().keySet()).build();
  }

  /**
   * Returns the members counted for quorum: those present in person, and those present by proxy where
   * the rules count them.
   *
   * @return the members counted
   */
  public ImmutableSortedSet<MemberId> countedForQuorum() {
    return proxyRules().countForQuorum() ? present() : presentInPerson();
  }

  /**
   * Returns the distinct individuals counted for quorum: members in person (a corporation by each of
   * its representatives), and proxy holders where the rules count proxies, each once however many
   * capacities they attend in (a member present who also holds proxies is one person, as is a holder
   * acting for several members). A corporation present in person without a representative named is
   * counted as one person, itself.
   *
   * @return the qualifying persons, in person order
   */
  @Value.Lazy
  public ImmutableSortedSet<Person> qualifyingPersons() {
    return ImmutableSortedSet.copyOf(capacities(countedForQuorum()).keySet());
  }

  /**
   * Returns the number of qualifying persons counted for quorum (Companies Act 2006 s.318): the
   * {@linkplain #qualifyingPersons() individuals}, where two of them are not two qualifying persons if
   * one qualifies only as the representative of a corporation and the other is a representative of the
   * same corporation, or one qualifies only as the proxy of a member and the other is a proxy of the same
   * member (s.318(2)). The number is the most of them of whom no two are so excluded.
   *
   * <p>Reading taken: s.318(2) excludes pairs; where exclusions chain (a representative of two
   * corporations, each with another representative) the count is the largest set with no excluded pair,
   * so that two corporations represented by two people are two persons however their authorisations
   * overlap. Exponential only in the number of persons caught by an exclusion, which is small in practice.
   *
   * @return the qualifying persons
   */
  @Value.Lazy
  public int persons() {
    return personsFor(countedForQuorum());
  }

  /**
   * Returns the number of qualifying persons acting for the given members, counted as {@link #persons()}
   * counts them: each member of them present in person (a corporation by its representatives), and each
   * holder of an accepted proxy of one of them where the rules count proxies. A class- or group-scoped
   * quorum counts persons this way.
   *
   * @param members the members of the class or group
   * @return the qualifying persons acting for them
   */
  public int personsFor(Collection<MemberId> members) {
    return QualifyingPersons.count(capacities(members));
  }

  /** The capacities in which each individual acts for the given members with a vote. */
  private Map<Person, QualifyingPersons.Capacities> capacities(Collection<MemberId> members) {
    Map<Person, QualifyingPersons.Capacities> people = new TreeMap<>();
    for (MemberId m : new TreeSet<>(members)) {
      if (!roll().hasVote(m)) {
        continue;
      }
      if (presentInPerson().contains(m)) {
        List<Representative> reps = representativesOf().getOrDefault(m, List.of());
        if (reps.isEmpty()) {
          people.computeIfAbsent(Person.member(m), p -> new QualifyingPersons.Capacities()).inPerson = true;
        }
        for (Representative r : reps) {
          people.computeIfAbsent(r.person(), p -> new QualifyingPersons.Capacities()).corporations.add(m);
        }
      } else if (proxyRules().countForQuorum() && acceptedProxies().containsKey(m)) {
        for (ProxyAppointment p : acceptedProxies().get(m)) {
          people.computeIfAbsent(p.holder(), x -> new QualifyingPersons.Capacities()).proxyFor.add(m);
        }
      }
    }
    return people;
  }

  /** The representatives present, by corporation. */
  @Value.Lazy
  ImmutableMap<MemberId, List<Representative>> representativesOf() {
    Map<MemberId, List<Representative>> by = new TreeMap<>();
    representatives().forEach(r -> by.computeIfAbsent(r.corporation(), c -> new ArrayList<>()).add(r));
    return ImmutableMap.copyOf(by);
  }

  /**
   * Returns the attendance in words: who is present, how, and each refused appointment with its reason.
   *
   * @return several lines
   */
  public String explain() {
    StringBuilder s = new StringBuilder();
    int persons = persons();
    s.append("present: ").append(presentInPerson().size()).append(" in person, ").append(acceptedProxies().keySet().size())
        .append(" by proxy (").append(persons).append(persons == 1 ? " person counted)\n" : " persons counted)\n");
    int without = attendingInPerson().size() - presentInPerson().size();
    if (without > 0) {
      s.append("  ").append(without).append(" present without a vote\n");
    }
    acceptedProxies().values().forEach(p -> s.append("  proxy ").append(p).append(": accepted\n"));
    refusedProxies().forEach((p, r) -> s.append("  proxy ").append(p).append(": ").append(r).append('\n'));
    return s.toString();
  }

  @Value.Check
  void check() {
    Set<MatterId> matters = new HashSet<>();
    for (AgendaItem item : agenda()) {
      Checks.check(matters.add(item.id()), "agenda", item, "matter %s is on the agenda twice", item.id());
    }
    for (MemberId m : inPerson()) {
      Checks.check(roll().contains(m), "inPerson", m, "member %s is recorded present but is not on the roll", m);
    }
    Set<Representative> reps = new HashSet<>();
    for (Representative r : representatives()) {
      Checks.check(reps.add(r), "representatives", r, "%s is listed twice", r);
      Checks.check(
          Optional.ofNullable(roll().electorate().byMember().get(r.corporation())).map(Elector::organisation).orElse(false),
          "representatives",
          r,
          "%s: %s is not a corporation on the roll",
          r,
          r.corporation());
    }
  }

  /** The proxies judged once. */
  @Value.Lazy
  Judged judged() {
    return judge();
  }

  static final class Judged {
    final ImmutableListMultimap<MemberId, ProxyAppointment> accepted;
    final ImmutableMap<ProxyAppointment, Rejection> refused;

    Judged(ImmutableListMultimap<MemberId, ProxyAppointment> accepted, ImmutableMap<ProxyAppointment, Rejection> refused) {
      this.accepted = accepted;
      this.refused = refused;
    }
  }

  private Judged judge() {
    ProxyRules rules = proxyRules();
    Map<ProxyAppointment, Rejection> refused = new LinkedHashMap<>();
    LocalDateTime lodgeBy = rules.lodgingDeadline().map(startsAt()::minus).orElse(startsAt());
    LocalDateTime revokeBy = rules.revocationDeadline().map(startsAt()::minus).orElse(startsAt());
    Map<MemberId, List<ProxyAppointment>> latest = new TreeMap<>();
    List<ProxyAppointment> ordered = new ArrayList<>(new LinkedHashSet<>(proxies()));
    // Judged in a fixed order, so that the result never depends on the order lodged in the list.
    ordered.sort(Comparator.comparing(ProxyAppointment::member).thenComparing(ProxyAppointment::lodgedAt)
        .thenComparing(ProxyAppointment::holder).thenComparing(a -> a.shares().toString()));
    for (ProxyAppointment p : ordered) {
      Rejection r = null;
      if (!roll().hasVote(p.member())) {
        r = reject("PROXY_MEMBER_HAS_NO_VOTE", "the appointing member holds no vote on the roll", p);
      } else if (!rules.allowed()) {
        r = reject("PROXIES_NOT_ALLOWED", "the rules do not allow attendance by proxy", p);
      } else if (p.lodgedAt().isAfter(lodgeBy)) {
        r = reject("PROXY_LODGED_LATE", "lodged at " + p.lodgedAt() + ", after the deadline " + lodgeBy, p);
      } else if (p.revokedAt().isPresent() && !p.revokedAt().get().isAfter(revokeBy)) {
        r = reject("PROXY_REVOKED", "revoked at " + p.revokedAt().get() + ", by the deadline " + revokeBy, p);
      } else if (attendingInPerson().contains(p.member())) {
        r = reject("PROXY_MEMBER_PRESENT", "the member is present in person, so the proxy is not used", p);
      } else if (rules.holderMustBeMember() && !holderIsVoter(p)) {
        r = reject("PROXY_HOLDER_NOT_MEMBER", "the rules require the holder " + p.holder() + " to be a member with a vote", p);
      } else if (!rules.discretionaryAllowed() && p.discretionary()) {
        r = reject("PROXY_DISCRETION_NOT_ALLOWED", "the rules allow only instructed proxies", p);
      } else if (!agendaIds().containsAll(p.instructions().keySet())) {
        // An instruction the meeting cannot match would otherwise be lost without a word.
        Set<MatterId> unknown = new TreeSet<>(p.instructions().keySet());
        unknown.removeAll(agendaIds());
        r = reject("PROXY_INSTRUCTION_NOT_ON_AGENDA", "instructions on " + unknown
            + ", which the agenda " + agendaIds() + " does not list", p);
      }
      if (r != null) {
        refused.put(p, r);
        continue;
      }
      // Appointments are taken in the order lodged. One for the whole holding replaces every earlier one;
      // one for part of the holding (s.324(2)) replaces an earlier one for the whole and stands beside
      // earlier parts, so long as the parts together do not exceed the holding.
      List<ProxyAppointment> earlier = latest.computeIfAbsent(p.member(), k -> new ArrayList<>());
      for (ProxyAppointment e : earlier) {
        if (e.lodgedAt().equals(p.lodgedAt()) && !(e.forPartOfHolding() && p.forPartOfHolding())) {
          throw Checks.invalid(
              "proxies",
              p,
              "member %s lodged two appointments at the same time %s: %s and %s",
              p.member(),
              p.lodgedAt(),
              e,
              p);
        }
      }
      List<ProxyAppointment> replaced = new ArrayList<>();
      for (ProxyAppointment e : earlier) {
        if (!p.forPartOfHolding() || !e.forPartOfHolding()) {
          replaced.add(e);
        }
      }
      if (p.forPartOfHolding()) {
        Optional<String> excess = excess(p, earlier.stream().filter(e -> !replaced.contains(e)).toList());
        if (excess.isPresent()) {
          refused.put(p, reject("PROXY_EXCEEDS_HOLDING", excess.get(), p));
          continue;
        }
      }
      for (ProxyAppointment e : replaced) {
        earlier.remove(e);
        refused.put(e, reject("PROXY_SUPERSEDED", "a later appointment by the same member replaces it", e));
      }
      earlier.add(p);
    }
    List<ProxyAppointment> standing = new ArrayList<>();
    latest.values().forEach(standing::addAll);
    standing.sort(Comparator.comparing(ProxyAppointment::lodgedAt).thenComparing(ProxyAppointment::member)
        .thenComparing(ProxyAppointment::holder).thenComparing(a -> a.shares().toString()));
    // A holder "acts for" members: several parts of one member's holding are one member.
    Map<Person, Set<MemberId>> perHolder = new HashMap<>();
    ImmutableListMultimap.Builder<MemberId, ProxyAppointment> accepted = ImmutableListMultimap.builder();
    for (ProxyAppointment p : standing) {
      Set<MemberId> held = perHolder.computeIfAbsent(p.holder(), h -> new HashSet<>());
      if (rules.maxPerHolder().isPresent() && !held.contains(p.member()) && held.size() >= rules.maxPerHolder().getAsInt()) {
        refused.put(p, reject("PROXY_HOLDER_LIMIT", p.holder() + " already acts for the most members allowed ("
            + rules.maxPerHolder().getAsInt() + "); appointments lodged first are accepted", p));
      } else {
        held.add(p.member());
        accepted.put(p.member(), p);
      }
    }
    return new Judged(accepted.orderKeysBy(Comparator.naturalOrder()).build(), ImmutableMap.copyOf(refused));
  }

  /** Why the parts of a holding appointed, with {@code p}, would exceed it; empty if they do not. */
  private Optional<String> excess(ProxyAppointment p, List<ProxyAppointment> parts) {
    Map<String, Long> holding = Optional.ofNullable(roll().electorate().byMember().get(p.member()))
        .map(e -> (Map<String, Long>) e.holdings()).orElse(Map.of());
    for (Map.Entry<String, Long> e : p.shares().entrySet()) {
      long appointed = e.getValue();
      for (ProxyAppointment q : parts) {
        appointed += q.shares().getOrDefault(e.getKey(), 0L);
      }
      long held = holding.getOrDefault(e.getKey(), 0L);
      if (appointed > held) {
        return Optional.of("the member's proxies would be for " + appointed + " shares of " + e.getKey()
            + ", more than the " + held + " held (Companies Act 2006 s.324(2))");
      }
    }
    return Optional.empty();
  }

  private boolean holderIsVoter(ProxyAppointment p) {
    return p.holder().memberId().map(roll()::hasVote).orElse(false);
  }

  /** The identifiers of the matters on the agenda. */
  @Value.Lazy
  ImmutableSortedSet<MatterId> agendaIds() {
    return agenda().stream().map(AgendaItem::id).collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  /**
   * Returns the agenda item with the given identifier.
   *
   * @param matter the matter's identifier
   * @return the item, or empty if the agenda does not list it
   */
  public Optional<AgendaItem> agendaItem(MatterId matter) {
    return agenda().stream().filter(i -> i.id().equals(matter)).findFirst();
  }

  private static Rejection reject(String code, String message, ProxyAppointment p) {
    return Rejection.of(code, message, ImmutableMap.of("member", p.member(), "holder", p.holder(), "lodged", p.lodgedAt()));
  }
}
