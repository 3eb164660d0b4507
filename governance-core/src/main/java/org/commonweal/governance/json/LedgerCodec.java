package org.commonweal.governance.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.Register;
import org.commonweal.governance.shares.Holding;
import org.commonweal.governance.shares.Money;
import org.commonweal.governance.shares.ShareClass;
import org.commonweal.governance.shares.ShareClassId;
import org.commonweal.governance.shares.ShareLedger;
import org.commonweal.governance.shares.ShareLimits;
import org.commonweal.governance.shares.ShareTransaction;
import org.commonweal.governance.shares.StatutoryCap;
import org.commonweal.governance.shares.WithdrawalRequest;

/**
 * The ledger document: the register of members it keeps beside the shares (embedded, without a header
 * of its own), the share classes with their limits, the statutory cap, the holdings, the pending
 * withdrawal requests and the journal of transactions. Values derived from these (the value of a
 * holding, the capital issued, the flags) are not stored: they are computed again on reading.
 */
final class LedgerCodec {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private LedgerCodec() {}

  static ObjectNode write(ShareLedger ledger) {
    ObjectNode doc = NODES.objectNode();
    doc.put(Formats.KIND, Formats.LEDGER);
    doc.put(Formats.VERSION, Formats.LEDGER_VERSION);
    RegisterCodec.writeBody(doc.putObject("register"), ledger.register());
    ArrayNode classes = doc.putArray("shareClasses");
    ledger.shareClasses().forEach(c -> classes.add(shareClass(c)));
    doc.set("statutoryCap", cap(ledger.statutoryCap()));
    ArrayNode holdings = doc.putArray("holdings");
    for (Holding h : ledger.holdings()) {
      ObjectNode o = holdings.addObject();
      o.put("member", h.member().value());
      o.put("shareClass", h.shareClass().value());
      o.put("shares", h.shares());
    }
    ArrayNode pending = doc.putArray("pendingWithdrawals");
    for (WithdrawalRequest r : ledger.pendingWithdrawals()) {
      ObjectNode o = pending.addObject();
      o.put("number", r.number());
      o.put("member", r.member().value());
      o.put("shareClass", r.shareClass().value());
      o.put("shares", r.shares());
      o.put("requestedOn", r.requestedOn().toString());
      o.put("payableFrom", r.payableFrom().toString());
    }
    doc.put("nextWithdrawalNumber", ledger.nextWithdrawalNumber());
    ArrayNode journal = doc.putArray("transactions");
    for (ShareTransaction t : ledger.transactions()) {
      ObjectNode o = journal.addObject();
      o.put("number", t.number());
      o.put("date", t.date().toString());
      o.put("kind", t.kind().name());
      o.put("member", t.member().value());
      t.counterparty().ifPresent(c -> o.put("counterparty", c.value()));
      o.put("shareClass", t.shareClass().value());
      o.put("shares", t.shares());
      o.put("amount", t.amount().toString());
      o.put("note", t.note());
    }
    return doc;
  }

  static ShareLedger read(In doc) {
    In body =
        doc.document(
            Formats.LEDGER,
            Formats.LEDGER_VERSION,
            "register",
            "shareClasses",
            "statutoryCap",
            "holdings",
            "pendingWithdrawals",
            "nextWithdrawalNumber",
            "transactions");
    In registerNode = body.field("register").fields("rules", "members");
    Register register = RegisterCodec.readBody(registerNode);
    ImmutableList<ShareClass> classes = body.field("shareClasses").list(LedgerCodec::shareClass);
    StatutoryCap cap = cap(body.field("statutoryCap"));
    In holdingsNode = body.field("holdings");
    Map<MemberId, Map<ShareClassId, Long>> holdings = new TreeMap<>();
    for (In h : holdingsNode.elements()) {
      h.fields("member", "shareClass", "shares");
      MemberId member = RegisterCodec.memberId(h.field("member"));
      ShareClassId shareClass = shareClassId(h.field("shareClass"));
      long shares = h.field("shares").whole();
      if (holdings.computeIfAbsent(member, m -> new LinkedHashMap<>()).put(shareClass, shares) != null) {
        throw h.error("a second holding of " + shareClass + " shares by " + member);
      }
    }
    In pendingNode = body.field("pendingWithdrawals");
    ImmutableList<WithdrawalRequest> pending = pendingNode.list(LedgerCodec::request);
    int next = body.field("nextWithdrawalNumber").integer();
    In journalNode = body.field("transactions");
    ImmutableList<ShareTransaction> journal = journalNode.list(LedgerCodec::transaction);
    return body.build(() -> ShareLedger.restore(register, classes, cap, holdings, pending, next, journal));
  }

  static ShareClassId shareClassId(In in) {
    String text = in.text();
    return in.build(() -> ShareClassId.of(text));
  }

  static ObjectNode shareClass(ShareClass c) {
    ObjectNode o = NODES.objectNode();
    o.put("id", c.id().value());
    o.put("name", c.name());
    o.put("parValue", c.parValue().toString());
    o.put("paidUpPerShare", c.paidUpPerShare().toString());
    o.put("withdrawable", c.withdrawable());
    o.put("transferable", c.transferable());
    o.put("voting", c.voting());
    c.maxInterestRate().ifPresent(r -> o.put("maxInterestRate", r.toString()));
    ArrayNode holders = o.putArray("holders");
    c.holders().forEach(h -> holders.add(h.value()));
    ObjectNode limits = o.putObject("limits");
    ShareLimits l = c.limits();
    limits.put("toBeMember", l.toBeMember());
    l.maxPerMember().ifPresent(n -> limits.put("maxPerMember", n));
    l.maxFractionOfIssued().ifPresent(f -> limits.put("maxFractionOfIssued", f.toString()));
    limits.put("relativeFloor", l.relativeFloor());
    o.put("withdrawalNotice", c.withdrawalNotice().toString());
    return o;
  }

