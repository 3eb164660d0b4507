package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluralityTest {
  @Test
  void toString_namesTheMethod() {
    assertEquals("plurality (block voting for several seats)", ElectionMethods.plurality().toString());
  }
}
