package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.TieBreaker;

/**
 * The contract every STV rule keeps, on top of {@link ElectionMethodContract} (determinism, anonymity,
 * candidate-order independence, conservation at every stage, the seats filled): the quota is more than
 * the share of one seat in a Droop sense, a candidate is elected only at the quota in force or as one
 * of the last continuing candidates, no transfer value exceeds the value of the paper it moves and no
 * keep value exceeds the whole paper, and a countback elects one of the candidates it was given.
 *
 * <p>Each rule runs it through one small class naming the rule; the elections are marked ballots of up
 * to five candidates and three seats, with withdrawn candidates and every ballot rule, equal
 * preferences included (rules that do not share them end the paper there).
 */
interface StvContract extends ElectionMethodContract {

  @Override
  StvMethod method();

  @Override
  default Arbitrary<Election> countable() {
    return ElectionDomain.markedElections(5, 3, true);
  }

  /**
   * Whether the quota in force at a stage must be more than the votes in play divided by one more than
   * the seats (true), or may equal it (false: ERS97, whose quota is an exact share when the division
   * comes out).
   */
  default boolean strictQuota() {
    return true;
  }

  /**
   * Whether a candidate elected at a stage with a vote below the quota qualified otherwise under the
   * rule (ERS97's total active vote); by default no.
   *
   * @param r the result
   * @param s the stage
   * @param electedBefore the candidates elected before this one, in order
   * @param c the candidate
   */
  default boolean qualifiesBelowTheQuota(ElectionResult r, Stage s, List<Candidate> electedBefore, Candidate c) {
    return false;
  }

  private static Fraction quotaAt(ElectionResult r, Stage s) {
    return s.quota().orElseGet(() -> r.quota().orElseThrow());
  }

  @Property(tries = 100)
  default void quota_exceedsTheShareOfOneSeat_atEveryStage(@ForAll("elections") Election e) {
    ElectionResult r = method().count(e);
    for (Stage s : r.report().stages()) {
      Fraction q = quotaAt(r, s).times(e.seats() + 1);
      // The votes in play: the candidates', less any value that rounding up created (a negative loss),
      // since a rule that rounds up counts its quota from the papers, not from the created value.
      Fraction created = s.lostToRounding().signum() < 0 ? s.lostToRounding() : Fraction.ZERO;
      Fraction votes = s.totalOfCandidates().plus(created);
      assertTrue(strictQuota() ? q.isGreaterThan(votes) : q.isAtLeast(votes), () -> "stage " + s.number() + ": " + r);
    }
  }

  @Property(tries = 100)
  default void elected_reachedTheQuota_orWereTheLastContinuing(@ForAll("elections") Election e) {
    ElectionResult r = method().count(e);
    List<Stage> stages = r.report().stages();
    List<Candidate> before = new ArrayList<>();
    for (Stage s : stages) {
      boolean last = s.number() == stages.size();
      for (Candidate c : s.elected()) {
        boolean atQuota = s.totals().get(c).isAtLeast(quotaAt(r, s));
        // The last continuing candidates, elected without reaching the quota, are elected at the last
        // stage, and the stage says so.
        boolean lastContinuing = last && !s.notes().isEmpty();
        assertTrue(
            atQuota || lastContinuing || qualifiesBelowTheQuota(r, s, before, c),
            () -> c + " elected at stage " + s.number() + " below the quota: " + r);
        before.add(c);
      }
    }
    assertEquals(r.elected(), before);
  }

  @Property(tries = 100)
  default void transferValues_neverExceedThePapersValue(@ForAll("elections") Election e) {
    for (Stage s : method().count(e).report().stages()) {
      for (Map.Entry<String, Fraction> v : s.values().entrySet()) {
        String key = v.getKey();
        Fraction value = v.getValue();
        if (key.equals("transfer value") || key.startsWith("keep value of ")) {
          // A paper is worth at most one vote; what it carries on, or what a member keeps, no more.
          assertTrue(value.signum() >= 0 && value.isAtMost(Fraction.ONE), () -> key + " " + value + " in " + s);
        } else if (key.startsWith("transfer value of papers at ")) {
          Fraction paper = Fraction.parse(key.substring("transfer value of papers at ".length()));
          assertTrue(value.signum() >= 0 && value.isAtMost(paper), () -> key + " " + value + " in " + s);
        }
      }
    }
  }

  @Property(tries = 60)
  default void countback_electsOneOfTheGivenCandidates(@ForAll("elections") Election e, @ForAll long seed) {
    ElectionResult r = method().count(e, TieBreaker.seeded(seed));
    List<Candidate> others = new ArrayList<>(e.standing());
    others.removeAll(r.elected());
    Assume.that(!r.elected().isEmpty() && !others.isEmpty());
    Candidate member = r.elected().get((int) Math.floorMod(seed, (long) r.elected().size()));
    ElectionResult back = method().countback(e, member, others, TieBreaker.seeded(seed));
    assertEquals(1, back.elected().size());
    assertTrue(others.contains(back.elected().get(0)), back::toString);
    assertEquals(method().name() + " countback", back.method());
    Set<Candidate> taking = new HashSet<>(others);
    for (Stage s : back.report().stages()) {
      assertEquals(taking, s.totals().keySet());
      // The papers counted back only move on or are set aside: never more value than they started with.
      Fraction first = back.report().stages().get(0).totalOfCandidates().plus(back.report().stages().get(0).exhausted());
      assertTrue(s.totalOfCandidates().plus(s.exhausted()).isAtMost(first), s::toString);
    }
  }
}
