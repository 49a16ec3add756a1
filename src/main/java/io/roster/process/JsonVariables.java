package io.roster.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Lists and objects in process variables, the way Camunda Forms read and send them (type Json). */
public final class JsonVariables {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonVariables() {
    }

    /** A variable as JSON, however it arrived: a Json value from a form, a JSON string, a Java object; empty array if unset. */
    public static JsonNode read(VariableScope scope, String name) {
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
        catch (JsonProcessingException | RuntimeException unreadable) {
            // a form (or a hand-made REST call) sent something that is not JSON
            throw new IllegalArgumentException("variable " + name + " is not JSON", unreadable);
        }
    }

    /** A value as a Json variable, the type Camunda Forms read lists and objects from. */
    public static TypedValue of(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        }
        catch (JsonProcessingException exception) {
            throw new IllegalArgumentException(exception);
        }
    }

}
