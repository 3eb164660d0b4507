package org.commonweal.governance.constitution;

import java.math.RoundingMode;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.resolution.Condition;
import org.commonweal.governance.resolution.CountedBy;
import org.commonweal.governance.resolution.RatioThreshold;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.Threshold;
import org.commonweal.governance.resolution.VoteBase;
import org.commonweal.governance.voting.VoteBasis;
import org.commonweal.governance.voting.VotingRules;

/**
 * What the rule trees of a constitution guarantee, read without a register: the least share of those
 * voting that a resolution needs in favour, whether it needs half the members to vote, and whether a
 * quorum needs someone of a class present. Each walk visits every node once.
 */
final class CheckRules {
  private CheckRules() {}

  /**
   * A share of those voting that the votes in favour must reach: at least the fraction, or more than
   * it when strict.
   */
  record Bound(Fraction fraction, boolean strict) {
    static final Bound NONE = new Bound(Fraction.ZERO, false);

    /** Whether this bound is at least as demanding as "at least (or more than, when strict) target". */
    boolean meets(Fraction target, boolean targetStrict) {
      int c = fraction.compareTo(target);
      return c > 0 || (c == 0 && (strict || !targetStrict));
    }

    Bound max(Bound other) {
      return other.meets(fraction, strict) ? other : this;
    }

    String words() {
      return this.equals(NONE) ? "no share of those voting" : (strict ? "more than " : "at least ") + percent(fraction);
    }
  }

  /** A fraction in words with its percentage, for example {@code 2/3 (66.66%)}; for messages only. */
  static String percent(Fraction f) {
    String p = f.times(100).toDecimalString(2, RoundingMode.DOWN).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    return f.isInteger() ? p + "%" : f + " (" + p + "%)";
  }

  /**
   * Returns whether one head is one vote under these voting rights: one member one vote for members
   * and organisations alike, with no class shares or caps that weigh a vote.
   */
  static boolean headsAreVotes(VotingRules v) {
    return v.basis() == VoteBasis.ONE_MEMBER_ONE_VOTE
        && v.organisationBasis().orElse(VoteBasis.ONE_MEMBER_ONE_VOTE) == VoteBasis.ONE_MEMBER_ONE_VOTE
        && v.classShares().isEmpty()
        && v.classCaps().isEmpty();
  }

  /**
   * Returns the least share of those voting (for over for-and-against) that every passing of the
   * resolution has in favour, measured in votes or in heads. A threshold over votes cast, those present
   * or all eligible guarantees its fraction of those voting, as their base is never smaller; one within
   * each class guarantees it overall (sums of shares each at least f are at least f of the sum); a ratio
   * r of votes for to votes against guarantees r / (1 + r). Conditions counted in the other measure count
   * only where heads are votes.
   */
  static Bound shareOfThoseVoting(Resolution r, CountedBy measure, boolean headsAreVotes) {
    Bound best = Bound.NONE;
    for (Condition c : r.conditions()) {
      best = best.max(bound(c, measure, headsAreVotes));
    }
    return best;
  }

  private static Bound bound(Condition c, CountedBy measure, boolean headsAreVotes) {
    if (c instanceof Threshold t) {
      return t.countedBy() == measure || headsAreVotes ? new Bound(t.fraction(), t.strict()) : Bound.NONE;
    }
    if (c instanceof Condition.InEachClass e) {
      return bound(e.threshold(), measure, headsAreVotes);
    }
    if (c instanceof RatioThreshold r) {
      Fraction f = r.ratio().dividedBy(r.ratio().plus(1));
      return r.countedBy() == measure || headsAreVotes ? new Bound(f, r.strict()) : Bound.NONE;
    }
    return Bound.NONE;
  }

  /** Returns whether a resolution names a class whose own consent it needs: within each class, or one class. */
  static boolean needsClassConsent(Resolution r) {
    return r.conditions().stream().anyMatch(c -> c instanceof Condition.InEachClass || c instanceof Condition.InClass);
  }

  /**
   * Returns whether every passing of the resolution has at least half of all the members voting: a
   * condition on turnout (or on those in favour) of at least half of the members, or a threshold of at
   * least half of all eligible members in favour, counted by heads (or by votes where heads are votes).
   */
  static boolean halfOfMembersVote(Resolution r, boolean headsAreVotes) {
    for (Condition c : r.conditions()) {
      if (c instanceof Condition.Participation p && atLeastHalfOfMembers(p.rule(), headsAreVotes)) {
        return true;
      }
      if (c instanceof Threshold t && t.base() == VoteBase.ALL_ELIGIBLE
          && (t.countedBy() == CountedBy.HEADS || headsAreVotes) && t.fraction().isAtLeast(Fraction.ONE_HALF)) {
        return true;
      }
    }
    return false;
  }

