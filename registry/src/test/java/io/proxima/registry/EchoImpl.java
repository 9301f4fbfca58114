package io.proxima.registry;

final class EchoImpl implements Echo {
  @Override
  public String echo(String text) {
    return text;
  }
}
