package org.commonweal.governance.shares;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import org.commonweal.governance.base.Outcome;

/** {@link ShareLedger#holdingsOn(LocalDate)}: the journal, replayed to a date, gives the holdings of that date. */
@Domain(SharesDomain.class)
class HoldingsOnProperties {

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void holdingsOn_anyDate_areTheHoldingsAfterTheLastChangeOfThatDate(@ForAll ShareLedgerOp.Scenario scenario) {
    ShareLedger ledger = scenario.admitAll(scenario.admissions());
    // The holdings after the last capital movement of each date, as the ledger held them then.
    Map<LocalDate, ImmutableList<Holding>> seen = new TreeMap<>();
    record(ledger, seen);
    for (ShareLedgerOp op : scenario.ops()) {
      Outcome<ShareLedger> out = op.apply(ledger);
      ledger = out.value().orElse(ledger);
      // Replaying the whole journal gives the holdings as they are now.
      assertEquals(ledger.holdings(), ledger.holdingsOn(LocalDate.MAX));
      record(ledger, seen);
    }
    ShareLedger last = ledger;
    seen.forEach((date, holdings) -> assertEquals(holdings, last.holdingsOn(date), "holdings on " + date));
    if (!last.transactions().isEmpty()) {
      LocalDate first = last.transactions().get(0).date();
      assertEquals(ImmutableList.of(), last.holdingsOn(first.minusDays(1)));
    }
  }

  private static void record(ShareLedger ledger, Map<LocalDate, ImmutableList<Holding>> seen) {
    if (!ledger.transactions().isEmpty()) {
      LocalDate d = ledger.transactions().get(ledger.transactions().size() - 1).date();
      seen.put(d, ledger.holdings());
    }
  }
}
