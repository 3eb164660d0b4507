package org.commonweal.governance.voting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.UndefinedClassException;
import org.commonweal.governance.shares.Money;
import org.commonweal.governance.shares.ShareValue;
import org.immutables.value.Value;

/**
 * Who holds how many votes on a record date, and why: the result of {@link VotingRules#roll}. It is
 * what quorum rules count and what a tally weighs votes by.
 *
 * <p>Each member of the electorate has a {@link VotingRight}, with the member's votes when every member
 * with a vote takes part and the reasons. Where the rules fix class shares or cap classes, a member's
 * weight in an actual vote depends on who takes part: {@link #weigh(Collection)} computes it for a
 * given set of participants (a class's share divided among its members who vote; a lapsed or
 * redistributed share for a class none of whose members votes; caps applied to the votes taken).
 *
 * <pre>{@code
 * VotingRoll roll = VotingRules.oneMemberOneVote().roll(electorate);
 * Fraction total = roll.totalVotes();              // every vote on the roll
 * VoteWeights cast = roll.weigh(membersWhoVoted);  // weights among those who voted
 * String text = roll.explain();                 // totals, classes, members with reasons
 * }</pre>
 *
 * <p>Weighing costs O(n log n) for n participants. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class VotingRoll {
  VotingRoll() {}

  /**
   * Returns the rules the roll was computed under.
   *
   * @return the voting rules
   */
  public abstract VotingRules rules();

  /**
   * Returns the electorate the roll was computed from.
   *
   * @return the members on the record date
   */
  public abstract Electorate electorate();

  /**
   * Returns the day of the vote, on which delegations were judged.
   *
   * @return the vote date, not before the record date
   */
  public abstract LocalDate voteDate();

  /**
   * Returns each member's voting right, in member id order, members without a vote included.
   *
   * @return the rights
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<MemberId, VotingRight> rights();

  /**
   * Returns the weights when every member with a vote takes part: the members' entitlements, the
   * class totals and any lapsed share.
   *
   * @return the entitlement
   */
  public abstract VoteWeights entitlement();

  /**
   * Returns the delegations accepted, by delegator.
   *
   * @return delegator to delegation
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<MemberId, Delegation> delegations();

  /**
   * Returns the delegations refused or not in force on the vote date, each with the reason.
   *
   * @return delegation to rejection, by delegator
   */
  public abstract ImmutableMap<Delegation, Rejection> refusedDelegations();

  /**
   * Returns the record date.
   *
   * @return the electorate's record date
   */
  public LocalDate recordDate() {
    return electorate().recordDate();
  }

  /**
   * Returns the stakeholder classes the constitution defines, as the electorate records them: those a
   * rule may name.
   *
   * @return the classes, in id order
   */
  public ImmutableSortedSet<ClassId> classes() {
    return electorate().classes();
  }

  /**
   * Refuses a rule naming a class the constitution does not define. A defined class with no member
   * holding a vote is not refused: each rule says what it decides on an empty class.
   *
   * @param classId the class the rule names
   * @param rule the rule, in words, for the message
   * @throws UndefinedClassException if the class is not among {@link #classes()}
   */
  public void requireDefined(ClassId classId, String rule) {
    electorate().requireDefined(classId, rule);
  }

  /**
   * Returns the sum paid up on the shares that carry a vote on this roll, held by those of the given
   * members who hold a vote: the measure of capital of the Companies Act 2006 s.303(2)(a) ("members
   * representing at least 5% of such of the paid-up capital ... as carries the right of voting") and
   * s.321(2)(c) ("shares ... on which an aggregate sum has been paid up equal to not less than 10% of the
   * total sum paid up on all the shares conferring that right").
   *
   * <p>A share carries a vote here when its share class is not among the rules' {@link
   * VotingRules#nonVotingShareClasses()} and its holder holds a vote on the roll. Shares the company
   * holds in treasury belong to no member, so they are never counted, as both sections require.
   * O(m h) for m members holding h share classes each.
   *
   * @param members the members, each counted once; those without a vote count nothing
   * @return the sum paid up, in the share values' currency
   * @throws InvalidValueException if the electorate records no value for a share class a member counted
   *     holds, or none at all
   */
  public Money paidUpCapital(Collection<MemberId> members) {
    Checks.check(
        !electorate().shareValues().isEmpty(),
        "shareValues",
        "none",
        "the electorate records no value for any share class, so paid-up capital cannot be measured");
    Money sum = Money.zero(electorate().shareValues().values().iterator().next().paidUp().currency());
    for (MemberId m : new TreeSet<>(members)) {
      if (!hasVote(m)) {
        continue;
      }
      Elector e = Objects.requireNonNull(electorate().byMember().get(m), "elector");
      for (Map.Entry<String, Long> h : e.holdings().entrySet()) {
        if (h.getValue() == 0 || rules().nonVotingShareClasses().contains(h.getKey())) {
          continue;
        }
        ShareValue value = electorate().shareValues().get(h.getKey());
        if (value == null) {
          throw Checks.invalid("shareValues", h.getKey(),
              "the electorate records no value for share class %s, which %s holds", h.getKey(), m);
        }
        sum = sum.plus(value.paidUpOn(h.getValue()));
      }
    }
    return sum;
  }

  /**
   * Returns the sum paid up on all the shares that carry a vote on this roll: {@link
   * #paidUpCapital(Collection)} of every member holding a vote.
   *
   * @return the total paid-up capital carrying the right of voting
   * @throws InvalidValueException if the electorate records no value for a share class held
   */
  public Money paidUpCapital() {
    return paidUpCapital(voters());
  }

  /**
   * Returns the members who hold a vote, in member id order.
   *
   * @return the voters
   */
  @Value.Lazy
  public ImmutableSortedSet<MemberId> voters() {
    ImmutableSortedSet.Builder<MemberId> b = ImmutableSortedSet.naturalOrder();
    rights().forEach((m, r) -> {
      if (r.hasVote()) {
        b.add(m);
      }
    });
    return b.build();
  }

  /**
   * Returns whether a member holds a vote.
   *
   * @param member the member
   * @return true if the member is on the roll with a vote
   */
  public boolean hasVote(MemberId member) {
    VotingRight r = rights().get(member);
    return r != null && r.hasVote();
  }

  /**
   * Returns whether a member is on the roll, with or without a vote.
   *
   * @param member the member
   * @return true if the member was in the electorate
   */
  public boolean contains(MemberId member) {
    return rights().containsKey(member);
  }

  /**
   * Returns a member's votes when every member with a vote takes part.
   *
   * @param member the member
   * @return the votes, zero for a member without a vote or not on the roll
   */
  public Fraction votesOf(MemberId member) {
    return entitlement().weightOf(member);
  }

  /**
   * Returns the class a member votes in.
   *
   * @param member the member
   * @return the class, or empty
   */
  public Optional<ClassId> votingClassOf(MemberId member) {
    VotingRight r = rights().get(member);
    return r == null ? Optional.empty() : r.votingClass();
  }

  /**
   * Returns the total of all votes on the roll (every member with a vote taking part).
   *
   * @return the total; under fixed class shares 1 less any lapsed share
   */
  public Fraction totalVotes() {
    return entitlement().total();
  }

  /**
   * Returns each class's total when every member with a vote takes part.
   *
   * @return class to total
   */
  public ImmutableSortedMap<ClassId, Fraction> classTotals() {
    return entitlement().classTotals();
  }

  /**
   * Returns the members with a vote in a class.
   *
   * @param classId the class
   * @return the class's voters, in member id order
   */
  public ImmutableSortedSet<MemberId> votersIn(ClassId classId) {
    ImmutableSortedSet.Builder<MemberId> b = ImmutableSortedSet.naturalOrder();
    rights().forEach((m, r) -> {
      if (r.hasVote() && r.votingClass().equals(Optional.of(classId))) {
        b.add(m);
      }
    });
    return b.build();
  }

  /**
   * Weighs the votes of the members taking part in one vote. Members without a vote, or not on the
   * roll, are left out.
   *
   * <p>Under fixed class shares each class's share is divided among its participating members in
   * proportion to their base votes; a class with no participant has its share lapse or shared among
   * the other classes, as the rules say. Class caps are then applied by scaling each class over its cap
   * down to exactly its cap of the total, repeating while another class goes over (at most one round
   * per capped class); under fixed shares the weight removed is shared among the other classes in
   * proportion, so that the total stays 1 less any lapsed share. O(n log n) for n participants.
   *
   * @param participants the members taking part
   * @return the weights
   */
  public VoteWeights weigh(Collection<MemberId> participants) {
    return weigh(rules(), rights(), participants);
  }

  /**
   * Returns the roll in words: the totals, each class, then each member with the reasons, then the
   * delegations.
   *
   * @return several lines of text
   */
  public String explain() {
    StringBuilder s = new StringBuilder(summary());
    for (VotingRight r : rights().values()) {
      s.append("  ").append(r).append('\n');
    }
    delegations().values().forEach(d -> s.append("  delegation ").append(d).append(": accepted\n"));
    refusedDelegations().forEach((d, r) -> s.append("  delegation ").append(d).append(": ").append(r).append('\n'));
    return s.toString();
  }

  /**
   * Returns the roll's totals in words: the members with a vote, each class's total and what the class
   * shares and caps did, without the line for each member.
   *
   * @return a few lines of text
   */
  public String summary() {
    StringBuilder s = new StringBuilder();
    int voters = voters().size();
    s.append("Voting roll on ").append(recordDate()).append(": ").append(voters).append(" of ")
        .append(rights().size()).append(rights().size() == 1 ? " member " : " members ")
        .append(voters == 1 ? "holds" : "hold").append(" votes; ");
    boolean shared = rules().classShares().isPresent();
    // Under fixed class shares the roll's total is the whole vote, 1, which says nothing by itself: say
    // instead that each class holds a share of it.
    s.append(shared ? "fixed class shares of the whole vote" : "total " + totalVotes()).append('\n');
    entitlement().classTotals().forEach((c, t) -> {
      int n = votersIn(c).size();
      s.append("  class ").append(c).append(": ").append(t).append(shared ? " of the vote" : "")
          .append(" (").append(n).append(n == 1 ? " voter" : " voters").append(")\n");
    });
    for (String note : entitlement().notes()) {
      s.append("  ").append(note).append('\n');
    }
    if (!delegations().isEmpty() || !refusedDelegations().isEmpty()) {
      s.append("  delegations: ").append(delegations().size()).append(" accepted, ").append(refusedDelegations().size())
          .append(" refused\n");
    }
    return s.toString();
  }

  @Value.Check
  void check() {
    for (MemberId m : entitlement().weights().keySet()) {
      VotingRight r = rights().get(m);
      Checks.check(
          r != null && r.votes().equals(entitlement().weightOf(m)),
          "rights",
          m,
          "the right of %s does not match its entitlement",
          m);
    }
  }

  /** Computes the roll; see {@link VotingRules#roll(Electorate, Collection, LocalDate)}. */
  static VotingRoll compute(VotingRules rules, Electorate electorate, List<Delegation> given, LocalDate voteDate) {
    Map<MemberId, VotingRight> base = new TreeMap<>();
    for (Elector e : electorate.electors()) {
      base.put(e.member(), rules.baseRight(e));
    }
    VoteWeights entitlement = weigh(rules, base, base.keySet());

    Map<Delegation, Rejection> refused = new LinkedHashMap<>();
    Map<MemberId, Delegation> accepted = judgeDelegations(rules, base, given, voteDate, refused);
    Map<MemberId, Set<MemberId>> held = new TreeMap<>();
    accepted.values().forEach(d -> held.computeIfAbsent(d.delegate(), k -> new TreeSet<>()).add(d.delegator()));

    Map<ClassId, Integer> voters = new TreeMap<>();
    for (VotingRight r : base.values()) {
      if (r.hasVote()) {
        r.votingClass().ifPresent(c -> voters.merge(c, 1, Integer::sum));
      }
    }
    ImmutableSortedMap.Builder<MemberId, VotingRight> rights = ImmutableSortedMap.naturalOrder();
    for (VotingRight r : base.values()) {
      List<String> reasons = new ArrayList<>(r.reasons());
      Fraction votes = entitlement.weightOf(r.member());
      if (r.hasVote() && rules.classShares().isPresent() && r.votingClass().isPresent()) {
        ClassId c = r.votingClass().get();
        int heads = voters.getOrDefault(c, 0);
        reasons.add(votes + " of the vote: the share " + entitlement.classTotal(c) + " of class " + c + " divided among its " + heads
            + " voter" + (heads == 1 ? "" : "s") + (rules.basis() == VoteBasis.ONE_MEMBER_ONE_VOTE && rules.organisationBasis().isEmpty()
                ? "" : " in proportion to their votes"));
      } else if (r.hasVote() && !votes.equals(Fraction.of(r.baseVotes()))) {
        reasons.add("counts as " + votes + " under the cap on class " + r.votingClass().map(ClassId::toString).orElse("?"));
      }
      Delegation d = accepted.get(r.member());
      if (d != null) {
        reasons.add("vote delegated to " + d.delegate() + " unless cast in person");
      }
      Set<MemberId> from = held.getOrDefault(r.member(), Set.of());
      if (!from.isEmpty()) {
        reasons.add("holds delegations from " + from);
      }
      rights.put(r.member(), ImmutableVotingRight.builder().from(r).votes(votes).reasons(reasons)
          .delegatedTo(Optional.ofNullable(d).map(Delegation::delegate)).delegationsHeld(from).build());
    }
    return ImmutableVotingRoll.builder()
        .rules(rules)
        .electorate(electorate)
        .voteDate(voteDate)
        .rights(rights.buildOrThrow())
        .entitlement(entitlement)
        .delegations(accepted)
        .refusedDelegations(refused)
        .build();
  }

  private static Map<MemberId, Delegation> judgeDelegations(
      VotingRules rules, Map<MemberId, VotingRight> base, List<Delegation> given, LocalDate voteDate,
      Map<Delegation, Rejection> refused) {
    Map<MemberId, Delegation> latest = new HashMap<>();
    List<Delegation> ordered = new ArrayList<>(new LinkedHashSet<>(given));
    // Judged in a fixed order, so that the result never depends on the order given.
    ordered.sort(Comparator.comparing(Delegation::delegator).thenComparing(Delegation::givenOn)
        .thenComparing(Delegation::delegate).thenComparing(d -> d.revoked().orElse(LocalDate.MAX)));
    for (Delegation d : ordered) {
      if (!d.inForceOn(voteDate)) {
        boolean notYet = d.givenOn().isAfter(voteDate);
        refused.put(d, reject(notYet ? "DELEGATION_NOT_YET_GIVEN" : "DELEGATION_REVOKED",
            notYet ? "the delegation was given after the day of the vote " + voteDate
                : "the delegation was revoked before the day of the vote " + voteDate, d));
        continue;
      }
      if (rules.delegation().isEmpty()) {
        refused.put(d, reject("DELEGATION_NOT_ALLOWED", "the rules do not allow members to delegate their votes", d));
        continue;
      }
      Delegation earlier = latest.get(d.delegator());
      if (earlier == null) {
        latest.put(d.delegator(), d);
      } else if (earlier.givenOn().equals(d.givenOn())) {
        throw Checks.invalid(
            "delegations",
            d,
            "member %s gave two delegations in force on the same day %s: %s and %s",
            d.delegator(),
            d.givenOn(),
            earlier,
            d);
      } else {
        Delegation older = earlier.givenOn().isBefore(d.givenOn()) ? earlier : d;
        latest.put(d.delegator(), older == earlier ? d : earlier);
        refused.put(older, reject("DELEGATION_SUPERSEDED", "a later delegation by the same member replaces it", older));
      }
    }
    if (rules.delegation().isEmpty()) {
      return Map.of();
    }
    DelegationRules dr = rules.delegation().get();
    List<Delegation> candidates = new ArrayList<>(latest.values());
    candidates.sort(Comparator.comparing(Delegation::givenOn).thenComparing(Delegation::delegator));
    Map<MemberId, Integer> heldCount = new HashMap<>();
    Map<MemberId, Delegation> accepted = new TreeMap<>();
    for (Delegation d : candidates) {
      VotingRight from = base.get(d.delegator());
      VotingRight to = base.get(d.delegate());
      if (from == null || !from.hasVote()) {
        refused.put(d, reject("DELEGATOR_HAS_NO_VOTE", "the delegating member holds no vote on the roll", d));
      } else if (to == null || !to.hasVote()) {
        refused.put(d, reject("DELEGATE_HAS_NO_VOTE", "the delegate holds no vote on the roll", d));
      } else if (dr.withinClassOnly() && !from.votingClass().equals(to.votingClass())) {
        refused.put(d, reject("DELEGATE_IN_OTHER_CLASS", "delegation is allowed only within a class, and "
            + d.delegator() + " votes in " + from.votingClass().map(ClassId::toString).orElse("no class") + ", "
            + d.delegate() + " in " + to.votingClass().map(ClassId::toString).orElse("no class"), d));
      } else if (dr.maxHeld().isPresent() && heldCount.getOrDefault(d.delegate(), 0) >= dr.maxHeld().getAsInt()) {
        refused.put(d, reject("DELEGATE_LIMIT_REACHED", d.delegate() + " already holds the most delegations allowed ("
            + dr.maxHeld().getAsInt() + "); earlier delegations are accepted first", d));
      } else {
        heldCount.merge(d.delegate(), 1, Integer::sum);
        accepted.put(d.delegator(), d);
      }
    }
    return accepted;
  }

  private static Rejection reject(String code, String message, Delegation d) {
    return Rejection.of(code, message, ImmutableMap.of(
        "delegator", d.delegator(), "delegate", d.delegate(), "given", d.givenOn()));
  }

  /** The weighing described at {@link #weigh(Collection)}. */
  static VoteWeights weigh(VotingRules rules, Map<MemberId, VotingRight> base, Collection<MemberId> participants) {
    TreeMap<MemberId, Fraction> w = new TreeMap<>();
    TreeMap<MemberId, ClassId> classOf = new TreeMap<>();
    for (MemberId m : participants) {
      VotingRight r = base.get(m);
      if (r != null && r.hasVote()) {
        w.put(m, Fraction.of(r.baseVotes()));
        r.votingClass().ifPresent(c -> classOf.put(m, c));
      }
    }
    List<String> notes = new ArrayList<>();
    TreeMap<ClassId, Fraction> classTotals = new TreeMap<>();
    Fraction lapsed = Fraction.ZERO;
    if (rules.classShares().isPresent()) {
      lapsed = applyClassShares(rules.classShares().get(), w, classOf, classTotals, notes);
    } else {
      classOf.forEach((m, c) -> classTotals.merge(c, w.get(m), Fraction::plus));
    }
    Fraction withheld = Fraction.ZERO;
    if (!rules.classCaps().isEmpty()) {
      withheld = applyCaps(rules, w, classOf, classTotals, notes);
    }
    return ImmutableVoteWeights.builder()
        .weights(w)
        .classOf(classOf)
        .classTotals(classTotals)
        .total(Fraction.sum(w.values()))
        .lapsed(lapsed)
        .withheld(withheld)
        .notes(notes)
        .build();
  }

  private static Fraction applyClassShares(
      ClassShares shares, TreeMap<MemberId, Fraction> w, Map<MemberId, ClassId> classOf,
      TreeMap<ClassId, Fraction> classTotals, List<String> notes) {
    Map<ClassId, Fraction> baseSum = new TreeMap<>();
    shares.shares().keySet().forEach(c -> baseSum.put(c, Fraction.ZERO));
    w.forEach((m, v) -> {
      ClassId c = classOf.get(m);
      if (c == null) {
        throw new IllegalStateException("member " + m + " has a vote under class shares but no class");
      }
      baseSum.merge(c, v, Fraction::plus);
    });
    Fraction absent = Fraction.ZERO;
    List<ClassId> absentClasses = new ArrayList<>();
    baseSum.forEach((c, sum) -> {
      if (sum.isZero()) {
        absentClasses.add(c);
      }
    });
    for (ClassId c : absentClasses) {
      absent = absent.plus(shares.shareOf(c));
    }
    Fraction scale = Fraction.ONE;
    Fraction lapsed = Fraction.ZERO;
    if (!absentClasses.isEmpty()) {
      if (shares.whenClassAbsent() == ClassShares.Absent.LAPSE || absent.equals(Fraction.ONE)) {
        lapsed = absent;
        notes.add("no member of " + absentClasses + " takes part: their share " + absent + " lapses");
      } else {
        scale = Fraction.ONE.dividedBy(Fraction.ONE.minus(absent));
        notes.add("no member of " + absentClasses + " takes part: their share " + absent
            + " is shared among the other classes in proportion to their shares (each share x " + scale + ")");
      }
    }
    for (var e : baseSum.entrySet()) {
      ClassId c = e.getKey();
      classTotals.put(c, e.getValue().isZero() ? Fraction.ZERO : shares.shareOf(c).times(scale));
    }
    for (var e : w.entrySet()) {
      ClassId c = must(classOf, e.getKey());
      e.setValue(must(classTotals, c).times(e.getValue()).dividedBy(must(baseSum, c)));
    }
    return lapsed;
  }

  private static Fraction applyCaps(
      VotingRules rules, TreeMap<MemberId, Fraction> w, Map<MemberId, ClassId> classOf,
      TreeMap<ClassId, Fraction> classTotals, List<String> notes) {
    Fraction total = Fraction.sum(w.values());
    Set<ClassId> binding = new TreeSet<>();
    Fraction capped = total;
    boolean changed = true;
    while (changed) {
      changed = false;
      Fraction free = total;
      Fraction capSum = Fraction.ZERO;
      for (ClassId c : binding) {
        free = free.minus(classTotals.getOrDefault(c, Fraction.ZERO));
        capSum = capSum.plus(must(rules.classCaps(), c));
      }
      capped = free.dividedBy(Fraction.ONE.minus(capSum));
      for (var e : rules.classCaps().entrySet()) {
        Fraction t = classTotals.getOrDefault(e.getKey(), Fraction.ZERO);
        if (!binding.contains(e.getKey()) && t.isGreaterThan(e.getValue().times(capped))) {
          binding.add(e.getKey());
          changed = true;
        }
      }
    }
    if (binding.isEmpty()) {
      return Fraction.ZERO;
    }
    Map<ClassId, Fraction> factor = new TreeMap<>();
    for (ClassId c : binding) {
      Fraction t = must(classTotals, c);
      Fraction cap = must(rules.classCaps(), c);
      Fraction target = cap.times(capped);
      factor.put(c, target.dividedBy(t));
      notes.add("class " + c + " is capped at " + cap + " of the votes taken: its " + t
          + " count as " + target + " (each member's votes x " + target.dividedBy(t) + ")");
    }
    Fraction rescale = Fraction.ONE;
    Fraction withheld = total.minus(capped);
    if (rules.classShares().isPresent()) {
      if (capped.isZero()) {
        notes.add("no uncapped class takes part: the capped classes' weight " + total + " is withheld");
      } else {
        rescale = total.dividedBy(capped);
        withheld = Fraction.ZERO;
        notes.add("the weight above the caps is shared among the other classes in proportion (x " + rescale + ")");
      }
    } else if (capped.isZero()) {
      notes.add("no uncapped class takes part: the capped classes' votes count as nothing");
    }
    for (var e : w.entrySet()) {
      ClassId c = classOf.get(e.getKey());
      Fraction f = c == null ? Fraction.ONE : factor.getOrDefault(c, Fraction.ONE);
      e.setValue(e.getValue().times(f).times(rescale));
    }
    for (var e : classTotals.entrySet()) {
      Fraction f = factor.getOrDefault(e.getKey(), Fraction.ONE);
      e.setValue(e.getValue().times(f).times(rescale));
    }
    return withheld;
  }

  private static <K, V> V must(Map<K, V> map, K key) {
    return Objects.requireNonNull(map.get(key), () -> "no entry for " + key);
  }
}
