package org.commonweal.governance.resolution;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.meeting.QuorumRule;
import org.immutables.value.Value;

/**
 * A resolution passed at one general meeting and confirmed at a second, held within a stated interval
 * after the first: the special resolutions of the Co-operative and Community Benefit Societies Act 2014
 * for amalgamations and transfers of engagements (s.111: at least two thirds of the eligible members
 * who vote, then over half at the second meeting) and for conversion into a company (s.113: at least
 * 75% of those voting with at least 50% of the eligible members voting, then over half).
 *
 * <pre>{@code
 * TwoMeetingResolution merge = TwoMeetingResolution.ccbsAmalgamation("Amalgamate with Riverside Co-op");
 * ResolutionOutcome o = merge.decide(firstTally, LocalDate.of(2026, 5, 1), secondTally, LocalDate.of(2026, 5, 20));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class TwoMeetingResolution {
  TwoMeetingResolution() {}

  /**
   * Returns the title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the resolution at the first meeting.
   *
   * @return the first resolution
   */
  public abstract Resolution first();

  /**
   * Returns the confirming resolution at the second meeting.
   *
   * @return the second resolution
   */
  public abstract Resolution second();

  /**
   * Returns the least interval between the meetings, if any.
   *
   * @return the interval, or empty
   */
  public abstract Optional<Period> earliestAfter();

  /**
   * Returns the greatest interval between the meetings, if any.
   *
   * @return the interval, or empty
   */
  public abstract Optional<Period> latestAfter();

  /**
   * Returns the CCBS 2014 s.111 special resolution (amalgamation, transfer of engagements): at least
   * two thirds of the eligible members who vote, confirmed by over half of those who vote at a second
   * meeting at least 14 days and at most one month after the first.
   *
   * @param title the title
   * @return the resolution
   */
  public static TwoMeetingResolution ccbsAmalgamation(String title) {
    Resolution first = Resolution.builder().title(title).kind(Resolution.Kind.SPECIAL)
        .addConditions(Threshold.atLeast(Fraction.of(2, 3), VoteBase.VOTES_CAST).byHeads()).build();
    return ccbs(title, first);
  }

  /**
   * Returns the CCBS 2014 s.113 special resolution (conversion into a company): at least 75% of the
   * eligible members who vote and at least 50% of the eligible members voting, confirmed by over half of
   * those who vote at a second meeting at least 14 days and at most one month after the first.
   *
   * @param title the title
   * @return the resolution
   */
  public static TwoMeetingResolution ccbsConversion(String title) {
    Resolution first = Resolution.builder().title(title).kind(Resolution.Kind.SPECIAL)
        .addConditions(Threshold.atLeast(Fraction.of(3, 4), VoteBase.VOTES_CAST).byHeads(),
            Condition.turnout(QuorumRule.fractionOfMembers(Fraction.ONE_HALF)))
        .build();
    return ccbs(title, first);
  }

  private static TwoMeetingResolution ccbs(String title, Resolution first) {
    Resolution second = Resolution.builder().title(title).kind(Resolution.Kind.OTHER)
        .addConditions(Threshold.moreThan(Fraction.ONE_HALF, VoteBase.VOTES_CAST).byHeads()).build();
    return ImmutableTwoMeetingResolution.builder().title(title).first(first).second(second)
        .earliestAfter(Period.ofDays(14)).latestAfter(Period.ofMonths(1)).build();
  }

  /**
   * Returns a two-meeting resolution.
   *
   * @param title the title
   * @param first the resolution at the first meeting
   * @param second the confirming resolution at the second
   * @param earliestAfter the least interval, or empty
   * @param latestAfter the greatest interval, or empty
   * @return the resolution
   */
  public static TwoMeetingResolution of(String title, Resolution first, Resolution second,
      Optional<Period> earliestAfter, Optional<Period> latestAfter) {
    return ImmutableTwoMeetingResolution.builder().title(title).first(first).second(second)
        .earliestAfter(earliestAfter).latestAfter(latestAfter).build();
  }

  /**
   * Decides the first meeting's vote alone, to know whether to call the second.
   *
   * @param tally the first meeting's votes
   * @return the first outcome
   */
  public ResolutionOutcome decideFirst(Tally tally) {
    return first().decide(tally);
  }

  /**
   * Decides the resolution: passed if it passed at the first meeting, was confirmed at the second, and
   * the second was held within the interval.
   *
   * @param firstTally the first meeting's votes
   * @param firstOn the day of the first meeting
   * @param secondTally the second meeting's votes
   * @param secondOn the day of the second meeting, after the first
   * @return the outcome, with both meetings' outcomes as its parts
   */
  public ResolutionOutcome decide(Tally firstTally, LocalDate firstOn, Tally secondTally, LocalDate secondOn) {
    Checks.check(
        secondOn.isAfter(firstOn), "secondOn", secondOn, "the second meeting on %s must be after the first on %s", secondOn, firstOn);
    ResolutionOutcome one = first().titled(title() + " (first meeting, " + firstOn + ")").decide(firstTally);
    ResolutionOutcome two = second().titled(title() + " (second meeting, " + secondOn + ")").decide(secondTally);
    long days = ChronoUnit.DAYS.between(firstOn, secondOn);
    boolean early = earliestAfter().isPresent() && secondOn.isBefore(firstOn.plus(earliestAfter().get()));
    boolean late = latestAfter().isPresent() && secondOn.isAfter(firstOn.plus(latestAfter().get()));
    LocalDate from = earliestAfter().map(firstOn::plus).orElse(firstOn.plusDays(1));
    String window = "second meeting " + earliestAfter().map(p -> "no earlier than " + firstOn.plus(p)).orElse("after the first")
        + latestAfter().map(p -> " and no later than " + firstOn.plus(p)).orElse("");
    ConditionDecision interval = ImmutableConditionDecision.builder()
        .rule(window)
        .met(!early && !late)
        .value(Fraction.of(days))
        .base(Fraction.of(days))
        .required(Fraction.of(ChronoUnit.DAYS.between(firstOn, from)))
        .strict(false)
        .explanation("held on " + secondOn + ", " + days + " days after the first meeting" + (early ? ": too early" : late ? ": too late" : ": in time"))
        .build();
    return ResolutionOutcome.combine(title(), first().kind(), ImmutableList.of(one, two), ImmutableList.of(interval), ImmutableList.of());
  }

  @Value.Check
  void check() {
    if (earliestAfter().isPresent() && latestAfter().isPresent()) {
      LocalDate probe = LocalDate.of(2000, 1, 31);
      Checks.check(
          !probe.plus(earliestAfter().get()).isAfter(probe.plus(latestAfter().get())),
          "latestAfter",
          latestAfter().get(),
          "the latest interval %s is shorter than the earliest %s",
          latestAfter().get(),
          earliestAfter().get());
    }
  }
}
