package org.commonweal.governance.json;

import static org.commonweal.governance.json.RegisterJsonTest.MAPPER;
import static org.commonweal.governance.json.RegisterJsonTest.refused;
import static org.commonweal.governance.json.RegisterJsonTest.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.shares.Money;
import org.commonweal.governance.shares.ShareClass;
import org.commonweal.governance.shares.ShareClassId;
import org.commonweal.governance.shares.ShareLedger;
import org.commonweal.governance.shares.ShareLimits;
import org.commonweal.governance.shares.StatutoryCap;
import org.junit.jupiter.api.Test;

class LedgerJsonTest {
  static final ShareClassId COMMUNITY = ShareClassId.of("community");
  static final MemberId ANN = MemberId.of("M-001");

  /** The example register's current member holds 250 community shares and has given notice on 50. */
  static ShareLedger example() {
    ShareClass community =
        ShareClass.builder()
            .id(COMMUNITY)
            .name("Community shares")
            .parValue(Money.parse("1.00 GBP"))
            .withdrawable(true)
            .transferable(false)
            .voting(false)
            .maxInterestRate(Fraction.of(1, 20))
            .addHolders(RegisterJsonTest.WORKERS, RegisterJsonTest.USERS)
            .limits(ShareLimits.builder().maxPerMember(100_000).build())
            .withdrawalNotice(Period.ofMonths(3))
            .build();
    ShareLedger ledger =
        ShareLedger.of(RegisterJsonTest.example(), List.of(community), StatutoryCap.ukRegisteredSociety());
    ledger = ledger.issue(ANN, COMMUNITY, 250, LocalDate.of(2025, 3, 2)).orElseThrow();
    return ledger.requestWithdrawal(ANN, COMMUNITY, 50, LocalDate.of(2025, 7, 1)).orElseThrow();
  }

  @Test
  void write_givesTheDocumentFieldByField() {
    JsonNode doc = tree(example());
    assertEquals("ledger", doc.get("commonweal").textValue());
    assertEquals(1, doc.get("version").intValue());
    assertEquals(2, doc.get("register").get("members").size());
    assertFalse(doc.get("register").has("commonweal"), "the embedded register has no header of its own");
    JsonNode c = doc.get("shareClasses").get(0);
    assertEquals("community", c.get("id").textValue());
    assertEquals("1.00 GBP", c.get("parValue").textValue());
    assertEquals("1.00 GBP", c.get("paidUpPerShare").textValue());
    assertTrue(c.get("withdrawable").booleanValue());
    assertFalse(c.get("transferable").booleanValue());
    assertEquals("1/20", c.get("maxInterestRate").textValue());
    assertEquals("[\"users\",\"workers\"]", c.get("holders").toString());
    assertEquals(100_000, c.get("limits").get("maxPerMember").longValue());
    assertFalse(c.get("limits").has("maxFractionOfIssued"), "an absent limit is left out");
    assertEquals("P3M", c.get("withdrawalNotice").textValue());
    JsonNode cap = doc.get("statutoryCap");
    assertEquals("GBP", cap.get("currency").textValue());
    assertEquals("100000.00 GBP", cap.get("perMember").textValue());
    assertTrue(cap.get("societiesExempt").booleanValue());
    JsonNode holding = doc.get("holdings").get(0);
    assertEquals("M-001", holding.get("member").textValue());
    assertEquals(250, holding.get("shares").longValue());
    JsonNode request = doc.get("pendingWithdrawals").get(0);
    assertEquals(1, request.get("number").intValue());
    assertEquals(50, request.get("shares").longValue());
    assertEquals("2025-07-01", request.get("requestedOn").textValue());
    assertEquals("2025-10-01", request.get("payableFrom").textValue());
    assertEquals(2, doc.get("nextWithdrawalNumber").intValue());
    JsonNode issue = doc.get("transactions").get(0);
    assertEquals("ISSUE", issue.get("kind").textValue());
    assertEquals("250.00 GBP", issue.get("amount").textValue());
    assertFalse(issue.has("counterparty"));
  }

  @Test
  void read_ofWhatWasWritten_givesAnEqualLedger() throws Exception {
    ShareLedger ledger = example();
    ShareLedger again = MAPPER.readValue(MAPPER.writeValueAsString(ledger), ShareLedger.class);
    assertEquals(ledger, again);
    assertEquals(ledger.issuedCapital(), again.issuedCapital());
    assertEquals(ledger.pendingWithdrawals(), again.pendingWithdrawals());
  }

  @Test
  void read_holdingOfAFormerMember_isRefusedAtTheHoldings() {
    ObjectNode doc = (ObjectNode) tree(example());
    ((ArrayNode) doc.get("holdings")).addObject().put("member", "M-002").put("shareClass", "community").put("shares", 5);
    StoredDocumentException e = refused(doc, ShareLedger.class);
    assertEquals("$.holdings", e.path());
    assertEquals("M-002", e.value());
    assertInstanceOf(InvalidValueException.class, e.getCause());
  }

  @Test
  void read_withdrawalOverTheHolding_isRefusedAtTheRequests() {
    ObjectNode doc = (ObjectNode) tree(example());
    ((ObjectNode) doc.get("pendingWithdrawals").get(0)).put("shares", 251);
    StoredDocumentException e = refused(doc, ShareLedger.class);
    assertEquals("$.pendingWithdrawals", e.path());
    assertTrue(e.getMessage().contains("exceed"), e.getMessage());
  }

  @Test
  void read_journalOutOfNumber_isRefusedAtTheTransactions() {
    ObjectNode doc = (ObjectNode) tree(example());
    ((ObjectNode) doc.get("transactions").get(0)).put("number", 7);
    StoredDocumentException e = refused(doc, ShareLedger.class);
    assertEquals("$.transactions", e.path());
    assertEquals("7", e.value());
  }

  @Test
  void read_moneyNotExact_namesItsPath() {
    ObjectNode doc = (ObjectNode) tree(example());
    ((ObjectNode) doc.get("shareClasses").get(0)).put("parValue", "1.005 GBP");
    StoredDocumentException e = refused(doc, ShareLedger.class);
    assertEquals("$.shareClasses[0].parValue", e.path());
    assertEquals("1.005 GBP", e.value());
  }

  @Test
  void read_fractionAsANumber_isAWrongType() {
    ObjectNode doc = (ObjectNode) tree(example());
    ((ObjectNode) doc.get("shareClasses").get(0)).put("maxInterestRate", 0.05);
    StoredDocumentException e = refused(doc, ShareLedger.class);
    assertEquals("$.shareClasses[0].maxInterestRate", e.path());
    assertEquals("0.05", e.value());
  }

  @Test
  void read_errorInTheEmbeddedRegister_namesItsPath() {
    ObjectNode doc = (ObjectNode) tree(example());
    ((ObjectNode) doc.get("register").get("members").get(0)).put("id", " ");
    StoredDocumentException e = refused(doc, ShareLedger.class);
    assertEquals("$.register.members[0].id", e.path());
  }

  @Test
  void read_unknownVersion_isRefused() {
    ObjectNode doc = (ObjectNode) tree(example());
    doc.put("version", 0);
    assertEquals("$.version", refused(doc, ShareLedger.class).path());
  }
}
