package com.clinicfaqbot.bench;

import com.clinicfaqbot.assistant.Assistant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a benchmark's questions come to, so a figure can be read with its workload. */
final class Workload {
  private Workload() {}

  /** e.g. {@code {answer=21, clarify=4, escalate=19, smalltalk=6}}. */
  static Map<String, Integer> outcomes(Assistant assistant, List<String> questions) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String question : questions) {
      counts.merge(assistant.decide(question).outcome(), 1, Integer::sum);
    }
    return counts;
  }
}
