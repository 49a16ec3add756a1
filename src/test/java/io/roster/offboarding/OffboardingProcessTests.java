package io.roster.offboarding;

import static io.roster.offboarding.OffboardingFixtures.LIAM;
import static io.roster.offboarding.OffboardingFixtures.OLIVIA;
import static io.roster.offboarding.OffboardingFixtures.OLIVIA_ID;
import static io.roster.offboarding.OffboardingFixtures.claimsPortal;
import static io.roster.offboarding.OffboardingFixtures.givenApps;
import static io.roster.offboarding.OffboardingFixtures.givenEnvironments;
import static io.roster.offboarding.OffboardingFixtures.givenOlivia;
import static io.roster.offboarding.OffboardingFixtures.givenSnapshots;
import static io.roster.offboarding.OffboardingFixtures.onPremiseLedger;
import static io.roster.offboarding.OffboardingFixtures.policyEngine;
import static io.roster.offboarding.OffboardingFixtures.trainingSandbox;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import io.roster.ProcessDriver;
import io.roster.TestSmtp;
import io.roster.evidence.EvidenceLog;
import io.roster.evidence.EvidenceRecord;
import io.roster.mendix.MendixApi;
import io.roster.mendix.MendixPlatform;
import io.roster.mendix.MendixRefusedException;
import io.roster.mendix.MendixUnavailableException;
import io.roster.mendix.Snapshot;
import io.roster.mendix.TeamChange;
import io.roster.offboarding.OffboardingProcess.Element;
import io.roster.offboarding.OffboardingProcess.Task;
import io.roster.offboarding.OffboardingProcess.Var;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The offboarding process, step by step as the diagram reads: the engine runs for real (H2, jobs stepped by the
 * test), the Mendix platform is a mock, mail goes to the test run's SMTP server ({@link TestSmtp}).
 */
@SpringBootTest
class OffboardingProcessTests {

    private final GreenMail smtp = TestSmtp.server();

    private static final ObjectMapper JSON = new ObjectMapper();

    @MockitoBean
    MendixPlatform platform;

    @Autowired
    ProcessEngine engine;

    @Autowired
    OffboardingService offboardings;

    @Autowired
    OffboardingPlans plans;

    @Autowired
    OffboardingCases cases;

    @Autowired
    EvidenceLog evidence;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    String caseId;

    String manager = "mark";

    ProcessDriver process;

    @BeforeEach
    void engine() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void reset() throws Exception {
        BpmnAwareTests.reset();
        // every test offboards Olivia: end what a test left running
        engine.getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(OffboardingProcess.KEY)
            .list()
            .forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test over"));
        jdbc.update("UPDATE offboarding_case SET active_email = NULL");
        smtp.purgeEmailFromAllMailboxes();
    }

    // --- the whole way --------------------------------------------------------------------------------------------

