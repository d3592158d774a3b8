package com.clinicfaqbot.triage;

import com.clinicfaqbot.assistant.EscalationReason;

/** Which rule sent a message to staff, and why. */
public record TriageVerdict(EscalationReason reason, String rule) {}
