package org.commonweal.governance.constitution;

import java.util.stream.Collectors;
import org.commonweal.governance.resolution.Condition;
import org.commonweal.governance.resolution.Resolution;

/** The words reports use for the rules a constitution holds. */
final class Texts {
  private Texts() {}

  /** A resolution's conditions in words, joined by "and". */
  static String conditions(Resolution r) {
    return r.conditions().stream().map(Condition::description).collect(Collectors.joining(" and "));
  }
}
