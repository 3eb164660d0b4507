package org.commonweal.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonweal.governance.base.TieBreaker;
import org.commonweal.governance.election.BallotFile;
import org.commonweal.governance.election.Candidate;
import org.commonweal.governance.election.Election;
import org.commonweal.governance.election.ElectionResult;
import org.commonweal.governance.election.MethodRegistry;
import org.commonweal.governance.election.RankedBallot;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The HTML page of any small count: its result sheet holds the count's numbers, its names read as text
 * whatever characters they hold, and it fetches nothing. Each try counts and parses a page: tries are
 * bounded.
 */
class HtmlReportProperties {
  /**
   * Small elections: 2 to 5 candidates whose names start with a letter and hold HTML's special
   * characters, 1 to 12 kinds of paper ranking 1 to all of them.
   */
  @Provide
  Arbitrary<Election> elections() {
    Arbitrary<String> name =
        Combinators.combine(
                Arbitraries.chars().range('A', 'Z'),
                Arbitraries.strings().withChars("ab<>&\"'/;#=Ó ").ofMaxLength(10))
            .as((first, rest) -> first + rest);
    return name.list()
        .ofMinSize(2)
        .ofMaxSize(5)
        .uniqueElements(n -> n.replaceAll("\\s+", " ").strip())
        .flatMap(
            names -> {
              List<Candidate> cs = names.stream().map(Candidate::of).toList();
              Arbitrary<RankedBallot> paper =
                  Combinators.combine(Arbitraries.longs().between(1, 30), Arbitraries.shuffle(cs), Arbitraries.integers().between(1, cs.size()))
                      .as((count, order, ranked) -> RankedBallot.of(count, order.subList(0, ranked)));
              return Combinators.combine(paper.list().ofMinSize(1).ofMaxSize(12), Arbitraries.integers().between(1, cs.size() - 1))
                  .as((papers, seats) -> Election.of(cs, seats, papers));
            });
  }

  @Property(tries = 60)
  void of_stvPage_holdsTheCountsNumbers(@ForAll("elections") Election election) {
    for (String rule : List.of("scottish-stv", "meek")) {
      ElectionResult result = MethodRegistry.find(rule).orElseThrow().method().count(election, TieBreaker.givenOrder());
      Document page = Jsoup.parse(HtmlReport.of("f.blt", result, BallotFile.of(election)));
      CountHtmlTest.assertSheetMatches(page, result);
      assertShowsEveryName(page, election);
    }
  }

  @Property(tries = 60)
  void of_singleWinnerPages_showEveryNameAsText(@ForAll("elections") Election election) {
    Election one = Election.of(election.candidates(), 1, new ArrayList<>(election.ballots()));
    for (String rule : List.of("irv", "schulze", "borda")) {
      ElectionResult result = MethodRegistry.find(rule).orElseThrow().method().count(one, TieBreaker.givenOrder());
      Document page = Jsoup.parse(HtmlReport.of("f.blt", result, BallotFile.of(one)));
      if (result.report().totalsArePapers()) {
        CountHtmlTest.assertSheetMatches(page, result);
      } else {
        assertTrue(page.select("table.result-sheet").isEmpty(), rule);
      }
      assertShowsEveryName(page, one);
    }
  }

  private static void assertShowsEveryName(Document page, Election election) {
    CountHtmlTest.assertSelfContained(page);
    // Only the page's own markup: no element a name could have opened.
    assertTrue(page.select("body script, body b, body a, body img").isEmpty(), page.outerHtml());
    String text = page.text();
    for (Candidate c : election.candidates()) {
      String shown = ReadableNames.readable(c.name()).replaceAll("\\s+", " ").strip();
      assertTrue(text.contains(shown), shown + " in " + text);
    }
    assertEquals("f.blt", page.selectFirst("h1").text());
  }
}
