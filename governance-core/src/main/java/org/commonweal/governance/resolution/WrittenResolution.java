package org.commonweal.governance.resolution;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.Rejection;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.voting.Choice;
import org.commonweal.governance.voting.VotingRoll;
import org.immutables.value.Value;

/**
 * A resolution passed without a meeting, by members signifying agreement, counted against all the
 * eligible votes rather than the votes cast, and lapsing if not passed within a period.
 *
 * <p>Under the Companies Act 2006 a written ordinary resolution needs more than half of the total
 * voting rights of the eligible members (s.282(2)), a written special resolution at least 75% (s.283(2));
 * the eligible members are those entitled to vote on the circulation date (s.289), and the resolution
 * lapses if not passed by the end of 28 days beginning with the circulation date (s.297). A resolution
 * passes on the day the last agreement it needs is received. The Co-operatives UK worker co-operative
 * model also gives 28 days, counted against all the members. An instrument signed by 75% of the members
 * (CCBS 2014 s.119) is a written resolution {@linkplain #withoutLapse() without a lapse period}, counted
 * by heads.
 *
 * <pre>{@code
 * WrittenResolution w = WrittenResolution.ordinary("Appoint the auditors", LocalDate.of(2026, 3, 2));
 * ResolutionOutcome o = w.decide(roll, signatures, LocalDate.of(2026, 3, 20));   // PASSED, FAILED or PENDING
 * }</pre>
 *
 * <p>Deciding costs O(log d) tallies for signatures on d distinct days. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class WrittenResolution {
  WrittenResolution() {}

  /** The Companies Act 2006 s.297 default period, in days beginning with the circulation date. */
  public static final int DEFAULT_LAPSE_DAYS = 28;

  /**
   * Returns the title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the threshold, whose base is all eligible votes.
   *
   * @return the threshold
   */
  public abstract Threshold threshold();

  /**
   * Returns the circulation date, the first day of the period.
   *
   * @return the circulation date
   */
  public abstract LocalDate circulatedOn();

  /**
   * Returns the length of the period in days beginning with the circulation date, if it lapses.
   *
   * @return the period, at least 1 day, or empty for no lapse
   */
  public abstract OptionalInt lapseDays();

  /**
   * Returns a written ordinary resolution: more than half of all eligible votes, lapsing after 28 days.
   *
   * @param title the title
   * @param circulatedOn the circulation date
   * @return the resolution
   */
  public static WrittenResolution ordinary(String title, LocalDate circulatedOn) {
    return of(title, Threshold.moreThan(Fraction.ONE_HALF, VoteBase.ALL_ELIGIBLE), circulatedOn, DEFAULT_LAPSE_DAYS);
  }

  /**
   * Returns a written special resolution: at least 75% of all eligible votes, lapsing after 28 days.
   *
   * @param title the title
   * @param circulatedOn the circulation date
   * @return the resolution
   */
  public static WrittenResolution special(String title, LocalDate circulatedOn) {
    return of(title, Threshold.atLeast(Fraction.of(3, 4), VoteBase.ALL_ELIGIBLE), circulatedOn, DEFAULT_LAPSE_DAYS);
  }

  /**
   * Returns a written resolution with a threshold and a lapse period.
   *
   * @param title the title
   * @param threshold the threshold, of all eligible votes
   * @param circulatedOn the circulation date
   * @param lapseDays the period in days beginning with the circulation date, at least 1
   * @return the resolution
   */
  public static WrittenResolution of(String title, Threshold threshold, LocalDate circulatedOn, int lapseDays) {
    return ImmutableWrittenResolution.builder().title(title).threshold(threshold).circulatedOn(circulatedOn)
        .lapseDays(lapseDays).build();
  }

  /**
   * Returns this resolution without a lapse period.
   *
   * @return the resolution
   */
  public WrittenResolution withoutLapse() {
    return ImmutableWrittenResolution.builder().from(this).lapseDays(OptionalInt.empty()).build();
  }

  /**
   * Returns the last day of the period.
   *
   * @return the last day, or the far future without a lapse period
   */
  public LocalDate lastDay() {
    return lapseDays().isPresent() ? circulatedOn().plusDays(lapseDays().getAsInt() - 1L) : LocalDate.MAX;
  }

  /**
   * Decides the resolution on the signatures received by a day.
   *
   * @param roll the voting roll on the circulation date
   * @param signatures the agreements received, each member at most once
   * @param asOf the day of the decision; signatures are counted up to it and the period's last day
   * @return passed (with the day), failed (lapsed) or pending (still open)
   * @throws InvalidValueException if a signature is dated after {@code asOf}, or a member signed twice
   */
  public ResolutionOutcome decide(VotingRoll roll, Collection<Signature> signatures, LocalDate asOf) {
    Map<Vote, Rejection> rejected = new LinkedHashMap<>();
    List<Signature> valid = new ArrayList<>();
    List<Signature> ordered = new ArrayList<>(signatures);
    ordered.sort(Comparator.comparing(Signature::member).thenComparing(Signature::signedOn));
    for (Signature s : ordered) {
      Checks.check(
          !s.signedOn().isAfter(asOf), "signatures", s, "signature %s is dated after the day of decision %s", s, asOf);
      if (s.signedOn().isBefore(circulatedOn())) {
        rejected.put(Vote.of(s.member(), Choice.FOR), Rejection.of("SIGNED_BEFORE_CIRCULATION",
            "agreement received before the resolution was circulated on " + circulatedOn(), ImmutableMap.of("member", s.member(), "signed", s.signedOn())));
      } else if (s.signedOn().isAfter(lastDay())) {
        rejected.put(Vote.of(s.member(), Choice.FOR), Rejection.of("SIGNED_AFTER_LAPSE",
            "agreement received after the resolution lapsed at the end of " + lastDay(), ImmutableMap.of("member", s.member(), "signed", s.signedOn())));
      } else {
        valid.add(s);
      }
    }
    valid.sort(Comparator.comparing(Signature::signedOn).thenComparing(Signature::member));
    Resolution r = Resolution.builder().title(title()).kind(Resolution.Kind.WRITTEN).addConditions(threshold()).build();
    ResolutionOutcome all = r.decide(tallyOf(roll, valid, valid.size()));
    List<String> notes = new ArrayList<>(all.notes());
    ImmutableResolutionOutcome.Builder b = ImmutableResolutionOutcome.builder().from(all);
    Map<Vote, Rejection> allRejected = new LinkedHashMap<>(all.rejectedVotes());
    allRejected.putAll(rejected);
    b.rejectedVotes(allRejected);
    if (all.passed()) {
      // Agreement only accumulates, so the day it passed is found by bisection over the signatures.
      int lo = 1;
      int hi = valid.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (r.decide(tallyOf(roll, valid, mid)).passed()) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      LocalDate day = valid.get(lo - 1).signedOn();
      return b.passedOn(day).notes(notes).build();
    }
    boolean open = asOf.isBefore(lastDay());
    notes.add(open ? "open for agreement until the end of " + lastDay()
        : "lapsed at the end of " + lastDay() + " without enough agreement");
    return b.verdict(open ? ResolutionOutcome.Verdict.PENDING : ResolutionOutcome.Verdict.FAILED).notes(notes).build();
  }

  private static Tally tallyOf(VotingRoll roll, List<Signature> sorted, int count) {
    Tally.Builder t = Tally.builder(roll);
    for (int i = 0; i < count; i++) {
      t.vote(sorted.get(i).member(), Choice.FOR);
    }
    return t.build();
  }

  @Value.Check
  void check() {
    Checks.check(
        threshold().base() == VoteBase.ALL_ELIGIBLE,
        "threshold",
        threshold(),
        "a written resolution counts against all eligible votes, not %s",
        threshold().base().phrase());
    if (lapseDays().isPresent()) {
      int days = lapseDays().getAsInt();
      Checks.check(days >= 1, "lapseDays", days, "lapse period (%s days) must be at least 1 day", days);
    }
    Checks.check(!title().isBlank(), "title", title(), "a written resolution needs a title");
  }
}
