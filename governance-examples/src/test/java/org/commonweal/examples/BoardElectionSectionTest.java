package org.commonweal.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonweal.governance.board.BoardResult;
import org.commonweal.governance.board.BoardSeat;
import org.commonweal.governance.board.Director;
import org.commonweal.governance.membership.MemberId;
import org.junit.jupiter.api.Test;

class BoardElectionSectionTest {
  private final BoardElectionSection section = new BoardElectionSection(SchoolTrustData.ledger());

  private static List<String> names(List<Director> ds) {
    return ds.stream().map(Director::name).toList();
  }

  @Test
  void result_classesFirst_thenAllMembersUnderThePaidStaffLimit() {
    BoardResult r = section.result();
    assertEquals(
        List.of("parents-and-carers", "staff", "students", "all members"),
        r.contests().stream().map(BoardResult.Contest::constituency).toList());
    assertEquals(List.of("Yusuf Demir", "Nadia Haddad"), names(r.contests().get(0).elected()));
    assertEquals(List.of("Siobhan Keane"), names(r.contests().get(1).elected()));
    assertEquals(List.of("Jack Thornton"), names(r.contests().get(2).elected()));
    // Paid staff at most a third of 9: the head and the staff trustee hold 2, so one more; Gareth
    // Lloyd, second on first preferences, is doomed once Priya Natarajan is elected.
    assertEquals(List.of("Priya Natarajan", "Margaret Ellis"), names(r.contests().get(3).elected()));
    assertEquals(List.of(MemberId.of("BCL-018")), r.contests().get(3).setAside());
    assertEquals(1, r.limitsActed().size());
    assertTrue(r.limitsActed().get(0).startsWith("all members, stage 1: Gareth Lloyd is doomed"), r.limitsActed()::toString);
    assertEquals(List.of(), r.breaches());
    assertEquals(3, r.board().stream().filter(s -> s.votes() && s.director().has("paid staff")).count());
    assertEquals(9, r.board().stream().filter(BoardSeat::votes).count());
  }

  @Test
  void print_showsEachCountTheLimitsThatActedAndTheNewBoard() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SchoolTrust.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("Board election at the annual general meeting\n"), out);
    assertTrue(out.contains("    counted under [paid staff: at most 1]\n"), out);
    assertTrue(out.contains("    Stage 2: Exclusion of Gareth Lloyd (9.00000), doomed by the limits;"), out);
    assertTrue(out.contains("    Marcus Webb (co-opted, until the next annual meeting), without a vote\n"), out);
    assertTrue(out.contains("    Margaret Ellis (elected, all members)\n"), out);
    assertTrue(out.contains("  Composition limits broken: none\n"), out);
    // The sections before keep their place.
    assertTrue(out.indexOf("Board election") > out.indexOf("Issued share capital"), out);
  }
}
