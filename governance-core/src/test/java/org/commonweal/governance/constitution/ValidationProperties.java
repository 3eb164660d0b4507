package org.commonweal.governance.constitution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.board.BoardRules;
import org.commonweal.governance.board.ReservedSeats;
import org.commonweal.governance.board.RotationRule;
import org.commonweal.governance.constitution.ConstitutionDomain.Breakage;
import org.commonweal.governance.meeting.MeetingDomain;
import org.commonweal.governance.meeting.MeetingRules;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;

/** Properties of {@link Constitution#validate()}. */
@Domain(ConstitutionDomain.class)
class ValidationProperties {

  @Property(tries = 300)
  void validate_generatedValidConstitution_isClean(@ForAll Constitution c) {
    ValidationReport r = c.validate();
    assertEquals(List.of(), r.violations(), () -> c + "\n" + r.explain());
    assertTrue(r.isValid());
  }

  @Property(tries = 600)
  void validate_singleBreakage_reportsItsCodeAndNoOtherError(@ForAll Breakage b) {
    ValidationReport r = b.constitution().validate();
    Set<ViolationCode> codes = codes(r);
    assertTrue(codes.contains(b.code()), () -> b + "\n" + r.explain());
    Set<ViolationCode> errors = r.violations().stream().filter(v -> v.severity() == Severity.ERROR)
        .map(Violation::code).collect(Collectors.toCollection(() -> EnumSet.noneOf(ViolationCode.class)));
    assertEquals(b.code().severity() == Severity.ERROR ? EnumSet.of(b.code()) : EnumSet.noneOf(ViolationCode.class), errors,
        () -> b + "\n" + r.explain());
    for (Violation v : r.violations()) {
      assertEquals(v.code().severity(), v.severity());
      assertEquals(v.code().clause(), v.clause());
    }
  }

  @Property(tries = 200)
  void validate_switchingAWarningOff_removesExactlyIt(@ForAll Breakage b) {
    ValidationReport all = b.constitution().validate();
    for (ViolationCode w : codes(all)) {
      if (w.severity() != Severity.WARNING) {
        continue;
      }
      List<Violation> expected = new ArrayList<>(all.violations());
      expected.removeIf(v -> v.code() == w);
      assertEquals(expected, b.constitution().validate(ValidationOptions.ignoring(w)).violations());
    }
    List<Violation> noPrinciples = new ArrayList<>(all.violations());
    noPrinciples.removeIf(v -> v.code().category() == ViolationCode.Category.PRINCIPLE);
    assertEquals(noPrinciples, b.constitution().validate(ValidationOptions.withoutPrinciples()).violations());
  }

  @Property(tries = 300)
  void validate_violationsAreInClauseOrder(@ForAll Breakage b) {
    List<Violation> vs = b.constitution().validate().violations();
    for (int i = 1; i < vs.size(); i++) {
      assertTrue(vs.get(i - 1).clause().compareTo(vs.get(i).clause()) <= 0, vs::toString);
    }
  }

  /**
   * Validation never throws, however broken the rules: several breakages at once, quorum rules of
   * any shape over classes that may be undefined, boards of any size. Only building the generated value
   * may refuse it.
   */
  @Property(tries = 300)
  void validate_anyBrokenInput_neverThrows(@ForAll("anything") Optional<Constitution> c) {
    // Most generated inputs must build, or the property would test little.
    Statistics.label("built").collect(c.isPresent());
    Statistics.label("built").coverage(cov -> cov.check(true).percentage(p -> p >= 30));
    c.ifPresent(x -> {
      ValidationReport r = x.validate();
      assertEquals(r.violations().isEmpty() ? "No violations." : r.explain(), r.explain());
    });
  }

  @Provide
  Arbitrary<Optional<Constitution>> anything() {
    Arbitrary<List<Breakage>> several = ConstitutionDomain.breakages().list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<QuorumRule> quorum = MeetingDomain.rules(3);
    Arbitrary<int[]> board = Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(0, 8),
        Arbitraries.integers().between(0, 3)).as((max, general, reserved) -> new int[] {max, general, reserved});
    return Combinators.combine(several, quorum, board, Arbitraries.integers().between(1, 10))
        .as((bs, q, size, tenths) -> {
          try {
            // The first breakage's constitution, with the others' changed parts laid over it.
            Constitution.Builder out = Constitution.builder().from(bs.get(0).constitution());
            for (Breakage b : bs.subList(1, bs.size())) {
              Constitution x = b.constitution();
              out.matters(x.matters()).voting(x.voting()).shareClasses(x.shareClasses()).statutoryCap(x.statutoryCap())
                  .assetLock(x.assetLock()).staffClasses(x.staffClasses()).investorClasses(x.investorClasses());
            }
            Constitution base = out.build();
            BoardRules.Builder br = BoardRules.builder().minSize(1).maxSize(size[0]).generalSeats(size[1]);
            for (int i = 0; i < size[2]; i++) {
              br.addReserved(new ReservedSeats(ClassId.of("c" + (i + 1)), 1 + i));
            }
            return Optional.of(Constitution.builder().from(base)
                .generalMeetings(MeetingRules.builder().from(base.generalMeetings()).quorum(q).build())
                .board(br.build())
                .rotation(RotationRule.tableA().withFraction(org.commonweal.governance.base.Fraction.of(tenths, 10)))
                .build());
          } catch (InvalidValueException e) {
            return Optional.<Constitution>empty();
          }
        });
  }

  private static Set<ViolationCode> codes(ValidationReport r) {
    return r.violations().stream().map(Violation::code)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ViolationCode.class)));
  }
}
