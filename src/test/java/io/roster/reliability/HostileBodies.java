package io.roster.reliability;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/** Request bodies that are broken, of the wrong shape, or hostile in what they carry. */
final class HostileBodies {

    /** Nobody has an offboarding yet: a body that got through would start one. */
    private static final String EMAIL = "hostile.target@brightwater.example";

    private static final String MOMENT = (Year.now().getValue() + 1) + "-01-31T17:00:00+01:00";

    private HostileBodies() {
    }

    /** A request that would start a case (sent only where something else about it is wrong). */
    static String valid() {
        return start("\"" + EMAIL + "\"", "\"" + MOMENT + "\"", "\"mark\"", "\"RESIGNATION\"", "\"HR-1\"");
    }

    static String validCsv() {
        return "email,lastWorkingMoment,manager,defaultSuccessor,reason,hrReference\n" + EMAIL + "," + MOMENT
                + ",mark,,RESIGNATION,HR-1\n";
    }

    private static String start(String email, String moment, String manager, String reason, String reference) {
        StringBuilder json = new StringBuilder("{");
        append(json, "email", email);
        append(json, "lastWorkingMoment", moment);
        append(json, "manager", manager);
        append(json, "reason", reason);
        append(json, "hrReference", reference);
        return json.append('}').toString();
    }

    private static void append(StringBuilder json, String field, String value) {
        if (value == null) {
            return;
        }
        if (json.length() > 1) {
            json.append(',');
        }
        json.append('"').append(field).append("\":").append(value);
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String withEmail(String email) {
        return start(quoted(email), quoted(MOMENT), "\"mark\"", "\"RESIGNATION\"", null);
    }

    private static String withMoment(String moment) {
        return start(quoted(EMAIL), quoted(moment), "\"mark\"", "\"RESIGNATION\"", null);
    }

    /** Bodies for starting and previewing an offboarding, each wrong in its own way. */
    static List<String> startRequests() {
        List<String> bodies = new ArrayList<>();
        // not JSON, or not an object
        bodies.addAll(List.of("", " ", "{", "}", "not json", "[]", "null", "42", "\"text\"", "{\"email\":",
                "{\"email\":\"" + EMAIL + "\",}", "{'email':'" + EMAIL + "'}", "\u0000\u0001\u0002",
                "{\"email\":\"" + EMAIL + "\"}{\"email\":\"x\"}", "<offboarding/>", "{}"));
        // a required field missing
        bodies.add(start(null, quoted(MOMENT), "\"mark\"", "\"RESIGNATION\"", null));
        bodies.add(start(quoted(EMAIL), null, "\"mark\"", "\"RESIGNATION\"", null));
        bodies.add(start(quoted(EMAIL), quoted(MOMENT), null, "\"RESIGNATION\"", null));
        bodies.add(start(quoted(EMAIL), quoted(MOMENT), "\"mark\"", null, null));
        bodies.add(start("null", quoted(MOMENT), "\"mark\"", "\"RESIGNATION\"", null));
        // wrong types
        for (String email : List.of("42", "[]", "{}", "true", "[\"" + EMAIL + "\"]")) {
            bodies.add(start(email, quoted(MOMENT), "\"mark\"", "\"RESIGNATION\"", null));
        }
        for (String moment : List.of("true", "1767225600", "{\"date\":\"2027-01-01\"}", "[2027,1,1]")) {
            bodies.add(start(quoted(EMAIL), moment, "\"mark\"", "\"RESIGNATION\"", null));
        }
        for (String reason : List.of("\"LAZY\"", "7", "\"\"", "\"resignation; DROP TABLE offboarding_case\"",
                "{}")) {
            bodies.add(start(quoted(EMAIL), quoted(MOMENT), "\"mark\"", reason, null));
        }
        bodies.add(start(quoted(EMAIL), quoted(MOMENT), "{\"id\":\"mark\"}", "\"RESIGNATION\"", null));
        bodies.add(start(quoted(EMAIL), quoted(MOMENT), "\"mark\"", "\"RESIGNATION\"", "[\"HR-1\"]"));
        // invalid e-mail addresses
        for (String email : List.of("not-an-email", "a@b", "@brightwater.example", "olivia@", "   ",
                "olivia brown@brightwater.example", "olivia@@brightwater.example", "' OR 1=1 --",
                "x".repeat(250) + "@brightwater.example", "olivia.brown@brightwater.example\r\nBcc: all@x.example",
                "<script>alert(1)</script>", "=HYPERLINK(\"http://evil.example\",\"click\")")) {
            bodies.add(withEmail(email));
        }
        // invalid moments
        for (String moment : List.of("tomorrow", "2026-13-01T00:00:00Z", "2026-12-31", "31/12/2026",
                "2026-12-31T17:00:00", "1999-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "now; DROP TABLE x",
                "", "-1", "+1", "P1D", "2026-02-30T09:00:00+01:00", "2026-12-31T17:00:00+25:00")) {
            bodies.add(withMoment(moment));
        }
        // control characters, unknown managers, formulas where Roster expects names
        for (String manager : List.of("mark\n", "mark\u0000", "nobody-such", "../../admin",
                "=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0", "-2+3+cmd|'/C calc'!A0",
                "m".repeat(201))) {
            bodies.add(start(quoted(EMAIL), quoted(MOMENT), quoted(manager), "\"RESIGNATION\"", null));
        }
        for (String reference : List.of("HR-1\r\n=1+1", "HR\u0007", "r".repeat(101))) {
            bodies.add(start(quoted(EMAIL), quoted(MOMENT), "\"mark\"", "\"RESIGNATION\"", quoted(reference)));
        }
        bodies.add(start(quoted(EMAIL), quoted(MOMENT), "\"mark\"", "\"RESIGNATION\"", null).replace("}",
                ",\"defaultSuccessor\":\"=1+2@\"}"));
        // fields Roster does not know, some aimed at deserialisers
        bodies.add(valid().replace("}", ",\"lastWorkingDay\":\"2027-01-01\"}"));
        bodies.add(valid().replace("}", ",\"@class\":\"java.lang.ProcessBuilder\"}"));
        bodies.add(valid().replace("}", ",\"__proto__\":{\"admin\":true}}"));
        bodies.add("[\"java.lang.ProcessBuilder\",{\"command\":[\"id\"]}]");
        // huge and deep
        bodies.add(withEmail("a".repeat(3_000_000) + "@brightwater.example"));
        bodies.add("[".repeat(100_000));
        bodies.add("{\"email\":" + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000) + "}");
        StringBuilder many = new StringBuilder("{");
        for (int i = 0; i < 20_000; i++) {
            many.append("\"f").append(i).append("\":1,");
        }
        bodies.add(many.append("\"email\":\"").append(EMAIL).append("\"}").toString());
        bodies.add(valid().replace("HR-1", "\\ud800"));
        return bodies;
    }

