package org.commonweal.governance.constitution;

import static org.commonweal.governance.constitution.ConstitutionTest.ADOPTED;
import static org.commonweal.governance.constitution.ConstitutionTest.society;
import static org.commonweal.governance.voting.RollFixtures.roll;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import org.commonweal.governance.base.Outcome;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Assertions;

/** A constitution's history: versions in order, each in force from its date until the next one's. */
class HistoryProperties {

  @Property(tries = 200)
  void inForceOn_isTheLastVersionTakingEffectOnOrBeforeTheDate(
      @ForAll @Size(max = 8) List<@IntRange(min = 1, max = 400) Integer> gaps,
      @ForAll @IntRange(min = -30, max = 4000) int probe) {
    Constitution c = society().build();
    List<LocalDate> dates = new ArrayList<>(List.of(ADOPTED));
    LocalDate d = ADOPTED;
    for (int i = 0; i < gaps.size(); i++) {
      d = d.plusDays(gaps.get(i));
      dates.add(d);
      c = c.apply(Amendment.of("Amendment " + i, new Change.WrittenResolutions(OptionalInt.of(i + 1))), d);
    }
    LocalDate on = ADOPTED.plusDays(probe);
    // The slow oracle: scan the dates.
    int expected = -1;
    for (int i = 0; i < dates.size(); i++) {
      if (!dates.get(i).isAfter(on)) {
        expected = i;
      }
    }
    Optional<Constitution> v = c.inForceOn(on);
    if (expected < 0) {
      Assertions.assertEquals(Optional.empty(), v);
    } else {
      Assertions.assertEquals(c.history().get(expected), v.orElseThrow());
      Assertions.assertEquals(dates.get(expected), v.orElseThrow().inForceFrom());
    }
    Assertions.assertEquals(dates.size(), c.history().size());
    Assertions.assertEquals(gaps.size(), c.amendments().size());
    for (int i = 1; i < c.history().size(); i++) {
      Assertions.assertEquals(Optional.of(c.history().get(i - 1)), c.history().get(i).previous());
    }
  }

  @Property(tries = 100)
  void amend_neverChangesTheVersionItAmends(@ForAll @IntRange(min = 0, max = 10) int forVotes,
      @ForAll @IntRange(min = 0, max = 10) int against) {
    int n = Math.max(1, forVotes + against);
    Constitution c = society().build();
    Constitution before = society().build();
    Outcome<Constitution> out = c.amend(AmendmentTest.WRITTEN, ConstitutionTest.tally(roll(n), forVotes, against),
        AmendmentTest.MEETING);
    Assertions.assertEquals(before, c);
    // Special resolution: at least 3/4 of the votes cast.
    boolean shouldPass = forVotes + against > 0 && 4 * forVotes >= 3 * (forVotes + against);
    Assertions.assertEquals(shouldPass, out.isAccepted(), out.toString());
  }
}
