package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The readers' own UTF-8 check against the JDK's strict decoder, the oracle: on byte strings built from
 * the bytes that matter (ASCII, every lead byte, continuation bytes at the edges of the ranges that make
 * overlong forms, surrogates and code points past U+10FFFF), both find the same first invalid byte of
 * the same range, or none.
 */
class TextBytesProperties {

  private static final int[] INTERESTING = {
    0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF,
    0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFF
  };

  /** The first malformed byte the JDK finds in a range, or -1. */
  private static int jdkFirstInvalid(byte[] a, int from, int to) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(a, from, to - from);
    CharBuffer out = CharBuffer.allocate(2 * (to - from) + 2);
    CoderResult r = d.decode(in, out, true);
    if (r.isError()) {
      return in.position();
    }
    r = d.flush(out);
    return r.isError() ? in.position() : -1;
  }

  @Property(tries = 1000)
  void invalidUtf8_findsTheByteTheJdkRefuses(@ForAll long seed) {
    Random random = new Random(seed);
    byte[] a = new byte[random.nextInt(12)];
    for (int i = 0; i < a.length; i++) {
      a[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : INTERESTING[random.nextInt(INTERESTING.length)]);
    }
    int from = a.length == 0 ? 0 : random.nextInt(a.length + 1);
    int to = from + random.nextInt(a.length - from + 1);
    assertEquals(jdkFirstInvalid(a, from, to), TextBytes.invalidUtf8(a, from, to), () -> hex(a) + " [" + from + ", " + to + ")");
  }

  @Property(tries = 300)
  void invalidUtf8_ofTextTheJdkEncodes_findsNothing(@ForAll String text) {
    byte[] a = text.getBytes(StandardCharsets.UTF_8);
    // Lone surrogates in the generated text are encoded as '?', so the bytes are always valid.
    assertEquals(-1, TextBytes.invalidUtf8(a, 0, a.length), text);
  }

  private static String hex(byte[] a) {
    StringBuilder s = new StringBuilder();
    for (byte b : a) {
      s.append(String.format("%02X ", b & 0xFF));
    }
    return s.toString().trim();
  }
}
