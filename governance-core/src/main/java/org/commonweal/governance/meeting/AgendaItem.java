package org.commonweal.governance.meeting;

import static com.google.common.base.Preconditions.checkNotNull;

import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.internal.Checks;

/**
 * One matter on a meeting's agenda, as the notice of meeting lists it: its identifier and its title.
 * Proxy instructions name matters by identifier; a tally names the matter it counts.
 *
 * <pre>{@code
 * AgendaItem accounts = AgendaItem.of("1", "Receive the annual accounts");
 * Meeting agm = Meeting.builder()....addAgenda(accounts).build();
 * ProxyAppointment p = ProxyAppointment.builder()....putInstructions(accounts.id(), Choice.FOR).build();
 * }</pre>
 *
 * <p>A record: two items are equal when both values are. Immutable and thread-safe.
 *
 * @param id the matter's identifier
 * @param title the matter's title, not blank
 * @since 0.1.0
 */
public record AgendaItem(MatterId id, String title) {

  /**
   * Checks the values.
   *
   * @throws InvalidValueException if the title is blank
   */
  public AgendaItem {
    checkNotNull(id, "id");
    checkNotNull(title, "title");
    Checks.check(!title.isBlank(), "title", title, "matter %s needs a title", id);
  }

  /**
   * Returns an agenda item.
   *
   * @param id the identifier's text, for example {@code "1"}
   * @param title the title, not blank
   * @return the item
   */
  public static AgendaItem of(String id, String title) {
    return new AgendaItem(MatterId.of(id), title);
  }

  /** Returns {@code 1. Receive the annual accounts}. */
  @Override
  public String toString() {
    return id + ". " + title;
  }
}
