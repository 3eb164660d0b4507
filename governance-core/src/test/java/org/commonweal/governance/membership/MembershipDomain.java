package org.commonweal.governance.membership;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonweal.governance.base.Fraction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * jqwik arbitraries for the membership package: identifiers, attested facts, eligibility rules,
 * membership rules, members, registers, sequences of register changes, and changes a register must
 * refuse.
 *
 * <p>What generated values guarantee:
 *
 * <ul>
 *   <li>{@link MemberId}s are {@code M-0001} to {@code M-0040}, so that generated changes often hit
 *       existing members; {@link ClassId}s are {@code class-1} to {@code class-4} or {@link #RESTRICTED}.
 *   <li>{@link Eligibility} rules are trees of depth at most 3 over every kind of condition, with areas,
 *       statements and ages drawn from small pools, so that facts often meet them.
 *   <li>{@link MembershipRules} have 1 to 4 ordinary classes, whose rules all pass for the scenario's
 *       witness facts on {@link #START}, plus the class {@link #RESTRICTED}, whose rule needs a
 *       statement no generated facts attest; either class policy.
 *   <li>{@link Register}s are built directly (not by admission) from members with valid histories
 *       dated from {@link #START}; ids are distinct, classes defined, and the class policy obeyed.
 *   <li>{@link RegisterOp.Scenario}s hold admissions with distinct ids and then up to 30 changes of
 *       every kind, dated in mostly increasing order with occasional steps back, valid or not.
 *   <li>{@link RegisterOp.Invalid} changes are each refused with a known {@link
 *       MembershipRejectionCode}, one generator per code, built directly on a generated register.
 * </ul>
 *
 * <p>{@link Eligibility} is a sealed interface of records, which jqwik cannot generate by type: the
 * provider here is explicit, and builds the rules through the factories.
 */
public class MembershipDomain extends DomainContextBase {
  /** The date from which generated histories and changes are dated. */
  public static final LocalDate START = LocalDate.of(2025, 1, 1);

  /** A class no generated facts are eligible for. */
  public static final ClassId RESTRICTED = ClassId.of("restricted");

  /** The statement that {@link #RESTRICTED} needs and no generated facts attest. */
  public static final String RESTRICTED_STATEMENT = "holds a qualification no one has";

  static final List<String> AREAS = List.of("Ashby ward", "Brook ward", "the area of benefit");
  static final List<String> STATEMENTS = List.of("parent or carer of a student", "member of the leadership team");
  static final int ID_POOL = 40;

  static MemberId memberId(int n) {
    return MemberId.of(String.format("M-%04d", n));
  }

  /**
   * Member ids from a small pool.
   *
   * @return ids {@code M-0001} to {@code M-0040}
   */
  @Provide
  public Arbitrary<MemberId> memberIds() {
    return Arbitraries.integers().between(1, ID_POOL).map(MembershipDomain::memberId);
  }

  /**
   * Ordinary class ids.
   *
   * @return ids {@code class-1} to {@code class-4}
   */
  @Provide
  public Arbitrary<ClassId> classIds() {
    return Arbitraries.integers().between(1, 4).map(i -> ClassId.of("class-" + i));
  }

  /**
   * Attested facts, each fact present or not.
   *
   * @return facts over the domain's pools
   */
  @Provide
  public Arbitrary<Facts> facts() {
    Arbitrary<java.util.Optional<LocalDate>> born =
        Arbitraries.integers().between(0, 365 * 70).map(d -> LocalDate.of(1955, 1, 1).plusDays(d)).optional(0.8);
    Arbitrary<Set<String>> areas = Arbitraries.subsetOf(AREAS);
    Arbitrary<java.util.Optional<Fraction>> hours =
        Arbitraries.integers().between(0, 80).map(h -> Fraction.of(h, 2)).optional(0.7);
    Arbitrary<java.util.Optional<Boolean>> tenant = Arbitraries.of(true, false).optional(0.7);
    Arbitrary<java.util.Optional<Boolean>> enrolled = Arbitraries.of(true, false).optional(0.7);
    Arbitrary<java.util.Optional<MemberKind>> kind = Arbitraries.of(MemberKind.class).optional(0.5);
    Arbitrary<Set<String>> statements = Arbitraries.subsetOf(STATEMENTS);
    return Combinators.combine(born, areas, hours, tenant, enrolled, kind, statements)
        .as((b, a, h, t, e, k, s) ->
            Facts.builder()
                .dateOfBirth(b)
                .areasOfResidence(a)
                .weeklyHours(h)
                .tenant(t)
                .enrolled(e)
                .memberKind(k)
                .statements(s)
                .build());
  }

  /**
   * Single conditions of every kind.
   *
   * @return leaves of eligibility trees
   */
  public Arbitrary<Eligibility> conditions() {
    return Arbitraries.oneOf(
        Arbitraries.just(Eligibility.always()),
        Arbitraries.integers().between(0, 40).map(Eligibility::minimumAge),
        Arbitraries.of(AREAS).map(Eligibility::residentIn),
        Arbitraries.integers().between(0, 40).map(h -> Eligibility.employedAtLeastHours(Fraction.of(h, 2))),
        Arbitraries.of(Eligibility.tenant(), Eligibility.enrolled(), Eligibility.memberOrganisation()),
        Arbitraries.of(STATEMENTS).map(Eligibility::attested));
  }

  /**
   * Eligibility rules: trees of depth at most 3.
   *
   * @return rules
   */
  @Provide
  public Arbitrary<Eligibility> eligibility() {
    return Arbitraries.recursive(this::conditions, this::combined, 0, 3);
  }

  private Arbitrary<Eligibility> combined(Arbitrary<Eligibility> parts) {
    return Arbitraries.oneOf(
        parts.list().ofMinSize(2).ofMaxSize(3).map(Eligibility::allOf),
        parts.list().ofMinSize(2).ofMaxSize(3).map(Eligibility::anyOf),
        parts.map(Eligibility::not));
  }

  /**
   * Returns {@code rule} if {@code witness} meets it on {@link #START}, else its negation, which it then
   * meets: a rule built to be satisfiable, without filtering.
   */
  static Eligibility metBy(Eligibility rule, Facts witness) {
    return rule.decide(witness, START).met() ? rule : Eligibility.not(rule);
  }

  /**
   * Membership rules with the restricted class; see the class doc.
   *
   * @return rules
   */
  @Provide
  public Arbitrary<MembershipRules> rules() {
    return facts().flatMap(this::rulesMetBy);
  }

  Arbitrary<MembershipRules> rulesMetBy(Facts witness) {
    return Combinators.combine(eligibility().list().ofMinSize(1).ofMaxSize(4), Arbitraries.of(ClassPolicy.class))
        .as((rules, policy) -> rulesOf(rules, policy, witness));
  }

  static MembershipRules rulesOf(List<Eligibility> rules, ClassPolicy policy, Facts witness) {
    MembershipRules.Builder b = MembershipRules.builder();
    b.classPolicy(policy);
    for (int i = 0; i < rules.size(); i++) {
      b.addClasses(StakeholderClass.of(ClassId.of("class-" + (i + 1)), "Class " + (i + 1), metBy(rules.get(i), witness)));
    }
    b.addClasses(StakeholderClass.of(RESTRICTED, "Restricted", Eligibility.attested(RESTRICTED_STATEMENT)));
    return b.build();
  }

  /** The random choices that make one member's history; interpreted by {@link #member}. */
  record MemberSeed(int name, MemberKind kind, int classPick, List<Integer> steps, List<Integer> gaps) {}

  Arbitrary<MemberSeed> memberSeeds() {
    return Combinators.combine(
            Arbitraries.integers().between(0, NAMES.size() - 1),
            Arbitraries.of(MemberKind.class),
            Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 4).list().ofMaxSize(5),
            Arbitraries.integers().between(0, 60).list().ofSize(6))
        .as(MemberSeed::new);
  }

  static final List<String> NAMES =
      List.of("Ada Okafor", "Bilal Khan", "Cerys Evans", "Dmitri Volkov", "Eilidh Ross", "Farah Said", "Gwen Price");

  /**
   * Interprets a seed as a valid member: admitted on {@link #START} plus a gap, then changes that the
   * status allows, each at a further gap.
   */
  static Member member(MemberId id, MemberSeed seed, MembershipRules rules) {
    List<ClassId> ordinary = new ArrayList<>(rules.classIds());
    Set<ClassId> classes = initialClasses(ordinary, seed.classPick(), rules.classPolicy());
    LocalDate date = START.plusDays(seed.gaps().get(0));
    Member.Builder b = Member.builder();
    b.id(id).name(NAMES.get(seed.name())).kind(seed.kind());
    b.addHistory(MemberEvent.of(date, MemberEvent.Kind.ADMITTED, classes, ""));
    MemberStatus status = MemberStatus.ADMITTED;
    for (int i = 0; i < seed.steps().size() && status != MemberStatus.CEASED; i++) {
      date = date.plusDays(seed.gaps().get(i + 1));
      int step = seed.steps().get(i);
      if (status == MemberStatus.ADMITTED && step == 0) {
        b.addHistory(MemberEvent.of(date, MemberEvent.Kind.SUSPENDED, classes, "arrears"));
        status = MemberStatus.SUSPENDED;
      } else if (status == MemberStatus.SUSPENDED && step <= 1) {
        b.addHistory(MemberEvent.of(date, MemberEvent.Kind.REINSTATED, classes, ""));
        status = MemberStatus.ADMITTED;
      } else if (step == 2) {
        b.addHistory(MemberEvent.of(date, MemberEvent.Kind.CEASED, classes, "resigned"));
        status = MemberStatus.CEASED;
      } else if (status == MemberStatus.ADMITTED && step == 3) {
        classes = initialClasses(ordinary, seed.classPick() + i + 1, rules.classPolicy());
        b.addHistory(MemberEvent.of(date, MemberEvent.Kind.CLASSES_CHANGED, classes, "moved"));
      }
    }
    return b.build();
  }

  private static Set<ClassId> initialClasses(List<ClassId> all, int pick, ClassPolicy policy) {
    ClassId first = all.get(pick % all.size());
    if (policy == ClassPolicy.ONE_CLASS || all.size() < 2 || pick % 3 != 0) {
      return Set.of(first);
    }
    return Set.of(first, all.get((pick + 1) % all.size()));
  }

  /**
   * Registers built directly; see the class doc.
   *
   * @return registers of up to 12 members
   */
  @Provide
  public Arbitrary<Register> registers() {
    return rules().flatMap(this::registersUnder);
  }

  Arbitrary<Register> registersUnder(MembershipRules rules) {
    return memberSeeds().list().ofMaxSize(12).map(seeds -> {
      List<Member> members = new ArrayList<>();
      for (int i = 0; i < seeds.size(); i++) {
        members.add(member(memberId(i + 1), seeds.get(i), rules));
      }
      return Register.of(rules, members);
    });
  }

  /**
   * Scenarios of admissions and changes; see the class doc.
   *
   * @return scenarios
   */
  @Provide
  public Arbitrary<RegisterOp.Scenario> scenarios() {
    return facts().flatMap(witness -> rulesMetBy(witness).flatMap(rules -> scenario(rules, witness)));
  }

  private Arbitrary<RegisterOp.Scenario> scenario(MembershipRules rules, Facts witness) {
    List<ClassId> classes = ImmutableList.copyOf(rules.classIds());
    Arbitrary<Facts> facts = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.just(witness)), net.jqwik.api.Tuple.of(1, facts()));
    // Admissions are to ordinary classes; changes occasionally name the restricted class.
    Arbitrary<ClassId> ordinaryClass = Arbitraries.of(classes.subList(0, classes.size() - 1));
    Arbitrary<ClassId> someClass = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, ordinaryClass), net.jqwik.api.Tuple.of(1, Arbitraries.just(RESTRICTED)));
    Arbitrary<List<RegisterOp.Admit>> admissions =
        Arbitraries.integers().between(1, 15).set().ofMinSize(2).ofMaxSize(10).flatMap(ids -> {
          List<Arbitrary<RegisterOp.Admit>> each = new ArrayList<>();
          for (int id : ids) {
            each.add(Combinators.combine(facts, ordinaryClass.set().ofMinSize(1).ofMaxSize(2), Arbitraries.integers().between(0, 30))
                .as((f, cs, day) -> new RegisterOp.Admit(application(memberId(id), f, cs), START.plusDays(day))));
          }
          return Combinators.combine(each).as(ArrayList::new);
        });
    Arbitrary<Integer> step = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0, 20)), net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-40, -1)));
    return admissions.flatMap(admitted -> {
      // Most changes concern an applicant of the scenario; some an id never admitted.
      List<MemberId> applicants = admitted.stream().map(RegisterOp.Admit::member).toList();
      Arbitrary<MemberId> someMember = Arbitraries.frequencyOf(
          net.jqwik.api.Tuple.of(6, Arbitraries.of(applicants)),
          net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 18).map(MembershipDomain::memberId)));
      Arbitrary<RegisterOp> op = Combinators.combine(
              Arbitraries.integers().between(0, 6), someMember, someClass, facts, someClass.set().ofMinSize(1).ofMaxSize(2))
          .as((kind, id, c, f, cs) -> opOf(kind, id, c, kind == 0 ? f : withoutKind(f), cs));
      return Combinators.combine(op.list().ofMinSize(5).ofMaxSize(30), step.list().ofSize(30))
          .as((list, steps) -> new RegisterOp.Scenario(rules, witness, admitted, dated(list, steps)));
    });
  }

  /**
   * Facts for a change of class attest no kind: the member's recorded kind is filled in, and a
   * contradicting kind is a caller error, not a rejection.
   */
  static Facts withoutKind(Facts f) {
    return Facts.builder().from(f).memberKind(java.util.Optional.empty()).build();
  }

  static Application application(MemberId id, Facts facts, Set<ClassId> classes) {
    return Application.builder()
        .id(id)
        .name("Applicant " + id)
        .kind(facts.memberKind().orElse(MemberKind.INDIVIDUAL))
        .classes(classes)
        .facts(facts)
        .build();
  }

  /** An op of the given kind, dated at the placeholder {@link #START}; {@link #dated} sets the dates. */
  private static RegisterOp opOf(int kind, MemberId id, ClassId c, Facts f, Set<ClassId> cs) {
    switch (kind) {
      case 0:
        return new RegisterOp.Admit(application(id, f, cs), START);
      case 1:
        return new RegisterOp.ChangeClass(id, c, f, START);
      case 2:
        return new RegisterOp.JoinClass(id, c, f, START);
      case 3:
        return new RegisterOp.LeaveClass(id, c, START);
      case 4:
        return new RegisterOp.Suspend(id, START, "arrears");
      case 5:
        return new RegisterOp.Reinstate(id, START);
      default:
        return new RegisterOp.Cease(id, START, "resigned");
    }
  }

  /** Dates the ops by running sums of the steps from 40 days after {@link #START}. */
  private static List<RegisterOp> dated(List<RegisterOp> ops, List<Integer> steps) {
    List<RegisterOp> out = new ArrayList<>();
    LocalDate date = START.plusDays(40);
    for (int i = 0; i < ops.size(); i++) {
      date = date.plusDays(steps.get(i));
      out.add(withDate(ops.get(i), date));
    }
    return out;
  }

  static RegisterOp withDate(RegisterOp op, LocalDate d) {
    if (op instanceof RegisterOp.Admit a) {
      return new RegisterOp.Admit(a.application(), d);
    } else if (op instanceof RegisterOp.ChangeClass c) {
      return new RegisterOp.ChangeClass(c.member(), c.to(), c.facts(), d);
    } else if (op instanceof RegisterOp.JoinClass j) {
      return new RegisterOp.JoinClass(j.member(), j.stakeholderClass(), j.facts(), d);
    } else if (op instanceof RegisterOp.LeaveClass l) {
      return new RegisterOp.LeaveClass(l.member(), l.stakeholderClass(), d);
    } else if (op instanceof RegisterOp.Suspend s) {
      return new RegisterOp.Suspend(s.member(), d, s.reason());
    } else if (op instanceof RegisterOp.Reinstate r) {
      return new RegisterOp.Reinstate(r.member(), d);
    }
    RegisterOp.Cease c = (RegisterOp.Cease) op;
    return new RegisterOp.Cease(c.member(), d, c.reason());
  }

  /**
   * Changes a register must refuse, one generator per rejection code; see the class doc.
   *
   * @return invalid changes with their expected codes
   */
  @Provide
  public Arbitrary<RegisterOp.Invalid> invalidOperations() {
    return Combinators.combine(registers(), Arbitraries.of(MembershipRejectionCode.class), Arbitraries.integers().between(0, 3))
        .as(MembershipDomain::invalid);
  }

  /** The subject of an invalid change: an id outside the generated pool. */
  static final MemberId SUBJECT = MemberId.of("Z-0001");

  static RegisterOp.Invalid invalid(Register base, MembershipRejectionCode code, int variant) {
    MembershipRules rules = base.rules();
    ClassId c = rules.classIds().asList().get(0);
    LocalDate later = START.plusDays(400);
    switch (code) {
      case UNKNOWN_CLASS:
        return new RegisterOp.Invalid(
            base, new RegisterOp.Admit(application(SUBJECT, Facts.none(), Set.of(ClassId.of("no-such-class"))), later), code);
      case NOT_ELIGIBLE:
        return new RegisterOp.Invalid(base, new RegisterOp.Admit(application(SUBJECT, Facts.none(), Set.of(RESTRICTED)), later), code);
      case DUPLICATE_MEMBER_ID: {
        Register r = with(base, subject(c, MemberEvent.Kind.ADMITTED));
        return new RegisterOp.Invalid(r, new RegisterOp.Admit(application(SUBJECT, Facts.none(), Set.of(c)), later), code);
      }
      case ONE_CLASS_ONLY: {
        Register r = Register.of(MembershipRules.of(ClassPolicy.ONE_CLASS, rules.classes()), oneClassMembers(base));
        Set<ClassId> two = Set.of(c, RESTRICTED);
        if (variant % 2 == 0) {
          return new RegisterOp.Invalid(r, new RegisterOp.Admit(application(SUBJECT, Facts.none(), two), later), code);
        }
        Register withSubject = with(r, subject(c, MemberEvent.Kind.ADMITTED));
        return new RegisterOp.Invalid(withSubject, new RegisterOp.JoinClass(SUBJECT, RESTRICTED, Facts.none(), later), code);
      }
      case UNKNOWN_MEMBER:
        return new RegisterOp.Invalid(base, anyChange(SUBJECT, c, later, variant), code);
      case MEMBER_CEASED:
        return new RegisterOp.Invalid(with(base, subject(c, MemberEvent.Kind.CEASED)), anyChange(SUBJECT, c, later, variant), code);
      case MEMBER_SUSPENDED: {
        Register r = with(base, subject(c, MemberEvent.Kind.SUSPENDED));
        RegisterOp op = variant == 0 ? new RegisterOp.Suspend(SUBJECT, later, "") : anyClassChange(SUBJECT, c, later, variant);
        return new RegisterOp.Invalid(r, op, code);
      }
      case NOT_SUSPENDED:
        return new RegisterOp.Invalid(with(base, subject(c, MemberEvent.Kind.ADMITTED)), new RegisterOp.Reinstate(SUBJECT, later), code);
      case DATE_OUT_OF_ORDER: {
        Register r = with(base, subject(c, MemberEvent.Kind.ADMITTED));
        // Any change but a reinstatement, which an admitted member is refused for another reason.
        RegisterOp op = variant == 2 ? anyClassChange(SUBJECT, c, START.minusDays(1), 1) : anyChange(SUBJECT, c, START.minusDays(1), variant);
        return new RegisterOp.Invalid(r, op, code);
      }
      case ALREADY_IN_CLASS:
        return new RegisterOp.Invalid(
            with(base, subject(c, MemberEvent.Kind.ADMITTED)), new RegisterOp.ChangeClass(SUBJECT, c, Facts.none(), later), code);
      case NOT_IN_CLASS:
        return new RegisterOp.Invalid(
            with(base, subject(c, MemberEvent.Kind.ADMITTED)), new RegisterOp.LeaveClass(SUBJECT, RESTRICTED, later), code);
      default: // LAST_CLASS
        return new RegisterOp.Invalid(with(base, subject(c, MemberEvent.Kind.ADMITTED)), new RegisterOp.LeaveClass(SUBJECT, c, later), code);
    }
  }

  /** A change that checks the member first: any of suspend, reinstate, cease, or a class change. */
  private static RegisterOp anyChange(MemberId id, ClassId c, LocalDate on, int variant) {
    switch (variant) {
      case 0:
        return new RegisterOp.Suspend(id, on, "");
      case 1:
        return new RegisterOp.Cease(id, on, "");
      case 2:
        return new RegisterOp.Reinstate(id, on);
      default:
        return anyClassChange(id, c, on, variant);
    }
  }

  private static RegisterOp anyClassChange(MemberId id, ClassId c, LocalDate on, int variant) {
    switch (variant % 3) {
      case 0:
        return new RegisterOp.ChangeClass(id, RESTRICTED, Facts.none(), on);
      case 1:
        return new RegisterOp.JoinClass(id, RESTRICTED, Facts.none(), on);
      default:
        return new RegisterOp.LeaveClass(id, c, on);
    }
  }

  /** The subject, in class {@code c}, admitted on {@link #START} and, for a later status, changed on the same day. */
  static Member subject(ClassId c, MemberEvent.Kind last) {
    Member.Builder b = Member.builder();
    b.id(SUBJECT).name("Subject").addHistory(MemberEvent.of(START, MemberEvent.Kind.ADMITTED, Set.of(c), ""));
    if (last != MemberEvent.Kind.ADMITTED) {
      b.addHistory(MemberEvent.of(START, last, Set.of(c), ""));
    }
    return b.build();
  }

  static Register with(Register r, Member m) {
    List<Member> members = new ArrayList<>(r.members());
    members.add(m);
    return Register.of(r.rules(), members);
  }

  /**
   * The base register's members, each reduced to its first class, valid under one-class rules; a change
   * of class that no longer changes anything is dropped.
   */
  private static List<Member> oneClassMembers(Register base) {
    List<Member> out = new ArrayList<>();
    for (Member m : base.members()) {
      Member.Builder b = Member.builder();
      b.id(m.id()).name(m.name()).kind(m.kind());
      ClassId current = m.history().get(0).classes().first();
      for (MemberEvent e : m.history()) {
        ClassId first = e.classes().first();
        if (e.kind() == MemberEvent.Kind.CLASSES_CHANGED && first.equals(current)) {
          continue;
        }
        current = first;
        b.addHistory(MemberEvent.of(e.date(), e.kind(), Set.of(first), e.note()));
      }
      out.add(b.build());
    }
    return out;
  }
}
