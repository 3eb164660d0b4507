package org.commonweal.governance.shares;

import java.time.LocalDate;
import java.util.List;
import org.commonweal.governance.base.Outcome;
import org.commonweal.governance.membership.Application;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.RegisterOp;

/**
 * One change a secretary may ask of a {@link ShareLedger}, as a value, so that properties can generate
 * sequences of changes and replay them. Test support, published with the arbitraries.
 */
public sealed interface ShareLedgerOp {
  /**
   * Applies the change.
   *
   * @param ledger the ledger
   * @return the ledger's answer
   */
  Outcome<ShareLedger> apply(ShareLedger ledger);

  /** {@link ShareLedger#admit(Application, LocalDate)}. */
  record Admit(Application application, LocalDate on) implements ShareLedgerOp {
    @Override
    public Outcome<ShareLedger> apply(ShareLedger ledger) {
      return ledger.admit(application, on);
    }
  }

  /** {@link ShareLedger#issue}. */
  record Issue(MemberId member, ShareClassId shareClass, long shares, LocalDate on) implements ShareLedgerOp {
    @Override
    public Outcome<ShareLedger> apply(ShareLedger ledger) {
      return ledger.issue(member, shareClass, shares, on);
    }
  }

  /** {@link ShareLedger#transfer}. */
  record Transfer(MemberId from, MemberId to, ShareClassId shareClass, long shares, LocalDate on) implements ShareLedgerOp {
    @Override
    public Outcome<ShareLedger> apply(ShareLedger ledger) {
      return ledger.transfer(from, to, shareClass, shares, on);
    }
  }

  /** {@link ShareLedger#requestWithdrawal}. */
  record RequestWithdrawal(MemberId member, ShareClassId shareClass, long shares, LocalDate on) implements ShareLedgerOp {
    @Override
    public Outcome<ShareLedger> apply(ShareLedger ledger) {
      return ledger.requestWithdrawal(member, shareClass, shares, on);
    }
  }

  /** {@link ShareLedger#completeWithdrawal}. */
  record CompleteWithdrawal(int request, LocalDate on) implements ShareLedgerOp {
    @Override
    public Outcome<ShareLedger> apply(ShareLedger ledger) {
      return ledger.completeWithdrawal(request, on);
    }
  }

  /** {@link ShareLedger#cease}. */
  record Cease(MemberId member, LocalDate on) implements ShareLedgerOp {
    @Override
    public Outcome<ShareLedger> apply(ShareLedger ledger) {
      return ledger.cease(member, on, "resigned");
    }
  }

  /** {@link ShareLedger#updateMembership} with a register change. */
  record Membership(RegisterOp op) implements ShareLedgerOp {
    @Override
    public Outcome<ShareLedger> apply(ShareLedger ledger) {
      return ledger.updateMembership(op::apply);
    }
  }

  /**
   * A ledger, a change it must refuse, and the code it must refuse it with.
   *
   * @param ledger the ledger
   * @param op the change
   * @param expected the rejection code, from {@link ShareRejectionCode} or the membership codes
   */
  record Invalid(ShareLedger ledger, ShareLedgerOp op, String expected) {}

  /**
   * An empty ledger, admissions with distinct ids (without shares), and a sequence of changes.
   *
   * @param empty the ledger before any admission
   * @param admissions the admissions
   * @param ops the further changes, valid or not
   */
  record Scenario(ShareLedger empty, List<Admit> admissions, List<ShareLedgerOp> ops) {
    /**
     * Applies the admissions in the given order.
     *
     * @param order the admissions
     * @return the ledger after them
     */
    public ShareLedger admitAll(List<Admit> order) {
      ShareLedger l = empty;
      for (Admit a : order) {
        l = a.apply(l).value().orElse(l);
      }
      return l;
    }
  }
}
