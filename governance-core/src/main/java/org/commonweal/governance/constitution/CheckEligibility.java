package org.commonweal.governance.constitution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.membership.Eligibility;
import org.jspecify.annotations.Nullable;

/**
 * Whether an eligibility rule can ever be met: a search over every kind of person the rule can tell
 * apart. A rule reads a handful of facts, and only the thresholds it names matter: an age is one of the
 * minimum ages named (or below them all, or unknown), likewise the weekly hours; each area, statement,
 * tenancy, enrolment and being an organisation is yes or no (a missing fact fails like a no). So the
 * rule is met by some person exactly when it is met by one of (a + 1)(h + 1)2^b representatives, for a
 * ages, h hours and b yes-or-no facts named.
 *
 * <p>Bounded: a rule naming so many facts that the representatives exceed {@link #MAX_CASES} is taken
 * as satisfiable (the validation then says nothing of it, rather than a false error); constitutions name
 * two or three.
 */
final class CheckEligibility {
  /** The most representatives tried: 2^12. */
  static final int MAX_CASES = 1 << 12;

  private CheckEligibility() {}

  /**
   * Returns whether some person meets the rule; with {@code organisation} given, some person of that
   * kind (an organisation, or a natural person).
   */
  static boolean satisfiable(Eligibility rule, Optional<Boolean> organisation) {
    Atoms atoms = new Atoms();
    atoms.collect(rule);
    List<Integer> ages = new ArrayList<>(atoms.ages);
    List<Fraction> hours = new ArrayList<>(atoms.hours);
    List<String> flags = new ArrayList<>(atoms.flags);
    long cases = ((long) (ages.size() + 1) * (hours.size() + 1)) << Math.min(flags.size(), 40);
    if (flags.size() > 30 || cases > MAX_CASES) {
      return true;
    }
    for (int a = -1; a < ages.size(); a++) {
      for (int h = -1; h < hours.size(); h++) {
        for (long bits = 0; bits < (1L << flags.size()); bits++) {
          Person p = new Person(a < 0 ? -1 : ages.get(a), h < 0 ? null : hours.get(h), flags, bits);
          if (organisation.isPresent() && p.is(Atoms.ORGANISATION) != organisation.get()) {
            continue;
          }
          if (p.meets(rule)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The facts a rule names. */
  private static final class Atoms {
    static final String TENANT = "\u0000tenant";
    static final String ENROLLED = "\u0000enrolled";
    static final String ORGANISATION = "\u0000organisation";
    final TreeSet<Integer> ages = new TreeSet<>();
    final TreeSet<Fraction> hours = new TreeSet<>();
    final TreeSet<String> flags = new TreeSet<>();

    void collect(Eligibility rule) {
      if (rule instanceof Eligibility.MinimumAge r) {
        ages.add(r.years());
      } else if (rule instanceof Eligibility.MinimumHours r) {
        hours.add(r.hours());
      } else if (rule instanceof Eligibility.ResidentIn r) {
        flags.add("area\u0000" + r.area());
      } else if (rule instanceof Eligibility.Attested r) {
        flags.add("statement\u0000" + r.statement());
      } else if (rule instanceof Eligibility.Tenant) {
        flags.add(TENANT);
      } else if (rule instanceof Eligibility.Enrolled) {
        flags.add(ENROLLED);
      } else if (rule instanceof Eligibility.Organisation) {
        flags.add(ORGANISATION);
      }
      rule.parts().forEach(this::collect);
    }
  }

  /** One representative person: an age (or -1, unknown), hours (or null, unknown) and the yes-or-no facts. */
  private record Person(int age, @Nullable Fraction hours, List<String> flags, long bits) {
    boolean is(String flag) {
      int i = flags.indexOf(flag);
      return i >= 0 && (bits & (1L << i)) != 0;
    }

    boolean meets(Eligibility rule) {
      if (rule instanceof Eligibility.Always) {
        return true;
      } else if (rule instanceof Eligibility.MinimumAge r) {
        return age >= r.years();
      } else if (rule instanceof Eligibility.MinimumHours r) {
        Fraction h = hours;
        return h != null && h.isAtLeast(r.hours());
      } else if (rule instanceof Eligibility.ResidentIn r) {
        return is("area\u0000" + r.area());
      } else if (rule instanceof Eligibility.Attested r) {
        return is("statement\u0000" + r.statement());
      } else if (rule instanceof Eligibility.Tenant) {
        return is(Atoms.TENANT);
      } else if (rule instanceof Eligibility.Enrolled) {
        return is(Atoms.ENROLLED);
      } else if (rule instanceof Eligibility.Organisation) {
        return is(Atoms.ORGANISATION);
      } else if (rule instanceof Eligibility.AllOf r) {
        return r.parts().stream().allMatch(this::meets);
      } else if (rule instanceof Eligibility.AnyOf r) {
        return r.parts().stream().anyMatch(this::meets);
      } else if (rule instanceof Eligibility.Not r) {
        return !meets(r.rule());
      }
      throw new AssertionError("an eligibility rule the check does not know: " + rule.getClass());
    }
  }
}