    @Test
    void happyPath_everyAppHandedOverAsTheManagerDecided() throws Exception {
        givenOlivia(platform, claimsPortal(), trainingSandbox(), policyEngine(), onPremiseLedger());
        givenEnvironments(platform, "app-training", "env-training-prod");
        givenSnapshots(platform, "app-training", "env-training-prod", "snap-1", Snapshot.State.RUNNING,
                Snapshot.State.COMPLETED);
        when(platform.addTeamMember(any(), any(), any())).thenReturn(TeamChange.ALREADY_MEMBER);

        whenHrStartsTheOffboarding(inDays(14));
        process.runJobs();
        assertThat(process.instance()).isWaitingAt(Element.WAIT_FOR_LAST_DAY, Task.REVIEW_PLAN);
        assertThat(plans.of(caseId)).extracting(PlannedApp::proposal)
            .containsExactlyInAnyOrder(Disposition.REASSIGN_TECHNICAL_CONTACT, Disposition.DELETE_APP,
                    Disposition.LEAVE_TEAM, Disposition.MANUAL);

        whenTheManagerApprovesTheProposals("mark", LIAM);
        assertThat(process.instance()).isWaitingAt(Task.APPROVE_DELETIONS);

        whenAPlatformAdminApprovesTheDeletions("paula", true);
        // before the last day: the successor takes over, nothing is removed or deleted yet
        verify(platform).changeTechnicalContact("app-claims", LIAM);
        verify(platform, never()).removeTeamMember(anyString(), anyString());
        verify(platform, never()).deleteApp(anyString());
        verify(platform, never()).deactivate(anyString());
        assertThat(process.task(Task.RESOLVE_APP_MANUALLY).getName()).isEqualTo("Resolve the app by hand");

        process.fireTimer(Element.LAST_WORKING_MOMENT_REACHED);
        verify(platform).deactivate(OLIVIA_ID);
        verify(platform).removeTeamMember("app-claims", OLIVIA_ID);
        verify(platform).removeTeamMember("app-policy", OLIVIA_ID);
        assertThat(process.instance()).isWaitingAt(Element.SNAPSHOT_POLL_INTERVAL, Task.RESOLVE_APP_MANUALLY);

        process.fireTimer(Element.SNAPSHOT_POLL_INTERVAL);
        verify(platform).deleteApp("app-training");

        givenApps(platform); // nothing left after the round
        process.complete(Task.RESOLVE_APP_MANUALLY, "mark", Map.of(Var.RESOLUTION, "done by hand",
                Var.RESOLUTION_NOTE, "Changed in the Private Cloud portal"));

        assertThat(process.instance()).hasPassed(Element.START, Task.RESOLVE_ACCOUNT, Task.INVENTORY_APPS,
                Task.BIND_PLAN, Task.ADD_SUCCESSOR_TO_TEAM, Task.CHANGE_TECHNICAL_CONTACT, Element.APP_ACCESS_DENIED,
                Task.REMOVE_LEAVER_FROM_TEAM, Element.END_LEAVER_REMOVED, Task.CREATE_SNAPSHOTS, Task.CHECK_SNAPSHOTS,
                Task.DELETE_APP, Element.END_APP_DELETED, Element.END_APP_RESOLVED_MANUALLY, Task.SEND_SUMMARY,
                Element.END_OFFBOARDED)
            .isEnded();
        Offboarding done = cases.find(caseId).orElseThrow();
        assertThat(done.status()).isEqualTo(OffboardingStatus.COMPLETED);
        assertThat(plans.of(caseId)).allMatch(app -> app.status().settled());
        assertThat(evidence.verify(caseId).intact()).isTrue();
        assertThat(steps()).contains("offboarding.requested", "account.found", "apps.inventoried", "plan.reviewed",
                "plan.bound", "deletion.approved", "app.technical-contact-changed", "account.deactivated",
                "team.member-removed", "backup.snapshot-started", "backup.snapshots-completed", "app.deleted",
                "app.resolved-manually", "summary.sent", "offboarding.ended");
        assertThat(smtp.getReceivedMessages()).anyMatch(mail -> subject(mail).contains("completed"));

        InOrder order = inOrder(platform);
        order.verify(platform).createSnapshot(eq("app-training"), eq("env-training-prod"), anyString());
        order.verify(platform).deleteApp("app-training");
    }

    @Test
    void noAccountInTheCompany_endsWithNothingToDo() {
        when(platform.findAccount(OLIVIA)).thenReturn(Optional.empty());

        whenHrStartsTheOffboarding(inDays(3));
        process.runJobs();

        assertThat(process.instance()).hasPassed(Element.END_NO_ACCOUNT).isEnded();
        assertThat(cases.find(caseId).orElseThrow().status()).isEqualTo(OffboardingStatus.NO_ACCOUNT);
        assertThat(steps()).contains("account.not-found", "offboarding.ended");
        verify(platform, never()).deactivate(anyString());
    }

