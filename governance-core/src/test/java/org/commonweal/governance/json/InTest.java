package org.commonweal.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.base.LimitExceededException;
import org.commonweal.governance.membership.MemberKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Reading a stored document node by node: each JSON type checked, and each fault named by its path and value. */
class InTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static In doc(String json) {
    try {
      return In.root(MAPPER.readTree(json.replace('`', '"')));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static StoredDocumentException refused(Executable read) {
    return assertThrows(StoredDocumentException.class, read);
  }

  @Test
  void field_namedByItsPath_quotedWhereTheNameIsNotAnIdentifier() {
    In d = doc("{`a`: {`b_1`: 1, `two words`: 2, `it's`: 3, `back\\\\slash`: 4, `9lives`: 5}}");
    assertEquals("$.a.b_1", d.field("a").field("b_1").path());
    assertEquals("$.a['two words']", d.field("a").field("two words").path());
    assertEquals("$.a['it\\'s']", d.field("a").field("it's").path());
    assertEquals("$.a['back\\\\slash']", d.field("a").field("back\\slash").path());
    assertEquals("$.a['9lives']", d.field("a").field("9lives").path());
  }

  @Test
  void field_missing_isRefusedWithoutAValue() {
    StoredDocumentException e = refused(() -> doc("{`a`: 1}").field("b"));
    assertEquals("$.b", e.path());
    assertNull(e.value());
    assertEquals("$.b: missing field", e.getMessage());
  }

  @Test
  void optional_absentOrPresentWithItsPath() {
    In d = doc("{`a`: {`b`: 1}}").field("a");
    assertTrue(d.optional("c").isEmpty());
    assertEquals("$.a.b", d.optional("b").orElseThrow().path());
    assertEquals(1, d.optional("b").orElseThrow().integer());
  }

  @Test
  void object_otherJsonType_isRefused() {
    StoredDocumentException e = refused(() -> doc("{`a`: [1]}").field("a").field("b"));
    assertEquals("$.a", e.path());
    assertEquals("[1]", e.value());
    assertEquals("$.a: expected an object (found [1])", e.getMessage());
  }

  @Test
  void fields_unknownField_namesItAndTheFieldsExpected() {
    StoredDocumentException e = refused(() -> doc("{`a`: 1, `b`: `x`}").fields("a"));
    assertEquals("$.b", e.path());
    assertEquals("x", e.value());
    assertEquals("$.b: unknown field; expected one of [a] (found x)", e.getMessage());
    In ok = doc("{`a`: 1, `b`: 2}");
    assertSame(ok, ok.fields("a", "b"));
  }

  @Test
  void document_kindAndVersion_checkedBeforeTheFields() {
    In good = doc("{`commonweal`: `register`, `version`: 1, `members`: []}");
    assertEquals("$", good.document("register", 1, "members").path());
    StoredDocumentException kind = refused(() -> doc("{`commonweal`: `ledger`, `version`: 1}").document("register", 1));
    assertEquals("$.commonweal: expected a document of kind \"register\" (found ledger)", kind.getMessage());
    StoredDocumentException version =
        refused(() -> doc("{`commonweal`: `register`, `version`: 2, `later`: 1}").document("register", 1));
    assertEquals("$.version: unknown version of the register format; this library reads version 1 (found 2)",
        version.getMessage());
    StoredDocumentException field =
        refused(() -> doc("{`commonweal`: `register`, `version`: 1, `later`: 1}").document("register", 1, "members"));
    assertEquals("$.later", field.path());
  }

  @Test
  void entries_inDocumentOrderEachWithItsPath() {
    List<Map.Entry<String, In>> e = doc("{`z`: 1, `a b`: 2}").entries();
    assertEquals(List.of("z", "a b"), e.stream().map(Map.Entry::getKey).toList());
    assertEquals(List.of("$.z", "$['a b']"), e.stream().map(x -> x.getValue().path()).toList());
    assertEquals(2, e.get(1).getValue().integer());
    assertEquals("$", refused(() -> doc("[1]").entries()).path());
  }

  @Test
  void elements_eachWithItsIndex_andAnythingElseRefused() {
    List<In> e = doc("{`a`: [5, 6]}").field("a").elements();
    assertEquals(List.of("$.a[0]", "$.a[1]"), e.stream().map(In::path).toList());
    assertEquals(List.of(5, 6), doc("{`a`: [5, 6]}").field("a").list(In::integer));
    assertEquals("$.a: expected an array (found {})", refused(() -> doc("{`a`: {}}").field("a").elements()).getMessage());
  }

  @Test
  void scalars_ofTheRightJsonType_areRead() {
    In d = doc("{`t`: `x`, `b`: false, `w`: 9007199254740993, `i`: -7, `d`: `2026-12-05`, `p`: `P1M`,"
        + " `u`: `PT48H`, `f`: `-15/2`, `g`: `3`, `k`: `REGISTERED_SOCIETY`}");
    assertEquals("x", d.field("t").text());
    assertFalse(d.field("b").bool());
    assertEquals(9_007_199_254_740_993L, d.field("w").whole());
    assertEquals(-7, d.field("i").integer());
    assertEquals(LocalDate.of(2026, 12, 5), d.field("d").date());
    assertEquals(Period.ofMonths(1), d.field("p").period());
    assertEquals(Duration.ofHours(48), d.field("u").duration());
    assertEquals(Fraction.of(-15, 2), d.field("f").fraction());
    assertEquals(Fraction.of(3), d.field("g").fraction());
    assertEquals(MemberKind.REGISTERED_SOCIETY, d.field("k").constant(MemberKind.class));
  }

  @Test
  void scalars_ofAnotherJsonType_areRefusedWithTheValueAsWritten() {
    In d = doc("{`n`: 1, `s`: `1`, `x`: 1.5, `big`: 3000000000, `huge`: 100000000000000000000}");
    assertEquals("$.n: expected a string (found 1)", refused(() -> d.field("n").text()).getMessage());
    assertEquals("$.s: expected true or false (found 1)", refused(() -> d.field("s").bool()).getMessage());
    assertEquals("$.s: expected a whole number (found 1)", refused(() -> d.field("s").whole()).getMessage());
    assertEquals("$.x: expected a whole number (found 1.5)", refused(() -> d.field("x").whole()).getMessage());
    assertEquals("$.huge: expected a whole number (found 100000000000000000000)",
        refused(() -> d.field("huge").whole()).getMessage());
    assertEquals(3_000_000_000L, d.field("big").whole());
    assertEquals("$.big: expected a whole number within the range of int (found 3000000000)",
        refused(() -> d.field("big").integer()).getMessage());
    assertEquals("$.x: expected a whole number within the range of int (found 1.5)",
        refused(() -> d.field("x").integer()).getMessage());
    assertEquals("$.s: expected a whole number within the range of int (found 1)",
        refused(() -> d.field("s").integer()).getMessage());
  }

  @Test
  void datesPeriodsAndDurations_notInIsoForm_areRefused() {
    In d = doc("{`a`: `5/12/2026`, `b`: `1 month`, `c`: `48 hours`}");
    assertEquals("$.a: expected an ISO-8601 date such as 2026-12-05 (found 5/12/2026)",
        refused(() -> d.field("a").date()).getMessage());
    assertEquals("$.b: expected an ISO-8601 period such as P1M (found 1 month)",
        refused(() -> d.field("b").period()).getMessage());
    assertEquals("$.c: expected an ISO-8601 duration such as PT48H (found 48 hours)",
        refused(() -> d.field("c").duration()).getMessage());
  }

  @Test
  void constant_unknownName_listsTheNames() {
    StoredDocumentException e = refused(() -> doc("{`k`: `individual`}").field("k").constant(MemberKind.class));
    assertEquals("$.k", e.path());
    assertTrue(e.getMessage().startsWith("$.k: expected one of [INDIVIDUAL, "), e.getMessage());
  }

  @Test
  void fraction_atTheLongestLengthIsRead_oneCharacterMoreIsRefused() {
    In d = doc("{`a`: `12/34`, `b`: `123/45`}").longestFraction(5);
    assertEquals(Fraction.of(6, 17), d.field("a").fraction());
    assertEquals("$.b: a fraction in this document is written in at most 5 characters (found 123/45)",
        refused(() -> d.field("b").fraction()).getMessage());
    // The bound passes to every node read from it.
    In nested = doc("{`x`: {`y`: [`123/45`]}}").longestFraction(5);
    assertThrows(StoredDocumentException.class, () -> nested.field("x").field("y").elements().get(0).fraction());
    assertThrows(StoredDocumentException.class, () -> nested.field("x").optional("y").orElseThrow().list(In::fraction));
    assertThrows(StoredDocumentException.class,
        () -> doc("{`x`: {`y`: `123/45`}}").longestFraction(5).field("x").entries().get(0).getValue().fraction());
  }

  @Test
  void fraction_decimalOrPercentage_isNotAStoredForm() {
    assertEquals("$.a: expected an exact fraction such as \"15/2\" or a whole number (found 0.5)",
        refused(() -> doc("{`a`: `0.5`}").field("a").fraction()).getMessage());
  }

  @Test
  void distinct_repeatedElement_isRefusedAtIt() {
    In d = doc("{`a`: [1, 2, 1]}").field("a");
    StoredDocumentException e = refused(() -> d.distinct(In::integer));
    assertEquals("$.a[2]: appears twice (found 1)", e.getMessage());
    assertEquals(List.of(1, 2), doc("{`a`: [1, 2]}").field("a").distinct(In::integer));
  }

  @Test
  void build_refusalOfAFieldTheNodeHolds_isReportedAtThatField() {
    In d = doc("{`a`: {`size`: 0}}").field("a");
    StoredDocumentException e = refused(() -> d.build(() -> {
      throw new InvalidValueException("size", 0, "size (0) must be at least 1");
    }));
    assertEquals("$.a.size", e.path());
    assertEquals("0", e.value());
    assertTrue(e.getCause() instanceof InvalidValueException);
  }

  @Test
  void build_refusalOfAFieldTheNodeDoesNotHold_isReportedAtTheNode() {
    In d = doc("{`a`: {`size`: 0}}").field("a");
    StoredDocumentException e = refused(() -> d.build(() -> {
      throw new InvalidValueException("members", "x", "bad");
    }));
    assertEquals("$.a", e.path());
    assertEquals("x", e.value());
    assertEquals("$.a: bad (found x)", e.getMessage());
    In text = doc("{`a`: `t`}").field("a");
    assertEquals("$.a", refused(() -> text.build(() -> {
      throw new InvalidValueException("a", "t", "bad");
    })).path());
  }

  @Test
  void build_otherRefusal_isReportedAtTheNodeWithItsValue() {
    In d = doc("{`a`: [1, 2]}").field("a");
    LimitExceededException limit = new LimitExceededException("things", 1, 2, "");
    StoredDocumentException e = refused(() -> d.build(() -> {
      throw limit;
    }));
    assertEquals("$.a", e.path());
    assertEquals("[1,2]", e.value());
    assertSame(limit, e.getCause());
    StoredDocumentException inner = new StoredDocumentException("$.a[0]", null, "deeper");
    assertSame(inner, refused(() -> d.build(() -> {
      throw inner;
    })));
    assertEquals("built", d.build(() -> "built"));
  }

  @Test
  void storedDocumentException_message_showsAtMost80CharactersOfTheValue() {
    String eighty = "x".repeat(80);
    assertEquals("$.a: bad (found " + eighty + ")", new StoredDocumentException("$.a", eighty, "bad").getMessage());
    String longer = "y".repeat(81);
    StoredDocumentException e = new StoredDocumentException("$.a", longer, "bad");
    assertEquals("$.a: bad (found " + "y".repeat(77) + "...)", e.getMessage());
    assertEquals(longer, e.value());
    assertEquals("$.a", e.path());
    Exception cause = new IllegalStateException();
    StoredDocumentException caused = new StoredDocumentException("$.b", null, "bad", cause);
    assertEquals("$.b: bad", caused.getMessage());
    assertSame(cause, caused.getCause());
    assertNull(caused.value());
    assertEquals("$.b", caused.path());
  }
}
