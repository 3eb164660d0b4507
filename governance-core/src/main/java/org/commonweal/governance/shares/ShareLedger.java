package org.commonweal.governance.shares;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.Outcome;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.membership.Application;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.Member;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.MemberStatus;
import org.commonweal.governance.membership.MembershipRejectionCode;
import org.commonweal.governance.membership.Register;
import org.jspecify.annotations.Nullable;

/**
 * A society's share capital: its share classes, every member's holdings, the statutory cap, pending
 * withdrawals and the journal of every issue, transfer, withdrawal and cancellation, together with the
 * {@link Register} of members it belongs to. A snapshot; every change returns a new ledger.
 *
 * <p>Holding the register and the holdings in one value makes the changes that touch both atomic: the
 * cessation of a member cancels their shares in the same transition, and an admission can take the
 * membership share with it. Each transition returns an {@link Outcome} with the new ledger, or a {@link
 * org.commonweal.governance.base.Rejection} whose code is a {@link ShareRejectionCode} or a {@link
 * MembershipRejectionCode}; the ledger it was called on never changes.
 *
 * <table>
 *   <caption>Transitions</caption>
 *   <tr><th>change</th><th>method</th></tr>
 *   <tr><td>admission, with or without shares</td><td>{@link #admit(Application, LocalDate)},
 *       {@link #admit(Application, ShareClassId, long, LocalDate)}</td></tr>
 *   <tr><td>issue of new shares</td><td>{@link #issue(MemberId, ShareClassId, long, LocalDate)}</td></tr>
 *   <tr><td>transfer between members</td>
 *       <td>{@link #transfer(MemberId, MemberId, ShareClassId, long, LocalDate)}</td></tr>
 *   <tr><td>notice of withdrawal, and its completion after notice</td>
 *       <td>{@link #requestWithdrawal(MemberId, ShareClassId, long, LocalDate)},
 *       {@link #completeWithdrawal(int, LocalDate)}</td></tr>
 *   <tr><td>cessation, cancelling the shares</td><td>{@link #cease(MemberId, LocalDate, String)}</td></tr>
 *   <tr><td>any other change of the register</td><td>{@link #updateMembership(Function)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * ShareLedger ledger = ShareLedger.of(register, List.of(membershipShare), StatutoryCap.ukRegisteredSociety());
 * ledger = ledger.admit(application, membershipShareId, 1, LocalDate.of(2026, 9, 1)).orElseThrow();
 * ledger.flags();   // members below the membership holding, or over a relative limit
 * }</pre>
 *
 * <p>Limits are checked on the member whose holding an operation increases: the absolute limit, the
 * relative limit ("by its own act": an issue or a transfer in; a withdrawal never raises one's own
 * fraction), and the statutory cap. A holding that falls below the membership holding, or goes over a
 * relative limit because others withdrew or ceased, is not changed: it is reported by {@link #flags()}.
 * Share transactions are recorded in date order: an operation dated before the latest journal entry, or
 * before the member's latest change in the register, is refused (DATE_OUT_OF_ORDER).
 *
 * <p>Holdings are kept in order of member id and share class id, so the ledger does not depend on the
 * order in which members were admitted. Lookups cost O(log n); a transition copies the ledger, O(n + t)
 * for n members and t journal entries.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ShareLedger {
  private final Register register;
  private final ImmutableList<ShareClass> shareClasses;
  private final ImmutableMap<ShareClassId, ShareClass> classById;
  private final StatutoryCap statutoryCap;
  private final ImmutableSortedMap<MemberId, ImmutableSortedMap<ShareClassId, Long>> holdings;
  private final ImmutableSortedMap<ShareClassId, Long> issued;
  private final ImmutableSortedMap<Integer, WithdrawalRequest> pending;
  private final ImmutableList<ShareTransaction> journal;
  private final int nextRequest;

  private ShareLedger(
      Register register,
      ImmutableList<ShareClass> shareClasses,
      ImmutableMap<ShareClassId, ShareClass> classById,
      StatutoryCap statutoryCap,
      ImmutableSortedMap<MemberId, ImmutableSortedMap<ShareClassId, Long>> holdings,
      ImmutableSortedMap<ShareClassId, Long> issued,
      ImmutableSortedMap<Integer, WithdrawalRequest> pending,
      ImmutableList<ShareTransaction> journal,
      int nextRequest) {
    this.register = register;
    this.shareClasses = shareClasses;
    this.classById = classById;
    this.statutoryCap = statutoryCap;
    this.holdings = holdings;
    this.issued = issued;
    this.pending = pending;
    this.journal = journal;
    this.nextRequest = nextRequest;
    assert consistent() : "inconsistent share ledger: " + this;
  }

  /** The invariants every transition keeps; a failure is a bug in this class, not a caller error. */
  private boolean consistent() {
    Map<ShareClassId, Long> sums = new HashMap<>();
    for (Map.Entry<MemberId, ImmutableSortedMap<ShareClassId, Long>> e : holdings.entrySet()) {
      if (register.member(e.getKey()).map(m -> m.status() == MemberStatus.CEASED).orElse(true) || e.getValue().isEmpty()) {
        return false;
      }
      for (Map.Entry<ShareClassId, Long> h : e.getValue().entrySet()) {
        if (h.getValue() < 1 || !classById.containsKey(h.getKey())) {
          return false;
        }
        sums.merge(h.getKey(), h.getValue(), Long::sum);
      }
    }
    for (ShareClassId c : classById.keySet()) {
      if (!Objects.equals(issued.get(c), sums.getOrDefault(c, 0L))) {
        return false;
      }
    }
    for (WithdrawalRequest r : pending.values()) {
      if (r.number() >= nextRequest || pendingShares(r.member(), r.shareClass()) > held(r.member(), r.shareClass())) {
        return false;
      }
    }
    for (int i = 1; i < journal.size(); i++) {
      if (journal.get(i).date().isBefore(journal.get(i - 1).date()) || journal.get(i).number() != i + 1) {
        return false;
      }
    }
    return issued.size() == classById.size();
  }

  /**
   * Returns a ledger with no shares issued, over a register of members.
   *
   * @param register the register of members (its members start with no shares, and are flagged if the
   *     rules require a membership holding)
   * @param shareClasses the share classes, in the constitution's order, with distinct ids, all in the
   *     cap's currency, held only by stakeholder classes the register's rules define
   * @param statutoryCap the statutory cap
   * @return the ledger
   * @throws InvalidValueException if there is no share class, two share an id, or a share class names a
   *     stakeholder class the rules do not define
   * @throws CurrencyMismatchException if a par value is not in the cap's currency
   */
  public static ShareLedger of(Register register, List<ShareClass> shareClasses, StatutoryCap statutoryCap) {
    checkNotNull(register, "register");
    checkNotNull(statutoryCap, "statutoryCap");
    ImmutableList<ShareClass> classes = ImmutableList.copyOf(shareClasses);
    Checks.check(!classes.isEmpty(), "shareClasses", classes, "a share ledger needs at least one share class");
    Map<ShareClassId, ShareClass> byId = new HashMap<>();
    TreeMap<ShareClassId, Long> issued = new TreeMap<>();
    for (ShareClass c : classes) {
      Checks.check(byId.put(c.id(), c) == null, "shareClasses", c.id(), "share class id %s is defined twice", c.id());
      if (!c.parValue().currency().equals(statutoryCap.currency())) {
        throw new CurrencyMismatchException(c.parValue().currency(), statutoryCap.currency(), "keep share capital");
      }
      for (ClassId holder : c.holders()) {
        Checks.check(
            register.rules().classIds().contains(holder),
            "shareClasses",
            holder,
            "share class %s may be held by %s, which the membership rules do not define",
            c.id(),
            holder);
      }
      issued.put(c.id(), 0L);
    }
    return new ShareLedger(
        register,
        classes,
        ImmutableMap.copyOf(byId),
        statutoryCap,
        ImmutableSortedMap.of(),
        ImmutableSortedMap.copyOfSorted(issued),
        ImmutableSortedMap.of(),
        ImmutableList.of(),
        1);
  }

  /**
   * Returns a ledger restored from its parts as {@link #holdings()}, {@link #pendingWithdrawals()},
   * {@link #nextWithdrawalNumber()} and {@link #transactions()} give them, for example from storage.
   * Every invariant the transitions keep is checked here as a caller error, so a restored ledger is one
   * the transitions could have made as far as its parts show; the journal is kept as it was recorded,
   * not replayed. Costs O(n log n) in the number of holdings, requests and transactions.
   *
   * @param register the register of members
   * @param shareClasses the share classes, as for {@link #of(Register, List, StatutoryCap)}
   * @param statutoryCap the statutory cap
   * @param holdings the shares each member holds, by share class; every count at least 1, every holder
   *     a member of the register who has not ceased
   * @param pendingWithdrawals the requests not yet completed, each within its member's holding and
   *     numbered below {@code nextWithdrawalNumber}
   * @param nextWithdrawalNumber the number the next request will have, at least 1
   * @param transactions the journal, numbered from 1 in order, in date order
   * @return the ledger
   * @throws InvalidValueException if a part breaks one of those conditions, or as for {@link
   *     #of(Register, List, StatutoryCap)}
   * @throws CurrencyMismatchException as for {@link #of(Register, List, StatutoryCap)}
   * @since 0.1.0
   */
  public static ShareLedger restore(
      Register register,
      List<ShareClass> shareClasses,
      StatutoryCap statutoryCap,
      Map<MemberId, ? extends Map<ShareClassId, Long>> holdings,
      List<WithdrawalRequest> pendingWithdrawals,
      int nextWithdrawalNumber,
      List<ShareTransaction> transactions) {
    ShareLedger empty = of(register, shareClasses, statutoryCap);
    TreeMap<MemberId, ImmutableSortedMap<ShareClassId, Long>> held = new TreeMap<>();
    TreeMap<ShareClassId, Long> issued = new TreeMap<>(empty.issued);
    for (Map.Entry<MemberId, ? extends Map<ShareClassId, Long>> e : holdings.entrySet()) {
      MemberId member = checkNotNull(e.getKey(), "member");
      Checks.check(
          register.member(member).map(m -> m.status() != MemberStatus.CEASED).orElse(false),
          "holdings",
          member,
          "%s holds shares but is not a current or suspended member of the register",
          member);
      Checks.check(!e.getValue().isEmpty(), "holdings", member, "%s has an empty holding", member);
      for (Map.Entry<ShareClassId, Long> h : e.getValue().entrySet()) {
        empty.classOf(h.getKey());
        long n = h.getValue();
        Checks.check(n >= 1, "holdings", n, "%s holds %s %s shares; a holding must be at least 1", member, n, h.getKey());
        issued.merge(h.getKey(), n, Math::addExact);
      }
      held.put(member, ImmutableSortedMap.copyOf(e.getValue()));
    }
    Checks.atLeast("nextWithdrawalNumber", nextWithdrawalNumber, 1);
    TreeMap<Integer, WithdrawalRequest> pending = new TreeMap<>();
    Map<MemberId, Map<ShareClassId, Long>> reserved = new HashMap<>();
    for (WithdrawalRequest r : pendingWithdrawals) {
      Checks.check(
          r.number() < nextWithdrawalNumber,
          "pendingWithdrawals",
          r.number(),
          "withdrawal request %s is not numbered below the next number %s",
          r.number(),
          nextWithdrawalNumber);
      Checks.check(pending.put(r.number(), r) == null, "pendingWithdrawals", r.number(), "withdrawal request %s appears twice", r.number());
      ImmutableSortedMap<ShareClassId, Long> h = held.get(r.member());
      long has = h == null ? 0 : h.getOrDefault(r.shareClass(), 0L);
      long asked = reserved.computeIfAbsent(r.member(), m -> new HashMap<>()).merge(r.shareClass(), r.shares(), Math::addExact);
      Checks.check(
          asked <= has,
          "pendingWithdrawals",
          r,
          "withdrawal requests of %s %s shares by %s exceed the %s held",
          asked,
          r.shareClass(),
          r.member(),
          has);
    }
    ImmutableList<ShareTransaction> journal = ImmutableList.copyOf(transactions);
    for (int i = 0; i < journal.size(); i++) {
      ShareTransaction t = journal.get(i);
      empty.classOf(t.shareClass());
      Checks.check(t.number() == i + 1, "transactions", t.number(), "transaction %s is numbered %s", i + 1, t.number());
      Checks.check(
          i == 0 || !t.date().isBefore(journal.get(i - 1).date()),
          "transactions",
          t,
          "transaction %s is dated before the one before it",
          t.number());
    }
    return new ShareLedger(
        register,
        empty.shareClasses,
        empty.classById,
        statutoryCap,
        ImmutableSortedMap.copyOfSorted(held),
        ImmutableSortedMap.copyOfSorted(issued),
        ImmutableSortedMap.copyOfSorted(pending),
        journal,
        nextWithdrawalNumber);
  }

  // ---------------------------------------------------------------------------------------------
  // Queries

  /**
   * Returns the register of members.
   *
   * @return the register
   */
  public Register register() {
    return register;
  }

  /**
   * Returns the share classes, in the constitution's order.
   *
   * @return the share classes
   */
  public ImmutableList<ShareClass> shareClasses() {
    return shareClasses;
  }

  /**
   * Returns the share class with the given id.
   *
   * @param id the id
   * @return the share class, or empty
   */
  public Optional<ShareClass> shareClass(ShareClassId id) {
    return Optional.ofNullable(classById.get(id));
  }

  /**
   * Returns the statutory cap.
   *
   * @return the cap
   */
  public StatutoryCap statutoryCap() {
    return statutoryCap;
  }

  /**
   * Returns the currency of the share capital.
   *
   * @return the currency
   */
  public Currency currency() {
    return statutoryCap.currency();
  }

  /**
   * Returns the number of shares of a class a member holds. O(log n).
   *
   * @param member the member
   * @param shareClass the share class
   * @return the shares held, 0 if none
   */
  public long held(MemberId member, ShareClassId shareClass) {
    ImmutableSortedMap<ShareClassId, Long> h = holdings.get(member);
    Long n = h == null ? null : h.get(shareClass);
    return n == null ? 0 : n;
  }

  /**
   * Returns every holding, in order of member id and share class id. O(n).
   *
   * @return the holdings
   */
  public ImmutableList<Holding> holdings() {
    ImmutableList.Builder<Holding> b = ImmutableList.builder();
    holdings.keySet().forEach(m -> b.addAll(holdingsOf(m)));
    return b.build();
  }

  /**
   * Returns a member's holdings, in order of share class id.
   *
   * @param member the member
   * @return the holdings, empty if none
   */
  public ImmutableList<Holding> holdingsOf(MemberId member) {
    ImmutableSortedMap<ShareClassId, Long> h = holdings.get(member);
    if (h == null) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Holding> b = ImmutableList.builder();
    h.forEach((c, n) -> b.add(Holding.of(member, c, n, classOf(c).valueOf(n))));
    return b.build();
  }

  /**
   * Returns the value at par of a member's shares in withdrawable classes, which the statutory cap
   * limits.
   *
   * @param member the member
   * @return the withdrawable capital held
   */
  public Money withdrawableCapitalOf(MemberId member) {
    Money total = Money.zero(currency());
    for (Holding h : holdingsOf(member)) {
      if (classOf(h.shareClass()).withdrawable()) {
        total = total.plus(h.value());
      }
    }
    return total;
  }

  /**
   * Returns the number of shares of a class in issue.
   *
   * @param shareClass the share class
   * @return the issued shares
   * @throws InvalidValueException if the ledger has no such class
   */
  public long issuedShares(ShareClassId shareClass) {
    classOf(shareClass);
    return Objects.requireNonNull(issued.get(shareClass));
  }

  /**
   * Returns the issued capital of a class, at par.
   *
   * @param shareClass the share class
   * @return the issued shares times the par value
   * @throws InvalidValueException if the ledger has no such class
   */
  public Money issuedCapital(ShareClassId shareClass) {
    return classOf(shareClass).valueOf(issuedShares(shareClass));
  }

  /**
   * Returns the issued share capital of every class, at par.
   *
   * @return the total
   */
  public Money issuedCapital() {
    Money total = Money.zero(currency());
    for (ShareClass c : shareClasses) {
      total = total.plus(issuedCapital(c.id()));
    }
    return total;
  }

  /**
   * Returns every holding at the end of a date, replayed from the journal: issues and transfers in,
   * transfers, withdrawals and cancellations out, counting only transactions dated on or before {@code
   * date}. This is what a record date for a vote or a dividend needs: later issues, transfers and
   * withdrawals do not leak into it. Holdings are in member order, then share-class order; members with
   * no shares of a class on that date have no entry for it.
   *
   * <p>O(t log h) for t transactions and h holdings.
   *
   * @param date the record date
   * @return the holdings on that date
   */
  public ImmutableList<Holding> holdingsOn(LocalDate date) {
    checkNotNull(date, "date");
    Map<MemberId, Map<ShareClassId, Long>> held = new TreeMap<>();
    for (ShareTransaction t : transactions()) {
      if (t.date().isAfter(date)) {
        continue;
      }
      long signed = t.kind() == ShareTransaction.Kind.ISSUE ? t.shares() : -t.shares();
      held.computeIfAbsent(t.member(), m -> new TreeMap<>()).merge(t.shareClass(), signed, Math::addExact);
      if (t.kind() == ShareTransaction.Kind.TRANSFER) {
        MemberId to = t.counterparty().orElseThrow();
        held.computeIfAbsent(to, m -> new TreeMap<>()).merge(t.shareClass(), t.shares(), Math::addExact);
      }
    }
    ImmutableList.Builder<Holding> out = ImmutableList.builder();
    held.forEach(
        (member, byClass) ->
            byClass.forEach(
                (shareClass, shares) -> {
                  if (shares != 0) {
                    Money par = shareClass(shareClass).orElseThrow().parValue();
                    out.add(Holding.of(member, shareClass, shares, par.times(shares)));
                  }
                }));
    return out.build();
  }

  /**
   * Returns the pending withdrawal requests, in order of number.
   *
   * @return the requests not yet completed
   */
  public ImmutableList<WithdrawalRequest> pendingWithdrawals() {
    return pending.values().asList();
  }

  /**
   * Returns the number the next withdrawal request will have.
   *
   * @return the next request number
   */
  public int nextWithdrawalNumber() {
    return nextRequest;
  }

  /**
   * Returns the journal: every issue, transfer, withdrawal and cancellation, in order.
   *
   * @return the transactions
   */
  public ImmutableList<ShareTransaction> transactions() {
    return journal;
  }

  /**
   * Returns the flags the rules raise on current members' holdings: below the membership holding, over
   * a relative limit through others' acts, or held outside the member's classes. In order of member id,
   * then share class in the constitution's order. O(n * c) for n members and c share classes.
   *
   * @return the flags, empty when every holding is in order
   */
  public ImmutableList<LedgerFlag> flags() {
    ImmutableList.Builder<LedgerFlag> b = ImmutableList.builder();
    for (Member m : register.currentMembers()) {
      b.addAll(flagsOf(m));
    }
    return b.build();
  }

  /**
   * Returns the flags on one member's holdings.
   *
   * @param member the member
   * @return the flags, empty if none or if the member is unknown or ceased
   */
  public ImmutableList<LedgerFlag> flagsOf(MemberId member) {
    return register.member(member).filter(m -> m.status().isMember()).map(this::flagsOf).orElse(ImmutableList.of());
  }

  private ImmutableList<LedgerFlag> flagsOf(Member m) {
    ImmutableList.Builder<LedgerFlag> b = ImmutableList.builder();
    for (ShareClass c : shareClasses) {
      long held = held(m.id(), c.id());
      long needed = c.limits().toBeMember();
      boolean mayHold = c.mayBeHeldBy(m.classes());
      if (needed > 0 && mayHold && held < needed) {
        b.add(LedgerFlag.of(LedgerFlag.Code.BELOW_MEMBERSHIP_HOLDING, m.id(), c.id(), held, needed,
            m.id() + " holds " + held + " " + c.id() + " shares; " + needed + " are needed to be a member"));
      }
      long relative = c.limits().relativeLimit(issuedShares(c.id()));
      if (held > relative) {
        b.add(LedgerFlag.of(LedgerFlag.Code.OVER_RELATIVE_LIMIT, m.id(), c.id(), held, relative,
            m.id() + " holds " + held + " of " + issuedShares(c.id()) + " issued " + c.id() + " shares, over the limit of "
                + c.limits().maxFractionOfIssued().orElseThrow() + " (" + relative + " shares)"));
      }
      if (held > 0 && !mayHold) {
        b.add(LedgerFlag.of(LedgerFlag.Code.HELD_OUTSIDE_CLASS, m.id(), c.id(), held, 0,
            m.id() + " holds " + held + " " + c.id() + " shares, which members of " + m.classes() + " may not hold"));
      }
    }
    return b.build();
  }

  // ---------------------------------------------------------------------------------------------
  // Transitions

  /**
   * Admits a member without shares (they are flagged if the rules require a membership holding).
   *
   * @param application the application
   * @param on the date of admission
   * @return the new ledger, or the register's rejection
   */
  public Outcome<ShareLedger> admit(Application application, LocalDate on) {
    return register.admit(application, on).map(this::withRegister);
  }

  /**
   * Admits a member and issues shares to them in one transition: both happen, or neither.
   *
   * @param application the application
   * @param shareClass the class of the shares
   * @param shares the number of shares, at least 1
   * @param on the date of admission and issue
   * @return the new ledger, or the rejection of the admission or of the issue
   */
  public Outcome<ShareLedger> admit(Application application, ShareClassId shareClass, long shares, LocalDate on) {
    return admit(application, on).flatMap(l -> l.issue(application.id(), shareClass, shares, on));
  }

  /**
   * Issues new shares to a member in good standing, at par.
   *
   * @param member the member
   * @param shareClass the class
   * @param shares the number of shares, at least 1
   * @param on the date of issue
   * @return the new ledger, or a rejection (UNKNOWN_SHARE_CLASS, UNKNOWN_MEMBER, MEMBER_CEASED,
   *     MEMBER_SUSPENDED, DATE_OUT_OF_ORDER, NOT_ELIGIBLE_TO_HOLD, OVER_ABSOLUTE_LIMIT,
   *     OVER_RELATIVE_LIMIT or OVER_STATUTORY_CAP, checked in that order)
   * @throws InvalidValueException if {@code shares} is less than 1
   */
  public Outcome<ShareLedger> issue(MemberId member, ShareClassId shareClass, long shares, LocalDate on) {
    checkShares(shares);
    checkNotNull(on, "on");
    Outcome<ShareClass> cls = knownClass(shareClass);
    if (cls.isRejected()) {
      return Outcome.rejected(cls.rejection());
    }
    ShareClass c = cls.orElseThrow();
    return inGoodStanding(member, on).flatMap(m -> {
      long after = Math.addExact(held(member, shareClass), shares);
      long issuedAfter = Math.addExact(issuedShares(shareClass), shares);
      Outcome<ShareLedger> refused = mayReceive(m, c, shares, after, issuedAfter);
      if (refused != null) {
        return refused;
      }
      return Outcome.accepted(
          change(member, shareClass, after)
              .issued(shareClass, issuedAfter)
              .record(on, ShareTransaction.Kind.ISSUE, member, null, shareClass, shares, c.valueOf(shares), "")
              .build());
    });
  }

  /**
   * Transfers shares of a transferable class from one member in good standing to another. Shares under
   * notice of withdrawal cannot be transferred.
   *
   * @param from the transferor
   * @param to the transferee
   * @param shareClass the class
   * @param shares the number of shares, at least 1
   * @param on the date of the transfer
   * @return the new ledger, or a rejection (TRANSFER_TO_SELF, UNKNOWN_SHARE_CLASS, NOT_TRANSFERABLE,
   *     then for the transferor UNKNOWN_MEMBER, MEMBER_CEASED, MEMBER_SUSPENDED, DATE_OUT_OF_ORDER, then
   *     the same for the transferee, then INSUFFICIENT_SHARES, NOT_ELIGIBLE_TO_HOLD,
   *     OVER_ABSOLUTE_LIMIT, OVER_RELATIVE_LIMIT or OVER_STATUTORY_CAP)
   * @throws InvalidValueException if {@code shares} is less than 1
   */
  public Outcome<ShareLedger> transfer(MemberId from, MemberId to, ShareClassId shareClass, long shares, LocalDate on) {
    checkShares(shares);
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(on, "on");
    if (from.equals(to)) {
      return ShareRejectionCode.TRANSFER_TO_SELF.reject("a transfer from " + from + " to itself", ImmutableMap.of("member", from));
    }
    Outcome<ShareClass> cls = knownClass(shareClass);
    if (cls.isRejected()) {
      return Outcome.rejected(cls.rejection());
    }
    ShareClass c = cls.orElseThrow();
    if (!c.transferable()) {
      return ShareRejectionCode.NOT_TRANSFERABLE.reject(
          "shares of class " + shareClass + " are not transferable", ImmutableMap.of("shareClass", shareClass));
    }
    return inGoodStanding(from, on).flatMap(sender -> inGoodStanding(to, on).flatMap(receiver -> {
      Outcome<ShareLedger> short_ = insufficient(from, shareClass, shares);
      if (short_ != null) {
        return short_;
      }
      long after = Math.addExact(held(to, shareClass), shares);
      Outcome<ShareLedger> refused = mayReceive(receiver, c, shares, after, issuedShares(shareClass));
      if (refused != null) {
        return refused;
      }
      return Outcome.accepted(
          change(from, shareClass, held(from, shareClass) - shares)
              .holding(to, shareClass, after)
              .record(on, ShareTransaction.Kind.TRANSFER, from, to, shareClass, shares, c.valueOf(shares), "")
              .build());
    }));
  }

  /**
   * Records a member's notice to withdraw shares of a withdrawable class. The shares stay held (and
   * counted) until {@link #completeWithdrawal(int, LocalDate)}; the request is numbered {@link
   * #nextWithdrawalNumber()}. A suspended member may give notice.
   *
   * @param member the member
   * @param shareClass the class
   * @param shares the number of shares, at least 1
   * @param on the date notice is given
   * @return the new ledger with the request pending, or a rejection (UNKNOWN_SHARE_CLASS,
   *     NOT_WITHDRAWABLE, UNKNOWN_MEMBER, MEMBER_CEASED, DATE_OUT_OF_ORDER or INSUFFICIENT_SHARES,
   *     checked in that order)
   * @throws InvalidValueException if {@code shares} is less than 1
   */
  public Outcome<ShareLedger> requestWithdrawal(MemberId member, ShareClassId shareClass, long shares, LocalDate on) {
    checkShares(shares);
    checkNotNull(on, "on");
    Outcome<ShareClass> cls = knownClass(shareClass);
    if (cls.isRejected()) {
      return Outcome.rejected(cls.rejection());
    }
    ShareClass c = cls.orElseThrow();
    if (!c.withdrawable()) {
      return ShareRejectionCode.NOT_WITHDRAWABLE.reject(
          "shares of class " + shareClass + " are not withdrawable", ImmutableMap.of("shareClass", shareClass));
    }
    return current(member, on).flatMap(m -> {
      Outcome<ShareLedger> short_ = insufficient(member, shareClass, shares);
      if (short_ != null) {
        return short_;
      }
      WithdrawalRequest request =
          WithdrawalRequest.of(nextRequest, member, shareClass, shares, on, on.plus(c.withdrawalNotice()));
      return Outcome.accepted(draft().request(request).build());
    });
  }

  /**
   * Completes a pending withdrawal once its notice has run: the shares are cancelled and their value at
   * par becomes repayable (a WITHDRAWAL entry in the journal). The member may fall below the membership
   * holding, and others may go over a relative limit; both are flagged, not changed.
   *
   * @param request the request's number
   * @param on the date of completion, not before the request's {@link WithdrawalRequest#payableFrom()}
   * @return the new ledger, or a rejection (UNKNOWN_WITHDRAWAL_REQUEST, DATE_OUT_OF_ORDER or
   *     NOTICE_NOT_EXPIRED, checked in that order)
   */
  public Outcome<ShareLedger> completeWithdrawal(int request, LocalDate on) {
    checkNotNull(on, "on");
    WithdrawalRequest r = pending.get(request);
    if (r == null) {
      return ShareRejectionCode.UNKNOWN_WITHDRAWAL_REQUEST.reject(
          "no pending withdrawal request #" + request + "; pending: " + pending.keySet(), ImmutableMap.of("request", request));
    }
    Outcome<ShareLedger> late = journalOutOfOrder(r.member(), on);
    if (late != null) {
      return late;
    }
    if (on.isBefore(r.payableFrom())) {
      return ShareRejectionCode.NOTICE_NOT_EXPIRED.reject(
          "withdrawal #" + request + " requested on " + r.requestedOn() + " may be completed from " + r.payableFrom() + ", not " + on,
          ImmutableMap.of("request", request, "date", on, "payableFrom", r.payableFrom()));
    }
    ShareClass c = classOf(r.shareClass());
    return Outcome.accepted(
        change(r.member(), r.shareClass(), held(r.member(), r.shareClass()) - r.shares())
            .issued(r.shareClass(), issuedShares(r.shareClass()) - r.shares())
            .complete(request)
            .record(on, ShareTransaction.Kind.WITHDRAWAL, r.member(), null, r.shareClass(), r.shares(), c.valueOf(r.shares()),
                "request #" + request + " of " + r.requestedOn())
            .build());
  }

  /**
   * Ends a membership and, in the same transition, cancels every share the member holds (withdrawable
   * shares become repayable at par; others are forfeited) and drops their pending withdrawals.
   *
   * @param member the member
   * @param on the date of cessation
   * @param reason the reason, recorded in the register and the journal
   * @return the new ledger, or a rejection (UNKNOWN_MEMBER, MEMBER_CEASED or DATE_OUT_OF_ORDER)
   */
  public Outcome<ShareLedger> cease(MemberId member, LocalDate on, String reason) {
    return updateMembership(r -> r.cease(member, on, reason));
  }

  /**
   * Applies any change of the register (a suspension, a change of class, a cessation) and keeps the
   * shares in step: the shares of every member the change ceases are cancelled, as by {@link
   * #cease(MemberId, LocalDate, String)}, dated on their cessation.
   *
   * <pre>{@code
   * ledger.updateMembership(r -> r.suspend(id, date, "arrears"));
   * }</pre>
   *
   * @param change the change, for example {@code r -> r.changeClass(id, to, facts, date)}
   * @return the new ledger, or the change's rejection, or DATE_OUT_OF_ORDER if a cessation is dated
   *     before the latest journal entry
   * @throws InvalidValueException if the change returns a register with other rules, without a member
   *     it had, or with a former member reinstated
   */
  public Outcome<ShareLedger> updateMembership(Function<Register, Outcome<Register>> change) {
    checkNotNull(change, "change");
    return change.apply(register).flatMap(next -> {
      Checks.check(
          next.rules().equals(register.rules()), "change", next.rules(), "a change of membership must keep the membership rules");
      Draft d = draft();
      d.register = next;
      for (Member before : register.members()) {
        Member after =
            next.member(before.id())
                .orElseThrow(
                    () -> Checks.invalid("change", before.id(), "a change of membership dropped member %s", before.id()));
        if (before.status().isMember() == after.status().isMember()) {
          continue;
        }
        LocalDate ceased = after.ceasedOn().orElseThrow(
            () -> Checks.invalid("change", before.id(), "a change of membership revived former member %s", before.id()));
        Outcome<ShareLedger> late = journalOutOfOrder(before.id(), ceased);
        if (late != null) {
          return late;
        }
        String note = after.history().get(after.history().size() - 1).note();
        for (Holding h : holdingsOf(before.id())) {
          ShareClass c = classOf(h.shareClass());
          d.holding(h.member(), h.shareClass(), 0)
              .issued(h.shareClass(), d.issued.getOrDefault(h.shareClass(), 0L) - h.shares())
              .record(ceased, ShareTransaction.Kind.CANCELLATION, h.member(), null, h.shareClass(), h.shares(),
                  c.withdrawable() ? h.value() : Money.zero(currency()), note);
        }
        d.pending.values().removeIf(r -> r.member().equals(before.id()));
      }
      return Outcome.accepted(d.build());
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Checks

  private static void checkShares(long shares) {
    Checks.check(shares >= 1, "shares", shares, "number of shares %s must be at least 1", shares);
  }

  private ShareClass classOf(ShareClassId id) {
    ShareClass c = classById.get(checkNotNull(id, "shareClass"));
    if (c == null) {
      throw Checks.invalid("shareClass", id, "the ledger has no share class %s; it has %s", id, classById.keySet());
    }
    return c;
  }

  private Outcome<ShareClass> knownClass(ShareClassId id) {
    ShareClass c = classById.get(checkNotNull(id, "shareClass"));
    if (c == null) {
      return ShareRejectionCode.UNKNOWN_SHARE_CLASS.reject(
          "the ledger has no share class " + id + "; it has " + classById.keySet(), ImmutableMap.of("shareClass", id));
    }
    return Outcome.accepted(c);
  }

  /** A member known, not ceased, and with no later change in the register or the journal. */
  private Outcome<Member> current(MemberId id, LocalDate on) {
    checkNotNull(id, "member");
    Optional<Member> found = register.member(id);
    if (found.isEmpty()) {
      return MembershipRejectionCode.UNKNOWN_MEMBER.reject("no member " + id + " in the register", ImmutableMap.of("member", id));
    }
    Member m = found.get();
    if (m.status() == MemberStatus.CEASED) {
      return MembershipRejectionCode.MEMBER_CEASED.reject(
          "member " + id + " ceased on " + m.statusSince(), ImmutableMap.of("member", id, "ceased", m.statusSince()));
    }
    if (on.isBefore(m.lastChangedOn())) {
      return MembershipRejectionCode.DATE_OUT_OF_ORDER.reject(
          "a share transaction of " + id + " dated " + on + " is before their latest change in the register on " + m.lastChangedOn(),
          ImmutableMap.of("member", id, "date", on, "latest", m.lastChangedOn()));
    }
    Outcome<Member> late = journalOutOfOrder(id, on);
    return late != null ? late : Outcome.accepted(m);
  }

  /** As {@link #current}, and not suspended. */
  private Outcome<Member> inGoodStanding(MemberId id, LocalDate on) {
    return current(id, on).flatMap(m -> m.status() == MemberStatus.SUSPENDED
        ? MembershipRejectionCode.MEMBER_SUSPENDED.reject(
            "member " + id + " is suspended since " + m.statusSince(), ImmutableMap.of("member", id, "since", m.statusSince()))
        : Outcome.accepted(m));
  }

  private <T> @Nullable Outcome<T> journalOutOfOrder(MemberId id, LocalDate on) {
    if (!journal.isEmpty()) {
      LocalDate latest = journal.get(journal.size() - 1).date();
      if (on.isBefore(latest)) {
        return MembershipRejectionCode.DATE_OUT_OF_ORDER.reject(
            "a share transaction of " + id + " dated " + on + " is before the ledger's latest transaction on " + latest,
            ImmutableMap.of("member", id, "date", on, "latest", latest));
      }
    }
    return null;
  }

  private @Nullable Outcome<ShareLedger> insufficient(MemberId member, ShareClassId shareClass, long shares) {
    long reserved = pendingShares(member, shareClass);
    long available = held(member, shareClass) - reserved;
    if (shares > available) {
      return ShareRejectionCode.INSUFFICIENT_SHARES.reject(
          member + " has " + available + " " + shareClass + " shares available (" + reserved + " under notice of withdrawal), not " + shares,
          ImmutableMap.of("member", member, "shareClass", shareClass, "requested", shares, "available", available, "pending", reserved));
    }
    return null;
  }

  private long pendingShares(MemberId member, ShareClassId shareClass) {
    long n = 0;
    for (WithdrawalRequest r : pending.values()) {
      if (r.member().equals(member) && r.shareClass().equals(shareClass)) {
        n += r.shares();
      }
    }
    return n;
  }

  /** The checks on a member whose holding of {@code c} rises by {@code shares} to {@code after}. */
  private @Nullable Outcome<ShareLedger> mayReceive(Member m, ShareClass c, long shares, long after, long issuedAfter) {
    MemberId id = m.id();
    if (!c.mayBeHeldBy(m.classes())) {
      return ShareRejectionCode.NOT_ELIGIBLE_TO_HOLD.reject(
          "members of " + m.classes() + " may not hold " + c.id() + " shares, which are for " + c.holders(),
          ImmutableMap.of("member", id, "shareClass", c.id(), "classes", m.classes(), "holders", c.holders()));
    }
    if (c.limits().maxPerMember().isPresent() && after > c.limits().maxPerMember().getAsLong()) {
      long limit = c.limits().maxPerMember().getAsLong();
      return ShareRejectionCode.OVER_ABSOLUTE_LIMIT.reject(
          id + " would hold " + after + " " + c.id() + " shares, over the limit of " + limit + " per member",
          ImmutableMap.of("member", id, "shareClass", c.id(), "holding", after, "limit", limit));
    }
    long relative = c.limits().relativeLimit(issuedAfter);
    if (after > relative) {
      return ShareRejectionCode.OVER_RELATIVE_LIMIT.reject(
          id + " would hold " + after + " of " + issuedAfter + " issued " + c.id() + " shares, over the limit of "
              + c.limits().maxFractionOfIssued().orElseThrow() + " of issued shares (" + relative + " shares)",
          ImmutableMap.of("member", id, "shareClass", c.id(), "holding", after, "issued", issuedAfter,
              "fraction", c.limits().maxFractionOfIssued().orElseThrow(), "limit", relative));
    }
    Optional<Money> cap = statutoryCap.capFor(m.kind());
    if (c.withdrawable() && cap.isPresent()) {
      Money withdrawable = withdrawableCapitalOf(id).plus(c.valueOf(shares));
      if (withdrawable.isGreaterThan(cap.get())) {
        return ShareRejectionCode.OVER_STATUTORY_CAP.reject(
            id + " (" + m.kind().describe() + ") would hold " + withdrawable + " of withdrawable shares, over the statutory cap of "
                + cap.get() + " (" + statutoryCap.source() + ")",
            ImmutableMap.of("member", id, "kind", m.kind(), "withdrawable", withdrawable, "cap", cap.get(), "source", statutoryCap.source()));
      }
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // Building the next ledger

  private ShareLedger withRegister(Register next) {
    Draft d = draft();
    d.register = next;
    return d.build();
  }

  private Draft change(MemberId member, ShareClassId shareClass, long shares) {
    return draft().holding(member, shareClass, shares);
  }

  private Draft draft() {
    return new Draft();
  }

  /** A mutable copy of the ledger for one transition; never escapes it. */
  private final class Draft {
    Register register = ShareLedger.this.register;
    final TreeMap<MemberId, ImmutableSortedMap<ShareClassId, Long>> holdings = new TreeMap<>(ShareLedger.this.holdings);
    final TreeMap<ShareClassId, Long> issued = new TreeMap<>(ShareLedger.this.issued);
    final TreeMap<Integer, WithdrawalRequest> pending = new TreeMap<>(ShareLedger.this.pending);
    final ImmutableList.Builder<ShareTransaction> journal = ImmutableList.<ShareTransaction>builder().addAll(ShareLedger.this.journal);
    int journalSize = ShareLedger.this.journal.size();
    int nextRequest = ShareLedger.this.nextRequest;

    Draft holding(MemberId member, ShareClassId shareClass, long shares) {
      TreeMap<ShareClassId, Long> h = new TreeMap<>(holdings.getOrDefault(member, ImmutableSortedMap.of()));
      if (shares == 0) {
        h.remove(shareClass);
      } else {
        h.put(shareClass, shares);
      }
      if (h.isEmpty()) {
        holdings.remove(member);
      } else {
        holdings.put(member, ImmutableSortedMap.copyOfSorted(h));
      }
      return this;
    }

    Draft issued(ShareClassId shareClass, long shares) {
      issued.put(shareClass, shares);
      return this;
    }

    Draft request(WithdrawalRequest request) {
      pending.put(request.number(), request);
      nextRequest++;
      return this;
    }

    Draft complete(int request) {
      pending.remove(request);
      return this;
    }

    Draft record(
        LocalDate on,
        ShareTransaction.Kind kind,
        MemberId member,
        @Nullable MemberId counterparty,
        ShareClassId shareClass,
        long shares,
        Money amount,
        String note) {
      journal.add(
          ShareTransaction.builder()
              .number(++journalSize)
              .date(on)
              .kind(kind)
              .member(member)
              .counterparty(Optional.ofNullable(counterparty))
              .shareClass(shareClass)
              .shares(shares)
              .amount(amount)
              .note(note)
              .build());
      return this;
    }

    ShareLedger build() {
      return new ShareLedger(
          register,
          shareClasses,
          classById,
          statutoryCap,
          ImmutableSortedMap.copyOfSorted(holdings),
          ImmutableSortedMap.copyOfSorted(issued),
          ImmutableSortedMap.copyOfSorted(pending),
          journal.build(),
          nextRequest);
    }
  }

  /** Returns whether the other ledger has the same register, classes, cap, holdings, requests and journal. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ShareLedger other
        && register.equals(other.register)
        && shareClasses.equals(other.shareClasses)
        && statutoryCap.equals(other.statutoryCap)
        && holdings.equals(other.holdings)
        && pending.equals(other.pending)
        && journal.equals(other.journal)
        && nextRequest == other.nextRequest;
  }

  @Override
  public int hashCode() {
    return Objects.hash(register, shareClasses, statutoryCap, holdings, pending, journal, nextRequest);
  }

  /** Returns a one-line summary: members, issued capital, pending withdrawals, transactions. */
  @Override
  public String toString() {
    return "ShareLedger[" + register + "; issued " + issued + " = " + issuedCapital() + "; " + pending.size()
        + " pending withdrawals; " + journal.size() + " transactions]";
  }
}
