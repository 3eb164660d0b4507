package org.commonweal.governance.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.board.BoardRules;
import org.commonweal.governance.board.RotationRule;
import org.commonweal.governance.constitution.Amendment;
import org.commonweal.governance.constitution.AssetLock;
import org.commonweal.governance.constitution.Change;
import org.commonweal.governance.constitution.Clause;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.constitution.Entrenchment;
import org.commonweal.governance.constitution.Fund;
import org.commonweal.governance.constitution.Matter;
import org.commonweal.governance.constitution.OrganisationType;
import org.commonweal.governance.constitution.Procedure;
import org.commonweal.governance.constitution.SurplusPart;
import org.commonweal.governance.constitution.SurplusRule;
import org.commonweal.governance.meeting.MeetingRules;
import org.commonweal.governance.meeting.QuorumRule;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.shares.ShareClass;
import org.commonweal.governance.shares.StatutoryCap;
import org.commonweal.governance.voting.VotingRules;

/**
 * The constitution document: every version of a constitution, the one first adopted first and the one
 * in force last, each written in full, and each later one with the amendment that made it.
 *
 * <p>Every version is stored whole, rather than the first version and the amendments replayed on
 * reading, for two reasons: a reader in another language sees the rules in force without knowing how
 * each kind of change applies, and a version is read back exactly as it was, whether it was made by
 * {@link Constitution#amend} or built directly with its previous version named. The versions are a
 * flat list, so a long history does not nest deeper than one version does.
 */
final class ConstitutionCodec {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final String[] VERSION_FIELDS = {
    "name", "type", "objects", "inForceFrom", "membership", "areaOfBenefit", "investorClasses", "staffClasses",
    "minimumMembers", "shareClasses", "statutoryCap", "voting", "generalMeetings", "writtenResolutionDays",
    "matters", "assetDisposalFraction", "entrenched", "assetLock", "board", "rotation", "boardQuorum",
    "chairCastingVote", "surplus", "amendment"
  };

  /**
   * The longest fraction a constitution document holds, in characters. A constitution's fractions are
   * the parameters of its rules (thresholds, shares of the vote, of the board, of a surplus), which a
   * hundred characters write with room to spare; the bound keeps a hostile document from making
   * reading hang on reducing a fraction of millions of digits.
   */
  static final int LONGEST_FRACTION = 100;

  private ConstitutionCodec() {}

  static ObjectNode write(Constitution constitution) {
    ObjectNode doc = NODES.objectNode();
    doc.put(Formats.KIND, Formats.CONSTITUTION);
    doc.put(Formats.VERSION, Formats.CONSTITUTION_VERSION);
    ArrayNode versions = doc.putArray("versions");
    constitution.history().forEach(v -> versions.add(version(v)));
    return doc;
  }

  static Constitution read(In doc) {
    In body = doc.longestFraction(LONGEST_FRACTION).document(Formats.CONSTITUTION, Formats.CONSTITUTION_VERSION, "versions");
    In versions = body.field("versions");
    ImmutableList<In> list = versions.elements();
    if (list.isEmpty()) {
      throw versions.error("a constitution has at least one version");
    }
    Optional<Constitution> previous = Optional.empty();
    for (In v : list) {
      previous = Optional.of(version(v, previous));
    }
    return previous.orElseThrow();
  }

  private static ObjectNode version(Constitution c) {
    ObjectNode o = NODES.objectNode();
    o.put("name", c.name());
    o.put("type", c.type().name());
    o.put("objects", c.objects());
    o.put("inForceFrom", c.inForceFrom().toString());
    o.set("membership", RegisterCodec.rules(c.membership()));
    c.areaOfBenefit().ifPresent(a -> o.put("areaOfBenefit", a));
    o.set("investorClasses", classIds(c.investorClasses()));
    o.set("staffClasses", classIds(c.staffClasses()));
    o.put("minimumMembers", c.minimumMembers());
    ArrayNode shareClasses = o.putArray("shareClasses");
    c.shareClasses().forEach(s -> shareClasses.add(LedgerCodec.shareClass(s)));
    c.statutoryCap().ifPresent(cap -> o.set("statutoryCap", LedgerCodec.cap(cap)));
    o.set("voting", RulesCodec.voting(c.voting()));
    o.set("generalMeetings", RulesCodec.meetingRules(c.generalMeetings()));
    c.writtenResolutionDays().ifPresent(d -> o.put("writtenResolutionDays", d));
    ArrayNode matters = o.putArray("matters");
    c.matters().forEach((m, p) -> {
      ObjectNode row = matters.addObject();
      row.put("id", m.id());
      row.put("title", m.title());
      row.set("procedure", procedure(p));
    });
    c.assetDisposalFraction().ifPresent(f -> o.put("assetDisposalFraction", f.toString()));
    ArrayNode entrenched = o.putArray("entrenched");
    c.entrenched().forEach(e -> entrenched.add(entrenchment(e)));
    c.assetLock().ifPresent(l -> o.set("assetLock", assetLock(l)));
    c.board().ifPresent(b -> o.set("board", RulesCodec.board(b)));
    c.rotation().ifPresent(r -> o.set("rotation", RulesCodec.rotation(r)));
    c.boardQuorum().ifPresent(q -> o.set("boardQuorum", RulesCodec.quorum(q)));
    o.put("chairCastingVote", c.chairCastingVote());
    c.surplus().ifPresent(s -> o.set("surplus", surplus(s)));
    c.amendment().ifPresent(a -> o.set("amendment", amendment(a)));
    return o;
  }

