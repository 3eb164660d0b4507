package org.commonweal.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.commonweal.governance.membership.Member;
import org.commonweal.governance.membership.MemberStatus;
import org.commonweal.governance.membership.Register;
import org.commonweal.governance.membership.StakeholderClass;
import org.commonweal.governance.shares.LedgerFlag;
import org.commonweal.governance.shares.ShareLedger;

/**
 * Prints the register of members as a table: reference, name, class, status, the date the status has
 * held since, and shares held; then the members of each class and the issued capital.
 */
public final class RegisterSection implements Section {
  private final ShareLedger ledger;
  private final LocalDate asAt;

  /**
   * Creates the section.
   *
   * @param ledger the share ledger, with its register
   * @param asAt the date the register is reported at
   */
  public RegisterSection(ShareLedger ledger, LocalDate asAt) {
    this.ledger = ledger;
    this.asAt = asAt;
  }

  @Override
  public String title() {
    return "Register of members as at " + asAt;
  }

  @Override
  public void print(PrintStream out) {
    Register register = ledger.register();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Member", "Name", "Class", "Status", "Since", "Shares"});
    for (Member m : register.members()) {
      rows.add(new String[] {
        m.id().toString(),
        m.name(),
        m.classes().stream().map(c -> className(register, c.value())).collect(Collectors.joining(", ")),
        m.status().name().toLowerCase(java.util.Locale.ROOT),
        m.statusSince().toString(),
        Long.toString(ledger.holdingsOf(m.id()).stream().mapToLong(h -> h.shares()).sum())
      });
    }
    printTable(out, rows);

    out.println();
    for (StakeholderClass c : register.rules().classes()) {
      List<Member> current = register.membersOf(c.id());
      long suspended = current.stream().filter(m -> m.status() == MemberStatus.SUSPENDED).count();
      out.printf("  %-20s %3d current member%s%s%n", c.name(), current.size(), current.size() == 1 ? "" : "s",
          suspended == 0 ? "" : " (" + suspended + " suspended)");
    }
    out.printf("  %-20s %3d current of %d admitted%n", "All classes", register.currentMembers().size(), register.size());
    out.println("  Issued share capital: " + ledger.issuedCapital() + " (" + ledger.shareClasses().get(0).name() + "s of "
        + ledger.shareClasses().get(0).parValue() + ")");
    List<LedgerFlag> flags = ledger.flags();
    out.println("  Holdings flagged: " + (flags.isEmpty() ? "none" : flags.size()));
    flags.forEach(f -> out.println("    " + f));
  }

  private static String className(Register register, String id) {
    return register.rules().classes().stream().filter(c -> c.id().value().equals(id)).map(StakeholderClass::name).findFirst().orElse(id);
  }

  private static void printTable(PrintStream out, List<String[]> rows) {
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < columns; i++) {
        String cell = rows.get(r)[i];
        // The last column holds numbers: right-aligned.
        line.append(i == columns - 1 ? " ".repeat(width[i] - cell.length()) + cell : cell + " ".repeat(width[i] - cell.length()));
        if (i < columns - 1) {
          line.append("  ");
        }
      }
      out.println(line.toString().stripTrailing());
      if (r == 0) {
        StringBuilder rule = new StringBuilder("  ");
        for (int i = 0; i < columns; i++) {
          rule.append("-".repeat(width[i])).append(i < columns - 1 ? "  " : "");
        }
        out.println(rule);
      }
    }
  }
}
