package org.commonweal.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.domains.Domain;
import org.commonweal.governance.shares.ShareLedger;
import org.commonweal.governance.shares.ShareLedgerOp;
import org.commonweal.governance.shares.SharesDomain;

@Domain(SharesDomain.class)
class LedgerJsonProperties {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new CommonwealModule());
  private static final SchemaCheck SCHEMAS = new SchemaCheck();

  /** Every ledger a scenario passes through, not only its last, is stored and read back. */
  @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
  void ledger_readBack_equalsWhatWasWritten(@ForAll ShareLedgerOp.Scenario scenario) throws Exception {
    ShareLedger ledger = scenario.admitAll(scenario.admissions());
    check(ledger);
    for (ShareLedgerOp op : scenario.ops()) {
      ledger = op.apply(ledger).value().orElse(ledger);
      check(ledger);
    }
    Statistics.label("transactions").collect(ledger.transactions().isEmpty() ? "none" : "some");
    Statistics.label("pending").collect(ledger.pendingWithdrawals().isEmpty() ? "none" : "some");
    Statistics.label("transactions").coverage(c -> c.check("some").percentage(p -> p > 30));
  }

  private static void check(ShareLedger ledger) throws Exception {
    String json = MAPPER.writeValueAsString(ledger);
    ShareLedger again = MAPPER.readValue(json, ShareLedger.class);
    assertEquals(java.util.List.of(), SCHEMAS.violations(MAPPER.readTree(json), "ledger.schema.json"));
    assertEquals(ledger, again);
    assertEquals(ledger.holdings(), again.holdings());
    assertEquals(ledger.flags(), again.flags());
    assertEquals(json, MAPPER.writeValueAsString(again));
  }
}
