package org.commonweal.governance.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import org.commonweal.governance.base.Fraction;

/**
 * Eligibility rules against a slow, obviously correct oracle: a tree of test-side rule specifications
 * that both builds the rule and evaluates it by hand from the facts.
 */
@Domain(MembershipDomain.class)
class EligibilityProperties {

  /** A rule as plain data, evaluated by {@link #holds}. */
  sealed interface Spec {
    Eligibility build();

    boolean holds(Facts f, LocalDate on);

    int size();
  }

  record Always() implements Spec {
    public Eligibility build() {
      return Eligibility.always();
    }

    public boolean holds(Facts f, LocalDate on) {
      return true;
    }

    public int size() {
      return 1;
    }
  }

  record MinAge(int years) implements Spec {
    public Eligibility build() {
      return Eligibility.minimumAge(years);
    }

    /** The age is reached on the anniversary of birth; for 29 February, 1 March in common years. */
    public boolean holds(Facts f, LocalDate on) {
      if (f.dateOfBirth().isEmpty()) {
        return false;
      }
      LocalDate born = f.dateOfBirth().get();
      int year = born.getYear() + years;
      LocalDate anniversary =
          born.getMonth() == Month.FEBRUARY && born.getDayOfMonth() == 29 && !Year.isLeap(year)
              ? LocalDate.of(year, 3, 1)
              : LocalDate.of(year, born.getMonth(), born.getDayOfMonth());
      return !on.isBefore(anniversary);
    }

    public int size() {
      return 1;
    }
  }

  record Resident(String area) implements Spec {
    public Eligibility build() {
      return Eligibility.residentIn(area);
    }

    public boolean holds(Facts f, LocalDate on) {
      return f.areasOfResidence().contains(area);
    }

    public int size() {
      return 1;
    }
  }

  record Hours(int halfHours) implements Spec {
    public Eligibility build() {
      return Eligibility.employedAtLeastHours(Fraction.of(halfHours, 2));
    }

    /** Compares in half hours, as whole numbers: weekly hours h meet the minimum when 2h >= halfHours. */
    public boolean holds(Facts f, LocalDate on) {
      return f.weeklyHours().map(h -> h.times(2).compareTo(Fraction.of(halfHours)) >= 0).orElse(false);
    }

    public int size() {
      return 1;
    }
  }

  record Flag(int which) implements Spec {
    public Eligibility build() {
      return which == 0 ? Eligibility.tenant() : which == 1 ? Eligibility.enrolled() : Eligibility.memberOrganisation();
    }

    public boolean holds(Facts f, LocalDate on) {
      if (which == 0) {
        return f.tenant().equals(Optional.of(true));
      }
      if (which == 1) {
        return f.enrolled().equals(Optional.of(true));
      }
      return f.memberKind().isPresent() && f.memberKind().get() != MemberKind.INDIVIDUAL;
    }

    public int size() {
      return 1;
    }
  }

  record Statement(String text) implements Spec {
    public Eligibility build() {
      return Eligibility.attested(text);
    }

    public boolean holds(Facts f, LocalDate on) {
      return f.statements().contains(text);
    }

    public int size() {
      return 1;
    }
  }

  record All(List<Spec> parts) implements Spec {
    public Eligibility build() {
      return Eligibility.allOf(parts.stream().map(Spec::build).toList());
    }

    public boolean holds(Facts f, LocalDate on) {
      for (Spec p : parts) {
        if (!p.holds(f, on)) {
          return false;
        }
      }
      return true;
    }

    public int size() {
      return 1 + parts.stream().mapToInt(Spec::size).sum();
    }
  }

  record Any(List<Spec> parts) implements Spec {
    public Eligibility build() {
      return Eligibility.anyOf(parts.stream().map(Spec::build).toList());
    }

    public boolean holds(Facts f, LocalDate on) {
      for (Spec p : parts) {
        if (p.holds(f, on)) {
          return true;
        }
      }
      return false;
    }

    public int size() {
      return 1 + parts.stream().mapToInt(Spec::size).sum();
    }
  }

  record Not(Spec part) implements Spec {
    public Eligibility build() {
      return Eligibility.not(part.build());
    }

    public boolean holds(Facts f, LocalDate on) {
      return !part.holds(f, on);
    }

    public int size() {
      return 1 + part.size();
    }
  }

  @Provide
  Arbitrary<Spec> specs() {
    Arbitrary<Spec> leaves = Arbitraries.oneOf(
        Arbitraries.just(new Always()),
        Arbitraries.integers().between(0, 40).map(MinAge::new),
        Arbitraries.of(MembershipDomain.AREAS).map(Resident::new),
        Arbitraries.integers().between(0, 80).map(Hours::new),
        Arbitraries.integers().between(0, 2).map(Flag::new),
        Arbitraries.of(MembershipDomain.STATEMENTS).map(Statement::new));
    return Arbitraries.recursive(
        () -> leaves,
        parts -> Arbitraries.oneOf(
            parts.list().ofMinSize(2).ofMaxSize(3).map(All::new),
            parts.list().ofMinSize(2).ofMaxSize(3).map(Any::new),
            parts.map(Not::new)),
        0,
        3);
  }

