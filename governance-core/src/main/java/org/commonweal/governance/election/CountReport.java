package org.commonweal.governance.election;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * The full account of a count, stage by stage, as a returning officer publishes it: what became of
 * every paper, each stage's totals, every election, exclusion and transfer, and every tie with how it
 * was broken.
 *
 * <p>Where stage totals count papers (or their transferred value), they obey conservation: at every
 * stage, the candidates' totals plus the exhausted value plus the value lost to rounding equal the valid
 * poll. {@link #conservationErrors()} checks it. Methods whose totals are points or approvals (Borda,
 * approval, block voting) say so through {@link #totalsArePapers()}, and the check does not apply.
 *
 * <p>Remarks on the count as a whole, beside those of each stage, are {@link #notes()}: every result
 * says there {@value ElectionResult#NO_VALID_PAPERS} when no valid paper was counted (the seats then go
 * as the rule gives them, by lot where it says so), and how many seats were left unfilled when fewer
 * candidates were elected than seats ({@code "2 seats unfilled"}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class CountReport {
  CountReport() {}

  /**
   * Returns what became of every paper.
   *
   * @return the account of papers
   */
  public abstract BallotAccount ballots();

  /**
   * Returns the stages, in order.
   *
   * @return the stages
   */
  public abstract ImmutableList<Stage> stages();

  /**
   * Returns whether stage totals are papers (or transferred paper values), so that conservation applies.
   *
   * @return true by default
   */
  @Value.Default
  public boolean totalsArePapers() {
    return true;
  }

  /**
   * Returns the number of decimal places in which the rule states its values (5 for Scottish STV, 2 for
   * ERS97, 0 for whole papers), for printing. Totals themselves are exact.
   *
   * @return the places; 0 by default
   */
  @Value.Default
  public int decimals() {
    return 0;
  }

  /**
   * Returns remarks on the count as a whole, in the order made: {@value ElectionResult#NO_VALID_PAPERS}
   * when no valid paper was counted, and {@code "N seats unfilled"} ({@code "1 seat unfilled"}) when
   * fewer candidates were elected than seats. Every {@link ElectionResult} adds these two itself, so a
   * report read from a result always carries them where they apply; a method may add others.
   *
   * @return the notes; empty when there is nothing to remark
   */
  public abstract ImmutableList<String> notes();

  /**
   * Returns every tie met during the count, in stage order.
   *
   * @return the ties
   */
  public ImmutableList<Tie> ties() {
    // A loop, not a stream: asked once per counted file, where a stream's machinery costs more than the
    // few ties it gathers.
    ImmutableList.Builder<Tie> all = ImmutableList.builder();
    for (Stage s : stages()) {
      all.addAll(s.ties());
    }
    return all.build();
  }

  /**
   * Returns the last stage.
   *
   * @return the final stage
   * @throws IllegalStateException if the report has no stages
   */
  public Stage finalStage() {
    if (stages().isEmpty()) {
      throw new IllegalStateException("the report has no stages");
    }
    return stages().get(stages().size() - 1);
  }

  /**
   * Checks conservation at every stage: candidates' totals + exhausted + lost to rounding = valid poll.
   * O(stages x candidates).
   *
   * @return one message per stage that does not add up; empty when the count conserves every paper, or
   *     when totals are not papers
   */
  public ImmutableList<String> conservationErrors() {
    if (!totalsArePapers()) {
      return ImmutableList.of();
    }
    Fraction valid = Fraction.of(ballots().valid());
    List<String> errors = new ArrayList<>();
    for (Stage s : stages()) {
      Fraction sum = s.totalOfCandidates().plus(s.exhausted()).plus(s.lostToRounding());
      if (!sum.equals(valid)) {
        errors.add(
            "stage "
                + s.number()
                + ": candidates "
                + s.totalOfCandidates()
                + " + exhausted "
                + s.exhausted()
                + " + lost to rounding "
                + s.lostToRounding()
                + " = "
                + sum
                + ", not the valid poll "
                + valid);
      }
    }
    return ImmutableList.copyOf(errors);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CountReport}. */
  public static final class Builder extends ImmutableCountReport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    for (int i = 0; i < stages().size(); i++) {
      int number = stages().get(i).number();
      Checks.check(number == i + 1, "stages", number, "stage %s is numbered %s", i + 1, number);
    }
    Checks.notNegative("decimals", decimals());
  }
}
