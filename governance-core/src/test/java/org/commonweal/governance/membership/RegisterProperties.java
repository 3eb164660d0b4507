package org.commonweal.governance.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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

@Domain(MembershipDomain.class)
class RegisterProperties {

  /** Replays a scenario, checking {@code check} before and after every change. */
  private static void replay(RegisterOp.Scenario s, StepCheck check) {
    Register r = s.admitAll(s.admissions());
    for (RegisterOp op : s.ops()) {
      Register copy = Register.of(r.rules(), r.members());
      Outcome<Register> out = op.apply(r);
      check.step(r, copy, op, out);
      r = out.value().orElse(r);
    }
  }

  interface StepCheck {
    void step(Register before, Register copyBefore, RegisterOp op, Outcome<Register> out);
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void anyChange_leavesTheRegisterItWasCalledOnUnchanged(@ForAll RegisterOp.Scenario scenario) {
    replay(scenario, (before, copy, op, out) -> {
      assertEquals(copy, before);
      assertEquals(copy.hashCode(), before.hashCode());
    });
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void rejectedChange_hasAKnownCodeAndChangesNothing(@ForAll RegisterOp.Scenario scenario) {
    replay(scenario, (before, copy, op, out) -> {
      Statistics.label("outcome").collect(out.isAccepted() ? "ACCEPTED" : out.rejection().code());
      if (out.isRejected()) {
        String code = out.rejection().code();
        assertTrue(
            java.util.Arrays.stream(MembershipRejectionCode.values()).anyMatch(c -> c.code().equals(code)), code);
        assertEquals(copy, before);
      }
    });
    // The generator must exercise both paths: a scenario generator whose changes were all refused
    // would make the other properties vacuous.
    Statistics.label("outcome").coverage(c -> {
      c.check("ACCEPTED").percentage(p -> p > 10);
      c.check("NOT_ELIGIBLE").count(n -> n > 0);
      c.check("UNKNOWN_MEMBER").count(n -> n > 0);
    });
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void acceptedChange_touchesOnlyItsMemberAndAppendsOneEvent(@ForAll RegisterOp.Scenario scenario) {
    replay(scenario, (before, copy, op, out) -> {
      if (out.isAccepted()) {
        Register after = out.orElseThrow();
        for (Member m : before.members()) {
          if (!m.id().equals(op.member())) {
            assertEquals(m, after.member(m.id()).orElseThrow());
          }
        }
        int eventsBefore = before.member(op.member()).map(m -> m.history().size()).orElse(0);
        assertEquals(eventsBefore + 1, after.member(op.member()).orElseThrow().history().size());
        assertEquals(before.size() + (op instanceof RegisterOp.Admit ? 1 : 0), after.size());
      }
    });
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void afterAnySequence_theRegisterKeepsItsInvariants(@ForAll RegisterOp.Scenario scenario) {
    replay(scenario, (before, copy, op, out) -> out.value().ifPresent(r -> {
      List<MemberId> ids = r.members().stream().map(Member::id).toList();
      List<MemberId> sorted = new ArrayList<>(ids);
      sorted.sort(null);
      assertEquals(sorted, ids, "members in id order");
      for (Member m : r.members()) {
        for (MemberEvent e : m.history()) {
          assertTrue(r.rules().classIds().containsAll(e.classes()));
          if (r.rules().classPolicy() == ClassPolicy.ONE_CLASS) {
            assertEquals(1, e.classes().size());
          }
        }
        assertEquals(m.status(), m.statusOn(m.lastChangedOn()).orElseThrow());
      }
      // Reloading a register gives the same register: nothing is kept outside its members.
      assertEquals(r, Register.of(r.rules(), r.members()));
      assertEquals(r.size(), r.currentMembers().size() + r.members().stream().filter(m -> m.status() == MemberStatus.CEASED).count());
    }));
  }

  @Provide
  Arbitrary<Tuple.Tuple2<RegisterOp.Scenario, List<RegisterOp.Admit>>> scenarioAndAnotherOrder() {
    return new MembershipDomain().scenarios().flatMap(s -> Arbitraries.shuffle(s.admissions()).map(order -> Tuple.of(s, order)));
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void outcomes_doNotDependOnTheOrderOfAdmission(
      @ForAll("scenarioAndAnotherOrder") Tuple.Tuple2<RegisterOp.Scenario, List<RegisterOp.Admit>> input) {
    RegisterOp.Scenario s = input.get1();
    Register one = s.admitAll(s.admissions());
    Register other = s.admitAll(input.get2());
    assertEquals(one, other);
    for (RegisterOp op : s.ops()) {
      Outcome<Register> a = op.apply(one);
      Outcome<Register> b = op.apply(other);
      assertEquals(a, b);
      one = a.value().orElse(one);
      other = b.value().orElse(other);
    }
  }

  @Property(tries = 300)
  void invalidChange_isRejectedWithItsCode(@ForAll RegisterOp.Invalid invalid) {
    Register copy = Register.of(invalid.register().rules(), invalid.register().members());
    Outcome<Register> out = invalid.op().apply(invalid.register());
    assertTrue(invalid.expected().matches(out), () -> "expected " + invalid.expected() + " for " + invalid.op() + " but got " + out);
    assertEquals(copy, invalid.register());
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void generatedRegisters_reloadEqual(@ForAll Register register) {
    assertEquals(register, Register.of(register.rules(), register.members()));
    assertEquals(register.hashCode(), Register.of(register.rules(), register.members()).hashCode());
  }
}
