package io.roster.audit;

import static io.roster.audit.XlsxFixture.row;
import static io.roster.audit.XlsxFixture.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import io.roster.identity.ControlCenterMember;
import org.junit.jupiter.api.Test;

/** The Control Center export parser on real .xlsx files, including odd ones. */
class ControlCenterExportReaderTests {

    static final Instant IMPORTED = Instant.parse("2026-11-27T10:00:00Z");

    static final Object[] HEADER = row("Email", "Name", "Status", "Certification", "NumberOfApps", "SignupDate",
            "MendixAdmin", "JobTitle", "Country", "Location", "UUID", "LastActivity", "Company");

    final List<ControlCenterMember> members = new ArrayList<>();

    ExportReading read(byte[] xlsx) {
        return new ControlCenterExportReader(IMPORTED).read(new ByteArrayInputStream(xlsx), members::add);
    }

    @Test
    void readsEveryFieldOfARealShapedExport() throws IOException {
        ExportReading reading = read(workbook().sheet("Members", HEADER,
                row("Paula.Perez@Brightwater.example", "Paula Perez", "Active", "Expert", 7,
                        LocalDate.of(2017, 5, 12), true, "Mendix Platform Lead", "Netherlands", "Amsterdam",
                        "af05dae4-bfb2-5db0-87dc-55c2bbea1c5d", LocalDateTime.of(2026, 11, 26, 16, 40), null),
                row("jan.devries@northwind-consulting.example", "Jan de Vries", "External", "Advanced", 2,
                        LocalDate.of(2020, 1, 6), false, "Consultant", "Netherlands", "Utrecht", "u-2",
                        LocalDateTime.of(2026, 11, 25, 13, 37), "Northwind Consulting"))
            .bytes());

        assertThat(reading.members()).isEqualTo(2);
        assertThat(reading.unknownColumns()).isEmpty();
        assertThat(reading.missingColumns()).isEmpty();
        assertThat(reading.warnings()).isEmpty();
        assertThat(members.get(0)).isEqualTo(new ControlCenterMember("paula.perez@brightwater.example", "Paula Perez",
                "Active", "Expert", LocalDate.of(2017, 5, 12), 7, true, "Mendix Platform Lead", "Netherlands",
                "Amsterdam", "af05dae4-bfb2-5db0-87dc-55c2bbea1c5d", Instant.parse("2026-11-26T16:40:00Z"), null,
                IMPORTED));
        assertThat(members.get(1).company()).isEqualTo("Northwind Consulting");
        assertThat(members.get(1).mendixAdmin()).isFalse();
    }

    @Test
    void reportsExtraColumnsAsUnknownAndAbsentOnesAsMissing() throws IOException {
        ExportReading reading = read(workbook()
            .sheet("Members", row("Email address", "Email", "Name", "Favourite colour", "Last Activity"),
                    row("x", "emma.jansen@brightwater.example", "Emma Jansen", "green", "2026-11-26T12:10:45Z"))
            .bytes());

        assertThat(reading.unknownColumns()).containsExactly("Email address", "Favourite colour");
        assertThat(reading.missingColumns()).containsExactly("Status", "Certification", "NumberOfApps", "SignupDate",
                "MendixAdmin", "JobTitle", "Country", "Location", "UUID", "Company");
        assertThat(members).singleElement().satisfies(member -> {
            assertThat(member.name()).isEqualTo("Emma Jansen");
            assertThat(member.lastActivity()).isEqualTo(Instant.parse("2026-11-26T12:10:45Z"));
            assertThat(member.certification()).isNull();
        });
    }

    @Test
    void skipsEmptyRowsAboveAndBetweenTheMembers() throws IOException {
        ExportReading reading = read(workbook().sheet("Members", row(), row(null, null), HEADER, row(),
                row("   ", null, ""), row("noah.visser@brightwater.example", "Noah Visser"), row(),
                row("lucas.smit@brightwater.example", "Lucas Smit"))
            .bytes());

        assertThat(reading.members()).isEqualTo(2);
        assertThat(reading.warnings()).isEmpty();
        assertThat(members).extracting(ControlCenterMember::email)
            .containsExactly("noah.visser@brightwater.example", "lucas.smit@brightwater.example");
    }

    @Test
    void readsDatesWrittenAsTextAndReportsTheAmbiguousOnes() throws IOException {
        ExportReading reading = read(workbook().sheet("Members", row("Email", "SignupDate", "LastActivity"),
                row("a@brightwater.example", "2017-05-12", "2026-11-26 16:40"),
                row("b@brightwater.example", "12 May 2017", "2026-11-26T16:40:11+01:00"),
                row("c@brightwater.example", "05/12/2017", "yesterday"))
            .bytes());

        assertThat(members).extracting(ControlCenterMember::signupDate)
            .containsExactly(LocalDate.of(2017, 5, 12), LocalDate.of(2017, 5, 12), null);
        assertThat(members).extracting(ControlCenterMember::lastActivity)
            .containsExactly(Instant.parse("2026-11-26T16:40:00Z"), Instant.parse("2026-11-26T15:40:11Z"), null);
        assertThat(reading.warnings()).containsExactly(
                "Members row 4: SignupDate '05/12/2017' is not a date (yyyy-MM-dd), left without a value",
                "Members row 4: LastActivity 'yesterday' is not a moment (ISO 8601), left without a value");
    }

    @Test
    void reportsRowsWithoutAnAddressAndRepeatedAddresses() throws IOException {
        ExportReading reading = read(workbook().sheet("Members", row("Email", "Name", "NumberOfApps"),
                row(null, "Nobody", 1), row("emma.jansen@brightwater.example", "Emma", 2),
                row("EMMA.JANSEN@brightwater.example", "Emma again", 3), row("ravi@brightwater.example", "Ravi", "many"))
            .bytes());

        assertThat(members).extracting(ControlCenterMember::name).containsExactly("Emma", "Ravi");
        assertThat(reading.warnings()).containsExactly("Members row 2: no e-mail address, row skipped",
                "Members row 4: emma.jansen@brightwater.example was listed before, row skipped",
                "Members row 5: NumberOfApps 'many' is not a whole number, left without a value");
    }

    @Test
    void takesTheStatusFromTheTabWhenThereIsNoStatusColumn() throws IOException {
        ExportReading reading = read(workbook().sheet("Active", row("Email"), row("a@brightwater.example"))
            .sheet("Deactivated", row("Email"), row("d@brightwater.example"))
            .bytes());

        assertThat(reading.sheets()).containsExactly("Active", "Deactivated");
        assertThat(members).extracting(ControlCenterMember::status).containsExactly("Active", "Deactivated");
    }

    @Test
    void refusesAFileThatIsNoWorkbookOrHasNoEmailColumn() throws IOException {
        assertThatThrownBy(() -> read("Email,Name\na@b.example,A\n".getBytes()))
            .isInstanceOf(ControlCenterExportReader.UnreadableExportException.class)
            .hasMessageStartingWith("The file is not an .xlsx workbook");
        assertThatThrownBy(() -> read(workbook().sheet("Members", row("Name"), row("Anne")).bytes()))
            .isInstanceOf(ControlCenterExportReader.UnreadableExportException.class)
            .hasMessageContaining("No sheet has an Email column");
    }

}
