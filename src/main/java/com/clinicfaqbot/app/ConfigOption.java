package com.clinicfaqbot.app;

import com.clinicfaqbot.config.AppConfig;
import com.clinicfaqbot.config.ConfigException;
import com.clinicfaqbot.config.ConfigLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code --config FILE} for the commands that share the escalation database. Without it: the
 * defaults, {@code faq/} and {@code data/clinic-faq.db} under the current folder, so a client
 * terminal and a staff terminal started in the same folder share one queue.
 */
final class ConfigOption {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description = "The config file (default: none; faq/ and data/clinic-faq.db in the current folder).")
  Path file;

  /** @throws ConfigException naming every bad setting, file and line */
  AppConfig load() throws ConfigException {
    return file == null ? AppConfig.defaults(Path.of("")) : new ConfigLoader().load(file);
  }
}