    @Test
    void termination_deactivatesAtOnceWithoutWaitingForTheLastDay() {
        givenOlivia(platform);

        whenHrStartsTheOffboarding("now");
        process.runJobs();

        verify(platform).deactivate(OLIVIA_ID);
        assertThat(process.instance()).hasNotPassed(Element.LAST_WORKING_MOMENT_REACHED)
            .hasPassed(Task.DEACTIVATE_ACCOUNT)
            .isEnded();
        assertThat(cases.find(caseId).orElseThrow().accessDeniedAt()).isNotNull();
    }

    // --- steering -------------------------------------------------------------------------------------------------

    @Test
    void cancelBeforeTheLastDay_givesTechnicalContactsBack() {
        givenOlivia(platform, claimsPortal());
        when(platform.addTeamMember(any(), any(), any())).thenReturn(TeamChange.ADDED);
        whenHrStartsTheOffboarding(inDays(10));
        process.runJobs();
        whenTheManagerApprovesTheProposals("mark", LIAM);
        verify(platform).changeTechnicalContact("app-claims", LIAM);

        offboardings.cancel(caseId, "offer to stay accepted", "helen");
        process.runJobs();

        verify(platform).changeTechnicalContact("app-claims", OLIVIA);
        verify(platform, never()).deactivate(anyString());
        assertThat(process.instance()).hasPassed(Task.RESTORE_TECHNICAL_CONTACTS, Element.END_CANCELLED).isEnded();
        assertThat(cases.find(caseId).orElseThrow().status()).isEqualTo(OffboardingStatus.CANCELLED);
        assertThat(plans.find(caseId, "app-claims").orElseThrow().status()).isEqualTo(AppStatus.RESTORED);
    }

    @Test
    void rescheduleMovesTheTimer_andNowMakesItATermination() {
        givenOlivia(platform);
        whenHrStartsTheOffboarding(inDays(10));
        process.runJobs();
        assertThat(process.instance()).isWaitingAt(Element.WAIT_FOR_LAST_DAY);

        OffsetDateTime later = inDays(20);
        offboardings.reschedule(caseId, later, false, "helen");
        assertThat(timerDue(Element.LAST_WORKING_MOMENT_REACHED)).isEqualTo(later.toInstant());

        offboardings.reschedule(caseId, OffsetDateTime.now(ZoneOffset.UTC), true, "helen");
        process.runJobs();
        verify(platform).deactivate(OLIVIA_ID);
        // nothing to hand over: the hand-over waited for the access to end, looked once more, and ended
        assertThat(process.instance()).hasPassed(Element.RESCHEDULED, Element.WAIT_FOR_ACCESS_DENIED).isEnded();
        assertThat(steps()).contains("offboarding.rescheduled");
    }

    @Test
    void afterDeactivation_neitherRescheduleNorCancelIsPossible() {
        givenOlivia(platform, policyEngine());
        whenHrStartsTheOffboarding("now");
        process.runJobs();

        assertThatThrownBy(() -> offboardings.cancel(caseId, null, "helen"))
            .hasMessageContaining("deactivated at");
        assertThatThrownBy(() -> offboardings.reschedule(caseId, inDays(1), false, "helen"))
            .hasMessageContaining("deactivated at");
    }

    // --- dispositions and refusals --------------------------------------------------------------------------------

    @Test
    void refusalForOneApp_sendsThatAppToAPersonWithThePlatformsReason_othersGoOn() {
        givenOlivia(platform, policyEngine(), claimsPortal());
        when(platform.addTeamMember(any(), any(), any())).thenReturn(TeamChange.ALREADY_MEMBER);
        doThrow(new MendixRefusedException(MendixApi.PROJECTS, "remove team member", 409,
                "The member is the last Scrum Master of the project"))
            .when(platform).removeTeamMember("app-claims", OLIVIA_ID);
        whenHrStartsTheOffboarding("now");
        process.runJobs();
        whenTheManagerApprovesTheProposals("mark", LIAM);

        verify(platform).removeTeamMember("app-policy", OLIVIA_ID);
        assertThat(process.instance()).hasPassed(Element.APP_NEEDS_PERSON);
        org.camunda.bpm.engine.task.Task refusal = process.task(Task.RESOLVE_REFUSAL);
        assertThat(engine.getTaskService().getVariable(refusal.getId(), Var.MANUAL_REASON))
            .isEqualTo("The member is the last Scrum Master of the project");
        assertThat(plans.find(caseId, "app-policy").orElseThrow().status()).isEqualTo(AppStatus.DONE);
        assertThat(plans.find(caseId, "app-claims").orElseThrow().status()).isEqualTo(AppStatus.MANUAL_PENDING);
        assertThat(steps()).contains("team.member-remove");
    }

