package org.commonweal.governance.shares;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.DomainContextBase;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.membership.Application;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.ClassPolicy;
import org.commonweal.governance.membership.Eligibility;
import org.commonweal.governance.membership.Facts;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.MemberKind;
import org.commonweal.governance.membership.MembershipRejectionCode;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.Register;
import org.commonweal.governance.membership.RegisterOp;
import org.commonweal.governance.membership.StakeholderClass;

/**
 * jqwik arbitraries for the shares package: money, share classes with their limits, statutory caps,
 * sequences of ledger changes, and changes a ledger must refuse.
 *
 * <p>What generated values guarantee:
 *
 * <ul>
 *   <li>{@link Money} is in GBP, EUR, JPY or BHD, within plus or minus 10^12 minor units, so that sums of
 *       a few never overflow.
 *   <li>Ledgers are in GBP over membership rules with three classes: {@code open-1} and {@code open-2}
 *       (anyone) and {@code organisations} (organisations only), with either class policy.
 *   <li>{@link ShareClass}es have ids {@code s-1} to {@code s-3}, par values from GBP 0.01 to GBP 50,
 *       every combination of withdrawable, transferable and voting, a non-empty set of holder classes,
 *       and any limits (membership holding 0 to 2, absolute limit, relative limit with a floor). In a
 *       ledger, {@code s-1} is always community shares: withdrawable, open to every class, limited only
 *       by the membership holding and the statutory cap.
 *   <li>Caps are the Great Britain, Northern Ireland or no cap.
 *   <li>{@link ShareLedgerOp.Scenario}s admit 3 to 10 members (ids {@code M-0001} to {@code M-0012}, any
 *       kind, a class they are eligible for) and then make up to 40 changes of every kind: issues of 1 to
 *       50 shares and now and then of thousands (to reach the caps), transfers, notices of withdrawal and
 *       their completion, cessations, suspensions, reinstatements and changes of class, dated in mostly
 *       increasing order with occasional steps back.
 *   <li>{@link ShareLedgerOp.Invalid} changes are each refused with a known code, one generator per
 *       share rejection code and for the membership codes the ledger checks itself.
 * </ul>
 */
public class SharesDomain extends DomainContextBase {
  /** The date from which generated changes are dated. */
  public static final LocalDate START = LocalDate.of(2025, 1, 1);

  static final Currency GBP = Currency.getInstance("GBP");
  static final ClassId OPEN_1 = ClassId.of("open-1");
  static final ClassId OPEN_2 = ClassId.of("open-2");
  static final ClassId ORGANISATIONS = ClassId.of("organisations");
  static final List<ClassId> CLASSES = List.of(OPEN_1, OPEN_2, ORGANISATIONS);

  static MembershipRules rules(ClassPolicy policy) {
    return MembershipRules.of(
        policy,
        StakeholderClass.of(OPEN_1, "Open 1", Eligibility.always()),
        StakeholderClass.of(OPEN_2, "Open 2", Eligibility.always()),
        StakeholderClass.of(ORGANISATIONS, "Organisations", Eligibility.memberOrganisation()));
  }

  static MemberId memberId(int n) {
    return MemberId.of(String.format("M-%04d", n));
  }

  /**
   * Amounts of money in four currencies.
   *
   * @return money
   */
  @Provide
  public Arbitrary<Money> money() {
    return Combinators.combine(
            Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
            Arbitraries.of("GBP", "EUR", "JPY", "BHD").map(Currency::getInstance))
        .as(Money::ofMinor);
  }

  /**
   * Limits of every kind.
   *
   * @return limits
   */
  @Provide
  public Arbitrary<ShareLimits> limits() {
    Arbitrary<Integer> toBeMember = Arbitraries.integers().between(0, 2);
    Arbitrary<Optional<Integer>> extra = Arbitraries.integers().between(0, 4000).optional(0.3);
    Arbitrary<Optional<Integer>> percent = Arbitraries.integers().between(5, 100).optional(0.3);
    Arbitrary<Integer> floor = Arbitraries.integers().between(0, 50);
    return Combinators.combine(toBeMember, extra, percent, floor).as((m, e, p, f) -> {
      ShareLimits.Builder b = ShareLimits.builder();
      b.toBeMember(m).relativeFloor(f);
      // The absolute limit is built above the membership holding, not filtered to be.
      b.maxPerMember(e.isPresent() ? OptionalLong.of(Math.max(1, m + e.get())) : OptionalLong.empty());
      b.maxFractionOfIssued(p.map(x -> Fraction.of(x, 100)));
      return b.build();
    });
  }

