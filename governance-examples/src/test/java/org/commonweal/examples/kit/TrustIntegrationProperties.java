package org.commonweal.examples.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Currency;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonweal.governance.base.Outcome;
import org.commonweal.governance.membership.Application;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.MembershipRejectionCode;
import org.commonweal.governance.membership.Register;
import org.commonweal.governance.membership.RegisterOp;
import org.commonweal.governance.shares.Holding;
import org.commonweal.governance.shares.Money;
import org.commonweal.governance.shares.ShareClass;
import org.commonweal.governance.shares.ShareClassId;
import org.commonweal.governance.shares.ShareLedger;
import org.commonweal.governance.shares.ShareLedgerOp;
import org.commonweal.governance.shares.ShareLimits;
import org.commonweal.governance.shares.StatutoryCap;
import org.commonweal.governance.testkit.TestKit;

/**
 * A worked example of the test kit: a trust system property-testing its own integration with the
 * library. The system's part here is a small membership desk, which admits applicants through the
 * register with the shares they need to join, passes members' share requests on to the ledger, and keeps
 * its own list of the refusals it has given. Its properties run over the kit's generated ledgers,
 * registers, ledgers, applications and changes, valid and deliberately invalid: the desk takes on a
 * register whole, never loses a member, a refused request leaves its records as they were and tells the
 * applicant the library's reason, and share totals are conserved.
 *
 * <p>The kit reaches this module as a system built on Commonweal would get it: governance-core's
 * test-jar, a test-scoped dependency.
 */
class TrustIntegrationProperties {
  private static final Currency GBP = Currency.getInstance("GBP");

  /**
   * The trust system's membership desk: it holds the share ledger (and through it the register), admits
   * applicants with the shares the first share class asks of a member (at least one), and records every
   * refusal with the library's code.
   */
  static final class MembershipDesk {
    private ShareLedger ledger;
    private final List<String> refusals = new ArrayList<>();

    MembershipDesk(ShareLedger ledger) {
      this.ledger = ledger;
    }

    ShareLedger ledger() {
      return ledger;
    }

    List<String> refusals() {
      return List.copyOf(refusals);
    }

    /** Admits an applicant with their joining shares; returns the refusal's code, if refused. */
    Optional<String> admit(Application application, LocalDate on) {
      ShareClass joining = ledger.shareClasses().get(0);
      long shares = Math.max(1, joining.limits().toBeMember());
      return record(ledger.admit(application, joining.id(), shares, on));
    }

    /** Passes a change of membership on to the register, through the ledger; returns the refusal's code, if refused. */
    Optional<String> change(RegisterOp change) {
      return record(ledger.updateMembership(change::apply));
    }

    /** Passes a member's request on to the ledger; returns the refusal's code, if refused. */
    Optional<String> handle(ShareLedgerOp request) {
      return record(request.apply(ledger));
    }

    private Optional<String> record(Outcome<ShareLedger> answer) {
      if (answer.isAccepted()) {
        ledger = answer.orElseThrow();
        return Optional.empty();
      }
      refusals.add(answer.rejection().code());
      return Optional.of(answer.rejection().code());
    }
  }

  @Provide
  Arbitrary<ShareLedgerOp.Scenario> scenarios() {
    return TestKit.ledgerScenarios();
  }

  @Provide
  Arbitrary<Register> registers() {
    return TestKit.registers();
  }

  @Provide
  Arbitrary<RegisterOp.Invalid> invalidChanges() {
    return TestKit.invalidRegisterOperations();
  }

  /** A desk taking on an existing register, with one class of GBP 1 shares that any class may hold. */
  static MembershipDesk takingOn(Register register) {
    ShareClass ordinary = ShareClass.builder()
        .id(ShareClassId.of("ordinary"))
        .name("Ordinary shares")
        .parValue(Money.ofMajor(1, GBP))
        .withdrawable(true)
        .transferable(false)
        .voting(true)
        .holders(register.rules().classIds())
        .limits(ShareLimits.none())
        .build();
    return new MembershipDesk(ShareLedger.of(register, List.of(ordinary), StatutoryCap.ukRegisteredSociety()));
  }

  @Property(tries = 50)
  void desk_takesOnARegister_withEveryMemberAndNoShares(@ForAll("registers") Register r) {
    MembershipDesk desk = takingOn(r);
    assertEquals(r, desk.ledger().register());
    assertTrue(desk.ledger().holdings().isEmpty());
  }

  @Property(tries = 50)
  void refusedChange_passesTheLibrarysCodeOn_andChangesNothing(@ForAll("invalidChanges") RegisterOp.Invalid invalid) {
    MembershipDesk desk = takingOn(invalid.register());
    ShareLedger before = desk.ledger();
    assertEquals(Optional.of(invalid.expected().code()), desk.change(invalid.op()));
    assertEquals(before, desk.ledger());
    assertEquals(invalid.register(), desk.ledger().register());
  }

