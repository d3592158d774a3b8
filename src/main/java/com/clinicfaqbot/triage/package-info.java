/**
 * The safety rules that run before any search: a client's complication or medical situation, another treatment, clinic business, or a request for a person goes to staff, whatever words it shares with an FAQ entry. The rules are one table in {@code TriageRules}.
 */
package com.clinicfaqbot.triage;
