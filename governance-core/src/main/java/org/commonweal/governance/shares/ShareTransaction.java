package org.commonweal.governance.shares;

import java.time.LocalDate;
import java.util.Optional;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.internal.GovernanceStyle;
import org.commonweal.governance.membership.MemberId;
import org.immutables.value.Value;

/**
 * One entry in a share ledger's journal: an issue, a transfer, a completed withdrawal, or the
 * cancellation of a former member's shares, with its date, the shares and the money involved. The
 * journal is the ledger's history; nothing that moved capital is lost.
 *
 * <table>
 *   <caption>Kinds and their amount</caption>
 *   <tr><th>kind</th><th>member</th><th>counterparty</th><th>amount</th></tr>
 *   <tr><td>ISSUE</td><td>the new holder</td><td>none</td><td>paid in, at par</td></tr>
 *   <tr><td>TRANSFER</td><td>the transferor</td><td>the transferee</td><td>the shares' value at
 *       par</td></tr>
 *   <tr><td>WITHDRAWAL</td><td>the member withdrawing</td><td>none</td><td>repayable, at par</td></tr>
 *   <tr><td>CANCELLATION</td><td>the former member</td><td>none</td><td>repayable at par for
 *       withdrawable shares, zero for others (forfeited to the society)</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GovernanceStyle
public abstract class ShareTransaction {
  ShareTransaction() {}

  /** What kind of capital movement a transaction is. */
  public enum Kind {
    /** New shares issued to a member. */
    ISSUE,
    /** Shares moved from one member to another. */
    TRANSFER,
    /** Withdrawable shares repaid after notice and cancelled. */
    WITHDRAWAL,
    /** A former member's shares cancelled on cessation. */
    CANCELLATION
  }

  /**
   * Returns the transaction's number in the journal, from 1.
   *
   * @return the number
   */
  public abstract int number();

  /**
   * Returns the date of the transaction.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the kind of transaction.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the member whose holding it changes (for a transfer, the transferor).
   *
   * @return the member
   */
  public abstract MemberId member();

  /**
   * Returns the transferee of a transfer.
   *
   * @return the transferee, present exactly for transfers
   */
  public abstract Optional<MemberId> counterparty();

  /**
   * Returns the class of the shares.
   *
   * @return the share class
   */
  public abstract ShareClassId shareClass();

  /**
   * Returns the number of shares.
   *
   * @return at least 1
   */
  public abstract long shares();

  /**
   * Returns the money involved, as the kind says (see the class doc).
   *
   * @return the amount, not negative
   */
  public abstract Money amount();

  /**
   * Returns a note, such as the reason for a cessation.
   *
   * @return the note, possibly empty
   */
  @Value.Default
  public String note() {
    return "";
  }

  /**
   * Returns a builder, for reloading a stored journal.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.check(number() >= 1, "number", number(), "transaction number %s must be at least 1", number());
    Checks.check(shares() >= 1, "shares", shares(), "a transaction of %s shares must be of at least 1", shares());
    Checks.check(amount().signum() >= 0, "amount", amount(), "transaction amount %s must not be negative", amount());
    Checks.check(
        counterparty().isPresent() == (kind() == Kind.TRANSFER),
        "counterparty",
        counterparty().orElse(null),
        "a transaction of kind %s %s counterparty",
        kind(),
        kind() == Kind.TRANSFER ? "needs a" : "has no");
    Checks.check(
        !(counterparty().isPresent() && counterparty().get().equals(member())),
        "counterparty",
        member(),
        "a transfer from %s to itself",
        member());
  }

  /** Returns for example {@code #3 2026-09-01 ISSUE M-0042 10 x membership 10.00 GBP}. */
  @Override
  public String toString() {
    return "#" + number() + " " + date() + " " + kind() + " " + member() + counterparty().map(c -> " -> " + c).orElse("")
        + " " + shares() + " x " + shareClass() + " " + amount() + (note().isEmpty() ? "" : " (" + note() + ")");
  }

  /** Builds a {@link ShareTransaction}. */
  public static final class Builder extends ImmutableShareTransaction.Builder {
    Builder() {}
  }
}