  @Provide
  Arbitrary<ShareLedgerOp.Invalid> invalidRequests() {
    return TestKit.invalidLedgerOperations();
  }

  private static Set<MemberId> ids(ShareLedger l) {
    Set<MemberId> out = new HashSet<>();
    l.register().members().forEach(m -> out.add(m.id()));
    return out;
  }

  /** Admits every applicant of the scenario at the desk, in order. */
  private static MembershipDesk admitted(ShareLedgerOp.Scenario s) {
    MembershipDesk desk = new MembershipDesk(s.empty());
    for (ShareLedgerOp.Admit a : s.admissions()) {
      desk.admit(a.application(), a.on());
    }
    return desk;
  }

  @Property(tries = 50)
  void desk_neverLosesAMember(@ForAll("scenarios") ShareLedgerOp.Scenario s) {
    MembershipDesk desk = new MembershipDesk(s.empty());
    Set<MemberId> seen = new HashSet<>();
    for (ShareLedgerOp.Admit a : s.admissions()) {
      boolean refused = desk.admit(a.application(), a.on()).isPresent();
      if (!refused) {
        seen.add(a.application().id());
      }
      assertEquals(seen, ids(desk.ledger()));
    }
    for (ShareLedgerOp request : s.ops()) {
      desk.handle(request);
      // Ceasing ends a membership; the register still holds the member and their history.
      assertTrue(ids(desk.ledger()).containsAll(seen), request::toString);
      seen = ids(desk.ledger());
    }
  }

  @Property(tries = 50)
  void refusedAdmission_leavesTheRecordsUnchanged_andSaysWhy(@ForAll("scenarios") ShareLedgerOp.Scenario s) {
    MembershipDesk desk = admitted(s);
    ShareLedger before = desk.ledger();
    int refusals = desk.refusals().size();
    // An applicant who is already a member applies again, after every admission (the register keeps
    // its changes in date order, and refuses an earlier date for that reason first).
    // (The desk's first admission to an empty ledger is never refused, so there is one to repeat.)
    Set<MemberId> members = ids(before);
    ShareLedgerOp.Admit again =
        s.admissions().stream().filter(a -> members.contains(a.application().id())).reduce((x, y) -> y).orElseThrow();
    LocalDate latest = s.admissions().stream().map(ShareLedgerOp.Admit::on).max(LocalDate::compareTo).orElseThrow();
    Optional<String> answer = desk.admit(again.application(), latest.plusDays(1));
    assertEquals(Optional.of(MembershipRejectionCode.DUPLICATE_MEMBER_ID.code()), answer);
    assertEquals(before, desk.ledger());
    assertEquals(refusals + 1, desk.refusals().size());
  }

  @Property(tries = 50)
  void refusedRequest_passesTheLibrarysCodeOn_andChangesNothing(@ForAll("invalidRequests") ShareLedgerOp.Invalid invalid) {
    MembershipDesk desk = new MembershipDesk(invalid.ledger());
    ShareLedger before = desk.ledger();
    assertEquals(Optional.of(invalid.expected()), desk.handle(invalid.op()));
    assertEquals(before, desk.ledger());
    assertEquals(List.of(invalid.expected()), desk.refusals());
  }

  @Property(tries = 50)
  void shareTotals_areConserved(@ForAll("scenarios") ShareLedgerOp.Scenario s) {
    MembershipDesk desk = admitted(s);
    for (ShareLedgerOp request : s.ops()) {
      ShareLedger before = desk.ledger();
      boolean refused = desk.handle(request).isPresent();
      ShareLedger after = desk.ledger();
      for (ShareClass c : after.shareClasses()) {
        ShareClassId id = c.id();
        long held = after.holdings().stream().filter(h -> h.shareClass().equals(id)).mapToLong(Holding::shares).sum();
        assertEquals(after.issuedShares(id), held, "the members' holdings of " + id + " add up to the shares issued");
        long change = after.issuedShares(id) - before.issuedShares(id);
        if (refused || request instanceof ShareLedgerOp.Transfer || request instanceof ShareLedgerOp.RequestWithdrawal) {
          assertEquals(0, change, request::toString);
        } else if (request instanceof ShareLedgerOp.Issue issue) {
          assertEquals(issue.shareClass().equals(id) ? issue.shares() : 0, change, request::toString);
        }
      }
      if (!refused && request instanceof ShareLedgerOp.Transfer t) {
        assertEquals(before.held(t.from(), t.shareClass()) - t.shares(), after.held(t.from(), t.shareClass()));
        assertEquals(before.held(t.to(), t.shareClass()) + t.shares(), after.held(t.to(), t.shareClass()));
      }
    }
  }
}
