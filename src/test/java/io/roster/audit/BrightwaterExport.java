package io.roster.audit;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Control Center members export of the sandbox's company (Brightwater), as .xlsx, made from the sandbox fixture.
 * Without a Location column (so the reports must say it has no source), and with a formula in Paula's job title.
 */
public final class BrightwaterExport {

    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

    private BrightwaterExport() {
    }

    public static byte[] xlsx() throws IOException {
        JsonNode fixture;
        try (InputStream in = BrightwaterExport.class.getResourceAsStream("/sandbox/brightwater.json")) {
            fixture = new ObjectMapper().readTree(in);
        }
        List<Object[]> rows = new ArrayList<>();
        rows.add(XlsxFixture.row("Email", "Name", "Status", "Certification", "SignupDate", "MendixAdmin", "JobTitle",
                "Country", "UUID", "LastActivity", "Company"));
        for (JsonNode member : fixture.path("members")) {
            String email = member.path("email").asText();
            String company = null;
            for (JsonNode partner : fixture.path("partners")) {
                if (email.endsWith("@" + partner.path("emailDomain").asText())) {
                    company = partner.path("name").asText();
                }
            }
            String status = company != null ? "External" : member.path("active").asBoolean() ? "Active" : "Deactivated";
            rows.add(XlsxFixture.row(email, member.path("name").asText(), status,
                    member.path("certification").asText(), LocalDate.parse(member.path("signupDate").asText()),
                    member.path("mendixAdmin").asBoolean(),
                    email.startsWith("paula.") ? FORMULA : member.path("jobTitle").asText(),
                    member.path("country").asText(), member.path("userId").asText(),
                    LocalDateTime.ofInstant(Instant.parse(member.path("lastActivity").asText()), ZoneOffset.UTC),
                    company));
        }
        return XlsxFixture.workbook().sheet("Members", rows.toArray(Object[][]::new)).bytes();
    }

}