  private static ArrayNode classIds(Iterable<ClassId> ids) {
    ArrayNode out = NODES.arrayNode();
    ids.forEach(c -> out.add(c.value()));
    return out;
  }

  private static Constitution version(In in, Optional<Constitution> previous) {
    in.fields(VERSION_FIELDS);
    String name = in.field("name").text();
    OrganisationType type = in.field("type").constant(OrganisationType.class);
    String objects = in.field("objects").text();
    LocalDate inForceFrom = in.field("inForceFrom").date();
    MembershipRules membership = RegisterCodec.rules(in.field("membership"));
    Optional<String> area = in.optional("areaOfBenefit").map(In::text);
    ImmutableList<ClassId> investors = in.field("investorClasses").distinct(RegisterCodec::classId);
    ImmutableList<ClassId> staff = in.field("staffClasses").distinct(RegisterCodec::classId);
    int minimumMembers = in.field("minimumMembers").integer();
    ImmutableList<ShareClass> shareClasses = in.field("shareClasses").list(LedgerCodec::shareClass);
    Optional<StatutoryCap> cap = in.optional("statutoryCap").map(LedgerCodec::cap);
    VotingRules voting = RulesCodec.voting(in.field("voting"));
    MeetingRules meetings = RulesCodec.meetingRules(in.field("generalMeetings"));
    OptionalInt written = optionalInt(in.optional("writtenResolutionDays"));
    Map<Matter, Procedure> matters = matters(in.field("matters"));
    Optional<Fraction> disposal = in.optional("assetDisposalFraction").map(In::fraction);
    ImmutableList<Entrenchment> entrenched = in.field("entrenched").list(ConstitutionCodec::entrenchment);
    Optional<AssetLock> lock = in.optional("assetLock").map(ConstitutionCodec::assetLock);
    Optional<BoardRules> board = in.optional("board").map(RulesCodec::board);
    Optional<RotationRule> rotation = in.optional("rotation").map(RulesCodec::rotation);
    Optional<QuorumRule> boardQuorum = in.optional("boardQuorum").map(RulesCodec::quorum);
    boolean casting = in.field("chairCastingVote").bool();
    Optional<SurplusRule> surplus = in.optional("surplus").map(ConstitutionCodec::surplus);
    Optional<In> amendmentNode = in.optional("amendment");
    if (previous.isPresent() && amendmentNode.isEmpty()) {
      throw new StoredDocumentException(in.path() + ".amendment", null,
          "missing field: every version after the first names the amendment that made it");
    }
    if (previous.isEmpty() && amendmentNode.isPresent()) {
      throw amendmentNode.get().error("the first version was adopted, not made by an amendment");
    }
    Optional<Amendment> amendment = amendmentNode.map(ConstitutionCodec::amendment);
    return in.build(() -> {
      Constitution.Builder b = Constitution.builder();
      b.name(name).type(type).objects(objects).inForceFrom(inForceFrom).membership(membership).areaOfBenefit(area)
          .investorClasses(ImmutableSortedSet.copyOf(investors)).staffClasses(ImmutableSortedSet.copyOf(staff)).minimumMembers(minimumMembers).shareClasses(shareClasses)
          .statutoryCap(cap).voting(voting).generalMeetings(meetings).writtenResolutionDays(written)
          .matters(matters).assetDisposalFraction(disposal).entrenched(entrenched).assetLock(lock).board(board)
          .rotation(rotation).boardQuorum(boardQuorum).chairCastingVote(casting).surplus(surplus)
          .previous(previous).amendment(amendment);
      return b.build();
    });
  }