  Arbitrary<ShareClass> shareClass(int n) {
    return Combinators.combine(
            Arbitraries.longs().between(1, 5000),
            Arbitraries.of(true, false).list().ofSize(3),
            Arbitraries.subsetOf(CLASSES).ofMinSize(1),
            limits(),
            Arbitraries.integers().between(0, 90),
            Arbitraries.integers().between(0, 10).optional(0.5))
        .as((par, flags, holders, limits, notice, interest) ->
            ShareClass.builder()
                .id(ShareClassId.of("s-" + n))
                .name("Share class " + n)
                .parValue(Money.ofMinor(par, GBP))
                .withdrawable(flags.get(0))
                .transferable(flags.get(1))
                .voting(flags.get(2))
                .holders(holders)
                .limits(limits)
                .withdrawalNotice(Period.ofDays(notice))
                .maxInterestRate(interest.map(i -> Fraction.of(i, 100)))
                .build());
  }

  /**
   * Community shares as the Community Shares Handbook describes them: withdrawable, open to every
   * class, limited by the statutory cap alone.
   */
  Arbitrary<ShareClass> communityShares() {
    return Combinators.combine(shareClass(1), Arbitraries.integers().between(0, 2))
        .as((c, toBeMember) -> ShareClass.builder()
            .from(c)
            .withdrawable(true)
            .holders(CLASSES)
            .limits(ShareLimits.builder().toBeMember(toBeMember).build())
            .build());
  }

  /**
   * Share classes.
   *
   * @return share classes with id {@code s-1}
   */
  @Provide
  public Arbitrary<ShareClass> shareClasses() {
    return shareClass(1);
  }

  /**
   * The three caps.
   *
   * @return caps
   */
  @Provide
  public Arbitrary<StatutoryCap> caps() {
    return Arbitraries.of(StatutoryCap.ukRegisteredSociety(), StatutoryCap.northernIrelandSociety(), StatutoryCap.none(GBP));
  }

  /**
   * Empty ledgers: rules, one to three share classes and a cap.
   *
   * @return ledgers with no members
   */
  @Provide
  public Arbitrary<ShareLedger> emptyLedgers() {
    Arbitrary<List<ShareClass>> classes = Arbitraries.integers().between(1, 3).flatMap(n -> {
      List<Arbitrary<ShareClass>> each = new ArrayList<>();
      each.add(communityShares());
      for (int i = 2; i <= n; i++) {
        each.add(shareClass(i));
      }
      return Combinators.combine(each).as(ArrayList::new);
    });
    return Combinators.combine(Arbitraries.of(ClassPolicy.class), classes, caps())
        .as((policy, cs, cap) -> ShareLedger.of(Register.empty(rules(policy)), cs, cap));
  }

  static Application application(MemberId id, MemberKind kind, int classPick) {
    // Organisations join the organisations class or an open one; individuals an open one.
    ClassId c = kind.isOrganisation() ? CLASSES.get(classPick % 3) : CLASSES.get(classPick % 2);
    return Application.builder().id(id).name("Member " + id).kind(kind).addClasses(c).build();
  }

