package org.commonweal.governance.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonweal.governance.base.InvalidValueException;

/** {@link MemberId} and {@link ClassId} read back from their text and order as their text does. */
class IdentifierProperties {

  /** Valid identifier text: 1 to 64 characters, printable at both ends, any letters and spaces inside. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Character> edge = Arbitraries.chars().range('!', '~');
    Arbitrary<String> middle = Arbitraries.strings().withCharRange(' ', '~').withChars("éøßłŽ—").ofMaxLength(62);
    return Combinators.combine(edge, middle, edge, Arbitraries.of(true, false))
        .as((a, m, b, single) -> single ? String.valueOf(a) : a + m + b);
  }

  @Provide
  Arbitrary<String> padded() {
    return Combinators.combine(texts(), Arbitraries.of(" ", "\t", "\u00a0"), Arbitraries.of(true, false))
        .as((t, pad, front) -> front ? pad + t : t + pad);
  }

  @Property
  void memberId_readsBackAndOrdersAsItsText(@ForAll("texts") String a, @ForAll("texts") String b) {
    assertEquals(a, MemberId.of(a).toString());
    assertEquals(MemberId.of(a), MemberId.of(MemberId.of(a).toString()));
    assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(MemberId.of(a).compareTo(MemberId.of(b))));
    assertEquals(a.equals(b), MemberId.of(a).equals(MemberId.of(b)));
  }

  @Property
  void classId_readsBackAndOrdersAsItsText(@ForAll("texts") String a, @ForAll("texts") String b) {
    assertEquals(ClassId.of(a), ClassId.of(ClassId.of(a).toString()));
    assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(ClassId.of(a).compareTo(ClassId.of(b))));
  }

  @Property
  void paddedText_isRefused(@ForAll("padded") String text) {
    assertThrows(InvalidValueException.class, () -> MemberId.of(text));
    assertThrows(InvalidValueException.class, () -> ClassId.of(text));
  }
}