  private static OptionalInt optionalInt(Optional<In> in) {
    return in.isPresent() ? OptionalInt.of(in.get().integer()) : OptionalInt.empty();
  }

  private static Map<Matter, Procedure> matters(In in) {
    Map<Matter, Procedure> out = new LinkedHashMap<>();
    for (In row : in.elements()) {
      row.fields("id", "title", "procedure");
      Matter m = matter(row);
      Procedure p = procedure(row.field("procedure"));
      if (out.put(m, p) != null) {
        throw row.field("id").error("a second row for the matter");
      }
    }
    return out;
  }

  private static Matter matter(In row) {
    String id = row.field("id").text();
    String title = row.field("title").text();
    return row.build(() -> Matter.of(id, title));
  }

  // ---- Procedures, entrenchment, the asset lock and the surplus ------------------------------

  static ObjectNode procedure(Procedure p) {
    ObjectNode o = NODES.objectNode();
    if (p instanceof Procedure.AtMeeting x) {
      o.put("procedure", "atMeeting");
      o.set("resolution", RulesCodec.resolution(x.resolution()));
    } else if (p instanceof Procedure.AtTwoMeetings x) {
      o.put("procedure", "atTwoMeetings");
      o.set("resolution", RulesCodec.twoMeetings(x.resolution()));
    } else if (p instanceof Procedure.ByInstrument x) {
      o.put("procedure", "byInstrument");
      o.put("consent", x.consent().toString());
      o.put("source", x.source());
    } else if (p instanceof Procedure.ByBoard x) {
      o.put("procedure", "byBoard");
      o.set("resolution", RulesCodec.resolution(x.resolution()));
    } else {
      o.put("procedure", "prohibited");
      o.put("reason", ((Procedure.Prohibited) p).reason());
    }
    return o;
  }

  static Procedure procedure(In in) {
    String kind = in.field("procedure").text();
    return switch (kind) {
      case "atMeeting" -> {
        in.fields("procedure", "resolution");
        var r = RulesCodec.resolution(in.field("resolution"));
        yield in.build(() -> new Procedure.AtMeeting(r));
      }
      case "atTwoMeetings" -> {
        in.fields("procedure", "resolution");
        var r = RulesCodec.twoMeetings(in.field("resolution"));
        yield in.build(() -> new Procedure.AtTwoMeetings(r));
      }
      case "byInstrument" -> {
        in.fields("procedure", "consent", "source");
        Fraction consent = in.field("consent").fraction();
        String source = in.field("source").text();
        yield in.build(() -> new Procedure.ByInstrument(consent, source));
      }
      case "byBoard" -> {
        in.fields("procedure", "resolution");
        var r = RulesCodec.resolution(in.field("resolution"));
        yield in.build(() -> new Procedure.ByBoard(r));
      }
      case "prohibited" -> {
        in.fields("procedure", "reason");
        String reason = in.field("reason").text();
        yield in.build(() -> new Procedure.Prohibited(reason));
      }
      default -> throw in.field("procedure").error(
          "unknown procedure; expected atMeeting, atTwoMeetings, byInstrument, byBoard or prohibited");
    };
  }

  private static ObjectNode entrenchment(Entrenchment e) {
    ObjectNode o = NODES.objectNode();
    o.put("clause", e.clause().name());
    o.put("kind", e.kind().name());
    o.put("source", e.source());
    return o;
  }

  private static Entrenchment entrenchment(In in) {
    in.fields("clause", "kind", "source");
    Clause clause = in.field("clause").constant(Clause.class);
    Entrenchment.Kind kind = in.field("kind").constant(Entrenchment.Kind.class);
    String source = in.field("source").text();
    return in.build(() -> new Entrenchment(clause, kind, source));
  }

  private static ObjectNode assetLock(AssetLock l) {
    ObjectNode o = NODES.objectNode();
    o.put("kind", l.kind().name());
    ArrayNode recipients = o.putArray("recipients");
    l.recipients().forEach(r -> recipients.add(r.name()));
    return o;
  }

  private static AssetLock assetLock(In in) {
    in.fields("kind", "recipients");
    AssetLock.Kind kind = in.field("kind").constant(AssetLock.Kind.class);
    ImmutableList<AssetLock.Recipient> recipients =
        in.field("recipients").distinct(e -> e.constant(AssetLock.Recipient.class));
    return in.build(() -> new AssetLock(kind, ImmutableSet.copyOf(recipients)));
  }