  /**
   * Scenarios; see the class doc.
   *
   * @return scenarios
   */
  @Provide
  public Arbitrary<ShareLedgerOp.Scenario> scenarios() {
    return emptyLedgers().flatMap(empty -> {
      Arbitrary<List<ShareLedgerOp.Admit>> admissions = Arbitraries.integers().between(3, 10).flatMap(n -> {
        List<Arbitrary<ShareLedgerOp.Admit>> each = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          MemberId id = memberId(i);
          each.add(Combinators.combine(
                  Arbitraries.frequencyOf(
                      Tuple.of(6, Arbitraries.just(MemberKind.INDIVIDUAL)),
                      Tuple.of(2, Arbitraries.just(MemberKind.REGISTERED_SOCIETY)),
                      Tuple.of(1, Arbitraries.just(MemberKind.OTHER_ORGANISATION))),
                  Arbitraries.integers().between(0, 5),
                  Arbitraries.integers().between(0, 20))
              .as((kind, pick, day) -> new ShareLedgerOp.Admit(application(id, kind, pick), START.plusDays(day))));
        }
        return Combinators.combine(each).as(ArrayList::new);
      });
      return admissions.flatMap(adm -> ops(empty.shareClasses(), adm.size()).map(ops -> new ShareLedgerOp.Scenario(empty, adm, ops)));
    });
  }

  private Arbitrary<List<ShareLedgerOp>> ops(List<ShareClass> classes, int members) {
    List<ShareClassId> ids = classes.stream().map(ShareClass::id).toList();
    Arbitrary<MemberId> member = Arbitraries.frequencyOf(
        Tuple.of(12, Arbitraries.integers().between(1, members).map(SharesDomain::memberId)),
        Tuple.of(1, Arbitraries.integers().between(members + 1, 12).map(SharesDomain::memberId)));
    Arbitrary<ShareClassId> shareClass = Arbitraries.of(ids);
    // Mostly a few shares; now and then shares worth GBP 80,000 to GBP 150,000, around the caps.
    Arbitrary<Long> small = Arbitraries.longs().between(1, 50);
    Arbitrary<Long> worth = Arbitraries.longs().between(8_000_000, 15_000_000).map(minor -> -minor);
    Arbitrary<Long> shares = Arbitraries.frequencyOf(Tuple.of(3, small), Tuple.of(1, worth));
    Arbitrary<Integer> kind = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just(0)), Tuple.of(3, Arbitraries.just(1)), Tuple.of(3, Arbitraries.just(2)),
        Tuple.of(3, Arbitraries.just(3)), Tuple.of(1, Arbitraries.just(4)), Tuple.of(2, Arbitraries.just(5)));
    Arbitrary<Op> op = Combinators.combine(kind, member, member, shareClass, shares, Arbitraries.integers().between(1, 6), Arbitraries.integers().between(0, 5))
        .as((k, a, b, c, n, r, v) -> new Op(k, a, b, c, n < 0 ? Math.max(1, -n / parOf(classes, c)) : n, r, v));
    Arbitrary<Integer> step = Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.integers().between(0, 25)), Tuple.of(1, Arbitraries.integers().between(-30, -1)));
    return Combinators.combine(op.list().ofMinSize(15).ofMaxSize(40), step.list().ofSize(40)).as((list, steps) -> {
      List<ShareLedgerOp> out = new ArrayList<>();
      LocalDate date = START.plusDays(30);
      for (int i = 0; i < list.size(); i++) {
        date = date.plusDays(steps.get(i));
        out.add(list.get(i).at(date));
      }
      return out;
    });
  }

  private static long parOf(List<ShareClass> classes, ShareClassId id) {
    return classes.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().parValue().minorUnits();
  }

  /** The random choices behind one ledger change; {@link #at} makes it. */
  record Op(int kind, MemberId a, MemberId b, ShareClassId shareClass, long shares, int request, int variant) {
    ShareLedgerOp at(LocalDate on) {
      switch (kind) {
        case 0:
          return new ShareLedgerOp.Issue(a, shareClass, shares, on);
        case 1:
          return new ShareLedgerOp.Transfer(a, b, shareClass, shares, on);
        case 2:
          return new ShareLedgerOp.RequestWithdrawal(a, shareClass, shares, on);
        case 3:
          return new ShareLedgerOp.CompleteWithdrawal(request, on);
        case 4:
          return new ShareLedgerOp.Cease(a, on);
        default:
          switch (variant) {
            case 0:
            case 1:
              return new ShareLedgerOp.Membership(new RegisterOp.Suspend(a, on, "arrears"));
            case 2:
            case 3:
              return new ShareLedgerOp.Membership(new RegisterOp.Reinstate(a, on));
            default:
              return new ShareLedgerOp.Membership(new RegisterOp.ChangeClass(a, CLASSES.get(variant % 2), Facts.none(), on));
          }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Invalid changes

  static final ShareClassId OPEN = ShareClassId.of("open");
  static final ShareClassId CLOSED = ShareClassId.of("closed");
  static final MemberId SUBJECT = MemberId.of("Z-0001");
  static final MemberId OTHER = MemberId.of("Z-0002");

  /**
   * The fixed share classes of invalid-change ledgers: {@code open} (GBP 1, withdrawable after 30 days,
   * not transferable, for anyone, one needed to be a member) and {@code closed} (GBP 1, transferable, not
   * withdrawable, for {@code open-2} only, at most 100 and at most half of those issued above 10).
   */
  static List<ShareClass> fixedClasses() {
    ShareClass open = ShareClass.builder()
        .id(OPEN).name("Open").parValue(Money.ofMajor(1, GBP)).withdrawable(true).transferable(false).voting(true)
        .holders(CLASSES).limits(ShareLimits.builder().toBeMember(1).build()).withdrawalNotice(Period.ofDays(30)).build();
    ShareClass closed = ShareClass.builder()
        .id(CLOSED).name("Closed").parValue(Money.ofMajor(1, GBP)).withdrawable(false).transferable(true).voting(false)
        .addHolders(OPEN_2)
        .limits(ShareLimits.builder().maxPerMember(100).maxFractionOfIssued(Fraction.ONE_HALF).relativeFloor(10).build())
        .build();
    return List.of(open, closed);
  }

  /**
   * Changes a ledger must refuse; see the class doc. Each is built on a ledger whose other members (1 to
   * 8 of them, in {@code open-2}) hold 10 {@code closed} shares each and one {@code open} share.
   *
   * @return invalid changes with their expected codes
   */
  @Provide
  public Arbitrary<ShareLedgerOp.Invalid> invalidOperations() {
    Arbitrary<String> code = Arbitraries.of(invalidCodes());
    return Combinators.combine(Arbitraries.integers().between(1, 8), caps(), code).as(SharesDomain::invalid);
  }

  static List<String> invalidCodes() {
    List<String> codes = new ArrayList<>();
    for (ShareRejectionCode c : ShareRejectionCode.values()) {
      codes.add(c.code());
    }
    for (MembershipRejectionCode c : List.of(
        MembershipRejectionCode.UNKNOWN_MEMBER, MembershipRejectionCode.MEMBER_CEASED,
        MembershipRejectionCode.MEMBER_SUSPENDED, MembershipRejectionCode.DATE_OUT_OF_ORDER)) {
      codes.add(c.code());
    }
    return codes;
  }

  static ShareLedger base(int others, StatutoryCap cap) {
    ShareLedger l = ShareLedger.of(Register.empty(rules(ClassPolicy.ONE_CLASS)), fixedClasses(), cap);
    for (int i = 1; i <= others; i++) {
      Application a = Application.builder().id(memberId(i)).name("Member " + i).addClasses(OPEN_2).build();
      l = l.admit(a, OPEN, 1, START).flatMap(x -> x.issue(a.id(), CLOSED, 10, START)).orElseThrow();
    }
    // The subject, in open-2, with 10 closed shares and 5 open ones; OTHER, in open-1, with 1 open.
    Application subject = Application.builder().id(SUBJECT).name("Subject").addClasses(OPEN_2).build();
    Application other = Application.builder().id(OTHER).name("Other").addClasses(OPEN_1).build();
    return l.admit(subject, OPEN, 5, START)
        .flatMap(x -> x.issue(SUBJECT, CLOSED, 10, START))
        .flatMap(x -> x.admit(other, OPEN, 1, START))
        .orElseThrow();
  }

  static ShareLedgerOp.Invalid invalid(int others, StatutoryCap cap, String code) {
    ShareLedger l = base(others, cap);
    LocalDate later = START.plusDays(10);
    long issued = l.issuedShares(CLOSED);
    switch (code) {
      case "UNKNOWN_SHARE_CLASS":
        return new ShareLedgerOp.Invalid(l, new ShareLedgerOp.Issue(SUBJECT, ShareClassId.of("bonds"), 1, later), code);
      case "NOT_ELIGIBLE_TO_HOLD":
        return new ShareLedgerOp.Invalid(l, new ShareLedgerOp.Issue(OTHER, CLOSED, 1, later), code);
      case "OVER_ABSOLUTE_LIMIT":
        // 10 + 91 = 101 is over the limit of 100, which is checked before the relative limit.
        return new ShareLedgerOp.Invalid(l, new ShareLedgerOp.Issue(SUBJECT, CLOSED, 91, later), code);
      case "OVER_RELATIVE_LIMIT":
        // The subject's 10 + k of issued + k is over a half when 10 + k > (issued + k) / 2, i.e.
        // k > issued - 20; k = issued - 19 (at least 1 as issued >= 20) is over, and under 100 - 10.
        return new ShareLedgerOp.Invalid(l, new ShareLedgerOp.Issue(SUBJECT, CLOSED, issued - 19, later), code);
      case "OVER_STATUTORY_CAP": {
        // The subject, an individual, holds GBP 5 of withdrawable shares; GBP 1 over the cap is refused.
        ShareLedger withCap = cap.perMember().isPresent() ? l : base(others, StatutoryCap.ukRegisteredSociety());
        long room = withCap.statutoryCap().perMember().orElseThrow().minorUnits() / 100 - 5;
        return new ShareLedgerOp.Invalid(withCap, new ShareLedgerOp.Issue(SUBJECT, OPEN, room + 1, later), code);
      }
      case "INSUFFICIENT_SHARES":
        return new ShareLedgerOp.Invalid(l, new ShareLedgerOp.RequestWithdrawal(SUBJECT, OPEN, 6, later), code);
      case "NOT_TRANSFERABLE":
        return new ShareLedgerOp.Invalid(l, new ShareLedgerOp.Transfer(SUBJECT, OTHER, OPEN, 1, later), code);
      case "TRANSFER_TO_SELF":
        return new ShareLedgerOp.Invalid(l, new ShareLedgerOp.Transfer(SUBJECT, SUBJECT, CLOSED, 1, later), code);
      case "NOT_WITHDRAWABLE":
        return new ShareLedgerOp.Invalid(l, new ShareLedgerOp.RequestWithdrawal(SUBJECT, CLOSED, 1, later), code);
      case "NOTICE_NOT_EXPIRED": {
        ShareLedger requested = l.requestWithdrawal(SUBJECT, OPEN, 2, later).orElseThrow();
        return new ShareLedgerOp.Invalid(requested, new ShareLedgerOp.CompleteWithdrawal(1, later.plusDays(29)), code);
      }
      case "UNKNOWN_WITHDRAWAL_REQUEST":
        return new ShareLedgerOp.Invalid(l, new ShareLedgerOp.CompleteWithdrawal(1, later), code);
      case "UNKNOWN_MEMBER":
        return new ShareLedgerOp.Invalid(l, new ShareLedgerOp.Issue(MemberId.of("Z-0404"), OPEN, 1, later), code);
      case "MEMBER_CEASED":
        return new ShareLedgerOp.Invalid(
            l.cease(SUBJECT, later, "resigned").orElseThrow(), new ShareLedgerOp.Issue(SUBJECT, OPEN, 1, later), code);
      case "MEMBER_SUSPENDED":
        return new ShareLedgerOp.Invalid(
            l.updateMembership(r -> r.suspend(SUBJECT, later, "arrears")).orElseThrow(),
            new ShareLedgerOp.Transfer(memberId(1), SUBJECT, CLOSED, 1, later),
            code);
      default: // DATE_OUT_OF_ORDER
        return new ShareLedgerOp.Invalid(l, new ShareLedgerOp.Issue(SUBJECT, OPEN, 1, START.minusDays(1)), code);
    }
  }

  static Set<String> codes() {
    return Set.copyOf(invalidCodes());
  }
}
