package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BordaCountTest {
  @Test
  void toString_namesTheVariant() {
    assertEquals("Borda count (truncated)", ElectionMethods.borda(BordaVariant.TRUNCATED).toString());
    assertEquals("Borda count (modified)", ElectionMethods.borda(BordaVariant.MODIFIED).toString());
  }
}
