package com.clinicfaqbot.faq;

/**
 * One thing wrong with the FAQ, located so the admin can go straight to it; line 0 when it is
 * about a whole file or folder (printed as {@code file: message}).
 */
public record FaqProblem(String file, int line, String message) implements Comparable<FaqProblem> {

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }

  @Override
  public int compareTo(FaqProblem other) {
    int byFile = file.compareTo(other.file);
    return byFile != 0 ? byFile : Integer.compare(line, other.line);
  }
}
