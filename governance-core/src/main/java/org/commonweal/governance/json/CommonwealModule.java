package org.commonweal.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;
import org.commonweal.governance.constitution.Constitution;
import org.commonweal.governance.election.ElectionResult;
import org.commonweal.governance.membership.Register;
import org.commonweal.governance.shares.ShareLedger;

/**
 * The Jackson module that stores Commonweal's values as JSON documents and reads them back exactly.
 * Register it once on the caller's {@code ObjectMapper}:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new CommonwealModule());
 * String json = mapper.writeValueAsString(register);
 * Register again = mapper.readValue(json, Register.class);   // equals register
 * }</pre>
 *
 * <table>
 *   <caption>Documents</caption>
 *   <tr><th>value</th><th>{@code "commonweal"}</th><th>version</th><th>schema</th></tr>
 *   <tr><td>{@link Register}</td><td>{@code "register"}</td><td>1</td>
 *       <td>{@code docs/schema/register.schema.json}</td></tr>
 *   <tr><td>{@link ShareLedger}</td><td>{@code "ledger"}</td><td>1</td>
 *       <td>{@code docs/schema/ledger.schema.json}</td></tr>
 *   <tr><td>{@link ElectionResult}</td><td>{@code "result"}</td><td>1</td>
 *       <td>{@code docs/schema/result.schema.json}</td></tr>
 *   <tr><td>{@link Constitution}</td><td>{@code "constitution"}</td><td>1</td>
 *       <td>{@code docs/schema/constitution.schema.json}</td></tr>
 * </table>
 *
 * <p>Each value is a top-level document with a header naming its kind and the version of its format;
 * a reader refuses a kind or version it does not know, an unknown or missing field, a value of the wrong
 * JSON type and a value the type's own checks refuse, each with a {@link StoredDocumentException} that
 * names the JSON path. The mapping is written by hand for each type (no reflection, no annotations on
 * the value types), and a value is read back through its public factories and builders, so a stored
 * document cannot make a value that the library would refuse to build. Reading and writing cost time
 * linear in the size of the document. Fractions and money are exact strings; see {@code
 * docs/storage.md}.
 *
 * <p>Immutable and thread-safe; one instance may be registered on any number of mappers.
 *
 * @since 0.1.0
 */
public final class CommonwealModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module, with the mappings for every stored document. */
  public CommonwealModule() {
    super("CommonwealModule", Version.unknownVersion());
    add(Register.class, RegisterCodec::write, RegisterCodec::read);
    add(ShareLedger.class, LedgerCodec::write, LedgerCodec::read);
    add(ElectionResult.class, ResultCodec::write, ResultCodec::read);
    add(Constitution.class, ConstitutionCodec::write, ConstitutionCodec::read);
  }

  private <T> void add(Class<T> type, Function<T, ObjectNode> writer, Function<In, T> reader) {
    addSerializer(type, new DocumentSerializer<>(type, writer));
    addDeserializer(type, new DocumentDeserializer<>(type, reader));
  }

  /** Writes a value by building its document as a tree, then writing the tree. */
  private static final class DocumentSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<T, ObjectNode> writer;

    DocumentSerializer(Class<T> type, Function<T, ObjectNode> writer) {
      super(type);
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      writer.apply(value).serialize(gen, provider);
    }
  }

  /**
   * Reads a document whole as a tree, then walks it with the path of every node at hand, so that every
   * fault, including text that is not JSON, is a {@link StoredDocumentException} naming a path.
   */
  private static final class DocumentDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<In, T> reader;

    DocumentDeserializer(Class<T> type, Function<In, T> reader) {
      super(type);
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode tree;
      try {
        tree = ctxt.readTree(p);
      } catch (JsonProcessingException e) {
        throw new StoredDocumentException("$", null, "not a JSON document: " + e.getOriginalMessage(), e);
      }
      return reader.apply(In.root(tree));
    }
  }
}