    @Test
    void externalSuccessorOnlyInvited_appGoesToAPerson() {
        givenOlivia(platform, claimsPortal());
        when(platform.addTeamMember(any(), any(), any())).thenReturn(TeamChange.INVITED);
        whenHrStartsTheOffboarding(inDays(5));
        process.runJobs();
        whenTheManagerApprovesTheProposals("mark", LIAM);

        verify(platform, never()).changeTechnicalContact(anyString(), anyString());
        assertThat(process.instance()).isWaitingAt(Task.RESOLVE_REFUSAL);
        assertThat((String) engine.getTaskService().getVariable(process.task(Task.RESOLVE_REFUSAL).getId(),
                Var.MANUAL_REASON)).contains("was invited");
    }

    @Test
    void failedSnapshot_stopsTheDelete() {
        givenOlivia(platform, trainingSandbox());
        givenEnvironments(platform, "app-training", "env-training-prod");
        givenSnapshots(platform, "app-training", "env-training-prod", "snap-9", Snapshot.State.FAILED);
        whenHrStartsTheOffboarding("now");
        process.runJobs();
        whenTheManagerApprovesTheProposals("mark", LIAM);
        whenAPlatformAdminApprovesTheDeletions("pete", true);

        verify(platform, never()).deleteApp(anyString());
        assertThat(process.instance()).isWaitingAt(Task.RESOLVE_REFUSAL);
        assertThat(steps()).contains("backup.snapshot-failed");
    }

    @Test
    void rejectedDeletion_goesToAPersonInsteadOfBeingDeleted() {
        givenOlivia(platform, trainingSandbox());
        whenHrStartsTheOffboarding("now");
        process.runJobs();
        whenTheManagerApprovesTheProposals("mark", LIAM);
        whenAPlatformAdminApprovesTheDeletions("pete", false);

        verify(platform, never()).createSnapshot(anyString(), anyString(), anyString());
        verify(platform, never()).deleteApp(anyString());
        assertThat(process.instance()).isWaitingAt(Task.RESOLVE_APP_MANUALLY);
        assertThat(steps()).contains("deletion.rejected");
    }

    @Test
    void fourEyes_theReviewerCannotApproveTheDeletions() {
        manager = "pete"; // a platform admin who is also the leaver's manager reviews the plan
        givenOlivia(platform, trainingSandbox());
        whenHrStartsTheOffboarding(inDays(2));
        process.runJobs();
        whenTheManagerApprovesTheProposals("pete", LIAM);
        String approval = process.task(Task.APPROVE_DELETIONS).getId();

        assertThatThrownBy(() -> whenAPlatformAdminApprovesTheDeletions("pete", true))
            .hasMessageContaining("pete reviewed this plan");
        assertThatThrownBy(() -> engine.getTaskService().claim(approval, "pete"))
            .hasMessageContaining("reviewed this plan");
        assertThatThrownBy(() -> engine.getTaskService().setAssignee(approval, "mark"))
            .hasMessageContaining("not a platform admin");
        assertThat(process.instance()).isWaitingAt(Task.APPROVE_DELETIONS);

        whenAPlatformAdminApprovesTheDeletions("paula", true);
        assertThat(process.instance()).isNotWaitingAt(Task.APPROVE_DELETIONS);
        assertThat(evidence.records(caseId)).anyMatch(
                record -> record.step().equals("deletion.approved") && record.actor().equals("paula"));
    }

