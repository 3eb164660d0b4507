package org.commonweal.governance.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.commonweal.governance.membership.ClassId;
import org.commonweal.governance.membership.ClassPolicy;
import org.commonweal.governance.membership.Eligibility;
import org.commonweal.governance.membership.Member;
import org.commonweal.governance.membership.MemberEvent;
import org.commonweal.governance.membership.MemberId;
import org.commonweal.governance.membership.MemberKind;
import org.commonweal.governance.membership.MembershipRules;
import org.commonweal.governance.membership.Register;
import org.commonweal.governance.membership.StakeholderClass;

/**
 * The register document: the membership rules (classes with their eligibility rule trees, and the class
 * policy) and every member, current and former, with the dated history that the register keeps.
 */
final class RegisterCodec {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RegisterCodec() {}

  static ObjectNode write(Register register) {
    ObjectNode doc = NODES.objectNode();
    doc.put(Formats.KIND, Formats.REGISTER);
    doc.put(Formats.VERSION, Formats.REGISTER_VERSION);
    writeBody(doc, register);
    return doc;
  }

  /** Writes the register's fields into an object, shared with the ledger document that embeds it. */
  static void writeBody(ObjectNode doc, Register register) {
    doc.set("rules", rules(register.rules()));
    ArrayNode members = doc.putArray("members");
    for (Member m : register.members()) {
      members.add(member(m));
    }
  }

  static Register read(In doc) {
    In body = doc.document(Formats.REGISTER, Formats.REGISTER_VERSION, "rules", "members");
    return readBody(body);
  }

  static Register readBody(In body) {
    MembershipRules rules = rules(body.field("rules"));
    In members = body.field("members");
    ImmutableList<Member> read = members.list(RegisterCodec::member);
    return members.build(() -> Register.of(rules, read));
  }

  static ObjectNode rules(MembershipRules rules) {
    ObjectNode out = NODES.objectNode();
    out.put("classPolicy", rules.classPolicy().name());
    ArrayNode classes = out.putArray("classes");
    for (StakeholderClass c : rules.classes()) {
      ObjectNode sc = classes.addObject();
      sc.put("id", c.id().value());
      sc.put("name", c.name());
      sc.set("eligibility", eligibility(c.eligibility()));
    }
    return out;
  }

  static MembershipRules rules(In in) {
    in.fields("classPolicy", "classes");
    ClassPolicy policy = in.field("classPolicy").constant(ClassPolicy.class);
    ImmutableList<StakeholderClass> classes = in.field("classes").list(RegisterCodec::stakeholderClass);
    return in.build(() -> MembershipRules.builder().classPolicy(policy).addAllClasses(classes).build());
  }

  private static StakeholderClass stakeholderClass(In in) {
    in.fields("id", "name", "eligibility");
    ClassId id = classId(in.field("id"));
    String name = in.field("name").text();
    Eligibility rule = eligibility(in.field("eligibility"));
    return in.build(() -> StakeholderClass.of(id, name, rule));
  }

  static ClassId classId(In in) {
    String text = in.text();
    return in.build(() -> ClassId.of(text));
  }

  static MemberId memberId(In in) {
    String text = in.text();
    return in.build(() -> MemberId.of(text));
  }

  /**
   * Writes a rule tree node by node, each with its {@code "condition"}; the records are rebuilt with
   * their own constructors (not the simplifying factories), so that the tree read back is the tree
   * written.
   */
  static ObjectNode eligibility(Eligibility rule) {
    ObjectNode out = NODES.objectNode();
    if (rule instanceof Eligibility.Always) {
      out.put("condition", "always");
    } else if (rule instanceof Eligibility.MinimumAge r) {
      out.put("condition", "minimumAge");
      out.put("years", r.years());
    } else if (rule instanceof Eligibility.ResidentIn r) {
      out.put("condition", "residentIn");
      out.put("area", r.area());
    } else if (rule instanceof Eligibility.MinimumHours r) {
      out.put("condition", "minimumHours");
      out.put("hours", r.hours().toString());
    } else if (rule instanceof Eligibility.Tenant) {
      out.put("condition", "tenant");
    } else if (rule instanceof Eligibility.Enrolled) {
      out.put("condition", "enrolled");
    } else if (rule instanceof Eligibility.Organisation) {
      out.put("condition", "organisation");
    } else if (rule instanceof Eligibility.Attested r) {
      out.put("condition", "attested");
      out.put("statement", r.statement());
    } else if (rule instanceof Eligibility.AllOf r) {
      out.put("condition", "allOf");
      ArrayNode parts = out.putArray("parts");
      r.parts().forEach(p -> parts.add(eligibility(p)));
    } else if (rule instanceof Eligibility.AnyOf r) {
      out.put("condition", "anyOf");
      ArrayNode parts = out.putArray("parts");
      r.parts().forEach(p -> parts.add(eligibility(p)));
    } else {
      out.put("condition", "not");
      out.set("rule", eligibility(((Eligibility.Not) rule).rule()));
    }
    return out;
  }

