/**
 * Commonweal's governance library: the rules of co-operative and community-owned organisations as
 * exact, explained values and decisions.
 *
 * <p>The exported packages are the public API, from the most general to the most specific:
 * {@code base} (exact fractions, rejections, tie-breaking), {@code membership}, {@code shares},
 * {@code voting}, {@code meeting}, {@code resolution}, {@code board} (composition, seats, rotation,
 * the board's meetings), {@code constitution} (surplus allocation), {@code election}, {@code
 * analysis} (voting games and exact power indices)
 * and {@code json} (storage as JSON through Jackson, which only a caller who stores needs).
 * {@code election} uses only {@code base}, so that a voting platform can count ballots without the
 * rest. The module reads Guava at run time and nothing else; Immutables and JSpecify are needed only
 * to compile it.
 */
module org.commonweal.governance {
  requires transitive com.google.common;
  // The value types carry Immutables' annotations in their signatures; "static" keeps the jar
  // off users' run-time path, "transitive" tells javac that this exposure is intended.
  requires static transitive org.immutables.value;
  requires static transitive org.jspecify;
  // Optional: only a caller who stores values as JSON needs Jackson (package json). CommonwealModule
  // extends a Jackson type; "transitive" says that this exposure is intended.
  requires static transitive com.fasterxml.jackson.databind;

  exports org.commonweal.governance.base;
  exports org.commonweal.governance.membership;
  exports org.commonweal.governance.shares;
  exports org.commonweal.governance.election;
  exports org.commonweal.governance.voting;
  exports org.commonweal.governance.meeting;
  exports org.commonweal.governance.resolution;
  exports org.commonweal.governance.board;
  exports org.commonweal.governance.constitution;
  exports org.commonweal.governance.analysis;
  exports org.commonweal.governance.json;
}
