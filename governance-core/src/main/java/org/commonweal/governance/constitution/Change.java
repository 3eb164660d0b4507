package org.commonweal.governance.constitution;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.commonweal.governance.board.BoardRules;
import org.commonweal.governance.board.RotationRule;
import org.commonweal.governance.internal.Checks;
import org.commonweal.governance.meeting.MeetingRules;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.shares.ShareClass;
import org.commonweal.governance.shares.StatutoryCap;
import org.commonweal.governance.voting.VotingRules;

/**
 * One change an {@link Amendment} makes to a constitution: the new text of one clause. Every change
 * names the {@link Clause} it touches, which is what entrenchment and the asset lock are checked
 * against. Each change is a public record that a caller can store and compare.
 *
 * @since 0.1.0
 */
public sealed interface Change
    permits Change.Purpose, Change.Membership, Change.Shares, Change.Voting, Change.GeneralMeetings,
        Change.WrittenResolutions, Change.MatterRow, Change.Entrench, Change.AssetLockRule, Change.Board,
        Change.Rotation, Change.BoardMeetings, Change.Surplus {

  /**
   * Returns the clause the change touches.
   *
   * @return the clause
   */
  Clause clause();

  /**
   * Returns the change in words, for the minutes.
   *
   * @return the description
   */
  String description();

  /**
   * New objects (the purpose).
   *
   * @param objects the objects, not blank
   */
  record Purpose(String objects) implements Change {
    /** Checks the record. */
    public Purpose {
      Objects.requireNonNull(objects, "objects");
      Checks.notBlank("objects", objects);
    }

    @Override
    public Clause clause() {
      return Clause.OBJECTS;
    }

    @Override
    public String description() {
      return "the objects become: " + objects;
    }
  }

  /**
   * New stakeholder classes and eligibility.
   *
   * @param membership the membership rules
   */
  record Membership(MembershipRules membership) implements Change {
    /** Checks the record. */
    public Membership {
      Objects.requireNonNull(membership, "membership");
    }

    @Override
    public Clause clause() {
      return Clause.MEMBERSHIP;
    }

    @Override
    public String description() {
      return "the stakeholder classes become " + membership.classIds();
    }
  }

  /**
   * New share classes and statutory cap.
   *
   * @param shareClasses the share classes
   * @param statutoryCap the cap on withdrawable shares, if any
   */
  record Shares(ImmutableList<ShareClass> shareClasses, Optional<StatutoryCap> statutoryCap) implements Change {
    /** Checks the record. */
    public Shares {
      Objects.requireNonNull(shareClasses, "shareClasses");
      Objects.requireNonNull(statutoryCap, "statutoryCap");
    }

    @Override
    public Clause clause() {
      return Clause.SHARES;
    }

    @Override
    public String description() {
      return "the share classes become " + shareClasses.stream().map(c -> c.id().toString()).toList();
    }
  }

  /**
   * New voting rights.
   *
   * @param voting the voting rules
   */
  record Voting(VotingRules voting) implements Change {
    /** Checks the record. */
    public Voting {
      Objects.requireNonNull(voting, "voting");
    }

    @Override
    public Clause clause() {
      return Clause.VOTING;
    }

    @Override
    public String description() {
      return "the voting rights become: " + voting;
    }
  }

  /**
   * New rules for general meetings.
   *
   * @param generalMeetings the meeting rules
   */
  record GeneralMeetings(MeetingRules generalMeetings) implements Change {
    /** Checks the record. */
    public GeneralMeetings {
      Objects.requireNonNull(generalMeetings, "generalMeetings");
    }

    @Override
    public Clause clause() {
      return Clause.GENERAL_MEETINGS;
    }

    @Override
    public String description() {
      return "the rules for general meetings are replaced (quorum: " + generalMeetings.quorum().description() + ")";
    }
  }

  /**
   * Written resolutions allowed (with the days before one lapses) or not.
   *
   * @param lapseDays the lapse period in days, or empty when written resolutions are not allowed
   */
  record WrittenResolutions(OptionalInt lapseDays) implements Change {
    /** Checks the record. */
    public WrittenResolutions {
      Objects.requireNonNull(lapseDays, "lapseDays");
      lapseDays.ifPresent(d -> Checks.atLeast("lapseDays", d, 1));
    }

    @Override
    public Clause clause() {
      return Clause.WRITTEN_RESOLUTIONS;
    }

    @Override
    public String description() {
      return lapseDays.isPresent()
          ? "written resolutions are allowed, lapsing after " + lapseDays.getAsInt() + " days"
          : "written resolutions are not allowed";
    }
  }

  /**
   * A row of the table of matters set (added or replaced), or removed.
   *
   * @param matter the matter
   * @param procedure its new procedure, or empty to remove the row
   */
  record MatterRow(Matter matter, Optional<Procedure> procedure) implements Change {
    /** Checks the record. */
    public MatterRow {
      Objects.requireNonNull(matter, "matter");
      Objects.requireNonNull(procedure, "procedure");
    }

    @Override
    public Clause clause() {
      return Clause.MATTERS;
    }

    @Override
    public String description() {
      return procedure.map(p -> matter.title() + " needs " + p.description()).orElse(matter.title() + " is removed from the table");
    }
  }

  /**
   * An entrenchment added, or a clause's entrenchment lifted.
   *
   * @param target the clause entrenched
   * @param entrenchment the new entrenchment, or empty to lift it
   */
  record Entrench(Clause target, Optional<Entrenchment> entrenchment) implements Change {
    /**
     * Checks the record.
     *
     * @throws org.commonweal.governance.base.InvalidValueException if the entrenchment is of another
     *     clause
     */
    public Entrench {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(entrenchment, "entrenchment");
      entrenchment.ifPresent(e -> Checks.check(e.clause() == target, "entrenchment", e,
          "the entrenchment is of the %s clause, not of %s", e.clause(), target));
    }

    @Override
    public Clause clause() {
      return Clause.ENTRENCHMENT;
    }

    @Override
    public String description() {
      return entrenchment.map(e -> "the " + target.label() + " clause becomes " + e.kind().name().toLowerCase(Locale.ROOT))
          .orElse("the entrenchment of the " + target.label() + " clause is lifted");
    }
  }

  /**
   * An asset lock adopted, replaced or removed.
   *
   * @param assetLock the new lock, or empty to remove it
   */
  record AssetLockRule(Optional<AssetLock> assetLock) implements Change {
    /** Checks the record. */
    public AssetLockRule {
      Objects.requireNonNull(assetLock, "assetLock");
    }

    @Override
    public Clause clause() {
      return Clause.ASSET_LOCK;
    }

    @Override
    public String description() {
      return assetLock.map(l -> "the asset lock becomes " + l.kind().name().toLowerCase(Locale.ROOT)
          + ", assets passing only to " + l.recipients()).orElse("the asset lock is removed");
    }
  }

  /**
   * New board rules, or none.
   *
   * @param board the board rules, or empty
   */
  record Board(Optional<BoardRules> board) implements Change {
    /** Checks the record. */
    public Board {
      Objects.requireNonNull(board, "board");
    }

    @Override
    public Clause clause() {
      return Clause.BOARD;
    }

    @Override
    public String description() {
      return board.map(b -> "the board becomes " + b.minSize() + " to " + b.maxSize() + " directors").orElse("the board rules are removed");
    }
  }

  /**
   * A new rule of retirement by rotation, or none.
   *
   * @param rotation the rule, or empty
   */
  record Rotation(Optional<RotationRule> rotation) implements Change {
    /** Checks the record. */
    public Rotation {
      Objects.requireNonNull(rotation, "rotation");
    }

    @Override
    public Clause clause() {
      return Clause.ROTATION;
    }

    @Override
    public String description() {
      return rotation.map(r -> "retirement by rotation becomes " + r).orElse("retirement by rotation is removed");
    }
  }

  /**
   * New rules for the board's own meetings.
   *
   * @param quorum the board's quorum, if the rules state one
   * @param chairCastingVote whether the chair has a casting vote
   */
  record BoardMeetings(Optional<QuorumRule> quorum, boolean chairCastingVote) implements Change {
    /** Checks the record. */
    public BoardMeetings {
      Objects.requireNonNull(quorum, "quorum");
    }

    @Override
    public Clause clause() {
      return Clause.BOARD_MEETINGS;
    }

    @Override
    public String description() {
      return "board meetings: quorum " + quorum.map(QuorumRule::description).orElse("not stated")
          + (chairCastingVote ? ", the chair has a casting vote" : ", the chair has no casting vote");
    }
  }

  /**
   * A new rule for allocating a surplus, or none.
   *
   * @param surplus the rule, or empty
   */
  record Surplus(Optional<SurplusRule> surplus) implements Change {
    /** Checks the record. */
    public Surplus {
      Objects.requireNonNull(surplus, "surplus");
    }

    @Override
    public Clause clause() {
      return Clause.SURPLUS;
    }

    @Override
    public String description() {
      return surplus.map(s -> "the surplus is allocated: " + s).orElse("the surplus rule is removed");
    }
  }
}
