package io.roster.offboarding;

import java.util.Date;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

import io.roster.offboarding.OffboardingProcess.Var;

/** Typed reads and writes of the offboarding's process variables, so no delegate casts or spells names. */
final class CaseVariables {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    /**
     * A variable as JSON, however it arrived: a Json value from a Camunda Form, a JSON string, or a Java object.
     */
    static JsonNode json(VariableScope scope, String name) {
        TypedValue typed = scope.getVariableTyped(name, false);
        if (typed == null || typed.getValue() == null) {
            return JsonNodeFactory.instance.arrayNode();
        }
        try {
            if (typed instanceof JsonValue json) {
                return JSON.readTree(json.getValue().toString());
            }
            Object value = typed.getValue();
            return value instanceof String text ? JSON.readTree(text) : JSON.valueToTree(value);
        }
        catch (com.fasterxml.jackson.core.JsonProcessingException exception) {
            throw new IllegalArgumentException("variable " + name + " is not JSON", exception);
        }
    }

    /** A Json variable, the type Camunda Forms read lists and objects from. */
    static TypedValue jsonValue(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        }
        catch (com.fasterxml.jackson.core.JsonProcessingException exception) {
            throw new IllegalArgumentException(exception);
        }
    }

}
