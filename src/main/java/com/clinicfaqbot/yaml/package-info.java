/**
 * Reading the project's YAML files (the FAQ, the config, labeled sets) the same safe way: the
 * bytes must be UTF-8 text, checked before SnakeYAML sees them so that a wrong encoding or a
 * binary file is named with its real line; then composed into nodes only, never objects.
 */
package com.clinicfaqbot.yaml;
