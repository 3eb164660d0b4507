package org.commonweal.governance.resolution;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.Rejection;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.meeting.Attendance;
import org.commonweal.governance.meeting.MatterId;
import org.commonweal.governance.meeting.Person;
import org.commonweal.governance.meeting.ProxyAppointment;
import org.commonweal.governance.meeting.ProxyRules;
import org.commonweal.governance.meeting.VotingMethod;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.Delegation;
import org.commonweal.governance.voting.VoteWeights;
import org.commonweal.governance.voting.VotingRoll;
import org.jspecify.annotations.Nullable;

/**
 * The votes on one motion, checked against the voting roll and the attendance: the input to {@link
 * Resolution#decide(Tally)}.
 *
 * <p>Building a tally settles which vote counts for each member, and accounts for every vote recorded:
 *
 * <ul>
 *   <li>a vote by a member not on the roll, or without a vote, is rejected ({@code NOT_ON_ROLL}, {@code
 *       NO_VOTE});
 *   <li>a vote by proxy needs an accepted appointment in the attendance ({@code PROXY_NOT_ACCEPTED});
 *       where the appointment instructs on this matter the instruction is counted, whatever the holder
 *       recorded; where it does not, the holder's choice counts only if the appointment is discretionary
 *       and the rules allow discretion ({@code PROXY_WITHOUT_DISCRETION});
 *   <li>a member who votes nothing but has delegated their vote, under a delegation on the roll, votes
 *       as the delegate does; a member who votes overrides the delegation.
 * </ul>
 *
 * <p>The members present are those of the attendance (in person or by accepted proxy) and every member
 * whose vote counts. Two votes recorded for one member are a caller error.
 *
 * <p>The tally records the {@linkplain #method() way the vote was taken}; where none is given it was a
 * poll, weighed by the roll. On a {@linkplain VotingMethod#SHOW_OF_HANDS show of hands} votes are hands:
 * each member voting in person has one (Companies Act 2006 s.284(2)), whatever the roll weighs; the
 * votes cast for members by one proxy holder are that holder's hand as the {@linkplain
 * ProxyRules#showOfHands() proxy rules} say: by default one vote however many members appointed the
 * holder, or one for and one against where the holder was appointed by more than one member and
 * instructed by one or more to vote for and by others to vote against (s.285(1)-(2)). Readings taken
 * where s.285 is silent: a holder instructed one way by some members and voting the other way at
 * discretion for others has one vote, cast as instructed (s.324A binds the holder to the instruction);
 * a holder voting for and against at discretion alone cannot show one hand both ways, and the tally
 * refuses it as a caller error; a delegate casting delegated votes has one hand for them, as a proxy
 * has. A member in person who also holds proxies has a hand in each capacity.
 *
 * <pre>{@code
 * Tally tally = Tally.builder(roll)
 *     .attendance(attendance)
 *     .matter(MatterId.of("1"))
 *     .vote(MemberId.of("M-001"), Choice.FOR)
 *     .proxyVote(MemberId.of("M-009"), Choice.AGAINST)
 *     .build();
 * }</pre>
 *
 * <p>Building costs O((v + d) log n) for v votes, d delegations and n members. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class Tally {
  private final VotingRoll roll;
  private final Optional<Attendance> attendance;
  private final Optional<MatterId> matter;
  private final ImmutableList<Vote> recorded;
  private final Optional<Choice> castingVote;
  private final ImmutableSortedMap<MemberId, Vote> counted;
  private final ImmutableSortedMap<MemberId, ImmutableList<Part>> parts;
  private final ImmutableMap<Vote, Rejection> rejected;
  private final ImmutableList<String> notes;
  private final ImmutableSortedSet<MemberId> present;
  private final VotingMethod method;
  private final boolean methodStated;

  private Tally(Builder b) {
    this.method = b.method == null ? VotingMethod.POLL : b.method;
    this.methodStated = b.method != null;
    this.roll = b.roll;
    this.attendance = Optional.ofNullable(b.attendance);
    this.matter = Optional.ofNullable(b.matter);
    this.recorded = ImmutableList.copyOf(b.votes);
    this.castingVote = Optional.ofNullable(b.castingVote);
    Map<MemberId, Vote> counted = new TreeMap<>();
    Map<MemberId, List<Part>> parts = new TreeMap<>();
    Map<Vote, Rejection> rejected = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    Map<MemberId, List<Vote>> seen = new TreeMap<>();
    // Judged in member order, so that rejections and notes never depend on the order of recording.
    List<Vote> ordered = new ArrayList<>(recorded);
    ordered.sort(Comparator.comparing(Vote::member).thenComparing(v -> v.holder().map(Person::toString).orElse("")));
    // s.323(4): a corporation's representatives voting alike exercise its vote; voting differently, none.
    Map<MemberId, List<Vote>> byRepresentatives = new TreeMap<>();
    for (Vote v : ordered) {
      if (v.cast() == Vote.Cast.BY_MEMBER && v.holder().isPresent()) {
        byRepresentatives.computeIfAbsent(v.member(), k -> new ArrayList<>()).add(v);
      }
    }
    ordered.removeIf(v -> v.cast() == Vote.Cast.BY_MEMBER && v.holder().isPresent());
    byRepresentatives.forEach((corporation, vs) -> {
      Set<Person> authorised = new TreeSet<>();
      attendance.ifPresent(a -> a.representatives().stream().filter(r -> r.corporation().equals(corporation))
          .forEach(r -> authorised.add(r.person())));
      List<Vote> valid = new ArrayList<>();
      for (Vote v : vs) {
        if (!authorised.contains(v.holder().orElseThrow())) {
          rejected.put(v, reject("NOT_A_REPRESENTATIVE", "the attendance lists no such representative of the corporation", v));
        } else if (!valid.isEmpty() && valid.stream().anyMatch(o -> o.holder().equals(v.holder()))) {
          throw Checks.invalid("votes", v, "representative %s has two votes recorded for %s", v.holder().orElseThrow(),
              corporation);
        } else {
          valid.add(v);
        }
      }
      if (valid.isEmpty()) {
        return;
      }
      if (valid.stream().map(Vote::choice).distinct().count() > 1) {
        valid.forEach(v -> rejected.put(v, reject("REPRESENTATIVES_DISAGREE", "the corporation's representatives voted "
            + "different ways, so its vote is treated as not exercised (Companies Act 2006 s.323(4)(b))", v)));
      } else {
        ordered.add(Vote.of(corporation, valid.get(0).choice()));
        if (valid.size() > 1) {
          notes.add(valid.size() + " representatives of " + corporation + " voted " + valid.get(0).choice().label()
              + ": one vote, the corporation's (s.323(4)(a))");
        }
      }
    });
    ordered.sort(Comparator.comparing(Vote::member).thenComparing(v -> v.holder().map(Person::toString).orElse("")));
    for (Vote v : ordered) {
      List<Vote> before = seen.computeIfAbsent(v.member(), k -> new ArrayList<>());
      // Several votes for one member only from different holders of proxies for parts of the holding.
      boolean severalHolders = v.holder().isPresent()
          && before.stream().allMatch(o -> o.holder().isPresent() && !o.holder().equals(v.holder()));
      if (!before.isEmpty() && !severalHolders) {
        throw Checks.invalid("votes", v, "member %s has two votes recorded on %s", v.member(), describe(matter));
      }
      before.add(v);
      Checks.check(
          v.cast() != Vote.Cast.BY_DELEGATE,
          "votes",
          v,
          "delegated votes follow from the roll's delegations; record the delegate's own vote");
      if (!roll.contains(v.member())) {
        rejected.put(v, reject("NOT_ON_ROLL", "the member is not on the voting roll", v));
      } else if (!roll.hasVote(v.member())) {
        rejected.put(v, reject("NO_VOTE", "the member holds no vote on the roll", v));
      } else if (v.cast() == Vote.Cast.BY_PROXY) {
        List<ProxyAppointment> apps = new ArrayList<>(
            attendance.map(a -> (List<ProxyAppointment>) a.acceptedProxies().get(v.member())).orElse(List.of()));
        if (v.holder().isPresent()) {
          apps.removeIf(a -> !a.holder().equals(v.holder().get()));
        } else if (apps.stream().map(ProxyAppointment::holder).distinct().count() > 1) {
          rejected.put(v, reject("PROXY_HOLDER_NOT_NAMED", "the member appointed several proxies, each for part of the "
              + "holding; a vote by one of them must name its holder", v));
          continue;
        }
        if (apps.isEmpty()) {
          rejected.put(v, reject("PROXY_NOT_ACCEPTED", "no accepted proxy appointment for the member at this meeting", v));
          continue;
        }
        // Each appointment the holder acts under (one, or several for parts of the holding) is counted
        // under its own instruction, or at discretion where it gives one.
        List<Part> cast = new ArrayList<>();
        for (ProxyAppointment p : apps) {
          Optional<Choice> instruction = matter.flatMap(p::instructionFor);
          Fraction portion = p.forPartOfHolding() ? portion(v.member(), List.of(p)) : Fraction.ONE;
          if (instruction.isPresent()) {
            if (instruction.get() != v.choice()) {
              notes.add("proxy for " + v.member() + " recorded " + v.choice().label() + " but was instructed "
                  + instruction.get().label() + ": counted as instructed");
            }
            cast.add(new Part(v.member(), instruction.get(), portion, Optional.of(p.holder()), true));
          } else if (p.discretionary() && attendance.orElseThrow().proxyRules().discretionaryAllowed()) {
            cast.add(new Part(v.member(), v.choice(), portion, Optional.of(p.holder()), false));
          }
        }
        if (cast.isEmpty()) {
          rejected.put(v, reject("PROXY_WITHOUT_DISCRETION",
              "the appointment gives no instruction on " + describe(matter) + " and no discretion", v));
          continue;
        }
        parts.computeIfAbsent(v.member(), k -> new ArrayList<>()).addAll(cast);
        counted.put(v.member(), ImmutableVote.builder().from(v).choice(cast.get(0).choice()).build());
      } else {
        parts.computeIfAbsent(v.member(), k -> new ArrayList<>()).add(new Part(v.member(), v.choice(), Fraction.ONE, Optional.empty(), false));
        counted.put(v.member(), v);
      }
    }
    // A member whose proxies for parts of the holding voted different ways has no one choice.
    parts.forEach((m, ps) -> {
      if (ps.stream().map(Part::choice).distinct().count() > 1) {
        counted.remove(m);
      } else if (ps.size() > 1) {
        counted.put(m, Vote.byProxy(m, ps.get(0).choice()));
      }
    });
    for (Delegation d : roll.delegations().values()) {
      Vote own = counted.get(d.delegator());
      Vote delegate = counted.get(d.delegate());
      if (own != null) {
        if (delegate != null) {
          notes.add(d.delegator() + " voted, so the delegation to " + d.delegate() + " was not used");
        }
      } else if (delegate != null && delegate.cast() != Vote.Cast.BY_DELEGATE) {
        counted.put(d.delegator(), Vote.byDelegate(d.delegator(), delegate.choice()));
        parts.put(d.delegator(), List.of(new Part(d.delegator(), delegate.choice(), Fraction.ONE, Optional.empty(), false)));
        notes.add(d.delegate() + " cast the delegated vote of " + d.delegator() + " (" + delegate.choice().label() + ")");
      }
    }
    this.counted = ImmutableSortedMap.copyOf(counted);
    ImmutableSortedMap.Builder<MemberId, ImmutableList<Part>> pb = ImmutableSortedMap.naturalOrder();
    parts.forEach((m, ps) -> pb.put(m, ImmutableList.copyOf(ps)));
    this.parts = pb.build();
    this.rejected = ImmutableMap.copyOf(rejected);
    this.notes = ImmutableList.copyOf(notes);
    ImmutableSortedSet.Builder<MemberId> p = ImmutableSortedSet.naturalOrder();
    attendance.ifPresent(a -> p.addAll(a.present()));
    p.addAll(this.parts.keySet());
    this.present = p.build();
    if (method == VotingMethod.SHOW_OF_HANDS) {
      hands(this.parts.keySet());   // refuses a hand shown both ways at discretion now, not when decided
    }
  }

  /**
   * One part of a member's counted vote: the whole vote, or on a poll the part of it that a proxy for
   * stated shares exercises (Companies Act 2006 s.324(2)).
   */
  record Part(MemberId member, Choice choice, Fraction portion, Optional<Person> holder, boolean instructed) {}

  /**
   * The part of the member's votes that appointments for stated shares exercise: the shares they are for
   * against the member's voting shares (every share held where none is of a voting class). Reading
   * taken: the roll's weight of the member (after any cap or class share) is split in proportion to the
   * shares, since s.285(3)-(4) let proxies exercise the member's rights without exceeding them.
   */
  private Fraction portion(MemberId m, List<ProxyAppointment> apps) {
    Map<String, Long> holding = Objects.requireNonNull(roll.electorate().byMember().get(m), "elector").holdings();
    long voting = 0;
    long all = 0;
    for (Map.Entry<String, Long> h : holding.entrySet()) {
      all += h.getValue();
      if (!roll.rules().nonVotingShareClasses().contains(h.getKey())) {
        voting += h.getValue();
      }
    }
    long shares = 0;
    for (ProxyAppointment a : apps) {
      for (Map.Entry<String, Long> e : a.shares().entrySet()) {
        if (voting == 0 || !roll.rules().nonVotingShareClasses().contains(e.getKey())) {
          shares += e.getValue();
        }
      }
    }
    long base = voting > 0 ? voting : all;
    return base == 0 ? Fraction.ZERO : Fraction.of(shares, base);
  }

  /** The members whose votes count, each with the parts of their vote. */
  ImmutableSortedMap<MemberId, ImmutableList<Part>> parts() {
    return parts;
  }

  /** The parts of the members' counted votes: one whole part for most, several for a holding split among proxies. */
  ImmutableList<Part> partsOf(MemberId m) {
    ImmutableList<Part> ps = parts.get(m);
    return ps == null ? ImmutableList.of() : ps;
  }

  private String describe(Optional<MatterId> matter) {
    if (matter.isEmpty()) {
      return "this matter";
    }
    MatterId id = matter.get();
    return attendance.flatMap(a -> a.agendaItem(id)).map(i -> "matter " + i).orElse("matter " + id);
  }

  private static Rejection reject(String code, String message, Vote v) {
    return Rejection.of(code, message, ImmutableMap.of("member", v.member(), "choice", v.choice().label(), "cast", v.cast()));
  }

  /**
   * Returns a tally of votes cast by the members themselves, without attendance.
   *
   * @param roll the voting roll
   * @param votes the votes
   * @return the tally
   */
  public static Tally of(VotingRoll roll, Collection<Vote> votes) {
    return builder(roll).addAll(votes).build();
  }

  /**
   * Returns a builder of a tally on the given roll.
   *
   * @param roll the voting roll
   * @return a new builder
   */
  public static Builder builder(VotingRoll roll) {
    return new Builder(roll);
  }

  /**
   * Returns the voting roll.
   *
   * @return the roll
   */
  public VotingRoll roll() {
    return roll;
  }

  /**
   * Returns the attendance, if the vote was taken at a meeting.
   *
   * @return the attendance, or empty
   */
  public Optional<Attendance> attendance() {
    return attendance;
  }

  /**
   * Returns the matter voted on, as the agenda and proxy instructions name it.
   *
   * @return the matter; empty if not given
   */
  public Optional<MatterId> matter() {
    return matter;
  }

  /**
   * Returns the way the vote was taken.
   *
   * @return the way given, or {@link VotingMethod#POLL} where none was
   */
  public VotingMethod method() {
    return method;
  }

  /** Whether the way the vote was taken was given, rather than taken to be a poll. */
  boolean methodStated() {
    return methodStated;
  }

  /**
   * Returns the votes as recorded.
   *
   * @return the votes, in the order recorded
   */
  public ImmutableList<Vote> recorded() {
    return recorded;
  }

  /**
   * Returns the chair's casting vote, if given.
   *
   * @return {@link Choice#FOR} or {@link Choice#AGAINST}, or empty
   */
  public Optional<Choice> castingVote() {
    return castingVote;
  }

  /**
   * Returns the vote counted for each member, delegated votes included.
   *
   * @return member to vote
   */
  public ImmutableSortedMap<MemberId, Vote> counted() {
    return counted;
  }

  /**
   * Returns the votes recorded but not counted, each with its reason.
   *
   * @return vote to rejection, by member
   */
  public ImmutableMap<Vote, Rejection> rejected() {
    return rejected;
  }

  /**
   * Returns what the tally did with proxies and delegations, in words.
   *
   * @return the notes
   */
  public ImmutableList<String> notes() {
    return notes;
  }

  /**
   * Returns the members with a vote present: those of the attendance and every member whose vote
   * counts.
   *
   * @return the members present
   */
  public ImmutableSortedSet<MemberId> present() {
    return present;
  }

  /**
   * Returns the choice counted for a member.
   *
   * @param member the member
   * @return the choice, or empty if the member's vote does not count
   */
  public Optional<Choice> choiceOf(MemberId member) {
    Vote v = counted.get(member);
    return v == null ? Optional.empty() : Optional.of(v.choice());
  }

  /**
   * Returns the count of every vote returned: heads and votes for each choice, weighed among all the
   * members whose votes count.
   *
   * @return the totals
   */
  public Totals totals() {
    Map<Choice, Integer> heads = new EnumMap<>(Choice.class);
    Map<Choice, Fraction> votes = new EnumMap<>(Choice.class);
    if (method.weighedByRoll()) {
      VoteWeights w = roll.weigh(parts.keySet());
      parts.forEach((m, ps) -> ps.forEach(part -> votes.merge(part.choice(), w.weightOf(m).times(part.portion()), Fraction::plus)));
    } else {
      Hands h = hands(parts.keySet());
      for (Choice c : Choice.values()) {
        votes.put(c, Fraction.of(h.of(c)));
      }
    }
    counted.forEach((m, v) -> heads.merge(v.choice(), 1, Integer::sum));
    return ImmutableTotals.builder()
        .forHeads(heads.getOrDefault(Choice.FOR, 0)).againstHeads(heads.getOrDefault(Choice.AGAINST, 0))
        .abstainHeads(heads.getOrDefault(Choice.ABSTAIN, 0)).spoiltHeads(heads.getOrDefault(Choice.SPOILT, 0))
        .forVotes(votes.getOrDefault(Choice.FOR, Fraction.ZERO)).againstVotes(votes.getOrDefault(Choice.AGAINST, Fraction.ZERO))
        .abstainVotes(votes.getOrDefault(Choice.ABSTAIN, Fraction.ZERO))
        .spoiltVotes(votes.getOrDefault(Choice.SPOILT, Fraction.ZERO))
        .build();
  }

  /**
   * The hands shown on a show of hands by and for the given members: each member voting in person one,
   * each proxy holder (or delegate) acting for some of them as the proxy rules say, and the hands of
   * those present who show none. O(n log n) for n members.
   */
  Hands hands(Collection<MemberId> members) {
    Hands h = new Hands();
    Map<Person, List<Part>> byHolder = new TreeMap<>();
    for (MemberId m : new TreeSet<>(members)) {
      if (!roll.hasVote(m)) {
        continue;
      }
      List<Part> ps = partsOf(m);
      Vote v = counted.get(m);
      if (ps.isEmpty()) {
        // Present and not voting: in person, one hand not shown; by proxy, the holder's.
        if (attendance.isPresent() && attendance.get().presentInPerson().contains(m)) {
          h.silent++;
        } else {
          for (ProxyAppointment p : attendance.map(a -> (List<ProxyAppointment>) a.acceptedProxies().get(m)).orElse(List.of())) {
            byHolder.computeIfAbsent(p.holder(), x -> new ArrayList<>());
          }
        }
      } else if (v != null && v.cast() == Vote.Cast.BY_DELEGATE) {
        Delegation d = Objects.requireNonNull(roll.delegations().get(m), "delegation");
        byHolder.computeIfAbsent(Person.member(d.delegate()), x -> new ArrayList<>()).addAll(ps);
      } else {
        for (Part p : ps) {
          if (p.holder().isPresent()) {
            byHolder.computeIfAbsent(p.holder().get(), x -> new ArrayList<>()).add(p);
          } else {
            h.add(p.choice());
          }
        }
      }
    }
    ProxyRules.ShowOfHands rule =
        attendance.map(a -> a.proxyRules().showOfHands()).orElse(ProxyRules.ShowOfHands.ONE_VOTE);
    byHolder.forEach((holder, ps) -> holderHands(h, rule, holder, ps));
    return h;
  }

  private static void holderHands(Hands h, ProxyRules.ShowOfHands rule, Person holder, List<Part> parts) {
    if (rule == ProxyRules.ShowOfHands.NO_VOTE) {
      return;
    }
    if (rule == ProxyRules.ShowOfHands.VOTE_PER_APPOINTER) {
      if (parts.isEmpty()) {
        h.silent++;
      }
      // One vote for each member appointing, however many parts of the holding: the parts' one choice.
      Map<MemberId, Set<Choice>> byMember = new TreeMap<>();
      parts.forEach(p -> byMember.computeIfAbsent(p.member(), k -> EnumSet.noneOf(Choice.class)).add(p.choice()));
      byMember.values().forEach(cs -> h.add(cs.size() == 1 ? cs.iterator().next() : Choice.ABSTAIN));
      return;
    }
    Set<Choice> instructed = EnumSet.noneOf(Choice.class);
    Set<MemberId> instructedFor = new TreeSet<>();
    Set<MemberId> instructedAgainst = new TreeSet<>();
    Set<Choice> cast = EnumSet.noneOf(Choice.class);
    for (Part p : parts) {
      cast.add(p.choice());
      if (p.instructed()) {
        instructed.add(p.choice());
        if (p.choice() == Choice.FOR) {
          instructedFor.add(p.member());
        } else if (p.choice() == Choice.AGAINST) {
          instructedAgainst.add(p.member());
        }
      }
    }
    Set<MemberId> appointers = new TreeSet<>(instructedFor);
    appointers.addAll(instructedAgainst);
    if (!instructedFor.isEmpty() && !instructedAgainst.isEmpty() && appointers.size() > 1) {
      // s.285(2): appointed by more than one member, instructed by one or more to vote for and by one or
      // more others against.
      h.add(Choice.FOR);
      h.add(Choice.AGAINST);
    } else if (!instructedFor.isEmpty() && !instructedAgainst.isEmpty()) {
      // Reading taken: one member instructing for on some shares and against on others gives the holder's
      // one hand (s.285(1)) no way to follow both (s.324A); the hand is counted as an abstention.
      h.add(Choice.ABSTAIN);
    } else if (instructed.contains(Choice.FOR) || instructed.contains(Choice.AGAINST)) {
      h.add(instructed.contains(Choice.FOR) ? Choice.FOR : Choice.AGAINST);
    } else if (cast.contains(Choice.FOR) && cast.contains(Choice.AGAINST)) {
      throw Checks.invalid("votes", holder, "on a show of hands %s has one vote, but voted for and against at "
          + "discretion", holder);
    } else if (cast.contains(Choice.FOR) || cast.contains(Choice.AGAINST)) {
      h.add(cast.contains(Choice.FOR) ? Choice.FOR : Choice.AGAINST);
    } else if (!cast.isEmpty()) {
      h.add(cast.contains(Choice.ABSTAIN) ? Choice.ABSTAIN : Choice.SPOILT);
    } else {
      h.silent++;
    }
  }

  /** Hands shown for each choice, and hands of those present not shown. */
  static final class Hands {
    private final Map<Choice, Long> byChoice = new EnumMap<>(Choice.class);
    long silent;

    void add(Choice c) {
      byChoice.merge(c, 1L, Long::sum);
    }

    long of(Choice c) {
      return byChoice.getOrDefault(c, 0L);
    }

    /** The hands shown for any of the choices. */
    long of(Set<Choice> choices) {
      long n = 0;
      for (Choice c : choices) {
        n += of(c);
      }
      return n;
    }
  }

  /** The members whose counted choice is one of {@code choices}, within a class if given. */
  Set<MemberId> membersChoosing(Set<Choice> choices, Optional<ClassId> inClass) {
    Set<MemberId> out = new TreeSet<>();
    parts.forEach((m, ps) -> {
      if (ps.stream().anyMatch(p -> choices.contains(p.choice()))
          && (inClass.isEmpty() || roll.votingClassOf(m).equals(inClass))) {
        out.add(m);
      }
    });
    return out;
  }

  /** Two tallies are equal when their roll, attendance, matter, votes and casting vote are. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Tally t && roll.equals(t.roll) && attendance.equals(t.attendance) && matter.equals(t.matter)
        && recorded.equals(t.recorded) && castingVote.equals(t.castingVote) && method == t.method
        && methodStated == t.methodStated;
  }

  @Override
  public int hashCode() {
    return Objects.hash(roll, attendance, matter, recorded, castingVote, method);
  }

  /** Returns the matter and the totals. */
  @Override
  public String toString() {
    return "Tally[" + matter.map(m -> m + ": ").orElse("") + totals() + "]";
  }

  /** Builds a {@link Tally}. */
  public static final class Builder {
    private final VotingRoll roll;
    private @Nullable Attendance attendance;
    private @Nullable MatterId matter;
    private final List<Vote> votes = new ArrayList<>();
    private @Nullable Choice castingVote;
    private @Nullable VotingMethod method;

    Builder(VotingRoll roll) {
      this.roll = checkNotNull(roll, "roll");
    }

    /**
     * Sets the attendance: who is present, and which proxies stand.
     *
     * @param attendance the attendance, on the same roll
     * @return this builder
     */
    public Builder attendance(Attendance attendance) {
      Checks.check(
          attendance.roll().equals(roll), "attendance", "roll", "the attendance is on another voting roll than the tally");
      this.attendance = attendance;
      return this;
    }

    /**
     * Sets the matter voted on, as the agenda and proxy instructions name it.
     *
     * @param matter the matter's identifier; with an attendance whose agenda lists matters, one of them
     * @return this builder
     */
    public Builder matter(MatterId matter) {
      this.matter = checkNotNull(matter, "matter");
      return this;
    }

    /**
     * Sets the way the vote was taken.
     *
     * @param method the way; a tally without one is a poll
     * @return this builder
     */
    public Builder method(VotingMethod method) {
      this.method = checkNotNull(method, "method");
      return this;
    }

    /**
     * Records a vote cast by the member.
     *
     * @param member the member
     * @param choice the choice
     * @return this builder
     */
    public Builder vote(MemberId member, Choice choice) {
      return add(Vote.of(member, choice));
    }

    /**
     * Records a vote cast for the member by the member's proxy holder.
     *
     * @param member the member represented
     * @param choice the holder's choice
     * @return this builder
     */
    public Builder proxyVote(MemberId member, Choice choice) {
      return add(Vote.byProxy(member, choice));
    }

    /**
     * Records a vote.
     *
     * @param vote the vote
     * @return this builder
     */
    public Builder add(Vote vote) {
      votes.add(checkNotNull(vote, "vote"));
      return this;
    }

    /**
     * Records votes.
     *
     * @param all the votes
     * @return this builder
     */
    public Builder addAll(Collection<Vote> all) {
      all.forEach(this::add);
      return this;
    }

    /**
     * Records the chair's casting vote, used only where a tie rule gives the chair one.
     *
     * @param choice for or against
     * @return this builder
     */
    public Builder castingVote(Choice choice) {
      Checks.check(
          choice == Choice.FOR || choice == Choice.AGAINST,
          "castingVote",
          choice,
          "a casting vote is for or against, not %s",
          choice.label());
      this.castingVote = choice;
      return this;
    }

    /**
     * Builds the tally, settling which vote counts for each member.
     *
     * @return the tally
     * @throws InvalidValueException if a member has two votes recorded, the matter is not on the
     *     attendance's agenda, or on a show of hands a proxy holder voted for and against at discretion
     */
    public Tally build() {
      if (matter != null && attendance != null && !attendance.agenda().isEmpty()) {
        MatterId m = matter;
        Checks.check(
            attendance.agendaItem(m).isPresent(),
            "matter",
            m,
            "matter %s is not on the agenda %s",
            m,
            attendance.agenda());
      }
      return new Tally(this);
    }
  }
}
