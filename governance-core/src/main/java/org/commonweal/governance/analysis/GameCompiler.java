package org.commonweal.governance.analysis;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.constitution.Procedure;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.resolution.Condition;
import org.commonweal.governance.resolution.CountedBy;
import org.commonweal.governance.resolution.RatioThreshold;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.Threshold;
import org.commonweal.governance.resolution.TieRule;
import org.commonweal.governance.resolution.VoteBase;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.VotingRoll;
import org.jspecify.annotations.Nullable;

/**
 * Compiles a constitution's conditions into rules over the roll's member types. Two readings of a vote:
 *
 * <ul>
 *   <li>{@link Mode#FULL}: every member with a vote votes, the coalition for and the rest against;
 *   <li>{@link Mode#ATTEND}: the coalition attends and votes for, everyone else stays away.
 * </ul>
 *
 * <p>Weights are the roll's entitlement (every member voting), scaled to whole numbers by the least
 * common denominator, so that a weighted rule compares exactly what the resolution compares. Cost: O(n log
 * n) to build for n members on the roll, then O(t) per elementary condition for t types.
 */
final class GameCompiler {
  enum Mode {
    FULL,
    ATTEND
  }

  /** A turnout condition met at full turnout that staying away can break, over the members present. */
  record Turnout(String description, Rules present) {}

  final VotingRoll roll;
  final ImmutableList<MemberType> types;
  final ImmutableList<ImmutableList<MemberId>> members;
  final int[] counts;
  final long[] votes;
  private final long[] ones;
  private final List<String> assumptions = new ArrayList<>();
  private final List<Turnout> turnouts = new ArrayList<>();
  private boolean tieConsidered;

  GameCompiler(VotingRoll roll) {
    this.roll = roll;
    List<String> keys = new ArrayList<>();
    for (ClassId c : roll.classes()) {
      keys.add(c.toString());
    }
    // Types in the order of the classes, then by votes; a member in no class last.
    Map<String, Map<Long, List<MemberId>>> grouped = new LinkedHashMap<>();
    keys.forEach(k -> grouped.put(k, new TreeMap<>()));
    grouped.put("", new TreeMap<>());
    for (MemberId m : roll.voters()) {
      String c = roll.votingClassOf(m).map(ClassId::toString).orElse("");
      long base = Objects.requireNonNull(roll.rights().get(m), "right").baseVotes();
      grouped.computeIfAbsent(c, k -> new TreeMap<>()).computeIfAbsent(base, k -> new ArrayList<>()).add(m);
    }
    ImmutableList.Builder<MemberType> ts = ImmutableList.builder();
    ImmutableList.Builder<ImmutableList<MemberId>> ms = ImmutableList.builder();
    List<Fraction> shares = new ArrayList<>();
    grouped.forEach((c, byVotes) -> byVotes.forEach((base, list) -> {
      MemberId first = list.get(0);
      // Each member's share of the whole vote: the roll's votes over their total (1 under class shares).
      Fraction share = roll.totalVotes().isZero() ? Fraction.ZERO : roll.votesOf(first).dividedBy(roll.totalVotes());
      ts.add(new MemberType(roll.votingClassOf(first), base, list.size(), share));
      ms.add(ImmutableList.copyOf(list));
      shares.add(share);
    }));
    this.types = ts.build();
    this.members = ms.build();
    int t = types.size();
    this.counts = new int[t];
    this.ones = new long[t];
    BigInteger lcd = BigInteger.ONE;
    for (Fraction f : shares) {
      BigInteger d = f.denominator();
      lcd = lcd.divide(lcd.gcd(d)).multiply(d);
    }
    this.votes = new long[t];
    BigInteger total = BigInteger.ZERO;
    for (int j = 0; j < t; j++) {
      counts[j] = types.get(j).members();
      ones[j] = 1;
      BigInteger w = shares.get(j).numerator().multiply(lcd.divide(shares.get(j).denominator()));
      total = total.add(w.multiply(BigInteger.valueOf(counts[j])));
      Checks.check(total.bitLength() < 62, "votes", roll.totalVotes(),
          "the members' votes, written over their common denominator %s, are too large to analyse exactly", lcd);
      votes[j] = w.longValueExact();
    }
  }

  /** The assumptions the last compilation made, beside the stated ones. */
  ImmutableList<String> assumptions() {
    return ImmutableList.copyOf(assumptions);
  }

  /** The turnout conditions the last compilation met at full turnout. */
  ImmutableList<Turnout> turnouts() {
    return ImmutableList.copyOf(turnouts);
  }

