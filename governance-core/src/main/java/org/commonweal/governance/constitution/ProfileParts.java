package org.commonweal.governance.constitution;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.resolution.Resolution;
import org.commonweal.governance.resolution.TwoMeetingResolution;
import org.commonweal.governance.shares.Money;
import org.commonweal.governance.shares.ShareClass;
import org.commonweal.governance.shares.ShareClassId;
import org.commonweal.governance.shares.ShareLimits;

/**
 * The parts the {@link Profiles} share: the statutory table of matters of each legal form, and the one
 * membership share most society model rules issue. Kept here so that each profile states only what is
 * its own.
 */
final class ProfileParts {
  private ProfileParts() {}

  /** The currency of every UK profile. */
  static final Currency GBP = Currency.getInstance("GBP");

  /** The membership share's id in every profile that issues one. */
  static final ShareClassId MEMBERSHIP_SHARE = ShareClassId.of("membership");

  /** Dissolution by instrument of a registered society. */
  static final String S119 = "CCBS Act 2014 s.119";

  /**
   * Returns one GBP 1 membership share a member must hold and may not exceed, neither withdrawable nor
   * transferable, paying no interest, carrying the member's vote (the common form of community benefit
   * and multi-stakeholder society rules, where capital is raised by other classes if at all).
   */
  static ShareClass membershipShare(ClassId... holders) {
    return ShareClass.builder()
        .id(MEMBERSHIP_SHARE)
        .name("Membership share")
        .parValue(Money.ofMajor(1, GBP))
        .withdrawable(false)
        .transferable(false)
        .voting(true)
        .maxInterestRate(Fraction.ZERO)
        .addHolders(holders)
        .limits(ShareLimits.builder().toBeMember(1).maxPerMember(1).build())
        .build();
  }

  /**
   * Returns the table of matters of a registered society (CCBS Act 2014): amendment of the rules by the
   * given resolution (the Act leaves its majority to the rules, s.14 and s.16); admission by the board;
   * expulsion and disposal of assets by the given special resolution; amalgamation and transfer of
   * engagements at two meetings (s.111: two thirds, confirmed by more than half); conversion into a
   * company at two meetings (s.113: three quarters of those voting with half of all members voting,
   * confirmed), or not at all where {@code conversion} is a prohibition; dissolution by an instrument
   * signed by three quarters of the members (s.119); directors elected and removed by ordinary
   * resolution (more than half of the votes cast).
   */
  static Map<Matter, Procedure> societyMatters(Resolution special, Procedure conversion) {
    Map<Matter, Procedure> m = new LinkedHashMap<>();
    m.put(Matter.AMEND_RULES, new Procedure.AtMeeting(special.titled(Matter.AMEND_RULES.title())));
    m.put(Matter.ADMIT_MEMBER, new Procedure.ByBoard(Resolution.ordinary(Matter.ADMIT_MEMBER.title())));
    m.put(Matter.EXPEL_MEMBER, new Procedure.AtMeeting(special.titled(Matter.EXPEL_MEMBER.title())));
    m.put(Matter.DISPOSE_OF_ASSETS, new Procedure.AtMeeting(special.titled(Matter.DISPOSE_OF_ASSETS.title())));
    m.put(Matter.AMALGAMATE, new Procedure.AtTwoMeetings(TwoMeetingResolution.ccbsAmalgamation(Matter.AMALGAMATE.title())));
    m.put(Matter.CONVERT, conversion);
    m.put(Matter.DISSOLVE, new Procedure.ByInstrument(Fraction.of(3, 4), S119));
    m.put(Matter.ELECT_DIRECTOR, new Procedure.AtMeeting(Resolution.ordinary(Matter.ELECT_DIRECTOR.title())));
    m.put(Matter.REMOVE_DIRECTOR, new Procedure.AtMeeting(Resolution.ordinary(Matter.REMOVE_DIRECTOR.title())));
    return m;
  }

  /** Conversion of a society into a company at two meetings (CCBS Act 2014 s.113). */
  static Procedure conversion() {
    return new Procedure.AtTwoMeetings(TwoMeetingResolution.ccbsConversion(Matter.CONVERT.title()));
  }

  /**
   * Returns the table of matters of a company (Companies Act 2006): the articles amended by special
   * resolution (s.21, s.283), which the caller gives with any further conditions of its own; admission
   * by the board; expulsion, disposal of assets, amalgamation, conversion into a society (CCBS Act
   * 2014 s.115) and a members' voluntary winding up (Insolvency Act 1986 s.84(1)(b)) by the same special
   * resolution; directors elected by the given ordinary resolution and removed by an ordinary resolution
   * of more than half of the votes cast (s.168, which the articles cannot make harder).
   */
  static Map<Matter, Procedure> companyMatters(Resolution special, Resolution ordinary) {
    Map<Matter, Procedure> m = new LinkedHashMap<>();
    m.put(Matter.AMEND_RULES, new Procedure.AtMeeting(special.titled(Matter.AMEND_RULES.title())));
    m.put(Matter.ADMIT_MEMBER, new Procedure.ByBoard(Resolution.ordinary(Matter.ADMIT_MEMBER.title())));
    for (Matter x : new Matter[] {Matter.EXPEL_MEMBER, Matter.DISPOSE_OF_ASSETS, Matter.AMALGAMATE, Matter.CONVERT, Matter.DISSOLVE}) {
      m.put(x, new Procedure.AtMeeting(special.titled(x.title())));
    }
    m.put(Matter.ELECT_DIRECTOR, new Procedure.AtMeeting(ordinary.titled(Matter.ELECT_DIRECTOR.title())));
    m.put(Matter.REMOVE_DIRECTOR, new Procedure.AtMeeting(Resolution.ordinary(Matter.REMOVE_DIRECTOR.title())));
    return m;
  }
}