    @Test
    void inventoryChangedDuringTheReview_plansAnewAndAsksAgain() throws Exception {
        givenOlivia(platform, policyEngine());
        whenHrStartsTheOffboarding(inDays(5));
        process.runJobs();
        givenApps(platform, policyEngine(), trainingSandbox()); // she joined another app meanwhile

        whenTheManagerApprovesTheProposals("mark", LIAM);

        assertThat(process.instance()).isWaitingAt(Task.REVIEW_PLAN);
        assertThat(planItems()).extracting(item -> item.path("appId").asText())
            .containsExactlyInAnyOrder("app-policy", "app-training");
        verify(platform, never()).removeTeamMember(anyString(), anyString());
        assertThat(steps()).contains("plan.inventory-changed");
    }

    @Test
    void handOverWithoutSuccessor_isSentBackToTheReviewerWithTheProblem() throws Exception {
        givenOlivia(platform, claimsPortal());
        whenHrStartsTheOffboarding(inDays(5));
        process.runJobs();

        whenTheManagerApprovesTheProposals("mark", "");

        assertThat(process.instance()).isWaitingAt(Task.REVIEW_PLAN);
        assertThat((String) engine.getRuntimeService().getVariable(process.instance().getId(), Var.REVIEW_PROBLEMS))
            .contains("Claims Portal: a hand-over needs a successor.");
    }

    // --- timers ---------------------------------------------------------------------------------------------------

    @Test
    void deactivationOverdue_alertsPlatformAdmins_andTheTaskClosesOnceAccessIsDenied() {
        givenOlivia(platform);
        doThrow(new MendixUnavailableException(MendixApi.USER_DEACTIVATION, "deactivate", 503, "peer ring", null))
            .when(platform).deactivate(OLIVIA_ID);
        whenHrStartsTheOffboarding("now");
        assertThatThrownBy(() -> process.runJobs()).isInstanceOf(MendixUnavailableException.class);
        assertThat(steps()).contains("account.deactivate"); // the failed attempt is evidence too

        process.fireTimer(Element.DEACTIVATION_OVERDUE);
        assertThat(process.instance()).hasPassed(Task.NOTIFY_DEACTIVATION_OVERDUE)
            .isWaitingAt(Task.RESOLVE_OVERDUE_DEACTIVATION);
        assertThat(smtp.getReceivedMessages()).anyMatch(mail -> subject(mail).startsWith("URGENT"));

        org.mockito.Mockito.reset(platform);
        givenOlivia(platform);
        process.retry(Task.DEACTIVATE_ACCOUNT); // the platform is back; an admin retries in Cockpit
        assertThat(process.instance()).hasPassed(Element.OVERDUE_RESOLVED_BY_ITSELF);
    }

    @Test
    void reviewWaits_remindersGoOut_thenPlatformAdminsAreAddedAndAlerted() {
        givenOlivia(platform, policyEngine());
        whenHrStartsTheOffboarding(inDays(5));
        process.runJobs();

        process.fireTimer(Element.REVIEW_REMINDER);
        assertThat(smtp.getReceivedMessages()).anyMatch(mail -> subject(mail).startsWith("Reminder: Review"));

        process.fireTimer(Element.REVIEW_OVERDUE);
        assertThat(engine.getTaskService().getIdentityLinksForTask(process.task(Task.REVIEW_PLAN).getId()))
            .anyMatch(link -> "platform-admins".equals(link.getGroupId()));
        assertThat(smtp.getReceivedMessages()).anyMatch(mail -> subject(mail).startsWith("Overdue: Review"));
        assertThat(steps()).contains("task.reminded", "task.escalated");
    }

