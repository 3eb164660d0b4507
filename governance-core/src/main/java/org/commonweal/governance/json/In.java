package org.commonweal.governance.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.commonweal.governance.base.Fraction;
import org.commonweal.governance.base.GovernanceException;
import org.commonweal.governance.base.InvalidValueException;
import org.commonweal.governance.shares.Money;

/**
 * A node of a stored document being read, with its JSON path, so that every fault found while reading
 * names where it lies. Each reading method checks the JSON type before it converts.
 */
final class In {
  private static final Pattern FRACTION = Pattern.compile("-?[0-9]+(/[0-9]+)?");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private final JsonNode node;
  private final String path;
  private final int longestFraction;

  private In(JsonNode node, String path, int longestFraction) {
    this.node = node;
    this.path = path;
    this.longestFraction = longestFraction;
  }

  static In root(JsonNode node) {
    return new In(node, "$", Integer.MAX_VALUE);
  }

  /**
   * Returns this node, and every node read from it, refusing a fraction written with more than the
   * given number of characters. Reducing a fraction costs time that grows faster than its length, so a
   * document whose fractions are rule parameters (a threshold, a share) bounds them, and a hostile
   * document cannot make reading hang.
   */
  In longestFraction(int characters) {
    return new In(node, path, characters);
  }

  String path() {
    return path;
  }

  /**
   * Checks the document's header: it must say which kind of document it is and a version this library
   * reads. The header is checked before anything else so that a newer document is refused as such, not
   * for a field this version does not know.
   */
  In document(String kind, int version, String... fields) {
    In head = object();
    String found = head.field(Formats.KIND).text();
    if (!found.equals(kind)) {
      throw head.field(Formats.KIND).error("expected a document of kind \"" + kind + "\"");
    }
    In v = head.field(Formats.VERSION);
    if (v.integer() != version) {
      throw v.error("unknown version of the " + kind + " format; this library reads version " + version);
    }
    ImmutableSet<String> all =
        ImmutableSet.<String>builder().add(Formats.KIND, Formats.VERSION).add(fields).build();
    return head.fields(all);
  }

  /** Checks that this is an object holding no field but the given ones. */
  In fields(String... fields) {
    return fields(ImmutableSet.copyOf(fields));
  }

  private In fields(ImmutableSet<String> allowed) {
    object();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new StoredDocumentException(
            child(name), shown(node.get(name)), "unknown field; expected one of " + allowed);
      }
    }
    return this;
  }

  private In object() {
    if (!node.isObject()) {
      throw error("expected an object");
    }
    return this;
  }

  private String child(String name) {
    // A name that is data (a reason for rejection, a named value) may hold any character: quote it.
    return IDENTIFIER.matcher(name).matches()
        ? path + "." + name
        : path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** Returns the fields of an object whose names are data, in document order, each with its path. */
  ImmutableList<Map.Entry<String, In>> entries() {
    object();
    ImmutableList.Builder<Map.Entry<String, In>> out = ImmutableList.builder();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      out.add(Map.entry(e.getKey(), new In(e.getValue(), child(e.getKey()), longestFraction)));
    }
    return out.build();
  }

  /** Returns a field that must be present. */
  In field(String name) {
    JsonNode value = object().node.get(name);
    if (value == null) {
      throw new StoredDocumentException(child(name), null, "missing field");
    }
    return new In(value, child(name), longestFraction);
  }

  /** Returns a field that may be absent; null is not a value in these documents. */
  Optional<In> optional(String name) {
    JsonNode value = object().node.get(name);
    return value == null ? Optional.empty() : Optional.of(new In(value, child(name), longestFraction));
  }

  /** Returns the elements of an array, each with its own path. */
  ImmutableList<In> elements() {
    if (!node.isArray()) {
      throw error("expected an array");
    }
    ImmutableList.Builder<In> out = ImmutableList.builderWithExpectedSize(node.size());
    for (int i = 0; i < node.size(); i++) {
      out.add(new In(node.get(i), path + "[" + i + "]", longestFraction));
    }
    return out.build();
  }

  <T> ImmutableList<T> list(Function<In, T> read) {
    ImmutableList.Builder<T> out = ImmutableList.builder();
    for (In e : elements()) {
      out.add(read.apply(e));
    }
    return out.build();
  }

  String text() {
    if (!node.isTextual()) {
      throw error("expected a string");
    }
    return node.textValue();
  }

  boolean bool() {
    if (!node.isBoolean()) {
      throw error("expected true or false");
    }
    return node.booleanValue();
  }

  long whole() {
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw error("expected a whole number");
    }
    return node.longValue();
  }

  int integer() {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw error("expected a whole number within the range of int");
    }
    return node.intValue();
  }

  LocalDate date() {
    String text = text();
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error("expected an ISO-8601 date such as 2026-12-05");
    }
  }

  Period period() {
    String text = text();
    try {
      return Period.parse(text);
    } catch (DateTimeParseException e) {
      throw error("expected an ISO-8601 period such as P1M");
    }
  }

  Duration duration() {
    String text = text();
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw error("expected an ISO-8601 duration such as PT48H");
    }
  }

  /**
   * Reads an array whose elements must be distinct (the elements of a set, the keys of a map): a
   * repeated element is refused rather than dropped, so that what is read is what was written.
   */
  <T> ImmutableList<T> distinct(Function<In, T> read) {
    ImmutableList<In> elements = elements();
    Set<T> seen = new HashSet<>();
    ImmutableList.Builder<T> out = ImmutableList.builder();
    for (In e : elements) {
      T value = read.apply(e);
      if (!seen.add(value)) {
        throw e.error("appears twice");
      }
      out.add(value);
    }
    return out.build();
  }

  /** Reads a fraction as the writer writes it; a decimal or a percentage is not a stored form. */
  Fraction fraction() {
    String text = text();
    if (text.length() > longestFraction) {
      throw error("a fraction in this document is written in at most " + longestFraction + " characters");
    }
    if (!FRACTION.matcher(text).matches()) {
      throw error("expected an exact fraction such as \"15/2\" or a whole number");
    }
    return build(() -> Fraction.parse(text));
  }

  Money money() {
    String text = text();
    return build(() -> Money.parse(text));
  }

  <E extends Enum<E>> E constant(Class<E> type) {
    String text = text();
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    throw error("expected one of " + ImmutableList.copyOf(type.getEnumConstants()));
  }

  /**
   * Builds a value through its own factory or builder; a refusal by the value's checks is reported at
   * this node's path (and at the field it names, where this node holds a field of that name).
   */
  <T> T build(Supplier<T> factory) {
    try {
      return factory.get();
    } catch (StoredDocumentException e) {
      throw e;
    } catch (InvalidValueException e) {
      String where = node.isObject() && node.has(e.field()) ? child(e.field()) : path;
      throw new StoredDocumentException(where, e.value(), String.valueOf(e.getMessage()), e);
    } catch (GovernanceException e) {
      throw new StoredDocumentException(path, shown(node), String.valueOf(e.getMessage()), e);
    }
  }

  StoredDocumentException error(String problem) {
    return new StoredDocumentException(path, shown(node), problem);
  }

  private static String shown(JsonNode node) {
    return node.isTextual() ? node.textValue() : node.toString();
  }
}