    /** Bodies for moving the last working moment of an existing case. */
    static List<String> reschedules() {
        return List.of("", "{", "{}", "{\"lastWorkingMoment\":null}", "{\"lastWorkingMoment\":\"\"}",
                "{\"lastWorkingMoment\":\"tomorrow\"}", "{\"lastWorkingMoment\":42}",
                "{\"lastWorkingMoment\":\"1999-01-01T00:00:00Z\"}", "{\"lastWorkingMoment\":\"9999-01-01T00:00:00Z\"}",
                "{\"lastWorkingMoment\":\"now\",\"status\":\"COMPLETED\"}", "{\"lastWorkingMoment\":[\"now\"]}",
                "{\"lastWorkingMoment\":\"" + "9".repeat(1_000_000) + "\"}", "[{\"lastWorkingMoment\":\"now\"}]",
                "{\"lastWorkingMoment\":\"=1+1\"}");
    }

    /** CSV files that cannot be read as a batch of leavers. */
    static List<String> batches() {
        String header = "email,lastWorkingMoment,manager,defaultSuccessor,reason,hrReference\n";
        StringBuilder tooMany = new StringBuilder(header);
        for (int i = 0; i < 1_001; i++) {
            tooMany.append("leaver").append(i).append("@brightwater.example,").append(MOMENT)
                .append(",mark,,RESIGNATION,HR-").append(i).append('\n');
        }
        return List.of("", "\n\n", "email\n" + EMAIL + "\n", "a,b,c\n1,2,3\n", "=cmd|' /C calc'!A0,x\n1,2\n",
                header.replace("email", "e-mail") + EMAIL + ",now,mark,,TERMINATION,HR-1\n",
                header + "\"" + EMAIL + ",now,mark,,TERMINATION,HR-1\n", "\u0000\u0001binary\u00ff",
                "email;lastWorkingMoment;manager;reason\n" + EMAIL + ";now;mark;TERMINATION\n", tooMany.toString());
    }

}
