package org.commonweal.governance.election;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The BLT codec round-trips: what it writes it reads back, and what it reads it writes back. */
class BltProperties {
  @Provide
  Arbitrary<Election> elections() {
    return ElectionDomain.strict();
  }

  @Provide
  Arbitrary<Election> bltElections() {
    return ElectionDomain.bltElections();
  }

  @Property(tries = 200)
  void parseOfFormat_isTheElection(@ForAll("bltElections") Election election) {
    assertEquals(election, Blt.parse(Blt.format(election)));
  }

  @Property(tries = 200)
  void formatOfParse_isTheText(@ForAll("bltElections") Election election) {
    String text = Blt.format(election);
    assertEquals(text, Blt.format(Blt.parse(text)));
  }

  @Property(tries = 100)
  void roundTrip_countsTheSame(@ForAll("elections") Election election) {
    Election back = Blt.parse(Blt.format(election));
    assertEquals(
        StvMethods.scottish().count(election).report().stages(),
        StvMethods.scottish().count(back).report().stages());
  }
}
