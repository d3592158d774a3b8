package com.clinicfaqbot.evaluation;

import java.io.IOException;

/** A labeled set could not be read; the message is one line, {@code file:line: what is wrong}. */
public final class LabeledSetException extends IOException {
  public LabeledSetException(String message) {
    super(message);
  }
}
