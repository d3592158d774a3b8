/**
 * What staff learn from escalations afterwards: a report of what the assistant decided and what
 * it could not answer ({@link com.clinicfaqbot.escalation.review.EscalationReporter}), and
 * staff answers turned into draft FAQ entries ({@link
 * com.clinicfaqbot.escalation.review.FaqDraftWriter}). Reads the store; never changes it.
 */
package com.clinicfaqbot.escalation.review;
