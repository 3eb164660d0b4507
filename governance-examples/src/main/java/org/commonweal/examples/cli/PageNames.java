package org.commonweal.examples.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names of the HTML pages {@code count --format html} writes, one per input file, decided from the
 * files' names alone and in the order given, so that the same command line always gives the same names:
 *
 * <ul>
 *   <li>a page is named after its file, without the folder and the last extension: {@code
 *       data/2017/ward.blt} gives {@code ward.html} (a name with no extension, or only a leading dot,
 *       keeps it whole: {@code .blt} gives {@code .blt.html});
 *   <li>where an earlier file already took that name, {@code -2}, {@code -3}, ... is added, the first
 *       one free: a second {@code ward.blt} gives {@code ward-2.html}, a third {@code ward-3.html};
 *   <li>names are compared ignoring case, so that pages stay distinct on a file system that ignores it.
 * </ul>
 *
 * Every file takes its name, whether or not it is counted, so that one unreadable file does not rename
 * the others' pages. Cost: O(files) names, each tried against a set. Stateless.
 */
final class PageNames {
  private PageNames() {}

  /** The page name of each file, in the files' order. */
  static List<String> of(List<String> files) {
    List<String> names = new ArrayList<>(files.size());
    Set<String> taken = new HashSet<>();
    for (String file : files) {
      String stem = stem(file);
      String name = stem + ".html";
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = stem + "-" + n + ".html";
      }
      names.add(name);
    }
    return names;
  }

  /** The file's name without its folder and its last extension. */
  static String stem(String file) {
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf(java.io.File.separatorChar));
    String base = file.substring(slash + 1);
    int dot = base.lastIndexOf('.');
    String stem = dot > 0 ? base.substring(0, dot) : base;
    // A name that is only a folder ("data/") gives no stem: the page is then named "page".
    return stem.isEmpty() ? "page" : stem;
  }
}