  /** The rule under which a coalition passes the procedure, or empty where the members do not decide it. */
  Optional<Rules> procedure(Procedure p, Mode mode, QuorumRule meetingQuorum) {
    assumptions.clear();
    turnouts.clear();
    if (p instanceof Procedure.AtMeeting m) {
      Rules r = resolution(m.resolution(), mode);
      return Optional.of(mode == Mode.ATTEND ? Rules.allOf(List.of(quorum(meetingQuorum, null), r)) : r);
    }
    if (p instanceof Procedure.AtTwoMeetings two) {
      assumptions.add("the same members vote the same way at both meetings");
      Rules first = resolution(two.resolution().first(), mode);
      Rules second = resolution(two.resolution().second(), mode);
      List<Rules> parts = new ArrayList<>(List.of(first, second));
      if (mode == Mode.ATTEND) {
        parts.add(quorum(meetingQuorum, null));
      }
      return Optional.of(Rules.allOf(parts));
    }
    if (p instanceof Procedure.ByInstrument i) {
      return Optional.of(threshold(Threshold.atLeast(i.consent(), VoteBase.ALL_ELIGIBLE).byHeads(), null, mode));
    }
    return Optional.empty();
  }

  /** The rule of a resolution: every condition met. */
  Rules resolution(Resolution r, Mode mode) {
    tieConsidered = false;
    List<Rules> parts = new ArrayList<>();
    for (Condition c : r.conditions()) {
      parts.add(condition(c, r.tieRule(), mode));
    }
    return Rules.allOf(parts);
  }

  private Rules condition(Condition c, TieRule tieRule, Mode mode) {
    if (c instanceof Threshold t) {
      Rules plain = threshold(t, null, mode);
      boolean eligible = t.base() == VoteBase.VOTES_CAST && t.fraction().equals(Fraction.ONE_HALF)
          && !t.abstentionsCounted() && !t.spoiltCounted();
      if (eligible && !tieConsidered) {
        tieConsidered = true;
        if (mode == Mode.FULL) {
          long[] w = t.countedBy() == CountedBy.HEADS ? ones : votes;
          return tie(tieRule, quota(t, w, null), w);
        }
      }
      return plain;
    }
    if (c instanceof RatioThreshold r) {
      long[] w = r.countedBy() == CountedBy.HEADS ? ones : votes;
      boolean eligible = r.ratio().equals(Fraction.ONE) && !tieConsidered;
      if (eligible) {
        tieConsidered = true;
      }
      if (mode == Mode.ATTEND) {
        return r.countedBy() == CountedBy.HEADS ? heads(1, null) : present(null);
      }
      long total = total(w, null);
      BigInteger p = r.ratio().numerator();
      BigInteger q = r.ratio().denominator();
      // For >= r Against with Against = W - For: For >= rW/(1+r); "at least" also needs more for than against.
      BigInteger num = p.multiply(BigInteger.valueOf(total));
      BigInteger den = p.add(q);
      long quota;
      if (r.strict()) {
        quota = num.divide(den).longValueExact() + 1;
      } else {
        long ratio = num.add(den).subtract(BigInteger.ONE).divide(den).longValueExact();
        quota = Math.max(ratio, total / 2 + 1);
      }
      return eligible ? tie(tieRule, quota, w) : Rules.weighted(quota, w, counts);
    }
    if (c instanceof Condition.InEachClass e) {
      List<Rules> parts = new ArrayList<>();
      for (ClassId k : roll.classTotals().keySet()) {
        if (!roll.votersIn(k).isEmpty()) {
          parts.add(threshold(e.threshold(), k, mode));
        }
      }
      return parts.isEmpty() ? Rules.NEVER : Rules.allOf(parts);
    }
    if (c instanceof Condition.InClass i) {
      roll.requireDefined(i.classId(), i.description());
      return threshold(i.threshold(), i.classId(), mode);
    }
    Condition.Participation p = (Condition.Participation) c;
    Rules group = quorum(p.rule(), null);
    if (mode == Mode.FULL && p.counted().contains(Choice.AGAINST)) {
      // Everyone votes, so everyone counts: met or not whatever the coalition, but staying away counts less.
      boolean met = group.wins(counts);
      if (met && !group.always()) {
        turnouts.add(new Turnout(p.description(), group));
      }
      return Rules.of(met);
    }
    return group;
  }

  /** The least total a threshold needs, at full turnout, within a class or the whole roll. */
  private long quota(Threshold t, long[] w, @Nullable ClassId scope) {
    long total = total(w, scope);
    BigInteger need = t.fraction().numerator().multiply(BigInteger.valueOf(total));
    BigInteger den = t.fraction().denominator();
    BigInteger[] qr = need.divideAndRemainder(den);
    if (t.strict()) {
      return qr[0].longValueExact() + 1;
    }
    return qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
  }

  private Rules threshold(Threshold t, @Nullable ClassId scope, Mode mode) {
    boolean heads = t.countedBy() == CountedBy.HEADS;
    if (mode == Mode.ATTEND && t.base() != VoteBase.ALL_ELIGIBLE) {
      // Only the coalition is present and it votes for: met when the base is not empty.
      return heads ? heads(1, scope) : present(scope);
    }
    long[] w = scoped(heads ? ones : votes, scope);
    if (total(w, null) == 0) {
      return Rules.NEVER;   // a threshold is never met on an empty base
    }
    return Rules.weighted(quota(t, w, null), w, counts);
  }

