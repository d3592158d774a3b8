/**
 * The console surfaces: how replies read in a terminal, the client chat and the staff console.
 */
package com.clinicfaqbot.console;