    @Test
    void tasksForAPersonAndApprovalsRemindWhoeverHoldsThem() {
        givenOlivia(platform, onPremiseLedger(), trainingSandbox(), claimsPortal());
        when(platform.addTeamMember(any(), any(), any())).thenReturn(TeamChange.INVITED);
        whenHrStartsTheOffboarding(inDays(5));
        process.runJobs();
        whenTheManagerApprovesTheProposals("mark", LIAM);

        process.fireTimer(Element.APPROVAL_REMINDER);
        assertThat(smtp.getReceivedMessages()).anyMatch(mail -> subject(mail).startsWith("Reminder: Approve"));

        whenAPlatformAdminApprovesTheDeletions("paula", true);
        process.fireTimer(Element.MANUAL_REMINDER);
        process.fireTimer(Element.REFUSAL_REMINDER);
        assertThat(process.instance()).hasPassed(Task.REMIND_APPROVERS, Task.REMIND_MANUAL_RESOLVER,
                Task.REMIND_REFUSAL_RESOLVER);
        assertThat(smtp.getReceivedMessages()).filteredOn(mail -> subject(mail).startsWith("Reminder: Resolve"))
            .hasSizeGreaterThanOrEqualTo(2);
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private void whenHrStartsTheOffboarding(Object lastWorkingMoment) {
        boolean now = "now".equals(lastWorkingMoment);
        StartOffboarding command = new StartOffboarding(OLIVIA,
                now ? OffsetDateTime.now(ZoneOffset.UTC) : (OffsetDateTime) lastWorkingMoment, now, manager, LIAM,
                LeavingReason.RESIGNATION, "HR-1");
        caseId = offboardings.start(command, "helen", null).offboarding().id();
        ProcessInstance instance = engine.getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseId)
            .singleResult();
        process = new ProcessDriver(engine, instance);
        assertThat(instance).isStarted().hasBusinessKey(caseId);
    }

    /** The manager leaves every app in the list Roster proposed it for, with this successor. */
    private void whenTheManagerApprovesTheProposals(String reviewer, String successor) {
        Map<String, Object> review = new java.util.HashMap<>();
        for (Disposition disposition : Disposition.values()) {
            review.put(disposition.reviewList(),
                    SpinValues.jsonValue(variableJson(disposition.reviewList()).toString()).create());
        }
        review.put(Var.DEFAULT_SUCCESSOR, successor);
        review.put(Var.REVIEW_COMMENT, "as proposed");
        process.complete(Task.REVIEW_PLAN, reviewer, review);
    }

    private void whenAPlatformAdminApprovesTheDeletions(String approver, boolean approved) {
        ArrayNode approvedIds = JSON.createArrayNode();
        if (approved) {
            variableJson(Var.DELETION_OPTIONS).forEach(option -> approvedIds.add(option.path("value").asText()));
        }
        process.complete(Task.APPROVE_DELETIONS, approver,
                Map.of(Var.APPROVED_DELETIONS, SpinValues.jsonValue(approvedIds.toString()).create(),
                        Var.APPROVAL_COMMENT, approved ? "backups first, then go" : "keep it"));
    }

    private JsonNode planItems() {
        return variableJson(Var.PLAN_ITEMS);
    }

    private JsonNode variableJson(String name) {
        try {
            Object value = engine.getRuntimeService().getVariableTyped(process.instance().getId(), name).getValue();
            return JSON.readTree(value.toString());
        }
        catch (com.fasterxml.jackson.core.JsonProcessingException exception) {
            throw new AssertionError(exception);
        }
    }

    private List<String> steps() {
        List<String> steps = new ArrayList<>();
        for (EvidenceRecord record : evidence.records(caseId)) {
            steps.add(record.step());
        }
        return steps;
    }

    private java.time.Instant timerDue(String activityId) {
        return engine.getManagementService()
            .createJobQuery()
            .processInstanceId(process.instance().getId())
            .timers()
            .activityId(activityId)
            .singleResult()
            .getDuedate()
            .toInstant();
    }

    private static OffsetDateTime inDays(int days) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusDays(days).withNano(0);
    }

    private static String subject(jakarta.mail.internet.MimeMessage mail) {
        try {
            return mail.getSubject();
        }
        catch (jakarta.mail.MessagingException exception) {
            throw new AssertionError(exception);
        }
    }

}
