package org.commonweal.governance.constitution;

/**
 * The stable codes of validation {@link Violation}s; systems branch on the code, which is the
 * constant's name and does not change between releases. Each code has one severity, one clause and
 * one {@link Category}: internal consistency (the rules contradict themselves or cannot work), the law
 * of the organisation type (a statute the rules fall short of), or a co-operative principle (a warning
 * the user may switch off through {@link ValidationOptions}).
 *
 * <p>Values that cannot be built at all (class shares that do not add up to the whole, a threshold out
 * of range, surplus parts over the whole) stay build errors of their types and have no code here.
 *
 * @since 0.1.0
 */
public enum ViolationCode {
  // ---- Internal consistency ----------------------------------------------------------------

  /**
   * A per-class quorum (in the quorum or the adjourned quorum, anywhere in the rule) names a class the
   * membership rules do not define, or one that can never have a member with a vote (its eligibility
   * can never be met, or the class holds no vote) while the rule needs someone of it present: that part
   * of the quorum can never be met.
   */
  QUORUM_CLASS_CANNOT_HAVE_MEMBERS(Severity.ERROR, Clause.GENERAL_MEETINGS, Category.CONSISTENCY),
  /**
   * The quorum needs someone of a class present, and so does the adjourned meeting's quorum (or there
   * is no adjournment rule): while the class has no members, which may happen, no general meeting can
   * ever be quorate.
   */
  QUORUM_CLASS_MAY_BE_EMPTY(Severity.WARNING, Clause.GENERAL_MEETINGS, Category.CONSISTENCY),
  /**
   * The proxy rules forbid proxies yet say that members present by proxy count towards the quorum.
   * Proxies reach a quorum only through an accepted appointment, which forbidden proxies never are, so
   * the rules contradict themselves only in words; {@link org.commonweal.governance.meeting.ProxyRules}
   * counts proxies by default exactly where it allows them, so only rules that state both are reported.
   */
  PROXIES_COUNTED_BUT_FORBIDDEN(Severity.ERROR, Clause.GENERAL_MEETINGS, Category.CONSISTENCY),
  /** The board's reserved, general, appointed and ex officio seats are more than its maximum size. */
  BOARD_RESERVED_EXCEEDS_SIZE(Severity.ERROR, Clause.BOARD, Category.CONSISTENCY),
  /** Board seats are reserved for (or a composition limit names) a class the membership does not define. */
  BOARD_CLASS_UNDEFINED(Severity.ERROR, Clause.BOARD, Category.CONSISTENCY),
  /** Retirement by rotation would retire no director at an annual meeting after the first. */
  ROTATION_RETIRES_NOBODY(Severity.ERROR, Clause.ROTATION, Category.CONSISTENCY),
  /** A share class that no stakeholder class able to have members may hold (each holder undefined, or nobody can join it). */
  SHARE_CLASS_NO_HOLDER(Severity.ERROR, Clause.SHARES, Category.CONSISTENCY),
  /** The table of matters gives no procedure for amending the rules, or prohibits it. */
  NO_AMENDMENT_PROCEDURE(Severity.ERROR, Clause.MATTERS, Category.CONSISTENCY),
  /** The voting rules give a share of the vote, a cap or no vote to a class the membership does not define. */
  CLASS_SHARES_UNDEFINED_CLASS(Severity.ERROR, Clause.VOTING, Category.CONSISTENCY),
  /** An investor or staff class the membership does not define. */
  STAFF_OR_INVESTOR_CLASS_UNDEFINED(Severity.ERROR, Clause.MEMBERSHIP, Category.CONSISTENCY),

  // ---- The law of the organisation type ----------------------------------------------------

  /**
   * A registered society's rules allow fewer members than the statute's minimum: 3, or 2 where both
   * are registered societies (CCBS Act 2014 s.2(2)(b)).
   */
  BELOW_STATUTORY_MINIMUM_MEMBERS(Severity.ERROR, Clause.MEMBERSHIP, Category.LAW),
  /**
   * A registered society with withdrawable shares has no cap on one member's withdrawable capital, or
   * a cap above GBP 100,000 (CCBS Act 2014 s.24).
   */
  WITHDRAWABLE_CAP_ABOVE_STATUTE(Severity.ERROR, Clause.SHARES, Category.LAW),
  /**
   * A registered society whose votes follow shares, for its members or its member organisations (FCA
   * RFCCBS 6.1.3). A co-operative society whose individual members vote by shares is reported once, as
   * {@link #ONE_MEMBER_ONE_VOTE_REQUIRED}.
   */
  VOTES_IN_PROPORTION_TO_SHARES(Severity.ERROR, Clause.VOTING, Category.LAW),
  /**
   * A co-operative society whose individual members do not have one vote each (FCA FG15/12, the
   * condition of democratic control of a bona fide co-operative). The reading taken: individuals must
   * vote one member one vote; member organisations may have weighted votes (the guidance accepts them for
   * secondary co-operatives), and fixed class shares of the vote (the Somerset Rules) keep one vote per
   * member within each class, so neither is reported.
   */
  ONE_MEMBER_ONE_VOTE_REQUIRED(Severity.ERROR, Clause.VOTING, Category.LAW),
  /**
   * A community benefit society without an asset lock. The reading taken: a community benefit society's
   * assets are held for the community, so its rules must lock them, by the statutory lock of SI 2006/264
   * or by a lock written in the rules.
   */
  ASSET_LOCK_MISSING(Severity.ERROR, Clause.ASSET_LOCK, Category.LAW),
  /**
   * A community benefit society whose lock lets assets pass to members, or to a body that could pass
   * them on to members (SI 2006/264 reg. 3: only another asset-locked body, a charity or a community
   * interest company).
   */
  ASSET_LOCK_LETS_ASSETS_TO_MEMBERS(Severity.ERROR, Clause.ASSET_LOCK, Category.LAW),
  /** A company whose special resolutions, or amendments of its articles, need less than 75% of votes cast (CA 2006 ss.21, 283). */
  SPECIAL_RESOLUTION_BELOW_75(Severity.ERROR, Clause.MATTERS, Category.LAW),
  /**
   * A registered society whose amalgamation or transfer of engagements (CCBS Act 2014 s.111) or
   * conversion into a company (s.113) is not decided at two meetings, or by less than the statute
   * requires.
   */
  TWO_MEETING_BELOW_STATUTE(Severity.ERROR, Clause.MATTERS, Category.LAW),
  /** A registered society whose dissolution by instrument needs the consent of fewer than 75% of members (CCBS Act 2014 s.119). */
  INSTRUMENT_BELOW_STATUTE(Severity.ERROR, Clause.MATTERS, Category.LAW),

