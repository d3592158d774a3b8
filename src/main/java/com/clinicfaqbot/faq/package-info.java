/**
 * The clinic's FAQ: entries, the validated catalog, and loading {@code faq/*.yaml} and {@code synonyms.txt} with every problem reported as {@code file:line: message}. A bad FAQ is rejected whole.
 */
package com.clinicfaqbot.faq;
