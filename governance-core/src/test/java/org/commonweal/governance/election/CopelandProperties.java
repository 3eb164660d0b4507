package org.commonweal.governance.election;

class CopelandProperties implements CondorcetLoserContract {
  @Override
  public ElectionMethod method() {
    return ElectionMethods.copeland();
  }
}
