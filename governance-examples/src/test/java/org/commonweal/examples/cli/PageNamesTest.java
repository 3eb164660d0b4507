package org.commonweal.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The pages' names. */
class PageNamesTest {
  @Test
  void of_namesEachPageAfterItsFile() {
    assertEquals(
        List.of("ward.html", "aberdeen_2017_ward10.html", "data.normalized.html", "README.html", ".blt.html"),
        PageNames.of(List.of("ward.blt", "data/2017/aberdeen_2017_ward10.blt", "a/data.normalized.csv", "README", "x/.blt")));
  }

  @Test
  void of_aNameTaken_getsTheFirstFreeNumber_inInputOrder() {
    assertEquals(
        List.of("ward.html", "ward-2.html", "Ward-3.html", "ward-2-2.html", "ward-4.html"),
        PageNames.of(List.of("a/ward.blt", "b/ward.blt", "c/Ward.txt", "ward-2.blt", "d/ward")));
  }

  @Test
  void stem_ofAFolderName_isPage() {
    assertEquals("page", PageNames.stem("data/"));
    assertEquals("page", PageNames.stem(""));
  }
}
