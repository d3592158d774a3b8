package com.clinicfaqbot.app;

import com.clinicfaqbot.config.AppConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code --faq DIR} for every command that reads the FAQ, so the same flag works everywhere: it
 * wins over the config's {@code faq.dir}, which wins over {@code faq/} in the current folder.
 */
final class FaqOption {
  @Option(
      names = "--faq",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description = "The FAQ folder (default: the config's faq.dir, or faq).")
  Path dir;

  Path dir(AppConfig config) {
    return dir != null ? dir : config.faq().dir();
  }
}