  /**
   * A threshold at one half, the first such, under the resolution's tie rule: a tie of for and against
   * (possible when the total is even) passes or fails as the rule says. A casting vote or a lot cannot be
   * foreseen; they are read as the status quo, as a tally without a casting vote is decided.
   */
  private Rules tie(TieRule rule, long quota, long[] w) {
    long total = total(w, null);
    if (rule instanceof TieRule.ByThreshold || total % 2 != 0 || total == 0) {
      return Rules.weighted(quota, w, counts);
    }
    boolean passes = rule instanceof TieRule.StatusQuo s && s.side() == Choice.FOR;
    if (rule instanceof TieRule.CastingVote || rule instanceof TieRule.Lot) {
      assumptions.add("a tie is taken as lost (" + rule.description() + ": the chair's or the lot's choice is not known)");
    }
    long half = total / 2;
    long q = passes ? Math.min(quota, half) : (quota <= half ? half + 1 : quota);
    return Rules.weighted(q, w, counts);
  }

  /** At least one member of the scope present whose votes count: under class caps, only beside an uncapped class. */
  private Rules present(@Nullable ClassId scope) {
    Rules some = heads(1, scope);
    if (roll.rules().classCaps().isEmpty()) {
      return some;
    }
    long[] uncapped = new long[types.size()];
    for (int j = 0; j < uncapped.length; j++) {
      Optional<ClassId> c = types.get(j).classId();
      uncapped[j] = c.isPresent() && roll.rules().classCaps().containsKey(c.get()) ? 0 : 1;
    }
    return Rules.allOf(List.of(some, Rules.weighted(1, uncapped, counts)));
  }

  private Rules heads(long n, @Nullable ClassId scope) {
    return Rules.weighted(n, scoped(ones, scope), counts);
  }

  /** A quorum rule over the coalition's members (present, voting for, or signing), as the meeting package counts. */
  Rules quorum(QuorumRule rule, @Nullable ClassId scope) {
    int size = (int) total(scoped(ones, scope), null);
    if (rule instanceof QuorumRule.Members r) {
      return heads(r.n(), scope);
    }
    if (rule instanceof QuorumRule.Persons r) {
      return heads(r.n(), scope);
    }
    if (rule instanceof QuorumRule.FractionOfMembers r) {
      Fraction exact = r.fraction().times(size);
      BigInteger needed = r.strict() ? exact.floor().add(BigInteger.ONE) : exact.ceiling();
      return heads(needed.longValueExact(), scope);
    }
    if (rule instanceof QuorumRule.FractionOfVotes r) {
      long[] w = scoped(votes, scope);
      BigInteger need = r.fraction().numerator().multiply(BigInteger.valueOf(total(w, null)));
      BigInteger[] qr = need.divideAndRemainder(r.fraction().denominator());
      long quota = r.strict() ? qr[0].longValueExact() + 1 : qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
      return Rules.weighted(quota, w, counts);
    }
    if (rule instanceof QuorumRule.FractionOfPaidUpCapital r) {
      throw Checks.invalid("quorum", r, "the rule \"%s\" counts capital paid up, which a game of votes cannot weigh",
          r.description());
    }
    if (rule instanceof QuorumRule.SquareRootOfMembers r) {
      Fraction bound = r.k().times(r.k()).times(size);
      BigInteger m = bound.ceiling();
      BigInteger v = m.sqrt();
      if (v.multiply(v).compareTo(m) < 0) {
        v = v.add(BigInteger.ONE);
      }
      return heads(v.longValueExact(), scope);
    }
    if (rule instanceof QuorumRule.GreaterOf r) {
      return Rules.allOf(r.parts().stream().map(x -> quorum(x, scope)).toList());
    }
    if (rule instanceof QuorumRule.LesserOf r) {
      return Rules.anyOf(r.parts().stream().map(x -> quorum(x, scope)).toList());
    }
    if (rule instanceof QuorumRule.Tiered r) {
      for (QuorumRule.Tiered.Tier t : r.tiers()) {
        if (size <= t.maxMembers()) {
          return quorum(t.rule(), scope);
        }
      }
      return quorum(r.otherwise(), scope);
    }
    if (rule instanceof QuorumRule.InClass r) {
      roll.requireDefined(r.classId(), r.description());
      return quorum(r.rule(), r.classId());
    }
    if (rule instanceof QuorumRule.InEachClass r) {
      List<Rules> parts = new ArrayList<>();
      for (ClassId k : roll.entitlement().classTotals().keySet()) {
        if (!roll.votersIn(k).isEmpty()) {
          parts.add(quorum(r.rule(), k));
        }
      }
      return parts.isEmpty() ? Rules.NEVER : Rules.allOf(parts);
    }
    return heads(1, scope);   // those present
  }

  /** The weights of the members of the scope (all where null), zero for the others. */
  private long[] scoped(long[] w, @Nullable ClassId scope) {
    if (scope == null) {
      return w;
    }
    long[] s = new long[w.length];
    for (int j = 0; j < w.length; j++) {
      s[j] = types.get(j).classId().equals(Optional.of(scope)) ? w[j] : 0;
    }
    return s;
  }

  private long total(long[] w, @Nullable ClassId scope) {
    long[] s = scoped(w, scope);
    long total = 0;
    for (int j = 0; j < s.length; j++) {
      total += s[j] * counts[j];
    }
    return total;
  }
}
