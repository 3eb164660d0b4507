package org.commonweal.governance.membership;

import java.time.LocalDate;
import org.commonweal.governance.base.Outcome;

/**
 * One change a secretary may ask of a {@link Register}, as a value, so that properties can generate
 * sequences of changes and replay them. Test support, published with the arbitraries.
 */
public sealed interface RegisterOp {
  /**
   * Applies the change.
   *
   * @param register the register
   * @return the register's answer
   */
  Outcome<Register> apply(Register register);

  /**
   * Returns the member the change concerns.
   *
   * @return the member
   */
  MemberId member();

  /** {@link Register#admit}. */
  record Admit(Application application, LocalDate on) implements RegisterOp {
    @Override
    public Outcome<Register> apply(Register register) {
      return register.admit(application, on);
    }

    @Override
    public MemberId member() {
      return application.id();
    }
  }

  /** {@link Register#changeClass}. */
  record ChangeClass(MemberId member, ClassId to, Facts facts, LocalDate on) implements RegisterOp {
    @Override
    public Outcome<Register> apply(Register register) {
      return register.changeClass(member, to, facts, on);
    }
  }

  /** {@link Register#joinClass}. */
  record JoinClass(MemberId member, ClassId stakeholderClass, Facts facts, LocalDate on) implements RegisterOp {
    @Override
    public Outcome<Register> apply(Register register) {
      return register.joinClass(member, stakeholderClass, facts, on);
    }
  }

  /** {@link Register#leaveClass}. */
  record LeaveClass(MemberId member, ClassId stakeholderClass, LocalDate on) implements RegisterOp {
    @Override
    public Outcome<Register> apply(Register register) {
      return register.leaveClass(member, stakeholderClass, on);
    }
  }

  /** {@link Register#suspend}. */
  record Suspend(MemberId member, LocalDate on, String reason) implements RegisterOp {
    @Override
    public Outcome<Register> apply(Register register) {
      return register.suspend(member, on, reason);
    }
  }

  /** {@link Register#reinstate}. */
  record Reinstate(MemberId member, LocalDate on) implements RegisterOp {
    @Override
    public Outcome<Register> apply(Register register) {
      return register.reinstate(member, on);
    }
  }

  /** {@link Register#cease}. */
  record Cease(MemberId member, LocalDate on, String reason) implements RegisterOp {
    @Override
    public Outcome<Register> apply(Register register) {
      return register.cease(member, on, reason);
    }
  }

  /**
   * A register, a change it must refuse, and the code it must refuse it with.
   *
   * @param register the register
   * @param op the change
   * @param expected the rejection code
   */
  record Invalid(Register register, RegisterOp op, MembershipRejectionCode expected) {}

  /**
   * Membership rules, a person whose attested facts meet every class's rule on the start date, and a
   * sequence of changes starting from an empty register.
   *
   * @param rules the rules
   * @param witness facts that meet every class's rule on {@link MembershipDomain#START}
   * @param admissions admissions with distinct ids, applied first
   * @param ops further changes, valid or not
   */
  record Scenario(MembershipRules rules, Facts witness, java.util.List<Admit> admissions, java.util.List<RegisterOp> ops) {
    /**
     * Applies the admissions, in the order given, to an empty register.
     *
     * @param order the admissions in the order to apply them
     * @return the register after them (rejected admissions are skipped)
     */
    public Register admitAll(java.util.List<Admit> order) {
      Register r = Register.empty(rules);
      for (Admit a : order) {
        r = a.apply(r).value().orElse(r);
      }
      return r;
    }
  }
}
