/**
 * E-mail over SMTP: reminders, escalations, summaries and instructions. Who gets what is decided by the processes;
 * this package only knows how to find a person's address and send.
 */
package io.roster.notify;