  /** Dates of evaluation, with 28 February and 1 March of common and leap years well represented. */
  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 365 * 80).map(d -> LocalDate.of(1960, 1, 1).plusDays(d)),
        Arbitraries.integers().between(1990, 2060).flatMap(y -> Arbitraries.of(LocalDate.of(y, 2, 28), LocalDate.of(y, 3, 1))));
  }

  /** Facts from the domain, sometimes born on 29 February. */
  @Provide
  Arbitrary<Facts> factsWithLeapBirthdays() {
    Arbitrary<Facts> domain = new MembershipDomain().facts();
    return Arbitraries.oneOf(
        domain,
        domain.flatMap(f -> Arbitraries.of(1960, 1964, 1988, 2000, 2004, 2012)
            .map(y -> Facts.builder().from(f).dateOfBirth(LocalDate.of(y, 2, 29)).build())));
  }

  @Property(tries = 1000)
  void decide_agreesWithTheOracle(
      @ForAll("specs") Spec spec, @ForAll("factsWithLeapBirthdays") Facts facts, @ForAll("dates") LocalDate on) {
    assertEquals(spec.holds(facts, on), spec.build().decide(facts, on).met(), () -> spec + " on " + on + " for " + facts);
  }

  @Property(tries = 300)
  void explain_hasOneLinePerRuleAndAgreesWithEachPart(
      @ForAll("specs") Spec spec, @ForAll("factsWithLeapBirthdays") Facts facts, @ForAll("dates") LocalDate on) {
    EligibilityDecision r = spec.build().decide(facts, on);
    assertEquals(spec.size(), r.explain().lines().count());
    assertEquals(r.met(), r.explain().startsWith("[pass]"));
    assertFalse(r.reason().isBlank());
  }

  @Property(tries = 300)
  void not_passesExactlyWhenTheRuleFails(@ForAll Eligibility rule, @ForAll Facts facts, @ForAll("dates") LocalDate on) {
    assertEquals(!rule.decide(facts, on).met(), Eligibility.not(rule).decide(facts, on).met());
    assertEquals(rule.decide(facts, on).met(), Eligibility.not(Eligibility.not(rule)).decide(facts, on).met());
  }

  @Property(tries = 300)
  void andOr_areConjunctionAndDisjunction(
      @ForAll Eligibility a, @ForAll Eligibility b, @ForAll Facts facts, @ForAll("dates") LocalDate on) {
    boolean pa = a.decide(facts, on).met();
    boolean pb = b.decide(facts, on).met();
    assertEquals(pa && pb, a.and(b).decide(facts, on).met());
    assertEquals(pa || pb, a.or(b).decide(facts, on).met());
  }

  @Property(tries = 300)
  void equalSpecs_buildEqualRulesThatHashAlike(@ForAll("specs") Spec spec) {
    Eligibility one = spec.build();
    Eligibility two = spec.build();
    assertEquals(one, two);
    assertEquals(one.hashCode(), two.hashCode());
    assertEquals(one.description(), two.description());
  }

  @Property(tries = 200)
  void everyConditionButAlways_failsOnNoFactsSayingSo(@ForAll("specs") Spec spec, @ForAll("dates") LocalDate on) {
    if (spec instanceof Always || spec instanceof All || spec instanceof Any || spec instanceof Not) {
      return;
    }
    EligibilityDecision r = spec.build().decide(Facts.none(), on);
    assertFalse(r.met());
    assertTrue(r.reason().contains("not attested") || r.reason().contains("residence not attested"), r.reason());
  }

  /**
   * Rebuilds a rule from its records' components alone, case by case, as a storage written type by type
   * would read it back: no factory, no reflection.
   */
  static Eligibility copy(Eligibility rule) {
    if (rule instanceof Eligibility.Always) {
      return new Eligibility.Always();
    } else if (rule instanceof Eligibility.MinimumAge r) {
      return new Eligibility.MinimumAge(r.years());
    } else if (rule instanceof Eligibility.ResidentIn r) {
      return new Eligibility.ResidentIn(r.area());
    } else if (rule instanceof Eligibility.MinimumHours r) {
      return new Eligibility.MinimumHours(r.hours());
    } else if (rule instanceof Eligibility.Tenant) {
      return new Eligibility.Tenant();
    } else if (rule instanceof Eligibility.Enrolled) {
      return new Eligibility.Enrolled();
    } else if (rule instanceof Eligibility.Organisation) {
      return new Eligibility.Organisation();
    } else if (rule instanceof Eligibility.Attested r) {
      return new Eligibility.Attested(r.statement());
    } else if (rule instanceof Eligibility.AllOf r) {
      return new Eligibility.AllOf(copyAll(r.parts()));
    } else if (rule instanceof Eligibility.AnyOf r) {
      return new Eligibility.AnyOf(copyAll(r.parts()));
    } else if (rule instanceof Eligibility.Not r) {
      return new Eligibility.Not(copy(r.rule()));
    }
    throw new AssertionError("a rule of no known kind: " + rule);
  }

  private static ImmutableList<Eligibility> copyAll(List<Eligibility> parts) {
    return parts.stream().map(EligibilityProperties::copy).collect(ImmutableList.toImmutableList());
  }

  @Property(tries = 300)
  void copy_throughTheRecordsComponents_isEqualAndDecidesAlike(
      @ForAll Eligibility rule, @ForAll Facts facts, @ForAll("dates") LocalDate on) {
    Eligibility copy = copy(rule);
    assertEquals(rule, copy);
    assertEquals(rule.hashCode(), copy.hashCode());
    assertEquals(rule.description(), copy.description());
    assertEquals(rule.decide(facts, on), copy.decide(facts, on));
  }

  @Property(tries = 500)
  void rules_areEqualExactlyWhenBuiltFromEqualSpecs(@ForAll("specs") Spec a, @ForAll("specs") Spec b) {
    // Specs are plain data with no two ways of saying one thing, so rule equality must follow theirs.
    assertEquals(a.equals(b), a.build().equals(b.build()), () -> a + " and " + b);
  }
}