  // ---- Co-operative principles -------------------------------------------------------------

  /**
   * An area of benefit is stated and no class admits an adult who lives there and attests nothing more
   * (aged 18 on the date the rules take effect, an individual): ICA principle 1, open membership.
   */
  MEMBERSHIP_NOT_OPEN(Severity.WARNING, Clause.MEMBERSHIP, Category.PRINCIPLE),
  /**
   * One class's fixed share of the vote reaches, alone, the share of the votes cast that amending the
   * rules needs (the amendment row's, or 75% where it states none), and the amendment needs no consent of
   * each class: ICA principle 2. Read on fixed class shares only: where votes follow headcount, which
   * class could dominate depends on the register, not the rules, and is the analysis package's question.
   */
  CLASS_CAN_PASS_SPECIAL_ALONE(Severity.WARNING, Clause.VOTING, Category.PRINCIPLE),
  /**
   * The investor classes may hold more than a quarter of the votes: their fixed class shares add up to
   * more, or, without class shares, their caps do, or one of them votes uncapped (ICA principle 2; the
   * regulator-approved FairShares society caps investor votes at 25%).
   */
  INVESTOR_VOTES_ABOVE_QUARTER(Severity.WARNING, Clause.VOTING, Category.PRINCIPLE),
  /**
   * Staff may control the board: more seats are reserved for the staff classes than the staff limit
   * allows; or the seats open to staff (their reserved seats and every general seat) are a majority of
   * the seats the rules fill and no limit keeps them to a minority, or the limit itself is above a half
   * and lets them hold a majority. (A limit of a minority rounded up on a very small board is not
   * reported: the rounding is the limit's own rule.) The staff limit is the tightest "at most" composition limit on a staff class or on a
   * director attribute (the rules' own mark of paid staff). Reading: a limit acts inside the count
   * (constrained STV), so general seats that staff could win beyond it are not open to them; the
   * warning is for a board the rules let staff control, not for a limit that does its work. Not
   * reported where every class with a vote is a staff class (a worker co-operative, whose investors
   * have no vote), whose members are its staff.
   */
  STAFF_CAN_CONTROL_BOARD(Severity.WARNING, Clause.BOARD, Category.PRINCIPLE),

  // ---- Found by the analysis package, which sees the voting game ------------------------------

  /**
   * A class can block a matter alone, voting against while every other member votes for, though the rules
   * state no consent of that class for it: a veto the weights give it unintended (reported by {@code
   * org.commonweal.governance.analysis.Analysis#validate}, not by {@link Constitution#validate()}).
   */
  VETO_NOT_INTENDED(Severity.WARNING, Clause.VOTING, Category.PRINCIPLE),
  /**
   * A class with a vote has no power on a matter the members decide: no member of it ever turns a losing
   * coalition into a winning one (zero Banzhaf and Shapley-Shubik power; reported by {@code
   * org.commonweal.governance.analysis.Analysis#validate}).
   */
  NO_POWER(Severity.WARNING, Clause.VOTING, Category.PRINCIPLE);

  /** What kind of rule a code checks. */
  public enum Category {
    /** The rules contradict themselves or cannot work as written. */
    CONSISTENCY,
    /** The rules fall short of the statute of their organisation type. */
    LAW,
    /** The rules depart from a co-operative principle: warnings the user may switch off. */
    PRINCIPLE
  }

  private final Severity severity;
  private final Clause clause;
  private final Category category;

  ViolationCode(Severity severity, Clause clause, Category category) {
    this.severity = severity;
    this.clause = clause;
    this.category = category;
  }

  /**
   * Returns the severity every violation with this code has.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the clause every violation with this code concerns.
   *
   * @return the clause
   */
  public Clause clause() {
    return clause;
  }

  /**
   * Returns what kind of rule the code checks.
   *
   * @return the category
   */
  public Category category() {
    return category;
  }
}
