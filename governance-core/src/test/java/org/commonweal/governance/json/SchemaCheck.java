package org.commonweal.governance.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a document against the published schemas under {@code docs/schema}, offline. It knows the part
 * of JSON Schema that those schemas use, and fails on any other keyword, so that a schema cannot say
 * more than is checked here.
 */
final class SchemaCheck {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final ImmutableSet<String> ANNOTATIONS = ImmutableSet.of("$schema", "$id", "title", "description", "$defs");

  private final Path directory;
  private final Map<String, JsonNode> schemas = new HashMap<>();

  SchemaCheck() {
    this.directory = Path.of(System.getProperty("basedir", ".")).resolve("../docs/schema").normalize();
  }

  JsonNode schema(String file) {
    return schemas.computeIfAbsent(file, f -> {
      try {
        return PLAIN.readTree(Files.readString(directory.resolve(f)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Returns every violation of the schema in the named file, empty when the document conforms. */
  List<String> violations(JsonNode doc, String file) {
    List<String> out = new ArrayList<>();
    check(doc, schema(file), file, "$", out);
    return out;
  }

  private void check(JsonNode value, JsonNode schema, String file, String path, List<String> out) {
    for (Map.Entry<String, JsonNode> k : schema.properties()) {
      JsonNode s = k.getValue();
      switch (k.getKey()) {
        case "$ref":
          {
            String ref = s.textValue();
            int hash = ref.indexOf('#');
            String target = hash == 0 ? file : ref.substring(0, hash);
            JsonNode node = schema(target).at(ref.substring(hash + 1));
            if (node.isMissingNode()) {
              throw new AssertionError("unresolved $ref " + ref + " in " + file);
            }
            check(value, node, target, path, out);
            break;
          }
        case "const":
          if (!value.equals(s)) {
            out.add(path + ": expected " + s + ", found " + value);
          }
          break;
        case "enum":
          {
            boolean found = false;
            for (JsonNode e : s) {
              found |= e.equals(value);
            }
            if (!found) {
              out.add(path + ": " + value + " is not one of " + s);
            }
            break;
          }
        case "type":
          if (!hasType(value, s.textValue())) {
            out.add(path + ": expected " + s.textValue() + ", found " + value);
          }
          break;
        case "required":
          for (JsonNode name : s) {
            if (value.isObject() && !value.has(name.textValue())) {
              out.add(path + ": missing " + name.textValue());
            }
          }
          break;
        case "properties":
          for (Map.Entry<String, JsonNode> e : value.properties()) {
            if (s.has(e.getKey())) {
              check(e.getValue(), s.get(e.getKey()), file, path + "." + e.getKey(), out);
            }
          }
          break;
        case "additionalProperties":
          for (Map.Entry<String, JsonNode> e : value.properties()) {
            if (schema.has("properties") && schema.get("properties").has(e.getKey())) {
              continue;
            }
            if (s.isBoolean() && !s.booleanValue()) {
              out.add(path + "." + e.getKey() + ": not named in the schema");
            } else if (s.isObject()) {
              check(e.getValue(), s, file, path + "." + e.getKey(), out);
            }
          }
          break;
        case "items":
          for (int i = 0; i < value.size() && value.isArray(); i++) {
            check(value.get(i), s, file, path + "[" + i + "]", out);
          }
          break;
        case "minItems":
          if (value.isArray() && value.size() < s.intValue()) {
            out.add(path + ": fewer than " + s + " items");
          }
          break;
        case "minLength":
          if (value.isTextual() && value.textValue().length() < s.intValue()) {
            out.add(path + ": shorter than " + s);
          }
          break;
        case "minimum":
          if (value.isNumber() && value.longValue() < s.longValue()) {
            out.add(path + ": " + value + " is below " + s);
          }
          break;
        case "pattern":
          if (value.isTextual() && !Pattern.compile(s.textValue()).matcher(value.textValue()).find()) {
            out.add(path + ": \"" + value.textValue() + "\" does not match " + s.textValue());
          }
          break;
        case "oneOf":
          {
            int matches = 0;
            for (JsonNode option : s) {
              List<String> inner = new ArrayList<>();
              check(value, option, file, path, inner);
              matches += inner.isEmpty() ? 1 : 0;
            }
            if (matches != 1) {
              out.add(path + ": matches " + matches + " of the oneOf options, not exactly one");
            }
            break;
          }
        default:
          if (!ANNOTATIONS.contains(k.getKey())) {
            throw new AssertionError("schema keyword " + k.getKey() + " in " + file + " is not checked here");
          }
      }
    }
  }

  private static boolean hasType(JsonNode value, String type) {
    switch (type) {
      case "object":
        return value.isObject();
      case "array":
        return value.isArray();
      case "string":
        return value.isTextual();
      case "integer":
        return value.isIntegralNumber();
      case "boolean":
        return value.isBoolean();
      default:
        throw new AssertionError("schema type " + type + " is not checked here");
    }
  }
}
