package com.clinicfaqbot.escalation;

/** What {@link ClientDataEraser#forgetClient} deleted, to tell the client and staff. */
public record ForgetResult(int escalations, int followUps, int decisions, int feedback) {
  public int total() {
    return escalations + followUps + decisions + feedback;
  }
}
