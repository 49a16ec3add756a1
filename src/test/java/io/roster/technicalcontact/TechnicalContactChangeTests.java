package io.roster.technicalcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.roster.TestHttp;
import io.roster.evidence.EvidenceLog;
import io.roster.evidence.EvidenceRecord;
import io.roster.mendix.App;
import io.roster.mendix.CloudApp;
import io.roster.mendix.MendixAccount;
import io.roster.mendix.MendixApi;
import io.roster.mendix.MendixNotFoundException;
import io.roster.mendix.MendixPlatform;
import io.roster.mendix.MendixRefusedException;
import io.roster.mendix.TeamChange;
import io.roster.technicalcontact.TechnicalContactChangeProcess.Element;
import io.roster.technicalcontact.TechnicalContactChangeProcess.Task;
import io.roster.technicalcontact.TechnicalContactChangeProcess.Var;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The technical-contact change over real HTTP and through its process: the engine runs for real (jobs stepped by the
 * test), the Mendix platform is a mock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TechnicalContactChangeTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String APP = "app-claims";

    static final String OLIVIA = "olivia.brown@brightwater.example";

    static final String LIAM = "liam.novak@brightwater.example";

    static final String LIAM_ID = "0a000000-0000-4000-8000-000000000002";

    static final String OLIVIA_ID = "0a000000-0000-4000-8000-000000000001";

    @LocalServerPort
    int port;

    @MockitoBean
    MendixPlatform platform;

    @Autowired
    ProcessEngine engine;

    @Autowired
    EvidenceLog evidence;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        when(platform.cloudApp(APP)).thenReturn(new CloudApp(APP, "Claims Portal", CloudApp.LicenseType.LICENSED,
                "claims", OLIVIA, "Olivia Brown"));
        when(platform.findAccount(LIAM)).thenReturn(Optional.of(new MendixAccount(LIAM, LIAM_ID)));
        when(platform.cloudApp("app-nowhere"))
            .thenThrow(new MendixNotFoundException(MendixApi.DEPLOY, "get-app", 404, "App not found"));
    }

    @AfterEach
    void reset() {
        BpmnAwareTests.reset();
        engine.getRuntimeService()
            .createProcessInstanceQuery()
            .list()
            .forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test over"));
        jdbc.update("UPDATE technical_contact_change SET active_app_id = NULL");
    }

    // --- the process ------------------------------------------------------------------------------------------------

    @Test
    void approved_successorJoinsWithTheContactsRoleThenBecomesTechnicalContact() throws Exception {
        givenTeam(List.of());
        when(platform.addTeamMember(APP, LIAM_ID, "role-scrum-master")).thenReturn(TeamChange.ADDED);

        JsonNode change = requested("mark");
        ProcessInstance instance = instanceOf(change);
        assertThat(instance).isWaitingAt(Task.APPROVE_CHANGE);
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("platform-admins").count()).isOne();
        verify(platform, never()).changeTechnicalContact(anyString(), anyString());

        complete(instance, "paula", Map.of(Var.DECISION, "approve"));

        verify(platform).addTeamMember(APP, LIAM_ID, "role-scrum-master");
        verify(platform).changeTechnicalContact(APP, LIAM);
        assertThat(instance).hasPassed(Task.ADD_SUCCESSOR_TO_TEAM, Task.CHANGE_TECHNICAL_CONTACT, Element.END_CHANGED)
            .isEnded();
        JsonNode done = get(change);
        assertThat(done.get("status").asText()).isEqualTo("CHANGED");
        assertThat(done.get("decidedBy").asText()).isEqualTo("paula");
        String id = change.get("id").asText();
        assertThat(evidence.verify(id).intact()).isTrue();
        assertThat(evidence.records(id)).extracting(EvidenceRecord::step)
            .containsExactly("technical-contact.change-requested", "technical-contact.change-approved",
                    "team.successor-added", "app.technical-contact-changed", "technical-contact.change-ended");
    }

    @Test
    void successorAlreadyInTheTeam_isNotAddedAgain() throws Exception {
        givenTeam(List.of(new App.Member(LIAM_ID, "Liam Novak", true, "acc", "role-developer", "Developer")));

        JsonNode change = requested("mark");
        complete(instanceOf(change), "paula", Map.of(Var.DECISION, "approve"));

        verify(platform, never()).addTeamMember(anyString(), anyString(), anyString());
        verify(platform).changeTechnicalContact(APP, LIAM);
        assertThat(get(change).get("status").asText()).isEqualTo("CHANGED");
    }

    @Test
    void rejected_changesNothingAndShowsWhy() throws Exception {
        JsonNode change = requested("mark");
        ProcessInstance instance = instanceOf(change);

        assertThatThrownBy(() -> complete(instance, "pete", Map.of(Var.DECISION, "reject")))
            .hasMessageContaining("Say why");
        complete(instance, "pete", Map.of(Var.DECISION, "reject", Var.APPROVAL_COMMENT, "Liam leaves in May"));

        assertThat(instance).hasPassed(Element.END_REJECTED).isEnded();
        verify(platform, never()).addTeamMember(anyString(), anyString(), anyString());
        verify(platform, never()).changeTechnicalContact(anyString(), anyString());
        JsonNode done = get(change);
        assertThat(done.get("status").asText()).isEqualTo("REJECTED");
        assertThat(done.get("outcome").asText()).isEqualTo("Liam leaves in May");
    }

    @Test
    void theRequesterCannotApproveTheirOwnChange() throws Exception {
        JsonNode change = requested("paula");
        ProcessInstance instance = instanceOf(change);

        assertThatThrownBy(() -> complete(instance, "paula", Map.of(Var.DECISION, "approve")))
            .hasMessageContaining("a different platform admin");
        assertThat(instance).isWaitingAt(Task.APPROVE_CHANGE);
    }

    @Test
    void aRefusalByThePlatformEndsTheChangeWithThePlatformsReason() throws Exception {
        givenTeam(List.of(new App.Member(LIAM_ID, "Liam Novak", true, "acc", "role-developer", "Developer")));
        doThrow(new MendixRefusedException(MendixApi.DEPLOY, "change-technical-contact", 403,
                "The new Technical Contact must have the Scrum Master role"))
            .when(platform)
            .changeTechnicalContact(APP, LIAM);

        JsonNode change = requested("mark");
        ProcessInstance instance = instanceOf(change);
        complete(instance, "paula", Map.of(Var.DECISION, "approve"));

        assertThat(instance).hasPassed(Element.END_REFUSED).isEnded();
        JsonNode done = get(change);
        assertThat(done.get("status").asText()).isEqualTo("REFUSED");
        assertThat(done.get("outcome").asText()).isEqualTo("The new Technical Contact must have the Scrum Master role");
        assertThat(evidence.records(change.get("id").asText())).extracting(EvidenceRecord::outcome).contains("REFUSED");
    }

    @Test
    void anInvitationIsNotEnough_theChangeEndsRefusedSayingTheSuccessorMustAccept() throws Exception {
        givenTeam(List.of());
        when(platform.addTeamMember(APP, LIAM_ID, "role-scrum-master")).thenReturn(TeamChange.INVITED);

        JsonNode change = requested("mark");
        complete(instanceOf(change), "paula", Map.of(Var.DECISION, "approve"));

        verify(platform, never()).changeTechnicalContact(anyString(), anyString());
        JsonNode done = get(change);
        assertThat(done.get("status").asText()).isEqualTo("REFUSED");
        assertThat(done.get("outcome").asText()).contains("must accept the invitation");
    }

    // --- the API ----------------------------------------------------------------------------------------------------

    @Test
    void startAnswers201WithLocation_andASecondChangeOfTheAppIsAConflict() throws Exception {
        HttpResponse<String> first = http("mark").postJson(path(APP), body(LIAM));
        assertThat(first.statusCode()).isEqualTo(201);
        JsonNode change = JSON.readTree(first.body());
        assertThat(first.headers().firstValue("Location")).hasValue(change.get("href").asText());
        assertThat(change.get("status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(change.get("currentContactEmail").asText()).isEqualTo(OLIVIA);

        HttpResponse<String> second = http("paula").postJson(path(APP), body(LIAM));
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("urn:roster:problem:technical-contact-change-exists");
    }

    @Test
    void badInputNamesEachFieldAndStartsNothing() throws Exception {
        HttpResponse<String> response = http("mark").postJson(path(APP),
                "{\"successorEmail\":\"not-an-address\",\"reason\":\"\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("errors").findValuesAsText("field"))
            .containsExactlyInAnyOrder("successorEmail", "reason");
        assertThat(http("mark").postJson(path(APP), body("nobody@brightwater.example")).body())
            .contains("has no Mendix account in the company");
        assertThat(http("mark").postJson(path("app-nowhere"), body(LIAM)).statusCode()).isEqualTo(404);
        assertThat(http("mark").postJson(path(APP), body(OLIVIA)).body())
            .contains("urn:roster:problem:already-technical-contact");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void hrMayNotAskForAChange() {
        assertThat(http("helen").postJson(path(APP), body(LIAM)).statusCode()).isEqualTo(403);
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private void givenTeam(List<App.Member> others) {
        App.Member olivia = new App.Member(OLIVIA_ID, "Olivia Brown", true, "acc", "role-scrum-master",
                "Scrum Master");
        List<App.Member> members = new java.util.ArrayList<>(others);
        members.add(olivia);
        when(platform.app(APP)).thenReturn(new App(APP, "Claims Portal", true, App.Cloud.MENDIX, "acc", olivia,
                members, List.of()));
    }

    private JsonNode requested(String by) throws Exception {
        HttpResponse<String> response = http(by).postJson(path(APP), body(LIAM));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private JsonNode get(JsonNode change) throws Exception {
        return JSON.readTree(http("mark").get(change.get("href").asText()).body());
    }

    private ProcessInstance instanceOf(JsonNode change) {
        return engine.getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(change.get("id").asText())
            .singleResult();
    }

    /** Completes the open task logged in as the user, like Tasklist, then runs the jobs that follow. */
    private void complete(ProcessInstance instance, String user, Map<String, Object> variables) {
        String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult()
            .getId();
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
            .map(org.camunda.bpm.engine.identity.Group::getId)
            .toList();
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            engine.getTaskService().complete(taskId, variables);
        }
        finally {
            engine.getIdentityService().clearAuthentication();
        }
        for (int round = 0; round < 20; round++) {
            List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            engine.getManagementService().executeJob(jobs.get(0).getId());
        }
    }

    private TestHttp http(String user) {
        return TestHttp.as(port, user, "demo");
    }

    private static String path(String appId) {
        return "/api/apps/" + appId + "/technical-contact-changes";
    }

    private static String body(String successor) {
        return "{\"successorEmail\":\"" + successor + "\",\"reason\":\"Olivia moves to the data team\"}";
    }

}