  static Eligibility eligibility(In in) {
    String condition = in.field("condition").text();
    return switch (condition) {
      case "always" -> {
        in.fields("condition");
        yield new Eligibility.Always();
      }
      case "minimumAge" -> {
        in.fields("condition", "years");
        int years = in.field("years").integer();
        yield in.build(() -> new Eligibility.MinimumAge(years));
      }
      case "residentIn" -> {
        in.fields("condition", "area");
        String area = in.field("area").text();
        yield in.build(() -> new Eligibility.ResidentIn(area));
      }
      case "minimumHours" -> {
        in.fields("condition", "hours");
        In hours = in.field("hours");
        yield hours.build(() -> new Eligibility.MinimumHours(hours.fraction()));
      }
      case "tenant" -> {
        in.fields("condition");
        yield new Eligibility.Tenant();
      }
      case "enrolled" -> {
        in.fields("condition");
        yield new Eligibility.Enrolled();
      }
      case "organisation" -> {
        in.fields("condition");
        yield new Eligibility.Organisation();
      }
      case "attested" -> {
        in.fields("condition", "statement");
        String statement = in.field("statement").text();
        yield in.build(() -> new Eligibility.Attested(statement));
      }
      case "allOf" -> {
        in.fields("condition", "parts");
        ImmutableList<Eligibility> parts = in.field("parts").list(RegisterCodec::eligibility);
        yield in.build(() -> new Eligibility.AllOf(parts));
      }
      case "anyOf" -> {
        in.fields("condition", "parts");
        ImmutableList<Eligibility> parts = in.field("parts").list(RegisterCodec::eligibility);
        yield in.build(() -> new Eligibility.AnyOf(parts));
      }
      case "not" -> {
        in.fields("condition", "rule");
        Eligibility negated = eligibility(in.field("rule"));
        yield in.build(() -> new Eligibility.Not(negated));
      }
      default ->
          throw in.field("condition")
              .error("unknown condition; expected always, minimumAge, residentIn, minimumHours, tenant, enrolled,"
                  + " organisation, attested, allOf, anyOf or not");
    };
  }

  private static ObjectNode member(Member m) {
    ObjectNode out = NODES.objectNode();
    out.put("id", m.id().value());
    out.put("name", m.name());
    out.put("kind", m.kind().name());
    ArrayNode history = out.putArray("history");
    for (MemberEvent e : m.history()) {
      ObjectNode event = history.addObject();
      event.put("date", e.date().toString());
      event.put("event", e.kind().name());
      ArrayNode classes = event.putArray("classes");
      e.classes().forEach(c -> classes.add(c.value()));
      event.put("note", e.note());
    }
    return out;
  }

  private static Member member(In in) {
    in.fields("id", "name", "kind", "history");
    MemberId id = memberId(in.field("id"));
    String name = in.field("name").text();
    MemberKind kind = in.field("kind").constant(MemberKind.class);
    ImmutableList<MemberEvent> history = in.field("history").list(RegisterCodec::event);
    return in.build(() -> Member.builder().id(id).name(name).kind(kind).addAllHistory(history).build());
  }

  private static MemberEvent event(In in) {
    in.fields("date", "event", "classes", "note");
    var date = in.field("date").date();
    MemberEvent.Kind kind = in.field("event").constant(MemberEvent.Kind.class);
    In classesNode = in.field("classes");
    ImmutableList<ClassId> classes = classesNode.list(RegisterCodec::classId);
    ImmutableSet<ClassId> distinct = ImmutableSet.copyOf(classes);
    if (distinct.size() != classes.size()) {
      throw classesNode.error("a class appears twice");
    }
    String note = in.field("note").text();
    return in.build(() -> MemberEvent.of(date, kind, distinct, note));
  }
}
