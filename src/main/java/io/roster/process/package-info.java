/**
 * What every Roster process shares at its edges: platform calls with their evidence and the BPMN error that sends
 * a refusal to a person, who acts on a task, and JSON variables as Camunda Forms send them.
 */
package io.roster.process;
