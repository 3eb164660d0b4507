package org.commonweal.governance.board;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.election.Candidate;
import org.commonweal.governance.election.Election;
import org.commonweal.governance.election.ElectionResult;
import org.commonweal.governance.election.StvMethod;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.Member;
import org.commonweal.governance.membership.Register;
import org.jspecify.annotations.Nullable;

/**
 * A casual vacancy: an elected director leaves between annual meetings, and the seat is filled as the
 * rules say ({@link BoardRules#vacancies()}): by countback of the STV election that elected them (the
 * papers they held re-counted among the unsuccessful candidates who consent, {@link
 * StvMethod#countback}), by co-option until the next annual meeting, or left for a by-election.
 *
 * <p>Either way the seat is filled within the composition limits: a candidate with whom in the seat
 * the board would break a limit takes no part in the countback, and such a co-optee is refused (so a
 * seat whose leaver was the last of a required group goes to one of that group, or to a by-election). A countback takes only candidates who stood in the election, did not withdraw, consent,
 * and are still members (of the seat's class, for a reserved seat) on the date of the vacancy.
 *
 * <pre>{@code
 * Vacancy v = CasualVacancy.countback(rules, board, leaving, StvMethods.scottish(), election, consenting,
 *     register, LocalDate.of(2027, 2, 1), TieBreaker.seeded(2027));
 * }</pre>
 *
 * <p>Cost: a countback costs the STV count of the election and one pass over the member's papers a
 * stage (see {@link StvMethod#countback}). Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class CasualVacancy {
  private CasualVacancy() {}

  /**
   * How a vacancy was dealt with.
   *
   * @param how the rule applied
   * @param filledBy who took the seat, if anyone
   * @param countback the countback's result, for a countback that was held
   * @param board the board after the vacancy: the leaver's seat gone, the new holder's added
   * @param notes who took no part and why, and why a seat was left unfilled
   */
  public record Vacancy(
      VacancyRule how,
      Optional<Director> filledBy,
      Optional<ElectionResult> countback,
      ImmutableList<BoardSeat> board,
      ImmutableList<String> notes) {}

  private static BoardSeat seatOf(List<BoardSeat> board, Director leaving) {
    for (BoardSeat s : board) {
      if (s.director().equals(leaving)) {
        Checks.check(
            s.kind() == BoardSeat.Kind.ELECTED || s.kind() == BoardSeat.Kind.CONTINUING,
            "leaving",
            leaving,
            "%s does not hold an elected seat",
            leaving);
        return s;
      }
    }
    throw Checks.invalid("leaving", leaving, leaving + " is not on the board");
  }

  private static void checkRule(BoardRules rules, VacancyRule how) {
    Checks.check(rules.vacancies() == how, "vacancies", rules.vacancies(), "the rules fill casual vacancies by %s", rules.vacancies());
  }

  /** The limits the board breaks with {@code with} in the vacant seat. */
  private static List<CompositionLimit> broken(BoardRules rules, List<BoardSeat> without, BoardSeat with) {
    List<BoardSeat> after = new ArrayList<>(without);
    after.add(with);
    int size = (int) after.stream().filter(BoardSeat::votes).count();
    List<CompositionLimit> out = new ArrayList<>();
    for (CompositionLimit l : rules.limits()) {
      int in = (int) after.stream().filter(s -> s.votes() && l.group().contains(s.director())).count();
      if (!l.allows(in, size)) {
        out.add(l);
      }
    }
    return out;
  }

  private static List<BoardSeat> without(List<BoardSeat> board, BoardSeat seat) {
    List<BoardSeat> out = new ArrayList<>(board);
    out.remove(seat);
    return out;
  }

  /**
   * Fills the vacancy by countback of the STV election that elected the leaver.
   *
   * @param rules the board's rules; they must fill vacancies by countback
   * @param board the board before the vacancy
   * @param leaving the director who left; they must hold an elected or continuing seat
   * @param rule the STV rule the election was counted by
   * @param election the election that elected them
   * @param consenting the unsuccessful candidates who consent to take part
   * @param register the register
   * @param on the date of the vacancy, on which candidates must still be members
   * @param tieBreaker the lot
   * @return the outcome; unfilled (with its reason) if no candidate may take part
   */
  public static Vacancy countback(
      BoardRules rules,
      List<BoardSeat> board,
      Director leaving,
      StvMethod rule,
      Election election,
      List<Director> consenting,
      Register register,
      LocalDate on,
      TieBreaker tieBreaker) {
    checkRule(rules, VacancyRule.COUNTBACK);
    Preconditions.checkNotNull(rule, "rule");
    BoardSeat seat = seatOf(board, leaving);
    @Nullable ClassId k = rules.reserved().stream().map(ReservedSeats::stakeholderClass).filter(c -> c.value().equals(seat.basis())).findFirst().orElse(null);
    List<BoardSeat> rest = without(board, seat);
    List<Candidate> taking = new ArrayList<>();
    List<Director> directors = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Director d : consenting) {
      Candidate c = Candidate.of(d.name());
      Optional<Member> m = d.member().flatMap(register::member);
      String why = null;
      if (!election.standing().contains(c)) {
        why = election.candidates().contains(c) ? "withdrew from the election" : "did not stand in the election";
      } else if (d.name().equals(leaving.name())) {
        why = "is the director who left";
      } else if (rest.stream().anyMatch(s -> s.director().name().equals(d.name()))) {
        why = "is on the board";
      } else if (m.isEmpty() || !m.get().isMemberOn(on)) {
        why = "is not a member on " + on;
      } else if (k != null && !m.get().classesOn(on).contains(k)) {
        why = "is not of class " + k + " on " + on;
      } else {
        List<CompositionLimit> b = broken(rules, rest, new BoardSeat(d, BoardSeat.Kind.ELECTED, seat.basis(), true));
        if (!b.isEmpty()) {
          why = "would break " + b;
        }
      }
      if (why != null) {
        notes.add(d.name() + " takes no part: " + why);
        continue;
      }
      taking.add(c);
      directors.add(d);
    }
    if (taking.isEmpty()) {
      notes.add("No candidate may take part in the countback: the seat is left for a by-election.");
      return new Vacancy(VacancyRule.COUNTBACK, Optional.empty(), Optional.empty(), ImmutableList.copyOf(rest), ImmutableList.copyOf(notes));
    }
    ElectionResult r = rule.countback(election, Candidate.of(leaving.name()), taking, tieBreaker);
    Director filled = directors.get(taking.indexOf(r.elected().get(0)));
    rest.add(new BoardSeat(filled, BoardSeat.Kind.ELECTED, seat.basis(), true));
    return new Vacancy(VacancyRule.COUNTBACK, Optional.of(filled), Optional.of(r), ImmutableList.copyOf(rest), ImmutableList.copyOf(notes));
  }

  /**
   * Fills the vacancy by co-option until the next annual meeting; the co-optee holds the leaver's seat
   * with its vote.
   *
   * @param rules the board's rules; they must fill vacancies by co-option
   * @param board the board before the vacancy
   * @param leaving the director who left
   * @param coOptee the person the board co-opts
   * @return the outcome
   * @throws org.commonweal.governance.base.InvalidValueException if the co-optee's taking the seat would
   *     break a composition limit, naming it
   */
  public static Vacancy coOpt(BoardRules rules, List<BoardSeat> board, Director leaving, Director coOptee) {
    checkRule(rules, VacancyRule.CO_OPTION);
    BoardSeat seat = seatOf(board, leaving);
    List<BoardSeat> rest = without(board, seat);
    BoardSeat taken = new BoardSeat(coOptee, BoardSeat.Kind.CO_OPTED, "to the seat of " + leaving + " (" + seat.basis() + ") until the next annual meeting", true);
    List<CompositionLimit> b = broken(rules, rest, taken);
    Checks.check(b.isEmpty(), "coOptee", coOptee, "co-opting %s would break %s", coOptee, b);
    rest.add(taken);
    return new Vacancy(VacancyRule.CO_OPTION, Optional.of(coOptee), Optional.empty(), ImmutableList.copyOf(rest), ImmutableList.of());
  }

  /**
   * Leaves the vacancy for a by-election: the seat's constituency elects one director, by {@link
   * BoardElection} with the rest of the board sitting, so that the limits apply.
   *
   * @param rules the board's rules; they must fill vacancies by by-election
   * @param board the board before the vacancy
   * @param leaving the director who left
   * @return the outcome, the seat unfilled
   */
  public static Vacancy byElection(BoardRules rules, List<BoardSeat> board, Director leaving) {
    checkRule(rules, VacancyRule.BY_ELECTION);
    BoardSeat seat = seatOf(board, leaving);
    return new Vacancy(
        VacancyRule.BY_ELECTION,
        Optional.empty(),
        Optional.empty(),
        ImmutableList.copyOf(without(board, seat)),
        ImmutableList.of("The seat of " + leaving + " (" + seat.basis() + ") is filled by a by-election."));
  }
}
