package org.commonweal.governance.constitution;

import java.util.Objects;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.TwoMeetingResolution;

/**
 * How a constitution lets a {@link Matter} be decided: one row of its table of matters.
 *
 * <table>
 *   <caption>Procedures</caption>
 *   <tr><th>record</th><th>the matter is decided</th><th>example</th></tr>
 *   <tr><td>{@link AtMeeting}</td><td>by a resolution of a general meeting</td><td>a special resolution
 *       to amend the rules (CA 2006 s.21, s.283)</td></tr>
 *   <tr><td>{@link AtTwoMeetings}</td><td>by a resolution passed at one meeting and confirmed at a
 *       second</td><td>amalgamation (CCBS 2014 s.111)</td></tr>
 *   <tr><td>{@link ByInstrument}</td><td>by an instrument the members sign, with a stated share of
 *       them consenting</td><td>dissolution by instrument, 75% of members (CCBS 2014 s.119)</td></tr>
 *   <tr><td>{@link ByBoard}</td><td>by the board, under its own resolution</td><td>admission of members
 *       in most model rules</td></tr>
 *   <tr><td>{@link Prohibited}</td><td>not at all</td><td>conversion of a community benefit society
 *       with the statutory asset lock (SI 2006/264)</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
public sealed interface Procedure
    permits Procedure.AtMeeting, Procedure.AtTwoMeetings, Procedure.ByInstrument, Procedure.ByBoard, Procedure.Prohibited {

  /**
   * Returns the procedure in words, for reports.
   *
   * @return the description
   */
  String description();

  /**
   * A resolution of a general meeting.
   *
   * @param resolution the resolution, with its conditions
   */
  record AtMeeting(Resolution resolution) implements Procedure {
    /** Checks the record. */
    public AtMeeting {
      Objects.requireNonNull(resolution, "resolution");
    }

    @Override
    public String description() {
      return resolution.kind().label() + " of a general meeting: " + Texts.conditions(resolution);
    }
  }

  /**
   * A resolution passed at one general meeting and confirmed at a second.
   *
   * @param resolution the two-meeting resolution
   */
  record AtTwoMeetings(TwoMeetingResolution resolution) implements Procedure {
    /** Checks the record. */
    public AtTwoMeetings {
      Objects.requireNonNull(resolution, "resolution");
    }

    @Override
    public String description() {
      return "resolution at two general meetings: " + Texts.conditions(resolution.first()) + ", then "
          + Texts.conditions(resolution.second());
    }
  }

  /**
   * An instrument signed by members: the matter is decided when at least the stated fraction of all the
   * members (not of those voting) have signed.
   *
   * @param consent the fraction of members whose signatures are needed, above 0 and at most 1
   * @param source where the rule comes from, for reports
   */
  record ByInstrument(Fraction consent, String source) implements Procedure {
    /**
     * Checks the record.
     *
     * @throws org.commonweal.governance.base.InvalidValueException if the fraction is not above 0 and at
     *     most 1
     */
    public ByInstrument {
      Objects.requireNonNull(consent, "consent");
      Objects.requireNonNull(source, "source");
      Checks.check(consent.signum() > 0 && consent.isAtMost(Fraction.ONE), "consent", consent,
          "the consent an instrument needs (%s) must be above 0 and at most 1", consent);
    }

    @Override
    public String description() {
      return "instrument signed by at least " + consent + " of the members" + (source.isBlank() ? "" : " (" + source + ")");
    }
  }

  /**
   * A resolution of the board.
   *
   * @param resolution the board's resolution
   */
  record ByBoard(Resolution resolution) implements Procedure {
    /** Checks the record. */
    public ByBoard {
      Objects.requireNonNull(resolution, "resolution");
    }

    @Override
    public String description() {
      return "resolution of the board: " + Texts.conditions(resolution);
    }
  }

  /**
   * A matter the constitution does not allow at all.
   *
   * @param reason why, for reports
   */
  record Prohibited(String reason) implements Procedure {
    /**
     * Checks the record.
     *
     * @throws org.commonweal.governance.base.InvalidValueException if the reason is blank
     */
    public Prohibited {
      Objects.requireNonNull(reason, "reason");
      Checks.notBlank("reason", reason);
    }

    @Override
    public String description() {
      return "not allowed: " + reason;
    }
  }
}
