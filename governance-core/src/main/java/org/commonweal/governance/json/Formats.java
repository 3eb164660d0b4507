package org.commonweal.governance.json;

/** The names and versions of the stored documents, in one place so that reader and writer agree. */
final class Formats {
  /** The header field naming the kind of document. */
  static final String KIND = "commonweal";

  /** The header field giving the version of the document's format. */
  static final String VERSION = "version";

  static final String REGISTER = "register";
  static final int REGISTER_VERSION = 1;

  static final String LEDGER = "ledger";
  static final int LEDGER_VERSION = 1;

  static final String RESULT = "result";
  static final int RESULT_VERSION = 1;

  static final String CONSTITUTION = "constitution";
  static final int CONSTITUTION_VERSION = 1;

  private Formats() {}
}