  private static ObjectNode surplus(SurplusRule s) {
    ObjectNode o = NODES.objectNode();
    ArrayNode parts = o.putArray("parts");
    for (SurplusPart p : s.parts()) {
      ObjectNode e = parts.addObject();
      if (p instanceof SurplusPart.ToFund f) {
        e.put("part", "toFund");
        e.put("name", f.name());
        e.put("fund", f.fund().name());
        e.put("share", f.share().toString());
      } else if (p instanceof SurplusPart.CapitalInterest ci) {
        e.put("part", "capitalInterest");
        e.put("name", ci.name());
        e.put("rate", ci.rate().toString());
        e.put("maxRate", ci.maxRate().toString());
        e.put("maxShare", ci.maxShare().toString());
      } else {
        SurplusPart.Patronage pt = (SurplusPart.Patronage) p;
        e.put("part", "patronage");
        e.put("name", pt.name());
        e.put("share", pt.share().toString());
      }
    }
    o.put("minimumReserves", s.minimumReserves().toString());
    return o;
  }

  private static SurplusRule surplus(In in) {
    in.fields("parts", "minimumReserves");
    ImmutableList<SurplusPart> parts = in.field("parts").list(ConstitutionCodec::surplusPart);
    Fraction reserves = in.field("minimumReserves").fraction();
    return in.build(() -> new SurplusRule(parts, reserves));
  }

  private static SurplusPart surplusPart(In in) {
    String kind = in.field("part").text();
    return switch (kind) {
      case "toFund" -> {
        in.fields("part", "name", "fund", "share");
        String name = in.field("name").text();
        Fund fund = in.field("fund").constant(Fund.class);
        Fraction share = in.field("share").fraction();
        yield in.build(() -> new SurplusPart.ToFund(name, fund, share));
      }
      case "capitalInterest" -> {
        in.fields("part", "name", "rate", "maxRate", "maxShare");
        String name = in.field("name").text();
        Fraction rate = in.field("rate").fraction();
        Fraction maxRate = in.field("maxRate").fraction();
        Fraction maxShare = in.field("maxShare").fraction();
        yield in.build(() -> new SurplusPart.CapitalInterest(name, rate, maxRate, maxShare));
      }
      case "patronage" -> {
        in.fields("part", "name", "share");
        String name = in.field("name").text();
        Fraction share = in.field("share").fraction();
        yield in.build(() -> new SurplusPart.Patronage(name, share));
      }
      default -> throw in.field("part").error("unknown part of a surplus; expected toFund, capitalInterest or patronage");
    };
  }

  // ---- Amendments ----------------------------------------------------------------------------

  static ObjectNode amendment(Amendment a) {
    ObjectNode o = NODES.objectNode();
    o.put("title", a.title());
    ArrayNode changes = o.putArray("changes");
    a.changes().forEach(c -> changes.add(change(c)));
    return o;
  }

  static Amendment amendment(In in) {
    in.fields("title", "changes");
    String title = in.field("title").text();
    ImmutableList<Change> changes = in.field("changes").list(ConstitutionCodec::change);
    return in.build(() -> new Amendment(title, changes));
  }

