package org.commonweal.governance.constitution;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Objects;
import org.commonweal.governance.internal.Checks;

/**
 * A proposed amendment of a constitution: a title and the changes it makes, clause by clause. An
 * amendment is checked against the constitution it amends ({@link Constitution#requirementFor}): an
 * unchangeable clause refuses it, a clause entrenched "100% to change" needs every member, an asset
 * lock once adopted cannot be removed or weakened, and anything else needs the constitution's own
 * procedure for {@link Matter#AMEND_RULES}.
 *
 * <pre>{@code
 * Amendment a = Amendment.of("Raise the board to nine", new Change.Board(Optional.of(nineSeats)));
 * Outcome<Constitution> next = constitution.amend(a, tally, LocalDate.of(2027, 7, 1));
 * }</pre>
 *
 * @param title the title, as the resolution puts it
 * @param changes the changes, at least one, at most one a clause except the table of matters and the
 *     entrenchments (one a row)
 * @since 0.1.0
 */
public record Amendment(String title, ImmutableList<Change> changes) {

  /**
   * Checks the record.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if the title is blank or there are no
   *     changes
   */
  public Amendment {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(changes, "changes");
    Checks.notBlank("title", title);
    Checks.check(!changes.isEmpty(), "changes", changes, "amendment \"%s\" changes nothing", title);
  }

  /**
   * Returns an amendment.
   *
   * @param title the title
   * @param changes the changes
   * @return the amendment
   */
  public static Amendment of(String title, Change... changes) {
    return new Amendment(title, ImmutableList.copyOf(changes));
  }

  /**
   * Returns an amendment.
   *
   * @param title the title
   * @param changes the changes
   * @return the amendment
   */
  public static Amendment of(String title, List<Change> changes) {
    return new Amendment(title, ImmutableList.copyOf(changes));
  }

  /**
   * Returns the clauses the amendment touches, in the order of its changes.
   *
   * @return the clauses
   */
  public ImmutableSet<Clause> clauses() {
    ImmutableSet.Builder<Clause> out = ImmutableSet.builder();
    for (Change c : changes) {
      out.add(c.clause());
      if (c instanceof Change.Entrench e) {
        // Lifting or adding an entrenchment also touches the clause entrenched.
        out.add(e.target());
      }
    }
    return out.build();
  }
}
