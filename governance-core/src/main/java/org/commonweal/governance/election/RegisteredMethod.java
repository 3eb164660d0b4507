package org.commonweal.governance.election;

import com.google.common.collect.ImmutableSet;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.immutables.value.Value;

/**
 * A counting method as a trust system's settings name it: the name, a one-line description, the most it
 * counts, whether it elects one candidate, which kinds of ballot it counts, and the method itself. The
 * entries are listed by {@link MethodRegistry}; a caller never builds one.
 *
 * <pre>{@code
 * RegisteredMethod rule = MethodRegistry.get(settings.countingRule());   // "meek"
 * ElectionResult result = rule.method().count(election, TieBreaker.seeded(2026));
 * }</pre>
 *
 * <p>The name is the registry's, the one the {@code count} command accepts; the result of a count
 * carries the method's own {@link ElectionMethod#name()}, which for {@code borda} says the variant
 * ({@code borda-truncated}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class RegisteredMethod {
  RegisteredMethod() {}

  /**
   * Returns the method's name in settings: lower case, words joined by hyphens, for example {@code
   * "scottish-stv"}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns what the method does, in one line, for example {@code "Meek STV, 18+9 places"}.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Returns the most the method counts, in one line, as a help text states it beside the description:
   * for example {@code "at most 1,000 candidates"}. The method refuses a larger election before it
   * counts ({@link org.commonweal.governance.base.LimitExceededException}).
   *
   * @return the limit, in words; it names {@link ElectionMethod#maxCandidates()}
   */
  public abstract String limit();

  /**
   * Returns whether the method elects one candidate: such a method refuses an election with more than
   * one seat.
   *
   * @return true for a single-winner method
   */
  public abstract boolean singleWinner();

  /**
   * Returns the kinds of ballot the method counts; it refuses an election holding any other kind.
   *
   * @return at least one kind, in the order of {@link BallotKind}
   */
  public abstract ImmutableSet<BallotKind> ballots();

  /**
   * Returns the method. Methods are immutable and thread-safe: every lookup of a name returns the same
   * one.
   *
   * @return the method
   */
  public abstract ElectionMethod method();

  @Value.Check
  void check() {
    Checks.check(
        isWords(name()),
        "name",
        name(),
        "a method's name (\"%s\") must be lower-case letters and digits, words joined by single hyphens",
        name());
    Checks.notBlank("description", description());
    Checks.check(
        description().indexOf('\n') < 0 && description().indexOf('\r') < 0,
        "description",
        description(),
        "the description of %s must be one line",
        name());
    Checks.check(!ballots().isEmpty(), "ballots", ballots(), "%s must count at least one kind of ballot", name());
    String most = Counting.number(method().maxCandidates());
    Checks.check(
        limit().contains(most) && limit().indexOf('\n') < 0,
        "limit",
        limit(),
        "the limit of %s must be one line naming its most candidates (%s)",
        name(),
        most);
  }

  /** An entry of the registry. */
  /**
   * Whether the name is lower-case letters and digits, words joined by single hyphens: the pattern
   * {@code [a-z0-9]+(-[a-z0-9]+)*}, checked by hand because compiling it was a part of every count
   * command's start.
   */
  static boolean isWords(String name) {
    boolean afterHyphen = true; // at the start, as after a hyphen, a letter or digit must come
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterHyphen = false;
      } else if (c == '-' && !afterHyphen) {
        afterHyphen = true;
      } else {
        return false;
      }
    }
    return !afterHyphen;
  }

  static RegisteredMethod of(
      String name,
      String description,
      String limit,
      boolean singleWinner,
      ImmutableSet<BallotKind> ballots,
      ElectionMethod method) {
    return ImmutableRegisteredMethod.builder()
        .name(name)
        .description(description)
        .limit(limit)
        .singleWinner(singleWinner)
        .ballots(ballots)
        .method(method)
        .build();
  }
}
