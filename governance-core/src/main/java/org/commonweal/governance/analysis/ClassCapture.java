package org.commonweal.governance.analysis;

import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.Checks;

/**
 * What one class can do with one matter on its own: its nominal share of the vote against its real
 * power, whether it passes the matter or blocks it alone when every member votes, and how few of its
 * members carry it at a quorate meeting that everyone else stays away from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param className the class, as the game names it
 * @param members its members with a vote
 * @param nominal its share of the whole vote when every member votes
 * @param banzhaf its share of the Banzhaf swings, where the game was within the exact methods' limits
 * @param shapleyShubik its Shapley-Shubik index, likewise
 * @param passesAlone whether its members alone, voting for against everyone else, carry the matter
 * @param blocksAlone whether its members alone, voting against, stop everyone else carrying it
 * @param aloneAtMeeting the fewest of its members who carry the matter at a meeting no one else attends
 *     (quorum and turnout met by them alone), if any number of them can
 * @since 0.1.0
 */
public record ClassCapture(
    String className,
    int members,
    Fraction nominal,
    Optional<Fraction> banzhaf,
    Optional<Fraction> shapleyShubik,
    boolean passesAlone,
    boolean blocksAlone,
    OptionalInt aloneAtMeeting) {

  /**
   * Checks the record.
   *
   * @throws org.commonweal.governance.base.InvalidValueException if a number is out of range
   */
  public ClassCapture {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(nominal, "nominal");
    Objects.requireNonNull(banzhaf, "banzhaf");
    Objects.requireNonNull(shapleyShubik, "shapleyShubik");
    Objects.requireNonNull(aloneAtMeeting, "aloneAtMeeting");
    Checks.notNegative("members", members);
  }

  /**
   * Returns whether the class has no power at all: no member of it ever decides the matter.
   *
   * @return whether its Banzhaf share is known and zero
   */
  public boolean powerless() {
    return banzhaf.isPresent() && banzhaf.get().isZero();
  }

  /**
   * Returns the finding in words, with its numbers.
   *
   * @return one line
   */
  public String explain() {
    StringBuilder s = new StringBuilder(className).append(": ").append(members).append(members == 1 ? " member, " : " members, ")
        .append(percent(nominal)).append(" of the vote; real power ")
        .append(banzhaf.map(b -> "Banzhaf " + percent(b)).orElse("Banzhaf not computed"))
        .append(shapleyShubik.map(p -> ", Shapley-Shubik " + percent(p)).orElse(""))
        .append("; ").append(passesAlone ? "passes it alone" : "cannot pass it alone")
        .append(blocksAlone ? ", blocks it alone" : ", cannot block it alone");
    if (aloneAtMeeting.isPresent()) {
      s.append("; ").append(aloneAtMeeting.getAsInt()).append(" of them carry it at a quorate meeting the others stay away from");
    } else {
      s.append("; cannot carry it even at a meeting only its members attend");
    }
    return s.toString();
  }

  static String percent(Fraction f) {
    return f.times(100).toDecimalString(1, RoundingMode.HALF_EVEN) + "%";
  }
}
