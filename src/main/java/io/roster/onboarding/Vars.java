package io.roster.onboarding;

import org.camunda.bpm.engine.delegate.VariableScope;

import io.roster.onboarding.OnboardingProcess.Var;

/** Typed reads of the onboarding's process variables, so no delegate casts or spells names. */
final class Vars {

    private Vars() {
    }

    static String onboardingId(VariableScope scope) {
        return (String) scope.getVariable(Var.ONBOARDING_ID);
    }

    static String email(VariableScope scope) {
        return (String) scope.getVariable(Var.EMAIL);
    }

    static String userId(VariableScope scope) {
        return (String) scope.getVariable(Var.USER_ID);
    }

    static String string(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

}
