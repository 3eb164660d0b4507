package org.commonweal.governance.shares;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;
import org.commonweal.governance.base.Outcome;
import org.commonweal.governance.membership.Member;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.MemberKind;

@Domain(SharesDomain.class)
class ShareLedgerProperties {

  interface StepCheck {
    void step(ShareLedger before, ShareLedgerOp op, Outcome<ShareLedger> out);
  }

  /**
   * Replays a scenario on two ledgers built separately, checking that both give the same answer to
   * every change, that a refused change leaves the ledger equal to its twin, and {@code check}.
   */
  private static void replay(ShareLedgerOp.Scenario s, StepCheck check) {
    ShareLedger ledger = s.admitAll(s.admissions());
    ShareLedger twin = s.admitAll(s.admissions());
    for (ShareLedgerOp op : s.ops()) {
      Outcome<ShareLedger> out = op.apply(ledger);
      assertEquals(out, op.apply(twin));
      check.step(ledger, op, out);
      if (out.isRejected()) {
        assertEquals(twin, ledger);
        assertEquals(twin.hashCode(), ledger.hashCode());
      }
      ledger = out.value().orElse(ledger);
      twin = op.apply(twin).value().orElse(twin);
    }
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void issuedCapital_alwaysEqualsTheSumOfHoldings(@ForAll ShareLedgerOp.Scenario scenario) {
    replay(scenario, (before, op, out) -> {
      Statistics.label("outcome").collect(out.isAccepted() ? "ACCEPTED" : out.rejection().code());
      out.value().ifPresent(l -> {
        Money total = Money.zero(l.currency());
        for (ShareClass c : l.shareClasses()) {
          long sum = l.holdings().stream().filter(h -> h.shareClass().equals(c.id())).mapToLong(Holding::shares).sum();
          assertEquals(sum, l.issuedShares(c.id()));
          assertEquals(c.parValue().times(sum), l.issuedCapital(c.id()));
          total = total.plus(c.parValue().times(sum));
        }
        assertEquals(total, l.issuedCapital());
        assertEquals(total, l.holdings().stream().map(Holding::value).reduce(Money.zero(l.currency()), Money::plus));
      });
    });
    // The scenarios must reach both accepted changes and the statutory cap, or the properties about
    // them would hold vacuously.
    Statistics.label("outcome").coverage(c -> {
      c.check("ACCEPTED").percentage(p -> p > 20);
      c.check("OVER_STATUTORY_CAP").count(n -> n > 0);
    });
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void issuedShares_agreeWithTheJournal(@ForAll ShareLedgerOp.Scenario scenario) {
    replay(scenario, (before, op, out) -> out.value().ifPresent(l -> {
      Map<ShareClassId, Long> fromJournal = new HashMap<>();
      for (int i = 0; i < l.transactions().size(); i++) {
        ShareTransaction t = l.transactions().get(i);
        assertEquals(i + 1, t.number());
        if (i > 0) {
          assertFalse(t.date().isBefore(l.transactions().get(i - 1).date()));
        }
        long sign = t.kind() == ShareTransaction.Kind.ISSUE ? 1 : t.kind() == ShareTransaction.Kind.TRANSFER ? 0 : -1;
        fromJournal.merge(t.shareClass(), sign * t.shares(), Long::sum);
      }
      for (ShareClass c : l.shareClasses()) {
        assertEquals(fromJournal.getOrDefault(c.id(), 0L), l.issuedShares(c.id()));
      }
    }));
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void noHolding_isOverTheAbsoluteLimitOrTheStatutoryCap(@ForAll ShareLedgerOp.Scenario scenario) {
    replay(scenario, (before, op, out) -> out.value().ifPresent(l -> {
      for (Holding h : l.holdings()) {
        ShareClass c = l.shareClass(h.shareClass()).orElseThrow();
        if (c.limits().maxPerMember().isPresent()) {
          assertTrue(h.shares() <= c.limits().maxPerMember().getAsLong(), h::toString);
        }
      }
      for (Member m : l.register().members()) {
        Optional<Money> cap = l.statutoryCap().capFor(m.kind());
        if (cap.isPresent()) {
          assertFalse(l.withdrawableCapitalOf(m.id()).isGreaterThan(cap.get()), () -> m + " " + l.withdrawableCapitalOf(m.id()));
        }
      }
    }));
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void noIssueOrTransfer_takesItsRecipientOverTheRelativeLimit(@ForAll ShareLedgerOp.Scenario scenario) {
    replay(scenario, (before, op, out) -> {
      if (out.isRejected()) {
        return;
      }
      ShareLedger after = out.orElseThrow();
      MemberId recipient;
      ShareClassId c;
      if (op instanceof ShareLedgerOp.Issue i) {
        recipient = i.member();
        c = i.shareClass();
      } else if (op instanceof ShareLedgerOp.Transfer t) {
        recipient = t.to();
        c = t.shareClass();
      } else {
        return;
      }
      ShareLimits limits = after.shareClass(c).orElseThrow().limits();
      assertTrue(after.held(recipient, c) <= limits.relativeLimit(after.issuedShares(c)), op::toString);
    });
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void withdrawals_completeOnlyAfterNotice_andCessationCancelsEverything(@ForAll ShareLedgerOp.Scenario scenario) {
    replay(scenario, (before, op, out) -> {
      if (out.isRejected()) {
        return;
      }
      ShareLedger after = out.orElseThrow();
      if (op instanceof ShareLedgerOp.CompleteWithdrawal w) {
        WithdrawalRequest r = before.pendingWithdrawals().stream().filter(x -> x.number() == w.request()).findFirst().orElseThrow();
        assertFalse(w.on().isBefore(r.payableFrom()));
        assertEquals(before.held(r.member(), r.shareClass()) - r.shares(), after.held(r.member(), r.shareClass()));
      }
      if (op instanceof ShareLedgerOp.Cease c) {
        long held = before.holdingsOf(c.member()).stream().mapToLong(Holding::shares).sum();
        long cancelled = after.transactions().subList(before.transactions().size(), after.transactions().size()).stream()
            .filter(t -> t.kind() == ShareTransaction.Kind.CANCELLATION).mapToLong(ShareTransaction::shares).sum();
        assertEquals(held, cancelled);
        assertTrue(after.holdingsOf(c.member()).isEmpty());
        assertTrue(after.pendingWithdrawals().stream().noneMatch(r -> r.member().equals(c.member())));
      }
      // Shares under notice never exceed the shares held.
      Map<List<Object>, Long> pending = new HashMap<>();
      after.pendingWithdrawals().forEach(r -> pending.merge(List.of(r.member(), r.shareClass()), r.shares(), Long::sum));
      pending.forEach((k, n) -> assertTrue(n <= after.held((MemberId) k.get(0), (ShareClassId) k.get(1))));
    });
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void flags_agreeWithADirectReading(@ForAll ShareLedgerOp.Scenario scenario) {
    replay(scenario, (before, op, out) -> out.value().ifPresent(l -> {
      Set<String> expected = new HashSet<>();
      for (Member m : l.register().currentMembers()) {
        for (ShareClass c : l.shareClasses()) {
          long held = l.held(m.id(), c.id());
          boolean mayHold = m.classes().stream().anyMatch(c.holders()::contains);
          if (mayHold && held < c.limits().toBeMember()) {
            expected.add(m.id() + " BELOW_MEMBERSHIP_HOLDING " + c.id());
          }
          if (!mayHold && held > 0) {
            expected.add(m.id() + " HELD_OUTSIDE_CLASS " + c.id());
          }
          // Over a fraction f of n issued, and above the floor: held > f * n, i.e. held * den > num * n.
          if (c.limits().maxFractionOfIssued().isPresent() && held > c.limits().relativeFloor()) {
            var f = c.limits().maxFractionOfIssued().get();
            long n = l.issuedShares(c.id());
            if (f.denominator().multiply(java.math.BigInteger.valueOf(held)).compareTo(f.numerator().multiply(java.math.BigInteger.valueOf(n))) > 0) {
              expected.add(m.id() + " OVER_RELATIVE_LIMIT " + c.id());
            }
          }
        }
      }
      Set<String> actual = new HashSet<>();
      l.flags().forEach(f -> actual.add(f.member() + " " + f.code() + " " + f.shareClass()));
      assertEquals(expected, actual);
    }));
  }

  @Provide
  Arbitrary<Tuple.Tuple2<ShareLedgerOp.Scenario, List<ShareLedgerOp.Admit>>> scenarioAndAnotherOrder() {
    return new SharesDomain().scenarios().flatMap(s -> Arbitraries.shuffle(s.admissions()).map(order -> Tuple.of(s, order)));
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void outcomes_doNotDependOnTheOrderOfAdmission(
      @ForAll("scenarioAndAnotherOrder") Tuple.Tuple2<ShareLedgerOp.Scenario, List<ShareLedgerOp.Admit>> input) {
    ShareLedgerOp.Scenario s = input.get1();
    ShareLedger one = s.admitAll(s.admissions());
    ShareLedger other = s.admitAll(new ArrayList<>(input.get2()));
    assertEquals(one, other);
    for (ShareLedgerOp op : s.ops()) {
      Outcome<ShareLedger> a = op.apply(one);
      Outcome<ShareLedger> b = op.apply(other);
      assertEquals(a, b);
      one = a.value().orElse(one);
      other = b.value().orElse(other);
    }
    assertEquals(one.flags(), other.flags());
  }

  @Property(tries = 200)
  void invalidChange_isRejectedWithItsCode(@ForAll ShareLedgerOp.Invalid invalid) {
    ShareLedger ledger = invalid.ledger();
    int hash = ledger.hashCode();
    Outcome<ShareLedger> out = invalid.op().apply(ledger);
    assertTrue(out.isRejected(), () -> invalid + " was accepted");
    assertEquals(invalid.expected(), out.rejection().code(), out::toString);
    assertEquals(hash, ledger.hashCode());
    Statistics.collect(invalid.expected());
  }

  @Property(tries = 100)
  void societies_areNeverRefusedForTheCap(@ForAll ShareLedgerOp.Scenario scenario) {
    replay(scenario, (before, op, out) -> {
      if (out.isRejected() && ShareRejectionCode.OVER_STATUTORY_CAP.matches(out)) {
        assertFalse(out.rejection().facts().get("kind").equals(MemberKind.REGISTERED_SOCIETY.name()) && before.statutoryCap().societiesExempt());
      }
    });
  }
}