  static ShareClass shareClass(In in) {
    in.fields(
        "id", "name", "parValue", "paidUpPerShare", "withdrawable", "transferable", "voting", "maxInterestRate",
        "holders", "limits", "withdrawalNotice");
    ShareClassId id = shareClassId(in.field("id"));
    String name = in.field("name").text();
    Money par = in.field("parValue").money();
    Money paidUp = in.field("paidUpPerShare").money();
    boolean withdrawable = in.field("withdrawable").bool();
    boolean transferable = in.field("transferable").bool();
    boolean voting = in.field("voting").bool();
    Optional<Fraction> interest = in.optional("maxInterestRate").map(In::fraction);
    ImmutableList<ClassId> holders = in.field("holders").list(RegisterCodec::classId);
    ShareLimits limits = limits(in.field("limits"));
    var notice = in.field("withdrawalNotice").period();
    return in.build(
        () ->
            ShareClass.builder()
                .id(id)
                .name(name)
                .parValue(par)
                .paidUpPerShare(paidUp)
                .withdrawable(withdrawable)
                .transferable(transferable)
                .voting(voting)
                .maxInterestRate(interest)
                .addAllHolders(holders)
                .limits(limits)
                .withdrawalNotice(notice)
                .build());
  }

  private static ShareLimits limits(In in) {
    in.fields("toBeMember", "maxPerMember", "maxFractionOfIssued", "relativeFloor");
    long toBeMember = in.field("toBeMember").whole();
    Optional<Long> max = in.optional("maxPerMember").map(In::whole);
    Optional<Fraction> fraction = in.optional("maxFractionOfIssued").map(In::fraction);
    long floor = in.field("relativeFloor").whole();
    return in.build(
        () -> {
          ShareLimits.Builder b = ShareLimits.builder().toBeMember(toBeMember).relativeFloor(floor);
          max.ifPresent(b::maxPerMember);
          fraction.ifPresent(b::maxFractionOfIssued);
          return b.build();
        });
  }

  static ObjectNode cap(StatutoryCap cap) {
    ObjectNode o = NODES.objectNode();
    o.put("currency", cap.currency().getCurrencyCode());
    cap.perMember().ifPresent(m -> o.put("perMember", m.toString()));
    o.put("societiesExempt", cap.societiesExempt());
    o.put("source", cap.source());
    return o;
  }

  /**
   * A cap with an amount is rebuilt with {@link StatutoryCap#of}; one without is the library's only such
   * cap, {@link StatutoryCap#none}, and a document that says otherwise is refused.
   */
  static StatutoryCap cap(In in) {
    in.fields("currency", "perMember", "societiesExempt", "source");
    In currencyNode = in.field("currency");
    String code = currencyNode.text();
    Currency currency;
    try {
      currency = Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw currencyNode.error("expected an ISO 4217 currency code");
    }
    Optional<Money> perMember = in.optional("perMember").map(In::money);
    boolean exempt = in.field("societiesExempt").bool();
    String source = in.field("source").text();
    if (perMember.isEmpty()) {
      StatutoryCap none = in.build(() -> StatutoryCap.none(currency));
      if (none.societiesExempt() != exempt || !none.source().equals(source)) {
        throw in.error("a cap with no amount per member is exempt from nothing and has the source \"" + none.source() + "\"");
      }
      return none;
    }
    StatutoryCap cap = in.build(() -> StatutoryCap.of(perMember.get(), exempt, source));
    if (!cap.currency().equals(currency)) {
      throw in.field("perMember").error("the amount is not in the cap's currency " + code);
    }
    return cap;
  }

  private static WithdrawalRequest request(In in) {
    in.fields("number", "member", "shareClass", "shares", "requestedOn", "payableFrom");
    int number = in.field("number").integer();
    MemberId member = RegisterCodec.memberId(in.field("member"));
    ShareClassId shareClass = shareClassId(in.field("shareClass"));
    long shares = in.field("shares").whole();
    LocalDate requested = in.field("requestedOn").date();
    LocalDate payable = in.field("payableFrom").date();
    return in.build(() -> WithdrawalRequest.of(number, member, shareClass, shares, requested, payable));
  }

  private static ShareTransaction transaction(In in) {
    in.fields("number", "date", "kind", "member", "counterparty", "shareClass", "shares", "amount", "note");
    int number = in.field("number").integer();
    LocalDate date = in.field("date").date();
    ShareTransaction.Kind kind = in.field("kind").constant(ShareTransaction.Kind.class);
    MemberId member = RegisterCodec.memberId(in.field("member"));
    Optional<MemberId> counterparty = in.optional("counterparty").map(RegisterCodec::memberId);
    ShareClassId shareClass = shareClassId(in.field("shareClass"));
    long shares = in.field("shares").whole();
    Money amount = in.field("amount").money();
    String note = in.field("note").text();
    return in.build(
        () ->
            ShareTransaction.builder()
                .number(number)
                .date(date)
                .kind(kind)
                .member(member)
                .counterparty(counterparty)
                .shareClass(shareClass)
                .shares(shares)
                .amount(amount)
                .note(note)
                .build());
  }
}
