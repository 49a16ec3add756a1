package io.roster.offboarding;

import java.util.Date;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;

import io.roster.offboarding.OffboardingProcess.Var;
import io.roster.process.JsonVariables;

/** Typed reads and writes of the offboarding's process variables, so no delegate casts or spells names. */
final class CaseVariables {

    private CaseVariables() {
    }

    static String offboardingId(VariableScope scope) {
        return (String) scope.getVariable(Var.OFFBOARDING_ID);
    }

    static String leaverEmail(VariableScope scope) {
        return (String) scope.getVariable(Var.LEAVER_EMAIL);
    }

    static String leaverUserId(VariableScope scope) {
        return (String) scope.getVariable(Var.LEAVER_USER_ID);
    }

    static String appId(VariableScope scope) {
        return (String) scope.getVariable(Var.APP_ID);
    }

    static Date accessEndsAt(VariableScope scope) {
        return (Date) scope.getVariable(Var.ACCESS_ENDS_AT);
    }

    static String string(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    static JsonNode json(VariableScope scope, String name) {
        return JsonVariables.read(scope, name);
    }

    static TypedValue jsonValue(Object value) {
        return JsonVariables.of(value);
    }

}