  private static boolean atLeastHalfOfMembers(QuorumRule rule, boolean headsAreVotes) {
    if (rule instanceof QuorumRule.FractionOfMembers f) {
      return f.fraction().isAtLeast(Fraction.ONE_HALF);
    }
    if (rule instanceof QuorumRule.FractionOfVotes f) {
      return headsAreVotes && f.fraction().isAtLeast(Fraction.ONE_HALF);
    }
    if (rule instanceof QuorumRule.GreaterOf g) {
      return g.parts().stream().anyMatch(p -> atLeastHalfOfMembers(p, headsAreVotes));
    }
    if (rule instanceof QuorumRule.LesserOf l) {
      return l.parts().stream().allMatch(p -> atLeastHalfOfMembers(p, headsAreVotes));
    }
    if (rule instanceof QuorumRule.Tiered t) {
      return t.tiers().stream().allMatch(x -> atLeastHalfOfMembers(x.rule(), headsAreVotes))
          && atLeastHalfOfMembers(t.otherwise(), headsAreVotes);
    }
    return false;
  }

  /** Adds every class-scoped part of a quorum rule, at any depth. */
  static void classParts(QuorumRule rule, List<QuorumRule.InClass> out) {
    if (rule instanceof QuorumRule.InClass r) {
      out.add(r);
      classParts(r.rule(), out);
    } else if (rule instanceof QuorumRule.InEachClass r) {
      classParts(r.rule(), out);
    } else if (rule instanceof QuorumRule.GreaterOf r) {
      r.parts().forEach(p -> classParts(p, out));
    } else if (rule instanceof QuorumRule.LesserOf r) {
      r.parts().forEach(p -> classParts(p, out));
    } else if (rule instanceof QuorumRule.Tiered r) {
      r.tiers().forEach(t -> classParts(t.rule(), out));
      classParts(r.otherwise(), out);
    }
  }

  /**
   * Returns whether a quorum rule, applied to a body with no members with a vote, needs someone
   * present: a number of members or persons, those present, or "more than" a fraction (of nothing) do;
   * "at least" a fraction of nothing, or a multiple of its square root, is nothing, and met.
   */
  static boolean needsSomeone(QuorumRule rule) {
    if (rule instanceof QuorumRule.Members || rule instanceof QuorumRule.Persons || rule instanceof QuorumRule.ThosePresent) {
      return true;
    }
    if (rule instanceof QuorumRule.FractionOfMembers r) {
      return r.strict();
    }
    if (rule instanceof QuorumRule.FractionOfVotes r) {
      return r.strict();
    }
    if (rule instanceof QuorumRule.FractionOfPaidUpCapital r) {
      return r.strict();
    }
    if (rule instanceof QuorumRule.GreaterOf r) {
      return r.parts().stream().anyMatch(CheckRules::needsSomeone);
    }
    if (rule instanceof QuorumRule.LesserOf r) {
      return r.parts().stream().allMatch(CheckRules::needsSomeone);
    }
    if (rule instanceof QuorumRule.Tiered r) {
      // An empty body is in the first tier, whose bound is never negative.
      return needsSomeone(r.tiers().get(0).rule());
    }
    if (rule instanceof QuorumRule.InClass r) {
      return needsSomeone(r.rule());
    }
    return false;
  }

  /**
   * Returns whether a quorum rule can never be met while a class has no member with a vote: a part in
   * that class needs someone, and every way of meeting the rule goes through such a part. A tiered rule
   * depends on the class if any tier does, as the membership's size may fall in that tier.
   */
  static boolean dependsOn(QuorumRule rule, ClassId c) {
    if (rule instanceof QuorumRule.InClass r) {
      return r.classId().equals(c) ? needsSomeone(r.rule()) : dependsOn(r.rule(), c);
    }
    if (rule instanceof QuorumRule.GreaterOf r) {
      return r.parts().stream().anyMatch(p -> dependsOn(p, c));
    }
    if (rule instanceof QuorumRule.LesserOf r) {
      return r.parts().stream().allMatch(p -> dependsOn(p, c));
    }
    if (rule instanceof QuorumRule.Tiered r) {
      return r.tiers().stream().anyMatch(t -> dependsOn(t.rule(), c)) || dependsOn(r.otherwise(), c);
    }
    return false;
  }
}