  /** Writes a change with its {@code "change"}, named after its record. */
  static ObjectNode change(Change c) {
    ObjectNode o = NODES.objectNode();
    if (c instanceof Change.Purpose x) {
      o.put("change", "purpose");
      o.put("objects", x.objects());
    } else if (c instanceof Change.Membership x) {
      o.put("change", "membership");
      o.set("membership", RegisterCodec.rules(x.membership()));
    } else if (c instanceof Change.Shares x) {
      o.put("change", "shares");
      ArrayNode classes = o.putArray("shareClasses");
      x.shareClasses().forEach(s -> classes.add(LedgerCodec.shareClass(s)));
      x.statutoryCap().ifPresent(cap -> o.set("statutoryCap", LedgerCodec.cap(cap)));
    } else if (c instanceof Change.Voting x) {
      o.put("change", "voting");
      o.set("voting", RulesCodec.voting(x.voting()));
    } else if (c instanceof Change.GeneralMeetings x) {
      o.put("change", "generalMeetings");
      o.set("generalMeetings", RulesCodec.meetingRules(x.generalMeetings()));
    } else if (c instanceof Change.WrittenResolutions x) {
      o.put("change", "writtenResolutions");
      x.lapseDays().ifPresent(d -> o.put("lapseDays", d));
    } else if (c instanceof Change.MatterRow x) {
      o.put("change", "matterRow");
      o.put("id", x.matter().id());
      o.put("title", x.matter().title());
      x.procedure().ifPresent(p -> o.set("procedure", procedure(p)));
    } else if (c instanceof Change.Entrench x) {
      o.put("change", "entrench");
      o.put("target", x.target().name());
      x.entrenchment().ifPresent(e -> o.set("entrenchment", entrenchment(e)));
    } else if (c instanceof Change.AssetLockRule x) {
      o.put("change", "assetLock");
      x.assetLock().ifPresent(l -> o.set("assetLock", assetLock(l)));
    } else if (c instanceof Change.Board x) {
      o.put("change", "board");
      x.board().ifPresent(b -> o.set("board", RulesCodec.board(b)));
    } else if (c instanceof Change.Rotation x) {
      o.put("change", "rotation");
      x.rotation().ifPresent(r -> o.set("rotation", RulesCodec.rotation(r)));
    } else if (c instanceof Change.BoardMeetings x) {
      o.put("change", "boardMeetings");
      x.quorum().ifPresent(q -> o.set("quorum", RulesCodec.quorum(q)));
      o.put("chairCastingVote", x.chairCastingVote());
    } else {
      o.put("change", "surplus");
      ((Change.Surplus) c).surplus().ifPresent(s -> o.set("surplus", surplus(s)));
    }
    return o;
  }

  static Change change(In in) {
    String kind = in.field("change").text();
    return switch (kind) {
      case "purpose" -> {
        in.fields("change", "objects");
        String objects = in.field("objects").text();
        yield in.build(() -> new Change.Purpose(objects));
      }
      case "membership" -> {
        in.fields("change", "membership");
        MembershipRules m = RegisterCodec.rules(in.field("membership"));
        yield new Change.Membership(m);
      }
      case "shares" -> {
        in.fields("change", "shareClasses", "statutoryCap");
        ImmutableList<ShareClass> classes = in.field("shareClasses").list(LedgerCodec::shareClass);
        Optional<StatutoryCap> cap = in.optional("statutoryCap").map(LedgerCodec::cap);
        yield new Change.Shares(classes, cap);
      }
      case "voting" -> {
        in.fields("change", "voting");
        yield new Change.Voting(RulesCodec.voting(in.field("voting")));
      }
      case "generalMeetings" -> {
        in.fields("change", "generalMeetings");
        yield new Change.GeneralMeetings(RulesCodec.meetingRules(in.field("generalMeetings")));
      }
      case "writtenResolutions" -> {
        in.fields("change", "lapseDays");
        OptionalInt days = optionalInt(in.optional("lapseDays"));
        yield in.build(() -> new Change.WrittenResolutions(days));
      }
      case "matterRow" -> {
        in.fields("change", "id", "title", "procedure");
        Matter m = matter(in);
        Optional<Procedure> p = in.optional("procedure").map(ConstitutionCodec::procedure);
        yield new Change.MatterRow(m, p);
      }
      case "entrench" -> {
        in.fields("change", "target", "entrenchment");
        Clause target = in.field("target").constant(Clause.class);
        Optional<Entrenchment> e = in.optional("entrenchment").map(ConstitutionCodec::entrenchment);
        yield in.build(() -> new Change.Entrench(target, e));
      }
      case "assetLock" -> {
        in.fields("change", "assetLock");
        yield new Change.AssetLockRule(in.optional("assetLock").map(ConstitutionCodec::assetLock));
      }
      case "board" -> {
        in.fields("change", "board");
        yield new Change.Board(in.optional("board").map(RulesCodec::board));
      }
      case "rotation" -> {
        in.fields("change", "rotation");
        yield new Change.Rotation(in.optional("rotation").map(RulesCodec::rotation));
      }
      case "boardMeetings" -> {
        in.fields("change", "quorum", "chairCastingVote");
        Optional<QuorumRule> q = in.optional("quorum").map(RulesCodec::quorum);
        boolean casting = in.field("chairCastingVote").bool();
        yield new Change.BoardMeetings(q, casting);
      }
      case "surplus" -> {
        in.fields("change", "surplus");
        yield new Change.Surplus(in.optional("surplus").map(ConstitutionCodec::surplus));
      }
      default -> throw in.field("change").error("unknown change; expected purpose, membership, shares, voting,"
          + " generalMeetings, writtenResolutions, matterRow, entrench, assetLock, board, rotation, boardMeetings"
          + " or surplus");
    };
  }
}
