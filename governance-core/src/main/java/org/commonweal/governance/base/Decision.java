package org.commonweal.governance.base;

/**
 * What a rule of a constitution answers when it is applied: whether it was met, the rule in words, and
 * an explanation that gives the numbers or facts that decided it.
 *
 * <p>Every rule the library holds as data (who is eligible for a class, what makes a meeting quorate,
 * what a resolution needs to pass, how a tie is decided) has a description and a {@code decide(...)}
 * method whose answer is a {@code Decision}: {@code EligibilityDecision} in {@code membership}, {@code
 * QuorumDecision} in {@code meeting}, {@code ConditionDecision} and {@code TieDecision} in {@code
 * resolution}. A rule made of parts (all of, any of, the greater of, in each class) answers with a
 * decision that shows the decision of each part, so that a refusal can say which part failed.
 *
 * <pre>{@code
 * Decision d = Eligibility.minimumAge(16).decide(facts, LocalDate.of(2026, 9, 1));
 * d.met();      // false
 * d.rule();     // "aged at least 16"
 * d.explain();  // "[fail] aged at least 16: needs age 16 on 2026-09-01; date of birth 2011-03-02 gives 15"
 * }</pre>
 *
 * <p>The interface is small on purpose: each decision type adds the numbers of its own kind (present
 * and needed for a quorum, for and against for a threshold). Implementations are immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public interface Decision {
  /**
   * Returns whether the rule was met: the applicant is eligible, the meeting quorate, the condition
   * met, the tie decided in favour of the motion.
   *
   * @return true if met
   */
  boolean met();

  /**
   * Returns the rule that was applied, in the constitution's words, for example {@code "the greater of
   * (2 members) and (1/2 of the members)"}.
   *
   * @return the rule in words
   */
  String rule();

  /**
   * Returns the decision in words with the numbers or facts that decided it; the decision of a rule
   * made of parts also gives each part's, one line each.
   *
   * @return the explanation, lines separated by {@code \n}
   */
  String explain();
}
