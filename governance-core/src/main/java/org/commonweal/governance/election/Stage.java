package org.commonweal.governance.election;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * One stage (round) of a count, as an official result sheet shows it: what was done, every candidate's
 * total after it, the papers exhausted so far, what was lost to rounding, who was elected or excluded,
 * and any tie met.
 *
 * <p>Totals are exact: whole numbers for papers, fixed-point values with the rule's precision (five
 * places for Scottish STV) for transferred votes, rationals where a method calls for them. A candidate
 * excluded earlier shows zero; an elected candidate whose surplus has gone shows the quota.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class Stage {
  Stage() {}

  /** What a stage did. */
  public enum Kind {
    /** The first count of first preferences (or of approvals, scores or points). */
    FIRST_COUNT,
    /** A surplus was transferred. */
    SURPLUS,
    /** One or more candidates were excluded and their papers transferred. */
    EXCLUSION,
    /** A round of a runoff (two-round, STAR) or of an iterative method. */
    ROUND,
    /** Remaining places filled without transfers (continuing candidates equal to vacancies). */
    ELECTION_OF_REMAINING
  }

  /**
   * Returns the stage number, from 1, as the official count numbers stages.
   *
   * @return the number
   */
  public abstract int number();

  /**
   * Returns what the stage did.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the candidates the stage acted on: whose surplus was transferred, or who were excluded.
   *
   * @return the candidates, possibly none
   */
  public abstract ImmutableList<Candidate> subjects();

  /**
   * Returns a sentence saying what was done, for example "Surplus of Jo MOWAT (Con) (212.00000)
   * transferred at 0.10472 a paper".
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Returns each standing candidate's total after the stage, in ballot-paper order.
   *
   * @return candidate to total
   */
  public abstract ImmutableMap<Candidate, Fraction> totals();

  /**
   * Returns the value of papers exhausted (non-transferable) by the end of this stage.
   *
   * @return the exhausted value
   */
  @Value.Default
  public Fraction exhausted() {
    return Fraction.ZERO;
  }

  /**
   * Returns the value lost to rounding by the end of this stage (fractions of votes that the rule's
   * precision drops).
   *
   * @return the loss
   */
  @Value.Default
  public Fraction lostToRounding() {
    return Fraction.ZERO;
  }

  /**
   * Returns the quota in force at this stage, for rules whose quota changes during the count (Meek,
   * ERS97's reduced quota); empty where the quota is the report's only one or the method has none.
   *
   * @return the quota, or empty
   */
  public abstract Optional<Fraction> quota();

  /**
   * Returns the candidates elected at this stage, in order of election.
   *
   * @return the elected candidates
   */
  public abstract ImmutableList<Candidate> elected();

  /**
   * Returns the candidates excluded at this stage.
   *
   * @return the excluded candidates
   */
  public abstract ImmutableList<Candidate> excluded();

  /**
   * Returns the ties met at this stage and how they were broken.
   *
   * @return the ties
   */
  public abstract ImmutableList<Tie> ties();

  /**
   * Returns method-specific values worth showing (Meek's keep values, the transfer value), by name.
   *
   * @return named values, in a stable order
   */
  public abstract ImmutableMap<String, Fraction> values();

  /**
   * Returns the stage's number for each ordered pair of candidates, where the method has one: the papers
   * preferring each candidate to each other (the first stage of a Condorcet method), or Schulze's
   * strongest paths. A table holds n x n numbers and the names once, so a stage comparing many candidates
   * stays the size of what it says.
   *
   * @return the table, or empty
   */
  public abstract Optional<PairTable> pairs();

  /**
   * Returns further remarks, for example a deferred surplus and why.
   *
   * @return the notes
   */
  public abstract ImmutableList<String> notes();

  /**
   * Returns the sum of the candidates' totals.
   *
   * @return the sum
   */
  public Fraction totalOfCandidates() {
    return Fraction.sum(totals().values());
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Stage}. */
  public static final class Builder extends ImmutableStage.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.check(number() >= 1, "number", number(), "stage number %s must be at least 1", number());
    Checks.check(
        exhausted().signum() >= 0, "exhausted", exhausted(), "exhausted value %s must not be negative", exhausted());
  }
}
